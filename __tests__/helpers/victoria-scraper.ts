/**
 * A real VictoriaMetrics scraping live targets with its own defaults (`-search.latencyOffset` 30s left as
 * is), for the backend-lag tests: started on 127.0.0.1 on a free port, stopped by the test.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, stopChild, tempDir, waitReady } from './servers.js';

export interface VictoriaScraper {
  url: string;
  dispose(): Promise<void>;
}

/** Starts VictoriaMetrics and waits (bounded) until it has stored a sample of `metric`. */
export async function startVictoriaScraper(scrapeConfig: string, metric: string): Promise<VictoriaScraper> {
  const dir = tempDir('victoria-scrape');
  const config = join(dir, 'scrape.yml');
  writeFileSync(config, scrapeConfig);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(
    'victoria-metrics',
    [
      `-storageDataPath=${join(dir, 'data')}`,
      `-httpListenAddr=127.0.0.1:${port}`,
      `-promscrape.config=${config}`,
      // The Prometheus config is shared with the Prometheus under test; its evaluation_interval is not VM's.
      '-promscrape.config.strictParse=false',
      '-loggerLevel=ERROR',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr?.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  const dispose = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${url}/health`, 60_000, child, () => log);
    await firstSample(url, metric);
  } catch (err) {
    await dispose();
    throw err;
  }
  return { url, dispose };
}

/**
 * Raw samples through the export API: queries near now are what the latency offset hides, so they cannot
 * tell whether the first scrape happened.
 */
async function firstSample(url: string, metric: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/api/v1/export?match[]=${metric}`);
    if (res.ok && (await res.text()).trim() !== '') return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`VictoriaMetrics did not store ${metric} within 30 s`);
}

/**
 * Real Prometheus and VictoriaMetrics for tests: started on 127.0.0.1 on a free port with a temp data
 * directory, waited for (bounded), stopped by the test's afterAll.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `canary-gate-${prefix}-`));
}

/** Polls `url` until it answers 200, at most `timeoutMs`. */
export async function waitReady(url: string, timeoutMs: number, child?: ChildProcess, output?: () => string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}: ${output?.()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms: ${output?.() ?? ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export interface PrometheusServer {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the process; the data directory stays so `start()` can bring it back. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

export interface PrometheusOptions {
  /** OpenMetrics text backfilled with promtool before start. */
  openMetrics?: string;
  /** prometheus.yml text; default: no scrape jobs, the rule file below. */
  config?: string;
  /** Rule file text (loaded by the default config); default SCENARIO_RULES. */
  rules?: string;
}

/**
 * Names the alert the shared scenarios gate on (their ALERTS series are backfilled), so the preflight's
 * lookup in /api/v1/rules finds it; the rule itself never fires.
 */
export const SCENARIO_RULES = `groups:
  - name: scenarios
    rules:
      - alert: ConsistencyLow
        expr: vector(1) == 0
`;

export async function startPrometheus(opts: PrometheusOptions = {}): Promise<PrometheusServer> {
  const dir = tempDir('prometheus');
  const dataDir = join(dir, 'data');
  const configFile = join(dir, 'prometheus.yml');
  writeFileSync(join(dir, 'rules.yml'), opts.rules ?? SCENARIO_RULES);
  writeFileSync(
    configFile,
    opts.config ?? 'global:\n  scrape_interval: 15s\nrule_files: [rules.yml]\nscrape_configs: []\n',
  );
  if (opts.openMetrics !== undefined) {
    const input = join(dir, 'backfill.om');
    writeFileSync(input, opts.openMetrics);
    await run('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', input, dataDir], {
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let log = '';
  const start = async () => {
    log = '';
    child = spawn(
      'prometheus',
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--storage.tsdb.retention.time=36500d',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-4000);
    });
    await waitReady(`${url}/-/ready`, 60_000, child, () => log);
  };
  await start();
  return {
    url,
    port,
    dataDir,
    stop: () => stopChild(child),
    start,
    dispose: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface VictoriaMetricsServer {
  url: string;
  dispose(): Promise<void>;
}

/** Starts VictoriaMetrics and imports `promText` (Prometheus text with ms timestamps). */
export async function startVictoriaMetrics(promText: string): Promise<VictoriaMetricsServer> {
  const victoria = await spawnVictoriaMetrics(['-search.disableCache', '-search.latencyOffset=0s']);
  try {
    const res = await fetch(`${victoria.url}/api/v1/import/prometheus`, { method: 'POST', body: promText });
    if (!res.ok) throw new Error(`import failed: HTTP ${res.status} ${await res.text()}`);
    const flush = await fetch(`${victoria.url}/internal/force_flush`);
    if (!flush.ok) throw new Error(`force_flush failed: HTTP ${flush.status}`);
  } catch (err) {
    await victoria.dispose();
    throw err;
  }
  return victoria;
}

/**
 * Starts VictoriaMetrics scraping with `scrapeConfig` (prometheus.yml syntax), with its defaults otherwise
 * (`extraArgs` aside): in particular `-search.latencyOffset` (30 s), which hides the newest samples from
 * queries.
 */
export async function startVictoriaMetricsScraping(
  scrapeConfig: string,
  extraArgs: string[] = [],
): Promise<VictoriaMetricsServer> {
  const dir = tempDir('victoria-scrape');
  const configFile = join(dir, 'scrape.yml');
  writeFileSync(configFile, scrapeConfig);
  try {
    const victoria = await spawnVictoriaMetrics([`-promscrape.config=${configFile}`, ...extraArgs]);
    return {
      url: victoria.url,
      dispose: async () => {
        await victoria.dispose();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function spawnVictoriaMetrics(extraArgs: string[]): Promise<VictoriaMetricsServer> {
  const dir = tempDir('victoria');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(
    'victoria-metrics',
    [
      `-storageDataPath=${join(dir, 'data')}`,
      `-httpListenAddr=127.0.0.1:${port}`,
      '-retentionPeriod=100y',
      '-loggerLevel=ERROR',
      ...extraArgs,
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
  } catch (err) {
    await dispose();
    throw err;
  }
  return { url, dispose };
}

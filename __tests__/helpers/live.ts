/**
 * A live setup for watch tests: a loopback exporter scraped every second by a real Prometheus. Real time
 * passes here (Prometheus scrapes in real time), so bakes are short: 5 s windows.
 */
import { startExporter, scrapeConfig, type Exporter } from './exporter.js';
import { startPrometheus, type PrometheusServer } from './servers.js';

export interface LiveSetup {
  exporter: Exporter;
  prometheus: PrometheusServer;
  dispose(): Promise<void>;
}

export const LIVE_POLICY = (missingData: 'fail' | 'ignore') => `version: 1
window: 5s
missing-data: ${missingData}
on-source-error: fail
settle: 2s
metrics:
  latency_ms:
    query: max_over_time(demo_latency_ms[{{window}}])
stages:
  live:
    bake: 40s
    gates:
      latency_ms: "<= 300"
rollback:
  - metric: latency_ms
    when: "> 400"
`;

export async function startLive(): Promise<LiveSetup> {
  const exporter = await startExporter({ demo_latency_ms: 100 });
  let prometheus: PrometheusServer;
  try {
    prometheus = await startPrometheus({ config: scrapeConfig(exporter.target) });
  } catch (err) {
    await exporter.close();
    throw err;
  }
  const setup = {
    exporter,
    prometheus,
    dispose: async () => {
      await prometheus.dispose();
      await exporter.close();
    },
  };
  try {
    await firstScrape(prometheus.url);
  } catch (err) {
    await setup.dispose();
    throw err;
  }
  return setup;
}

/** Registers the file's beforeAll/afterAll for one live setup; the function returned gives it to tests. */
export function useLiveSetup(): () => LiveSetup {
  let live: LiveSetup | undefined;
  beforeAll(async () => {
    live = await startLive();
  }, 60_000);
  afterAll(async () => {
    await live?.dispose();
  });
  return () => {
    if (!live) throw new Error('the live setup did not start (see beforeAll)');
    return live;
  };
}

/** Waits (bounded) until Prometheus has scraped the exporter once. */
async function firstScrape(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/api/v1/query?query=demo_latency_ms`);
    const body = (await res.json()) as { data?: { result?: unknown[] } };
    if ((body.data?.result?.length ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('Prometheus did not scrape the exporter within 30 s');
}

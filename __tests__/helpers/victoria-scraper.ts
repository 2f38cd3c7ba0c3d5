/**
 * A real VictoriaMetrics scraping live targets with its own defaults (`-search.latencyOffset` 30s left as
 * is), for the backend-lag tests: started on 127.0.0.1 on a free port, stopped by the test, and ready once
 * it has stored a first sample.
 */
import { startVictoriaMetricsScraping, type VictoriaMetricsServer } from './servers.js';

export type VictoriaScraper = VictoriaMetricsServer;

/** Starts VictoriaMetrics and waits (bounded) until it has stored a sample of `metric`. */
export async function startVictoriaScraper(scrapeConfig: string, metric: string): Promise<VictoriaScraper> {
  const victoria = await startVictoriaMetricsScraping(scrapeConfig, [
    // The Prometheus config is shared with the Prometheus under test; its evaluation_interval is not VM's.
    '-promscrape.config.strictParse=false',
  ]);
  try {
    await firstSample(victoria.url, metric);
  } catch (err) {
    await victoria.dispose();
    throw err;
  }
  return victoria;
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

/**
 * Watch against a live target: a real Prometheus scrapes a loopback exporter every second; a latency
 * regression is switched on mid-bake and must be caught at the first read after the window it started in
 * closes (one window plus settle). Real clock: this is the one place where real time passes.
 */
import { runBake, type BakeResult } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { LIVE_POLICY, useLiveSetup } from '../helpers/live.js';

const live = useLiveSetup();

test('a regression switched on mid-bake is caught within one window plus settle', async () => {
  const policy = loadPolicy(LIVE_POLICY('fail'), 'live.yml');
  const source = new PrometheusSource({ url: live().prometheus.url, timeoutMs: 3_000 });
  const since = Math.floor(Date.now() / 1000);
  const lines: string[] = [];
  let switchedAt: number | undefined;
  let result: BakeResult;
  try {
    result = await runBake({
      policy,
      stage: 'live',
      mode: 'watch',
      since,
      source,
      log: (line) => {
        lines.push(line);
        if (line.startsWith('window 3/8') && switchedAt === undefined) {
          live().exporter.set('demo_latency_ms', 500);
          switchedAt = Date.now() / 1000;
        }
      },
    });
  } finally {
    source.close();
  }
  expect(switchedAt).toBeDefined();
  const switchWindow = Math.floor((switchedAt! - since) / 5);
  expect(result.verdict.decision).toBe('rollback');
  expect(result.verdict.rollbackReasons[0]).toMatch(
    /^latency_ms > 400 in 1 of \d windows: \{instance="127.0.0.1:\d+",job="demo"\} 500 at /,
  );
  // Caught at the read of the window the switch fell in, or of the next one when the switch came in the
  // last second of a window and the next scrape landed after it closed.
  expect(result.decidedAtWindow).toBeGreaterThan(switchWindow);
  expect(result.decidedAtWindow).toBeLessThanOrEqual(switchWindow + 2);
  // Every window before the switch was read and healthy.
  const values = result.data.metrics.latency_ms.series[0].values;
  expect(values.slice(0, switchWindow)).toEqual(new Array(switchWindow).fill(100));
  expect(lines.at(-1)).toMatch(/— rollback \(final, decided at window \d\)$/);
  expect(result.reads).toBe(lines.length);
}, 90_000);

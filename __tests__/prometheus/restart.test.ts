/**
 * Prometheus stopped mid-watch and started again: the reads in between fail (and are retried), nothing
 * hangs, the windows it missed are fetched once it is back, and the verdict is what the policy asks for
 * (`missing-data: ignore`: the unscraped windows are skipped, the canary is healthy → promote).
 */
import { runBake, type BakeResult } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { LIVE_POLICY, useLiveSetup } from '../helpers/live.js';

const live = useLiveSetup();

test('Prometheus stopped after window 2 and restarted two reads later', async () => {
  const policy = loadPolicy(LIVE_POLICY('ignore'), 'live.yml');
  const source = new PrometheusSource({
    url: live().prometheus.url,
    timeoutMs: 2_000,
    retries: 1,
    backoffMs: 200,
  });
  const since = Math.floor(Date.now() / 1000);
  const lines: string[] = [];
  let stopped: Promise<void> | undefined;
  let restarted: Promise<void> | undefined;
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
        const atTwo = lines.filter((l) => l.startsWith('window 2/8')).length;
        if (atTwo === 1 && !stopped) stopped = live().prometheus.stop();
        // Two reads found it down: bring it back (before a third failed read would give up on it).
        if (atTwo === 3 && !restarted) restarted = stopped!.then(() => live().prometheus.start());
      },
    });
  } finally {
    source.close();
    await restarted;
  }
  expect(stopped).toBeDefined();
  expect(restarted).toBeDefined();
  expect(result.verdict.decision).toBe('promote');
  expect(result.data.windowsObserved).toBe(8);
  expect(result.data.metrics.latency_ms.sourceError).toBeUndefined();
  // Window 2/8 was reported three times (once before the stop, twice while down), then the catch-up read.
  expect(lines.filter((l) => l.startsWith('window 2/8'))).toHaveLength(3);
  const values = result.data.metrics.latency_ms.series[0].values;
  expect(values.slice(0, 2)).toEqual([100, 100]);
  // Prometheus scraped nothing while it was down: at least one window has no sample (ignored by policy).
  expect(values.some((v) => v === null)).toBe(true);
  expect(values.at(-1)).toBe(100);
  // The failed reads cost requests with retries; the successful ones fetched each window once.
  expect(result.requests).toBeGreaterThan(result.reads);
}, 90_000);

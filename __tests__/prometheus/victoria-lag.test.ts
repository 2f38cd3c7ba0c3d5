/**
 * VictoriaMetrics with its default 30 s `-search.latencyOffset` and `settle: 3s` (DESIGN §2 "Reading"): the
 * gate learns the lag from the server and reaches the same verdicts as on Prometheus, in watch and in a
 * lookback started right at the end of the bake. A real Prometheus and a real VictoriaMetrics scrape one
 * loopback exporter every second; real time passes (5 s windows, a 40 s bake).
 */
import { runBake, type BakeResult } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { learnBackendLag, goDurationSeconds } from '../../src/sources/backend-lag.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { scrapeConfig } from '../helpers/exporter.js';
import { startLive, type LiveSetup } from '../helpers/live.js';
import { startVictoriaScraper, type VictoriaScraper } from '../helpers/victoria-scraper.js';

const POLICY = `version: 1
window: 5s
missing-data: fail
settle: 3s
metrics:
  latency_ms:
    query: max(max_over_time(demo_latency_ms[{{window}}])) or vector(0)
stages:
  live:
    bake: 40s
    gates:
      latency_ms: "<= 300"
rollback:
  - metric: latency_ms
    when: "> 400"
    for: 10s
`;

let live: LiveSetup | undefined;
let victoria: VictoriaScraper | undefined;
beforeAll(async () => {
  live = await startLive();
  victoria = await startVictoriaScraper(scrapeConfig(live.exporter.target), 'demo_latency_ms');
}, 90_000);
afterAll(async () => {
  await victoria?.dispose();
  await live?.dispose();
});

test('Go durations as VictoriaMetrics prints them', () => {
  expect(['30s', '1m0s', '1.5s', '500ms', '0s', '2h'].map(goDurationSeconds)).toEqual([
    30, 60, 2, 1, 0, 7200,
  ]);
  expect(goDurationSeconds('soon')).toBeUndefined();
});

test('the lag is learned from each backend', async () => {
  const vm = new PrometheusSource({ url: victoria!.url, timeoutMs: 3_000 });
  const prom = new PrometheusSource({ url: live!.prometheus.url, timeoutMs: 3_000 });
  try {
    expect(await vm.lag()).toEqual({
      seconds: 30,
      known: true,
      how: 'VictoriaMetrics -search.latencyOffset=30s',
    });
    expect(await prom.lag()).toMatchObject({
      seconds: 0,
      known: true,
      how: expect.stringMatching(/^Prometheus \d/),
    });
  } finally {
    vm.close();
    prom.close();
  }
  // A server that answers neither page cannot tell.
  expect(await learnBackendLag(async () => ({ status: 404, text: 'not found' }))).toMatchObject({
    seconds: 0,
    known: false,
  });
});

test('with settle 3s, watch and lookback on VictoriaMetrics reach the verdicts they reach on Prometheus', async () => {
  const policy = loadPolicy(POLICY, 'lag.yml');
  const vmSource = new PrometheusSource({ url: victoria!.url, timeoutMs: 3_000 });
  const promSource = new PrometheusSource({ url: live!.prometheus.url, timeoutMs: 3_000 });
  // Windows start on a whole 5 s; the regression starts in the middle of window 3 (0-based) so both
  // scrapers see it in the same window.
  const since = Math.ceil(Date.now() / 5000) * 5 + 5;
  const switchAt = (since + 17.5) * 1000;
  const timer = setTimeout(() => live!.exporter.set('demo_latency_ms', 500), switchAt - Date.now());
  const vmLines: string[] = [];
  let watched: [BakeResult, BakeResult];
  try {
    watched = await Promise.all([
      runBake({ policy, stage: 'live', mode: 'watch', since, source: vmSource, log: (l) => vmLines.push(l) }),
      runBake({ policy, stage: 'live', mode: 'watch', since, source: promSource }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  try {
    const [vm, prom] = watched;
    expect(vmLines[0]).toBe(
      'watch: each window is read settle 3s + backend lag 30s (VictoriaMetrics -search.latencyOffset=30s) after it ends',
    );
    expect(prom.verdict.decision).toBe('rollback');
    expect(vm.verdict.decision).toBe('rollback');
    // Hold at window 4, rollback at window 5 (the 10 s trigger's second window): the watch read past the hold.
    expect(prom.decidedAtWindow).toBe(5);
    expect(vm.decidedAtWindow).toBe(5);
    // No window was missing or a stale copy: the healthy windows read 100 on both backends.
    expect(vm.data.metrics.latency_ms.series[0].values.slice(0, 3)).toEqual([100, 100, 100]);
    expect(vm.verdict.checks.map((c) => c.status)).toEqual(prom.verdict.checks.map((c) => c.status));

    // A lookback started right at the bake's end waits settle + lag, then agrees with the watches.
    const looked = await runBake({
      policy,
      stage: 'live',
      mode: 'lookback',
      until: since + 40,
      source: vmSource,
    });
    expect(looked.verdict.decision).toBe('rollback');
    expect(looked.decidedAtWindow).toBe(5);
    expect(looked.verdict.rollbackReasons).toEqual(vm.verdict.rollbackReasons);
    expect(looked.verdict.gateFailReasons).toEqual(vm.verdict.gateFailReasons);
  } finally {
    vmSource.close();
    promSource.close();
    live!.exporter.set('demo_latency_ms', 100);
  }
}, 180_000);

/**
 * `canary-gate backtest` against a real Prometheus backfilled with three days of history (promtool tsdb
 * create-blocks-from openmetrics): every bake's decision equals the one computed here from the generated
 * numbers; --compare names exactly the bakes that flip; --track baseline judges the stable track.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run.js';
import { toOpenMetrics } from '../helpers/openmetrics.js';
import { startPrometheus, type PrometheusServer } from '../helpers/servers.js';
import type { BacktestReport } from '../../src/backtest/types.js';
import {
  BAKE,
  DAYS,
  expectedDecision,
  FROM,
  generateHistory,
  POLICY,
  WINDOW,
  type Decision,
} from './history.js';

const history = generateHistory();
const dir = mkdtempSync(join(tmpdir(), 'canary-gate-backtest-'));
const current = join(dir, 'current.yml');
const proposed = join(dir, 'proposed.yml');
writeFileSync(current, POLICY(300));
writeFileSync(proposed, POLICY(350));
const TO = FROM + DAYS * 86400;
const iso = (s: number) => new Date(s * 1000).toISOString();

let prometheus: PrometheusServer | undefined;
beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: toOpenMetrics(history.samples) });
}, 180_000);
afterAll(async () => {
  await prometheus?.dispose();
});

async function backtest(...extra: string[]): Promise<{ report: BacktestReport; stderr: string }> {
  const { code, stdout, stderr } = await cli(
    'backtest',
    '--stage',
    'canary',
    '--prometheus-url',
    prometheus!.url,
    '--from',
    iso(FROM),
    '--to',
    iso(TO),
    '--format',
    'json',
    ...extra,
  );
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return { report: JSON.parse(stdout) as BacktestReport, stderr };
}

function expectedBakes(p95Gate: number, everyWindows: number, track: 'canary' | 'baseline' = 'canary') {
  const out: { since: string; decision: Decision }[] = [];
  for (let first = 0; first + BAKE / WINDOW <= (DAYS * 86400) / WINDOW; first += everyWindows)
    out.push({
      since: iso(FROM + first * WINDOW),
      decision: expectedDecision(history, first, p95Gate, track),
    });
  return out;
}

// The default run is read by two tests: run once.
let defaultRun: ReturnType<typeof backtest> | undefined;
const byDefault = () => (defaultRun ??= backtest('--config', current));

test.each([
  { name: 'every bake of three days (every: the bake)', args: [], every: 6, track: 'canary' as const },
  {
    name: 'overlapping bakes every 10 minutes',
    args: ['--every', '10m'],
    every: 2,
    track: 'canary' as const,
  },
  {
    name: '--track baseline: the stable track against the limits',
    args: ['--track', 'baseline'],
    every: 6,
    track: 'baseline' as const,
  },
])(
  '$name: each decision is the one the generated numbers give',
  async ({ args, every, track }) => {
    const { report } = args.length === 0 ? await byDefault() : await backtest('--config', current, ...args);
    expect(report.track).toBe(track);
    expect(report.bakes.map((b) => ({ since: b.since, decision: b.decision }))).toEqual(
      expectedBakes(300, every, track),
    );
  },
  120_000,
);

test('the summary counts the decisions, requests and per-check figures of the bakes', async () => {
  const { report, stderr } = await byDefault();
  const expected = expectedBakes(300, 6);
  // The spells give every decision but inconclusive.
  expect(report.summary).toMatchObject({ bakes: 144, rollback: 2, inconclusive: 0 });
  expect(report.summary.hold).toBe(expected.filter((b) => b.decision === 'hold').length);
  // The gate's preflight sends each of the 4 queries once, over the whole span: a span long past reads the
  // same later, so its 3 range answers are the history of those queries. Only the per-bake `baseline:
  // before` is fetched after, once, whatever the number of bakes.
  expect(report.stats.requests).toBe(5);
  expect(stderr).toContain('backtest: 144/144 bakes judged');
  const gate = report.summary.checks.find((c) => c.metric === 'p95_latency_ms' && c.condition === '<= 300')!;
  expect(gate.bakes_failed).toBe(
    expected.filter((b, i) => b.decision !== 'promote' && hasLatencyOver(i * 6, 300)).length,
  );
  expect(gate.worst.max).toBe(450);
  expect(gate.headroom.min).toBe(-150);
}, 120_000);

/** A window over the limit, or without a sample (missing-data: fail counts it as a violation). */
function hasLatencyOver(first: number, limit: number): boolean {
  return Array.from({ length: 6 }, (_, k) => history.latency.get(first + k) ?? null).some(
    (v) => v === null || v > limit,
  );
}

test('--compare names exactly the bakes whose decision flips, and says what the change did', async () => {
  const { report } = await backtest('--config', proposed, '--compare', current);
  const mine = expectedBakes(350, 6);
  const theirs = expectedBakes(300, 6);
  const flipped = mine.filter((b, i) => b.decision !== theirs[i].decision);
  expect(flipped.length).toBeGreaterThan(0);
  expect(report.summary.changed!.map((b) => [b.since, b.compare_decision, b.decision])).toEqual(
    flipped.map((b) => [b.since, theirs[mine.indexOf(b)].decision, b.decision]),
  );
  const held = theirs.filter((b) => b.decision === 'hold').length;
  expect(report.compare!.sentence).toBe(
    `raising the p95_latency_ms gate to <= 350 would have promoted ${flipped.length} of ${held} bakes that held`,
  );
  expect(report.summary.changed![0].why[0]).toMatch(/^other policy: p95_latency_ms <= 300 violated/);
  // Both policies send the same queries: the second preflight takes the first one's range answers and
  // asks only its instant probe; history is shared (the per-bake `baseline: before` fetched once).
  expect(report.stats.requests).toBe(6);
}, 120_000);

test('a query the server rejects is one policy error at its line, with the history probed side by side', async () => {
  const bad = join(dir, 'bad.yml');
  // Valid PromQL to the policy's checker; Prometheus' RE2 has no lookahead.
  writeFileSync(bad, POLICY(300).replace('error_ratio{track="canary"}', 'error_ratio{track=~"canary(?=x)"}'));
  const { code, stderr } = await cli(
    'backtest',
    '--config',
    bad,
    '--stage',
    'canary',
    '--prometheus-url',
    prometheus!.url,
    '--from',
    iso(FROM),
    '--to',
    iso(TO),
  );
  expect(code).toBe(64);
  const line =
    POLICY(300)
      .split('\n')
      .findIndex((l) => l.includes('error_ratio{track="canary"')) + 1;
  expect(stderr).toContain(`${bad}:${line}:`);
  expect(stderr).toContain('metric "error_rate": ');
  expect(stderr).toMatch(/rejected its query \(HTTP 400\)/);
});

test('a span in the future and an interval off the window grid are one-line input errors', async () => {
  const future = await cli(
    'backtest',
    '--config',
    current,
    '--stage',
    'canary',
    '--prometheus-url',
    prometheus!.url,
    '--from',
    iso(FROM),
    '--to',
    '2999-01-01T00:00:00Z',
  );
  expect(future.code).toBe(64);
  expect(future.stderr).toMatch(/^canary-gate: --to: 2999-01-01T00:00:00.000Z is in the future/);
  const odd = await cli(
    'backtest',
    '--config',
    current,
    '--stage',
    'canary',
    '--prometheus-url',
    prometheus!.url,
    '--from',
    iso(FROM),
    '--to',
    iso(TO),
    '--every',
    '7m',
  );
  expect(odd.code).toBe(64);
  expect(odd.stderr.trim().split('\n')).toHaveLength(1);
  expect(odd.stderr).toContain('--every: 7m is not a whole number of 5m windows');
});

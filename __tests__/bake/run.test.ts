import { BakeUsageError } from '../../src/bake/errors.js';
import { runBake } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { QueryRejectedError } from '../../src/sources/types.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { MemorySource, type Cell } from './memory-source.js';

const POLICY = `version: 1
window: 5m
missing-data: fail
on-source-error: fail
settle: 30s
metrics:
  latency:
    query: max_over_time(latency[{{window}}])
  errors:
    query: avg_over_time(errors[{{window}}])
stages:
  s:
    bake: 30m
    gates:
      latency: "<= 300"
      errors: "<= 0.01"
  long:
    bake: 7h
    gates:
      latency: "<= 300"
rollback:
  - metric: latency
    when: "> 400"
`;

const policy = loadPolicy(POLICY, 'bake.yml');
const warnPolicy = loadPolicy(POLICY.replace('on-source-error: fail', 'on-source-error: warn'), 'bake.yml');
const S = Date.UTC(2026, 10, 20, 10, 0, 0) / 1000;
const later = () => fakeClock((S + 86400) * 1000);
const healthy = (metric: string): Cell => (metric === 'latency' ? 250 : 0.002);

describe('lookback', () => {
  test('judges [until - bake, until] in one read of every window', async () => {
    const clock = later();
    const source = new MemorySource(healthy);
    const r = await runBake({ policy, stage: 's', mode: 'lookback', source, until: S + 1800, clock });
    expect(r.verdict.decision).toBe('promote');
    expect([r.since, r.until]).toEqual([S, S + 1800]);
    expect(r.reads).toBe(1);
    expect(source.callsFor('latency')).toEqual([[0, 6]]);
    expect(source.callsFor('errors')).toEqual([[0, 6]]);
    expect(r.data).toMatchObject({ windowsExpected: 6, windowsObserved: 6, since: S, windowSeconds: 300 });
    expect(r.queries.latency).toEqual({ query: 'q_latency', baselineQuery: null });
    expect(clock.sleeps).toEqual([]);
  });

  test('until defaults to now, and --bake overrides the stage bake', async () => {
    const clock = fakeClock((S + 3600) * 1000);
    const r = await runBake({
      policy,
      stage: 's',
      mode: 'lookback',
      source: new MemorySource(healthy),
      clock,
      bakeSeconds: 600,
    });
    expect([r.since, r.until]).toEqual([S + 3000, S + 3600]);
    expect(r.data.windowsExpected).toBe(2);
  });

  test('a source that stays down is a source error at once: inconclusive under fail', async () => {
    const source = new MemorySource((m) => (m === 'errors' ? 'down' : 250));
    const r = await runBake({
      policy,
      stage: 's',
      mode: 'lookback',
      source,
      until: S + 1800,
      clock: later(),
    });
    expect(r.verdict.decision).toBe('inconclusive');
    expect(r.data.metrics.errors.sourceError).toMatch(/memory:\/\/test is unavailable: connection refused/);
    expect(r.verdict.inconclusiveReasons.join('\n')).toMatch(/errors: source error/);
  });

  test('a rejected query stops the bake with its error', async () => {
    const source = new MemorySource((m) => (m === 'errors' ? 'reject' : 250));
    await expect(
      runBake({ policy, stage: 's', mode: 'lookback', source, until: S + 1800, clock: later() }),
    ).rejects.toThrow(QueryRejectedError);
  });

  test('an unknown stage is a usage error listing the stages', async () => {
    await expect(
      runBake({
        policy,
        stage: 'nope',
        mode: 'lookback',
        source: new MemorySource(healthy),
        clock: later(),
      }),
    ).rejects.toThrow(/--stage nope: no such stage in bake\.yml; stages are: s, long/);
  });

  test('an --until in the future is refused', async () => {
    await expect(
      runBake({
        policy,
        stage: 's',
        mode: 'lookback',
        source: new MemorySource(healthy),
        until: S + 3600,
        clock: fakeClock(S * 1000),
      }),
    ).rejects.toThrow(/^--until 2026-11-20T11:00:00.000Z is in the future: .* use --mode watch$/);
  });

  test('a bake longer than 6h is fine in lookback', async () => {
    const r = await runBake({
      policy,
      stage: 'long',
      mode: 'lookback',
      source: new MemorySource(healthy),
      until: S,
      clock: later(),
    });
    expect(r.data.windowsExpected).toBe(84);
    expect(r.verdict.decision).toBe('promote');
  });
});

describe('watch', () => {
  test('reads each window when it closes plus settle, asking only for new windows', async () => {
    const clock = fakeClock(S * 1000);
    const lines: string[] = [];
    const source = new MemorySource(healthy, clock.now);
    const r = await runBake({ policy, stage: 's', mode: 'watch', source, clock, log: (l) => lines.push(l) });
    expect(r.verdict.decision).toBe('promote');
    expect(r.since).toBe(S); // since defaults to now
    expect(r.reads).toBe(6);
    expect(source.callsFor('latency')).toEqual([0, 1, 2, 3, 4, 5].map((k) => [k, 1]));
    // Window k is read at since + (k+1)·5m + 30s.
    expect(source.calls.filter((c) => c.metric === 'latency').map((c) => c.at / 1000 - S)).toEqual([
      330, 630, 930, 1230, 1530, 1830,
    ]);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'window 1/6, 24m30s left: latency 250 <= 300, errors 0.002 <= 0.01, rollback if latency > 400 for 5m: 250 — inconclusive so far',
    );
    expect(lines[5]).toMatch(/^window 6\/6, bake over: .* — promote \(final\)$/);
  });

  test('a watch started late reads every window already closed at once', async () => {
    const clock = fakeClock((S + 12 * 60) * 1000);
    const source = new MemorySource(healthy, clock.now);
    const r = await runBake({ policy, stage: 's', mode: 'watch', source, since: S, clock });
    expect(source.callsFor('latency')).toEqual([
      [0, 2],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(r.verdict.decision).toBe('promote');
  });

  test('stops at the read where the verdict becomes final', async () => {
    const clock = fakeClock(S * 1000);
    const source = new MemorySource((m, k) => (m === 'latency' ? (k === 2 ? 500 : 250) : 0.002), clock.now);
    const r = await runBake({ policy, stage: 's', mode: 'watch', source, since: S, clock });
    expect(r.verdict.decision).toBe('rollback');
    expect(r.verdict.final).toBe(true);
    expect(r.decidedAtWindow).toBe(3);
    expect(source.callsFor('latency')).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    expect(r.verdict.rollbackReasons[0]).toMatch(/latency > 400/);
  });

  test('refuses a bake longer than a hosted runner job and points to lookback', async () => {
    const run = runBake({
      policy,
      stage: 'long',
      mode: 'watch',
      source: new MemorySource(healthy),
      clock: fakeClock(0),
    });
    await expect(run).rejects.toThrow(BakeUsageError);
    await expect(
      runBake({
        policy,
        stage: 'long',
        mode: 'watch',
        source: new MemorySource(healthy),
        clock: fakeClock(0),
      }),
    ).rejects.toThrow(
      "stage long: a 7h bake cannot be watched within a GitHub-hosted runner's 6h job limit; put an environment wait timer of 7h before the job and judge it in lookback mode (mode: lookback, or --mode lookback; until = now)",
    );
  });

  test('a metric that fails for a read is asked again from its first missing window', async () => {
    const clock = fakeClock(S * 1000);
    // errors: calls 2 and 3 fail (windows 1 and 2 pending), call 4 catches up [1, 4).
    const source = new MemorySource(
      (m, _k, call) => (m === 'errors' && (call === 2 || call === 3) ? 'down' : healthy(m)),
      clock.now,
    );
    const lines: string[] = [];
    const r = await runBake({
      policy,
      stage: 's',
      mode: 'watch',
      since: S,
      source,
      clock,
      log: (l) => lines.push(l),
    });
    expect(source.callsFor('errors')).toEqual([
      [0, 1],
      [1, 1],
      [1, 2],
      [1, 3],
      [4, 1],
      [5, 1],
    ]);
    // While errors lags, the windows judged are the ones every metric has.
    expect(lines.slice(0, 4).map((l) => l.split(',')[0])).toEqual([
      'window 1/6',
      'window 1/6',
      'window 1/6',
      'window 4/6',
    ]);
    expect(lines[1]).toMatch(/^window 1\/6, 19m30s left \(read failed, asked again next read: errors\): /);
    expect(lines[3]).not.toContain('read failed');
    expect(r.verdict.decision).toBe('promote');
    expect(r.data.metrics.errors.sourceError).toBeUndefined();
  });

  test('after 3 failed reads in a row the metric is a source error: inconclusive and final under fail', async () => {
    const clock = fakeClock(S * 1000);
    const source = new MemorySource((m, k) => (m === 'errors' && k >= 1 ? 'down' : healthy(m)), clock.now);
    const lines: string[] = [];
    const r = await runBake({
      policy,
      stage: 's',
      mode: 'watch',
      since: S,
      source,
      clock,
      log: (l) => lines.push(l),
    });
    expect(r.verdict.decision).toBe('inconclusive');
    expect(r.verdict.final).toBe(true);
    // Promotion is ruled out at read 4, but the rollback trigger on latency could still fire: the watch
    // reads on to the end (it stopped at read 4 before fail-fast: rollback).
    expect(r.reads).toBe(6);
    expect(lines[4]).toMatch(
      /^window 4\/6, .* — inconclusive so far; promotion ruled out \(errors: source error: .*\); still watching for rollback: latency > 400$/,
    );
    expect(lines).toContain(
      'errors: source error: memory://test is unavailable: connection refused (4 attempts)',
    );
    expect(r.verdict.inconclusiveReasons.join('\n')).toMatch(
      /errors: source error: memory:\/\/test is unavailable/,
    );
  });

  test('under on-source-error: warn the watch goes on, skips the checks and says so', async () => {
    const clock = fakeClock(S * 1000);
    const source = new MemorySource((m, k) => (m === 'errors' && k >= 1 ? 'down' : healthy(m)), clock.now);
    const r = await runBake({ policy: warnPolicy, stage: 's', mode: 'watch', since: S, source, clock });
    expect(r.reads).toBe(6);
    expect(r.verdict.decision).toBe('promote');
    expect(r.verdict.warnings.join('\n')).toMatch(/errors: checks skipped, source error/);
    // The failing metric is still asked at every read, from its first missing window.
    expect(source.callsFor('errors').at(-1)).toEqual([1, 5]);
    // The metric that works is judged over the whole bake.
    expect(r.data.windowsObserved).toBe(6);
  });
});

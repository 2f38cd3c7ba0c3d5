/**
 * DESIGN §2 "Modes" and "Reading": a watch stops early only on a rollback (or a judge's early promote);
 * after a hold it reads on while a rollback could still fire; watch and lookback agree; no window is read
 * before its end + settle + the backend's lag.
 */
import { runBake } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { BackendLag } from '../../src/sources/types.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { MemorySource, type Cell } from './memory-source.js';

const ISSUE_POLICY = (extra = '') => `version: 1
window: 10s
missing-data: fail
settle: 3s
${extra}
metrics:
  p95:
    query: p95
stages:
  canary:
    bake: 2m
    gates:
      p95: "<= 300"
rollback:
  - metric: p95
    when: "> 250"
    for: 30s
`;

const S = Date.UTC(2026, 10, 20, 10, 0, 0) / 1000;
// The issue's canary: p95 120 ms, then 390 ms from window 5 of 12 on.
const jump = (_m: string, k: number): Cell => (k >= 4 ? 390 : 120);

async function both(policyText: string, value: (m: string, k: number) => Cell) {
  const policy = loadPolicy(policyText, 'issue.yml');
  const clock = fakeClock(S * 1000);
  const lines: string[] = [];
  const source = new MemorySource(value, clock.now);
  const watched = await runBake({
    policy,
    stage: 'canary',
    mode: 'watch',
    since: S,
    source,
    clock,
    log: (l) => lines.push(l),
  });
  const looked = await runBake({
    policy,
    stage: 'canary',
    mode: 'lookback',
    until: S + 120,
    source: new MemorySource(value),
    clock: fakeClock((S + 3600) * 1000),
  });
  return { watched, looked, lines, source };
}

describe('the issue example: p95 <= 300 gate, > 250 for 30s trigger, jump to 390 at window 5 of 12', () => {
  test('the watch reads past the hold and ends in rollback at window 7, as lookback does', async () => {
    const { watched, looked, lines } = await both(ISSUE_POLICY(), jump);
    expect(watched.verdict.decision).toBe('rollback');
    expect(watched.verdict.rollbackTriggered).toBe(true);
    expect(watched.decidedAtWindow).toBe(7);
    expect(watched.verdict.endedEarly).toBe(true);
    expect(watched.reads).toBe(7);
    expect(lines[4]).toBe(
      'window 5/12, 1m7s left: p95 390 <= 300 FAIL, rollback if p95 > 250 for 30s: 390 (1 of 3 windows) — hold so far; ' +
        'promotion ruled out (p95 <= 300 violated in 1 of 5 windows: 390 at 2026-11-20T10:00:40Z–10:00:50Z); ' +
        'still watching for rollback: p95 > 250 for 30s (1 of 3 windows so far)',
    );
    expect(lines[6]).toMatch(/— rollback \(final, decided at window 7\)$/);
    // The invariant: same decision, reasons and check statuses in both modes.
    expect(looked.verdict.decision).toBe('rollback');
    expect(looked.decidedAtWindow).toBe(7);
    expect(looked.verdict.rollbackReasons).toEqual(watched.verdict.rollbackReasons);
    expect(looked.verdict.gateFailReasons).toEqual(watched.verdict.gateFailReasons);
    expect(looked.verdict.checks.map((c) => c.status)).toEqual(watched.verdict.checks.map((c) => c.status));
    expect(watched.verdict.gateFailReasons.join()).not.toMatch(/bake incomplete/);
  });

  test('fail-fast: hold stops at the first hold, says a rollback could still fire, and the trigger is pending', async () => {
    const { watched, lines } = await both(ISSUE_POLICY('fail-fast: hold'), jump);
    expect(watched.verdict.decision).toBe('hold');
    expect(watched.decidedAtWindow).toBe(5);
    expect(watched.verdict.inconclusiveReasons).toEqual([]);
    const trigger = watched.verdict.checks[1];
    expect(trigger.status).toBe('pending');
    expect(trigger.streak).toEqual({ windows: 1, needed: 3 });
    expect(lines.at(-1)).toMatch(
      /— hold \(final, decided at window 5\); fail-fast: hold stopped the watch while a rollback could still fire: p95 > 250 for 30s \(1 of 3 windows so far\)$/,
    );
  });

  test('a hold with no rollback left that could fire ends the watch', async () => {
    // Gate breached at window 11 of 12 by 260: the 3-window trigger can no longer fire.
    const late = (_m: string, k: number): Cell => (k === 10 ? 310 : 120);
    const { watched, looked } = await both(ISSUE_POLICY(), late);
    expect(watched.verdict.decision).toBe('hold');
    expect(watched.decidedAtWindow).toBe(11);
    expect(watched.verdict.rollbackStillPossible).toEqual([]);
    expect(looked.decidedAtWindow).toBe(11);
    expect(looked.verdict.gateFailReasons).toEqual(watched.verdict.gateFailReasons);
  });

  test('a rollback stopping the watch leaves another trigger with a run in progress pending (k of n)', async () => {
    const text = ISSUE_POLICY().replace('rollback:\n', 'rollback:\n  - metric: p95\n    when: "> 1000"\n');
    const spike = (_m: string, k: number): Cell => (k === 3 ? 1200 : k === 2 ? 260 : 120);
    const { watched } = await both(text, spike);
    expect(watched.verdict.decision).toBe('rollback');
    expect(watched.decidedAtWindow).toBe(4);
    const slow = watched.verdict.checks.find((c) => c.condition === '> 250')!;
    expect(slow.status).toBe('pending');
    expect(slow.streak).toEqual({ windows: 2, needed: 3 });
  });
});

describe('reading', () => {
  const policy = loadPolicy(ISSUE_POLICY(), 'issue.yml');
  const lagging = (seconds: number, known = true) =>
    class extends MemorySource {
      async lag(): Promise<BackendLag> {
        return { seconds, known, how: `test lag ${seconds}s` };
      }
    };

  test('a lookback whose until is now waits for its last window to settle, and says so', async () => {
    const clock = fakeClock((S + 120) * 1000);
    const lines: string[] = [];
    const source = new MemorySource(jump, clock.now);
    const r = await runBake({
      policy,
      stage: 'canary',
      mode: 'lookback',
      source,
      clock,
      log: (l) => lines.push(l),
    });
    expect(clock.sleeps).toEqual([3000]);
    expect(source.calls[0].at).toBe((S + 123) * 1000);
    expect(lines).toEqual([
      'lookback: the last window ends at 2026-11-20T10:02:00Z; waiting 3s until it may be read (settle 3s)',
    ]);
    expect(r.verdict.decision).toBe('rollback');
  });

  test("the backend's lag is added to settle in both modes, and the newest windows are read again", async () => {
    const clock = fakeClock(S * 1000);
    const Lagging = lagging(30);
    const lines: string[] = [];
    const source = new Lagging(jump, clock.now);
    const r = await runBake({
      policy,
      stage: 'canary',
      mode: 'watch',
      since: S,
      source,
      clock,
      log: (l) => lines.push(l),
    });
    expect(lines[0]).toBe(
      'watch: each window is read settle 3s + backend lag 30s (test lag 30s) after it ends',
    );
    // Window k is read at its end + 33 s: window 0 (ends at +10 s) at +43 s.
    expect(source.calls[0]).toMatchObject({ first: 0, count: 1, at: (S + 43) * 1000 });
    // ceil(30 / 10) = 3 newest windows are read once more at the next read.
    expect(source.callsFor('p95').slice(0, 5)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [1, 4],
    ]);
    expect(r.verdict.decision).toBe('rollback');
    expect(r.decidedAtWindow).toBe(7);

    const lookClock = fakeClock((S + 120) * 1000);
    const looked = await runBake({
      policy,
      stage: 'canary',
      mode: 'lookback',
      source: new Lagging(jump, lookClock.now),
      clock: lookClock,
    });
    expect(lookClock.sleeps).toEqual([33_000]);
    expect(looked.verdict.rollbackReasons).toEqual(r.verdict.rollbackReasons);
  });

  test('a backend that cannot tell its lag gets its last window read again one settle later', async () => {
    const clock = fakeClock(S * 1000);
    const Unknown = lagging(0, false);
    const source = new Unknown(() => 120, clock.now);
    const r = await runBake({ policy, stage: 'canary', mode: 'watch', since: S, source, clock });
    expect(r.verdict.decision).toBe('promote');
    const calls = source.callsFor('p95');
    expect(calls.at(-1)).toEqual([11, 1]);
    expect(source.calls.at(-1)!.at).toBe((S + 126) * 1000);
  });
});

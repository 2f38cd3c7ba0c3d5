/** The engine's side of a stage's `score:` (runbook 001): its judged gates' windows, scored. Pure. */
import type { StageScoreSpec, StageSpec } from '../../policy/types.js';
import type { Effect, Judged } from '../judged.js';
import type { BakeData, CheckResult } from '../types.js';
import { windowLabel, type WindowClock } from '../windows.js';
import { runAll } from './run.js';
import { scoreJudge, SCORE_DEFAULTS, type ScoreWindow } from './score.js';

/**
 * `score:` over the stage's judged gates: per window a gate holds unless the window is among its
 * violating windows; gates without data (skipped, no data) are left out of that window's score.
 */
export function judgeScore(
  score: StageScoreSpec | undefined,
  stage: StageSpec,
  judged: Judged[],
  data: BakeData,
  observed: number,
): Judged | null {
  if (!score) return null;
  const gates = judged.filter((j) => j.result.kind === 'gate' && !j.result.judgement);
  const inputs: ScoreWindow[] = Array.from({ length: observed }, (_, k) => {
    const w: ScoreWindow = {};
    for (const g of gates) {
      const known = g.result.status !== 'skipped' && g.result.status !== 'no_data';
      const held = known ? !g.result.violatingWindows.includes(k) : null;
      const prior = w[g.result.metric];
      w[g.result.metric] =
        prior === undefined ? held : prior === null ? held : held === null ? prior : prior && held;
    }
    return w;
  });
  const spec = { ...SCORE_DEFAULTS, ...score };
  const r = runAll('score', () => scoreJudge(spec), inputs);
  const clock: WindowClock = { windowSeconds: data.windowSeconds, since: data.since };
  const result: CheckResult = {
    kind: score.action === 'pause' ? 'gate' : 'rollback',
    metric: `score:${stage.name}`,
    condition: `score >= ${score.min}`,
    forSeconds: score.forWindows * data.windowSeconds,
    action: score.action,
    status: r.decidedAt === null ? 'pass' : 'fail',
    violatingWindows: r.windows.filter((w) => w.status === 'fail').map((w) => w.window),
    worst: null,
    policyLine: score.pos.line,
    policyColumn: score.pos.column,
    reasons: [],
    judgement: { ...r, labels: {} },
  };
  const effects: Effect[] = [];
  if (r.decidedAt !== null) {
    const w = r.windows[r.decidedAt];
    const reason = `stage ${stage.name} score in ${windowLabel(clock, w.window)}: ${w.explanation}`;
    result.reasons = [reason];
    result.worst = { value: w.statistic ?? null, window: w.window, labels: {}, limit: score.min };
    effects.push(
      r.contribution === 'rollback'
        ? { kind: 'rollback', reason }
        : { kind: 'hold', reason, gateFailure: false },
    );
  }
  return { result, effects };
}

/**
 * The engine's entry: one stage of a policy judged over the windows read so far. Pure — the same policy,
 * stage and data always give the same verdict.
 *
 * The verdict is the one at the first window where it became final, whatever came after: a watch stops
 * there, and a lookback of the same bake (or a recorded bake) judged here reaches the same decision,
 * reasons and check statuses at the same window (DESIGN §2 "Modes", the invariant).
 */
import type { CheckSpec, Policy, StageSpec } from '../policy/types.js';
import { checkSamples, judgeCheck } from './check.js';
import { decide } from './decide.js';
import { finalBeforeEnd, Finality, firstFinalWindow, likelyFinalWindow } from './final-window.js';
import type { Judged } from './judged.js';
import { judgeScore } from './judges/stage-score.js';
import { judgeMetrics } from './judges/stage.js';
import { someWindowFails, type SeriesSamples } from './samples.js';
import type { BakeData, Verdict } from './types.js';
import { applyDryRun } from './dry-run.js';

const withDryRun = (j: Judged): Judged => ({ ...j, result: { ...j.result, dryRun: true } });

export function evaluateStage(policy: Policy, stage: StageSpec, data: BakeData): Verdict {
  // Windows beyond the bake are never judged, even if a source read more.
  const observed = Math.max(0, Math.min(data.windowsObserved, data.windowsExpected));
  const prefix = new PrefixJudge(policy, stage, data, observed);
  const finality = new Finality((windows) => prefix.judge(windows, false).verdict.final);
  const gateFails = prefix.gateFailsSomewhere();
  const likely = likelyFinalWindow(policy, stage, data.windowsExpected);
  // A held bake, final where its longest rollback trigger no longer fits: tried first (./final-window.ts).
  const described = (windows: number) => prefix.judge(windows, true).verdict;
  const early = gateFails
    ? finalBeforeEnd(policy, stage, data, observed, likely, finality, described)
    : undefined;
  if (early) return early;
  // Most bakes promote, decided by their last window: judged described at once, the same judging also says
  // whether to bisect (described or not, the effects and statuses are the same). A bake whose gates already
  // see a failing window will likely bisect and not need the whole described: that one starts undescribed.
  // Either way the verdict is the same; only the work differs.
  const whole = prefix.judge(observed, !gateFails);
  const wholeDescribed = () => (gateFails ? prefix.judge(observed, true).verdict : whole.verdict);
  if (!whole.verdict.final || !mayBeFinalEarlier(whole.judged)) return wholeDescribed();
  // Finality only grows with the prefix: a fired rollback, a judge's decision or a final inconclusive cause
  // stays once there (checks and judges are causal), and a trigger that can no longer fire never can again
  // (its run plus the windows left only shrinks). So the first final window is found by bisection
  // (./final-window.ts), judging each prefix without reason text; only the verdict returned is described.
  const hi = firstFinalWindow(observed, likely, finality.isFinal);
  if (hi === observed) return wholeDescribed();
  // The judges' evidence over all the windows goes on past the first final window.
  return withJudgeEvidence(prefix.judge(hi, true).verdict, whole.verdict);
}

/**
 * Judges prefixes of one bake. Each check is sampled once, over all the observed windows; a prefix reads
 * the first windows of those samples.
 */
class PrefixJudge {
  private readonly samples = new Map<CheckSpec, SeriesSamples>();

  constructor(
    private readonly policy: Policy,
    private readonly stage: StageSpec,
    private readonly data: BakeData,
    private readonly observed: number,
  ) {}

  /** The verdict over windows [0, windows). */
  judge(windows: number, describe: boolean): { verdict: Verdict; judged: Judged[] } {
    const { policy, stage, data } = this;
    const judged = [...stage.gates, ...stage.triggers].map((check) =>
      judgeCheck(policy, data, windows, check, { describe, samples: this.samplesOf(check) }),
    );
    // Statistical judges (docs/judges.md): metrics with `judge:`, then the stage's `score:` over its gates.
    for (const j of judgeMetrics(policy, data, windows))
      judged.push(policy.metrics[j.result.metric]?.judge?.dryRun ? withDryRun(j) : j);
    // A dry-run gate does not count in the score either: it must not change the decision through it.
    const counted = judged.filter((j) => !j.result.dryRun);
    const score = judgeScore(stage.score, stage, counted, data, windows);
    if (score) judged.push(stage.score?.dryRun ? withDryRun(score) : score);
    // Dry-run checks' effects become warnings before anything is decided (docs: per-check dry-run).
    const effective = judged.map(applyDryRun);
    const failFast = stage.failFast ?? policy.failFast ?? 'rollback';
    return { verdict: decide(policy, failFast, data, windows, effective, describe), judged: effective };
  }

  /** A gate's condition fails (or has no value) in some observed window: the bake likely holds early. */
  gateFailsSomewhere(): boolean {
    return this.stage.gates.some((gate) => someWindowFails(this.samplesOf(gate), this.observed));
  }

  private samplesOf(check: CheckSpec): SeriesSamples {
    let samples = this.samples.get(check);
    if (!samples) {
      samples = checkSamples(this.policy, this.data, this.observed, check);
      this.samples.set(check, samples);
    }
    return samples;
  }
}

/**
 * A judge's evidence goes on past the verdict (docs/judges.md): windows read after the verdict was final
 * are still shown window by window. What the judge decided stays as it stood when the verdict became
 * final, so its check reads the same in watch and lookback; a decision it would only have reached later is
 * not one (the window keeps its status, without the decision mark).
 */
function withJudgeEvidence(earlier: Verdict, full: Verdict): Verdict {
  const cut = earlier.windowsJudged;
  const checks = earlier.checks.map((c, i) => {
    const later = full.checks[i]?.judgement;
    const now = c.judgement;
    if (!now || !later || full.checks[i].metric !== c.metric || later.judge !== now.judge) return c;
    if (JSON.stringify(later.labels) !== JSON.stringify(now.labels)) return c;
    const windows = later.windows.map((w) => {
      if (w.window < cut || w.decision === undefined) return w;
      const rest = { ...w };
      delete rest.decision;
      return rest;
    });
    return { ...c, judgement: { ...now, windows } };
  });
  return { ...earlier, checks };
}
/**
 * A verdict can be final before the last window only through an effect that, once there, stays in every
 * longer prefix (checks and judges are causal): a rollback, a hold, a final inconclusive cause, or a judge's
 * early promote. Without any over all the windows, no earlier window needs judging.
 */
function mayBeFinalEarlier(judged: Judged[]): boolean {
  return judged.some((j) =>
    j.effects.some(
      (e) =>
        e.kind === 'rollback' ||
        e.kind === 'hold' ||
        e.kind === 'promote-early' ||
        (e.kind === 'inconclusive' && e.final === true),
    ),
  );
}

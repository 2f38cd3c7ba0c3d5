/**
 * The engine's entry: one stage of a policy judged over the windows read so far. Pure — the same policy,
 * stage and data always give the same verdict.
 */
import type { Policy, StageSpec } from '../policy/types.js';
import { judgeCheck } from './check.js';
import { decide } from './decide.js';
import { judgeMetrics, judgeScore } from './judges/stage.js';
import type { BakeData, Verdict } from './types.js';
import { applyDryRun } from './dry-run.js';
import type { Judged } from './judged.js';

const withDryRun = (j: Judged): Judged => ({ ...j, result: { ...j.result, dryRun: true } });

export function evaluateStage(policy: Policy, stage: StageSpec, data: BakeData): Verdict {
  // Windows beyond the bake are never judged, even if a source read more.
  const observed = Math.max(0, Math.min(data.windowsObserved, data.windowsExpected));
  const judged = [...stage.gates, ...stage.triggers].map((check) =>
    judgeCheck(policy, data, observed, check),
  );
  // Statistical judges (docs/judges.md): metrics with `judge:`, then the stage's `score:` over its gates.
  for (const j of judgeMetrics(policy, data, observed))
    judged.push(policy.metrics[j.result.metric]?.judge?.dryRun ? withDryRun(j) : j);
  // A dry-run gate does not count in the score either: it must not change the decision through it.
  const counted = judged.filter((j) => !j.result.dryRun);
  const score = judgeScore(stage.score, stage, counted, data, observed);
  if (score) judged.push(stage.score?.dryRun ? withDryRun(score) : score);
  return decide(policy, data, observed, judged.map(applyDryRun));
}

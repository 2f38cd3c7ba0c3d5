/**
 * The engine's entry: one stage of a policy judged over the windows read so far. Pure — the same policy,
 * stage and data always give the same verdict.
 */
import type { Policy, StageSpec } from '../policy/types.js';
import { judgeCheck } from './check.js';
import { decide } from './decide.js';
import type { BakeData, Verdict } from './types.js';

export function evaluateStage(policy: Policy, stage: StageSpec, data: BakeData): Verdict {
  // Windows beyond the bake are never judged, even if a source read more.
  const observed = Math.max(0, Math.min(data.windowsObserved, data.windowsExpected));
  const judged = [...stage.gates, ...stage.triggers].map((check) =>
    judgeCheck(policy, data, observed, check),
  );
  return decide(policy, data, observed, judged);
}

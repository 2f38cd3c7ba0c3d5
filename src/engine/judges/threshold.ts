/**
 * `threshold`: today's rule (Argo Rollouts, Flagger) as a judge, for comparison in the benchmark — the
 * canary's window value against a fixed limit or `baseline * K` / `baseline + K`, deciding after
 * `forWindows` consecutive violations. The engine's gates and triggers implement the policy's own
 * threshold checks; this mirrors their per-window rule.
 */
import { compare, resolveLimit } from '../../policy/condition.js';
import type { Comparator, ConditionRhs } from '../../policy/types.js';
import { num } from './format.js';
import type { JudgeAction, WindowJudge, WindowJudgement } from './types.js';

export interface ThresholdSpec {
  /** The bad condition (a trigger's `when`), e.g. `> baseline * 1.5`. */
  op: Comparator;
  rhs: ConditionRhs;
  forWindows: number;
  action: JudgeAction;
}

export interface ThresholdWindow {
  value: number | null;
  baseline?: number | null;
}

export function thresholdJudge(spec: ThresholdSpec): WindowJudge<ThresholdWindow> {
  let window = -1;
  let run = 0;
  let decided = false;
  return {
    push(input: ThresholdWindow): WindowJudgement {
      window++;
      const limit = resolveLimit(spec.rhs, input.baseline);
      const v = input.value;
      if (v === null || !Number.isFinite(v) || limit === null) {
        run = 0;
        return {
          window,
          status: 'continue',
          explanation: limit === null ? 'no baseline in this window' : 'no data in this window',
        };
      }
      const violated = compare(spec.op, v, limit);
      run = violated ? run + 1 : 0;
      const out: WindowJudgement = {
        window,
        status: violated ? 'fail' : 'pass',
        statistic: v,
        explanation: `${num(v)} ${violated ? '' : 'not '}${spec.op} ${num(limit)}${violated ? ` (${run} of ${spec.forWindows} consecutive)` : ''}`,
      };
      if (!decided && run >= spec.forWindows) {
        decided = true;
        out.decision = spec.action === 'pause' ? 'hold' : 'rollback';
      }
      return out;
    },
  };
}

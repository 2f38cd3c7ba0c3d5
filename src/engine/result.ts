/** Building the report-facing CheckResult from a check and what judging found. */
import type { CheckSpec } from '../policy/types.js';
import type { Sample } from './samples.js';
import type { CheckResult, CheckStatus, WorstValue } from './types.js';

export function toWorst(s: Sample | undefined): WorstValue | null {
  return s ? { value: s.value, window: s.window, labels: s.labels, limit: s.limit } : null;
}

export function checkResult(
  check: CheckSpec,
  status: CheckStatus,
  windows: number[],
  worst: WorstValue | null,
  reasons: string[],
  note?: string,
): CheckResult {
  const result: CheckResult = {
    kind: check.kind,
    metric: check.metric,
    condition: check.condition.text,
    forSeconds: check.forSeconds,
    action: check.action,
    status,
    violatingWindows: [...new Set(windows)].sort((a, b) => a - b),
    worst,
    policyLine: check.pos.line,
    policyColumn: check.pos.column,
    reasons,
  };
  if (note !== undefined) result.note = note;
  if (check.dryRun) result.dryRun = true;
  return result;
}

/**
 * Failing checks as annotations on the policy file, at the line of the rule that failed. GitHub shows
 * about 10 annotations per type per step; the rest are returned so the summary can list them.
 */
import * as core from '@actions/core';
import type { Report, ReportCheck } from '../report/types.js';
import { redact } from './log.js';

export const ANNOTATIONS_PER_TYPE = 10;

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  line: number;
}

export function annotationsOf(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const check of report.checks) {
    if (check.status !== 'fail') continue;
    const reason = check.reasons[0] ?? `${check.metric} ${check.condition} failed`;
    out.push({
      // A dry-run check never decides: its failure is a warning, not an error on the policy line.
      level: check.action === 'notify' || check.dry_run ? 'warning' : 'error',
      title: `${check.dry_run ? 'dry-run: ' : ''}${titleOf(check)} (stage ${report.stage})`,
      message: reason + (check.reasons.length > 1 ? ` (+${check.reasons.length - 1} more)` : ''),
      line: check.policy_line,
    });
  }
  return out;
}

/**
 * A gate's condition is what must hold and a trigger's what must not, so `gate m <= 300` and
 * `rollback trigger m > 400` both read right. A judged check (stage score, spike) states what must hold
 * but acts like a trigger: name the action and say the condition failed, so `score >= 0.95` is not read as
 * the reason to roll back.
 */
function titleOf(check: ReportCheck): string {
  if (check.judgement) return `canary-gate ${check.action}: ${check.metric} failed ${check.condition}`;
  const kind = check.kind === 'gate' ? 'gate' : `${check.action} trigger`;
  return `canary-gate ${kind} ${check.metric} ${check.condition}`;
}

/** Emits up to the cap per type; returns the ones left over, as text lines for the summary. */
export function annotate(report: Report, policyPath: string): string[] {
  const overflow: string[] = [];
  const count = { error: 0, warning: 0 };
  for (const a of annotationsOf(report)) {
    if (count[a.level]++ >= ANNOTATIONS_PER_TYPE) {
      overflow.push(`${a.level}: ${policyPath}:${a.line}: ${a.title}: ${a.message}`);
      continue;
    }
    const props = { title: a.title, file: policyPath, startLine: a.line };
    if (a.level === 'error') core.error(redact(a.message), props);
    else core.warning(redact(a.message), props);
  }
  return overflow;
}

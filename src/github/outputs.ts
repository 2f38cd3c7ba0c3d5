/**
 * Step outputs. Every one is set on every run (also when the gate or the step fails), so a later
 * `if: failure()` job can read `decision` and `rollback-triggered`.
 */
import * as core from '@actions/core';
import type { Report } from '../report/types.js';

export interface ActionOutputs {
  decision: string;
  'gate-passed': boolean;
  'rollback-triggered': boolean;
  'rollback-reasons': string[];
  'gate-fail-reasons': string[];
  'report-path': string;
  'artifact-id': string;
  'artifact-url': string;
}

/** What a run that could not judge (bad input, bad policy) reports: decision `error`. */
export function errorOutputs(message: string): ActionOutputs {
  return {
    decision: 'error',
    'gate-passed': false,
    'rollback-triggered': false,
    'rollback-reasons': [],
    'gate-fail-reasons': [message],
    'report-path': '',
    'artifact-id': '',
    'artifact-url': '',
  };
}

export function reportOutputs(report: Report, reportPath: string): ActionOutputs {
  return {
    decision: report.decision,
    'gate-passed': report.gate_passed,
    'rollback-triggered': report.rollback_triggered,
    'rollback-reasons': report.rollback_reasons,
    'gate-fail-reasons': report.gate_fail_reasons,
    'report-path': reportPath,
    'artifact-id': '',
    'artifact-url': '',
  };
}

export function setOutputs(
  outputs: Partial<ActionOutputs>,
  redact: (text: string) => string = (t) => t,
): void {
  for (const [name, value] of Object.entries(outputs)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    core.setOutput(name, redact(text));
  }
}

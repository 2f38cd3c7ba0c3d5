/**
 * Step outputs. Every one is set on every run (also when the gate or the step fails), so a later
 * `if: failure()` job can read `decision` and `rollback-triggered`.
 */
import * as core from '@actions/core';
import type { Report } from '../report/types.js';
import { writableFileProblem, writeFailedLine } from './runner-env.js';

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

/** Why GITHUB_OUTPUT cannot take outputs (checked on first use), or null when it can. */
let outputFileProblem: string | null | undefined;

/**
 * Sets each output in GITHUB_OUTPUT. When that file is unusable (unset, missing, a directory, read-only, or
 * failing mid-run) one warning names the variable and the fix, and every output goes to the log instead:
 * the decision is never lost, and nothing here throws.
 */
export function setOutputs(
  outputs: Partial<ActionOutputs>,
  redact: (text: string) => string = (t) => t,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (outputFileProblem === undefined) {
    outputFileProblem = writableFileProblem('GITHUB_OUTPUT', env);
    if (outputFileProblem) core.warning(outputFileProblem);
  }
  for (const [name, value] of Object.entries(outputs)) {
    const text = redact(typeof value === 'string' ? value : JSON.stringify(value));
    if (!outputFileProblem) {
      try {
        core.setOutput(name, text);
        continue;
      } catch (error) {
        outputFileProblem = writeFailedLine('GITHUB_OUTPUT', env, error);
        core.warning(outputFileProblem);
      }
    }
    core.info(`output ${name}: ${text}`);
  }
}

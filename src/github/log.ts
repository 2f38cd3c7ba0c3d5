/** The few @actions/core calls the glue in src/main.ts makes, kept here so only src/github imports @actions/*. */
import * as core from '@actions/core';
import { writableFileProblem, writeFailedLine } from './runner-env.js';

export const info = (message: string): void => core.info(message);
export const warning = (message: string): void => core.warning(message);
export const notice = (message: string): void => core.notice(message);
export const error = (message: string): void => core.error(message);
export const setFailed = (message: string): void => core.setFailed(message);
export const setSecret = (secret: string): void => core.setSecret(secret);

export function errorAt(message: string, file: string, line: number, column?: number): void {
  core.error(message, { file, startLine: line, ...(column ? { startColumn: column } : {}) });
}

/** Set once GITHUB_STEP_SUMMARY has been found unusable, so the warning is given once. */
let summaryProblem: string | null = null;

/**
 * Appends to the step summary. An unusable GITHUB_STEP_SUMMARY (unset, missing, a directory, read-only) is
 * one warning naming the variable and the fix; the verdict is in the log and the outputs all the same.
 */
export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (summaryProblem) return false;
  summaryProblem = writableFileProblem('GITHUB_STEP_SUMMARY', env);
  if (!summaryProblem) {
    try {
      await core.summary.addRaw(markdown, true).write();
      return true;
    } catch (error) {
      summaryProblem = writeFailedLine('GITHUB_STEP_SUMMARY', env, error);
    }
  }
  core.warning(summaryProblem);
  return false;
}

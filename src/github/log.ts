/**
 * The few @actions/core calls the glue in src/main.ts makes, kept here so only src/github imports @actions/*.
 * Every line goes through the one redactor: the runner masks what `::add-mask::` registered, but not the
 * encoded forms (base64, URL-encoded) nor text written to files, so the log is redacted here as well.
 */
import * as core from '@actions/core';
import { writableFileProblem, writeFailedLine } from './runner-env.js';
import { Redactor } from '../util/redact.js';

/** Registers each new secret with the runner (`::add-mask::`) the moment it is known. */
export const redactor = new Redactor([], (secret) => core.setSecret(secret));

export const redact = (text: string): string => redactor.text(text);
export const addSecrets = (secrets: readonly string[]): void => redactor.add(secrets);

export const info = (message: string): void => core.info(redact(message));
export const warning = (message: string): void => core.warning(redact(message));
export const notice = (message: string): void => core.notice(redact(message));
export const error = (message: string): void => core.error(redact(message));
export const setFailed = (message: string): void => core.setFailed(redact(message));

/**
 * Shown only when step debug logging is on (ACTIONS_STEP_DEBUG / "Enable debug logging" on re-run): resolved
 * queries, HTTP statuses, retry waits. Redacted like every other line.
 */
export const debug = (message: string): void => core.debug(redact(message));

/** A folded section of the log, one per phase (policy, preflight and bake, report, upload, comment, webhook). */
export function group<T>(name: string, step: () => Promise<T>): Promise<T> {
  return core.group(redact(name), step);
}

export function errorAt(message: string, file: string, line: number, column?: number): void {
  core.error(redact(message), { file, startLine: line, ...(column ? { startColumn: column } : {}) });
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
      await core.summary.addRaw(redact(markdown), true).write();
      return true;
    } catch (error) {
      summaryProblem = writeFailedLine('GITHUB_STEP_SUMMARY', env, error);
    }
  }
  core.warning(redact(summaryProblem));
  return false;
}

/** The few @actions/core calls the glue in src/main.ts makes, kept here so only src/github imports @actions/*. */
import * as core from '@actions/core';
import { redact } from '../report/redact.js';

/** Every secret registered with setSecret: debug lines and group titles are redacted with them too. */
const secrets: string[] = [];

export const info = (message: string): void => core.info(message);
export const warning = (message: string): void => core.warning(message);
export const notice = (message: string): void => core.notice(message);
export const error = (message: string): void => core.error(message);
export const setFailed = (message: string): void => core.setFailed(message);
export const setSecret = (secret: string): void => {
  secrets.push(secret);
  core.setSecret(secret);
};

/**
 * Shown only when step debug logging is on (ACTIONS_STEP_DEBUG / "Enable debug logging" on re-run). Queries
 * and URLs go here, so the line is redacted, not only masked by the runner (which misses encoded forms).
 */
export const debug = (message: string): void => core.debug(redact(message, secrets));

export const isDebug = (): boolean => core.isDebug();

/** A folded section of the log, one per phase (policy, preflight, bake, report, upload, comment, webhook). */
export function group<T>(name: string, step: () => Promise<T>): Promise<T> {
  return core.group(redact(name, secrets), step);
}

export function errorAt(message: string, file: string, line: number, column?: number): void {
  core.error(message, { file, startLine: line, ...(column ? { startColumn: column } : {}) });
}

/** Appends to the step summary; a runner without GITHUB_STEP_SUMMARY gets a warning instead. */
export async function writeSummary(markdown: string): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } catch (error) {
    core.warning(`Job summary not written: ${(error as Error).message.split('\n')[0]}`);
    return false;
  }
}

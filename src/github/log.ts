/** The few @actions/core calls the glue in src/main.ts makes, kept here so only src/github imports @actions/*. */
import * as core from '@actions/core';

export const info = (message: string): void => core.info(message);
export const warning = (message: string): void => core.warning(message);
export const notice = (message: string): void => core.notice(message);
export const error = (message: string): void => core.error(message);
export const setFailed = (message: string): void => core.setFailed(message);
export const setSecret = (secret: string): void => core.setSecret(secret);

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

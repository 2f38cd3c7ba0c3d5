/**
 * The runner's file variables (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH) checked before use,
 * so a broken runner environment is one line naming the variable and the fix, never a stack trace, and
 * the verdict still reaches every channel that works.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';

export type RunnerFileVariable = 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_EVENT_PATH';

const FIX: Record<RunnerFileVariable, string> = {
  GITHUB_OUTPUT:
    'let the runner set GITHUB_OUTPUT to its step output file (do not override it in `env:`); the outputs are printed in this log instead',
  GITHUB_STEP_SUMMARY:
    'let the runner set GITHUB_STEP_SUMMARY to its job summary file (do not override it in `env:`); the verdict is in this log and the outputs',
  GITHUB_EVENT_PATH:
    'let the runner set GITHUB_EVENT_PATH to the event payload (do not override it in `env:`); the run goes on as a push event, without a PR comment',
};

/** What is wrong with a writable file variable (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), or null when it is usable. */
export function writableFileProblem(name: RunnerFileVariable, env: NodeJS.ProcessEnv): string | null {
  const path = env[name];
  if (!path) return problemLine(name, 'is not set');
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return problemLine(name, `(${path}) is a directory, not a file`);
    if (!stat.isFile()) return problemLine(name, `(${path}) is not a regular file`);
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    return problemLine(name, `(${path}) ${fileErrorWords(error)}`);
  }
}

/** What is wrong with GITHUB_EVENT_PATH, or null when it is unset (a local run) or readable JSON. */
export function eventFileProblem(env: NodeJS.ProcessEnv): string | null {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return null;
  let text: string;
  try {
    if (!statSync(path).isFile()) return problemLine('GITHUB_EVENT_PATH', `(${path}) is not a regular file`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return problemLine('GITHUB_EVENT_PATH', `(${path}) ${fileErrorWords(error)}`);
  }
  try {
    const payload: unknown = JSON.parse(text);
    if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) return null;
    return problemLine('GITHUB_EVENT_PATH', `(${path}) does not hold a JSON object`);
  } catch (error) {
    return problemLine(
      'GITHUB_EVENT_PATH',
      `(${path}) is not valid JSON: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** A file variable's failure as it happened (e.g. the file removed mid-run), in the same one-line form. */
export function writeFailedLine(name: RunnerFileVariable, env: NodeJS.ProcessEnv, error: unknown): string {
  return problemLine(name, `(${env[name] ?? ''}) cannot be written: ${fileErrorWords(error)}`);
}

function problemLine(name: RunnerFileVariable, what: string): string {
  return `${name} ${what} (fix: ${FIX[name]})`;
}

function fileErrorWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'is not writable (permission denied)';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return code ?? (error as Error).message.split('\n')[0];
}

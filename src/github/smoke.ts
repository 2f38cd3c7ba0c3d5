/**
 * smoke-command (runbook 002): run through the shell before the gate, with a timeout. Its output is
 * streamed to the log (where registered secrets are masked) but never copied into the report.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import type { SmokeResult } from '../report/smoke.js';

export async function runSmoke(
  command: string,
  timeoutSeconds: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SmokeResult> {
  core.startGroup(`smoke-command (timeout ${timeoutSeconds}s)`);
  try {
    return await new Promise<SmokeResult>((resolve) => {
      // Own process group, so the timeout kills the whole command tree, not just the shell.
      const child = spawn('bash', ['-eo', 'pipefail', '-c', command], {
        env: smokeEnv(env),
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: true,
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, timeoutSeconds * 1000);
      child.on('error', (error) => {
        clearTimeout(timer);
        resolve({ returncode: null, timedOut: false, error: error.message });
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ returncode: code, timedOut, signal });
      });
    });
  } finally {
    core.endGroup();
  }
}

/**
 * The step's environment without the action's own inputs: `INPUT_PROMETHEUS-TOKEN`, `INPUT_GITHUB-TOKEN` and
 * the other secrets given to the gate are not the smoke script's to read (pass what it needs with `env:`).
 */
export function smokeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}

import { runCli } from '../../src/cli/program.js';

/** Runs the CLI in-process and captures what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWithEnv({}, ...argv);
}

/** The same, with environment variables (e.g. GITHUB_ACTIONS). */
export async function cliWithEnv(
  env: NodeJS.ProcessEnv,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}

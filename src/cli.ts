// CLI entry: `npx canary-gate …`. Everything happens in cli/program.ts; this only wires the process.
import { runCli } from './cli/program.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
process.exitCode = code;

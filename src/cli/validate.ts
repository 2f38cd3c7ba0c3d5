/** `canary-gate validate --config F`: every policy problem at once, each with its line, or a summary. */
import { checksNothing, checksNothingWarning } from '../policy/empty-stages.js';
import { readPolicyFile } from './read-policy.js';
import type { CliIo } from './io.js';

export function validateCommand(path: string, io: CliIo): number {
  const { policy } = readPolicyFile(path);
  const metrics = Object.values(policy.metrics);
  const judged = metrics.filter((m) => m.judge).map((m) => `${m.name} (${m.judge!.type})`);
  const stages = Object.values(policy.stages).map(
    (s) =>
      `${s.name}: ${count(s.gates.length, 'gate')}, ${count(s.triggers.length, 'trigger')}${s.score ? `, score >= ${s.score.min}` : ''}`,
  );
  // Dry-run checks are listed, so nobody mistakes a check under trial for one that can stop a release.
  for (const stage of Object.values(policy.stages)) {
    const trial = [
      ...stage.gates.filter((c) => c.dryRun).map((c) => `gate ${c.metric} ${c.condition.text}`),
      ...stage.triggers
        .filter((c) => c.dryRun)
        .map((c) => `${c.action} trigger ${c.metric} ${c.condition.text}`),
      ...metrics.filter((m) => m.judge?.dryRun).map((m) => `judge ${m.judge!.type} on ${m.name}`),
      ...(stage.score?.dryRun ? [`score >= ${stage.score.min}`] : []),
    ];
    if (trial.length)
      io.stdout(`dry-run in ${stage.name} (judged and shown, never decide): ${trial.join('; ')}\n`);
  }
  for (const stage of Object.values(policy.stages))
    if (checksNothing(policy, stage)) io.stderr(`warning: ${checksNothingWarning(policy, stage)}\n`);
  io.stdout(
    `${path}: ok — ${count(metrics.length, 'metric')}, ${count(stages.length, 'stage')} (${stages.join('; ')})` +
      (judged.length ? `; judges: ${judged.join(', ')}` : '') +
      '\n',
  );
  return 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

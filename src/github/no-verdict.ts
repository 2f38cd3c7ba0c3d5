/** The action's runs that end without a verdict: one error line, annotations, `decision: error` outputs. */
import { PolicyError } from '../policy/errors.js';
import { redact } from '../report/redact.js';
import * as log from './log.js';
import { errorOutputs, setOutputs } from './outputs.js';

/**
 * A run that could not judge: one-line error, annotations on the policy for policy errors, outputs set and
 * a short job summary, so the run page says why. (An input error comes before `dry-run` is known, so it
 * always fails the step.)
 */
export async function failBeforeVerdict(error: unknown, secrets: string[], dryRun: boolean): Promise<void> {
  const clean = (text: string) => redact(text, secrets);
  let message: string;
  let details: string[] = [];
  if (error instanceof PolicyError) {
    for (const issue of error.issues)
      log.errorAt(
        clean(`${issue.message}${issue.fix ? ` (fix: ${issue.fix})` : ''}`),
        issue.file,
        issue.line,
        issue.column,
      );
    const first = error.issues[0];
    message = `canary-gate: ${error.issues.length} problem(s) in the policy; first: ${first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : error.message}`;
    details = error.message.split('\n');
  } else {
    const known =
      error instanceof Error && ['InputError', 'BakeUsageError', 'QueryRejectedError'].includes(error.name);
    const text =
      error instanceof Error ? (known ? error.message : `${error.name}: ${error.message}`) : String(error);
    message = `canary-gate: ${text.split('\n')[0]}`;
  }
  message = clean(message);
  setOutputs(errorOutputs(message), clean);
  await log.writeSummary(
    clean(
      [
        '### ⚠️ canary-gate: ERROR — no verdict',
        '',
        message.replace(/^canary-gate: /, ''),
        ...(details.length ? ['', '```', ...details, '```'] : []),
        '',
      ].join('\n'),
    ),
  );
  // dry-run never fails the job (DESIGN §3), not even for a broken policy: it is still an error annotation.
  if (dryRun) {
    log.error(message);
    log.warning('dry run, not failing the job');
  } else log.setFailed(message);
}

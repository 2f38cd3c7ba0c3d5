/**
 * What the verdict makes happen next, in the words of the pipeline it gates (DESIGN §3: the job fails on
 * any decision but promote; `rollback-triggered` drives the rollback job). Shown right under the headline
 * of the summary, the comment and the chat cards, so a reader knows at a glance whether to act.
 */
import type { Report } from './types.js';

export function nextStep(report: Report): string {
  const traffic = report.traffic === null ? 'the canary’s share' : `${report.traffic}%`;
  const what = {
    rollback: `the rollback job will shift traffic back to stable (\`rollback-triggered\` is true)`,
    hold: `traffic stays at ${traffic}: this gate fails, so the next stage does not start`,
    inconclusive: `traffic stays at ${traffic}: the next stage does not start until a complete bake is judged`,
    promote: `the next stage may start (jobs that \`needs:\` this gate run)`,
  }[report.decision];
  if (!report.dry_run) return `Next: ${what}.`;
  // dry-run never fails the job: say what a real gate would have done.
  return report.decision === 'promote'
    ? `Next: ${what}.`
    : `Next (dry run, the job passes): a real gate would mean ${what}.`;
}

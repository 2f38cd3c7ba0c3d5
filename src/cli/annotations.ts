/**
 * Inside a GitHub Actions step the CLI also prints each policy problem as a workflow command, so a plain
 * `canary-gate validate` step annotates the policy file's lines the way the action does.
 */
import type { PolicyIssue } from '../policy/types.js';

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function policyIssueCommands(issues: PolicyIssue[]): string {
  return issues
    .map(
      (issue) =>
        `::error file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column},title=canary-gate policy::` +
        escapeData(`${issue.message}${issue.fix ? ` (fix: ${issue.fix})` : ''}`) +
        '\n',
    )
    .join('');
}

import type { PolicyIssue } from './types.js';

/** `FILE:LINE:COL: MESSAGE (fix: FIX)` — the one-line form every policy problem is shown in. */
export function formatIssue(issue: PolicyIssue): string {
  const fix = issue.fix ? ` (fix: ${issue.fix})` : '';
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}${fix}`;
}

/** Sorted by place so the output reads top to bottom like the file; exact duplicates dropped. */
export function sortIssues(issues: PolicyIssue[]): PolicyIssue[] {
  const seen = new Set<string>();
  return [...issues]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((issue) => {
      const key = formatIssue(issue);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Thrown by loadPolicy with every problem found, not just the first. */
export class PolicyError extends Error {
  readonly issues: PolicyIssue[];

  constructor(issues: PolicyIssue[]) {
    const sorted = sortIssues(issues);
    super(sorted.map(formatIssue).join('\n'));
    this.name = 'PolicyError';
    this.issues = sorted;
  }
}

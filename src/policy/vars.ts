/**
 * Vars can be added at run time (action `vars:` input, CLI `--var`), so a var a query uses but the policy
 * does not define is only an error once the run's vars are known: the CLI and action call this then.
 */
import { templateVarsUsed } from './template.js';
import type { Policy, PolicyIssue } from './types.js';

export function checkVars(policy: Policy, extraVars: Record<string, string> = {}): PolicyIssue[] {
  const known = new Set([...Object.keys(policy.vars), ...Object.keys(extraVars)]);
  const issues: PolicyIssue[] = [];
  for (const metric of Object.values(policy.metrics)) {
    const templates: [string, string | undefined, typeof metric.pos | undefined][] = [
      ['query', metric.query, metric.queryPos],
      ['baseline', metric.baseline?.kind === 'query' ? metric.baseline.query : undefined, metric.baselinePos],
    ];
    for (const [field, template, pos] of templates) {
      if (template === undefined) continue;
      for (const name of templateVarsUsed(template)) {
        if (known.has(name)) continue;
        const at = pos ?? metric.pos;
        issues.push({
          file: policy.path,
          line: at.line,
          column: at.column,
          message: `metric "${metric.name}" ${field} uses {{vars.${name}}} but var "${name}" has no value`,
          fix: `add ${name} under vars: in the policy, or pass it (action input vars: ${name}=..., CLI --var ${name}=...)`,
        });
      }
    }
  }
  return issues;
}

/**
 * Vars can be added at run time (action `vars:` input, CLI `--var`), so a var a query uses but the policy
 * does not define is only an error once the run's vars are known: the CLI and action call this then.
 */
import { nearest } from './suggest.js';
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

/** Var names the queries and baselines use. */
export function usedVarNames(policy: Policy): Set<string> {
  const used = new Set<string>();
  for (const metric of Object.values(policy.metrics)) {
    for (const template of [
      metric.query,
      metric.baseline?.kind === 'query' ? metric.baseline.query : undefined,
    ])
      if (template !== undefined) for (const name of templateVarsUsed(template)) used.add(name);
  }
  return used;
}

/** Var names given at run time that no query or baseline uses: most likely a typo of one that is. */
export function unusedVars(policy: Policy, names: string[]): string[] {
  const used = usedVarNames(policy);
  return names.filter((name) => !used.has(name));
}

/** Names a mistyped var is compared with: the ones used and the policy's defaults. */
export function knownVarNames(policy: Policy): string[] {
  return [...new Set([...usedVarNames(policy), ...Object.keys(policy.vars)])];
}

/**
 * One warning per run-time var that no query uses (it has no effect; usually a typo of one that is),
 * `given` naming where it came from: `--var` or the action's `vars` input.
 */
export function unusedVarWarnings(policy: Policy, names: string[], given: string): string[] {
  return unusedVars(policy, names).map((name) => {
    const guess = nearest(name, knownVarNames(policy));
    return `${given} "${name}" is not used by any query in ${policy.path}${guess ? ` (did you mean "${guess}"?)` : ''}; it has no effect`;
  });
}

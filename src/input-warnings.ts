/**
 * Inputs that are valid but probably not what the user meant, as one-line warnings shown in the log and
 * the report's `warnings`: the run goes on, and the user learns why it behaved as it did. Shared by the
 * CLI and the action, which only differ in how they name their inputs.
 */
import { checksNothing, checksNothingWarning } from './policy/empty-stages.js';
import type { Policy, StageSpec } from './policy/types.js';
import { unusedVarWarnings } from './policy/vars.js';

/** How an entry names its inputs in messages: CLI flags (`--since`) or action inputs (``input `since` ``). */
export interface InputNames {
  stage: string;
  bake: string;
  since: string;
  until: string;
  metricsFile: string;
  /** Prefix of a message about one var, e.g. `--var`. */
  vars: string;
  insecureSkipTlsVerify: string;
  caCert: string;
}

export interface GivenInputs {
  metricsFile: boolean;
  since?: number;
  until?: number;
  /** Vars given at run time (not the policy's defaults). */
  varNames: string[];
  insecureSkipTlsVerify: boolean;
}

export function inputWarnings(
  policy: Policy,
  stage: StageSpec,
  given: GivenInputs,
  names: InputNames,
): string[] {
  const out: string[] = [];
  if (given.metricsFile) {
    // A recorded bake starts at its own first window (DESIGN §2), so these would silently do nothing.
    for (const name of ['since', 'until'] as const)
      if (given[name] !== undefined)
        out.push(
          `${names[name]} is ignored with ${names.metricsFile}: a recorded bake starts at its own first window (its "start")`,
        );
  } else if (given.insecureSkipTlsVerify) {
    out.push(
      `${names.insecureSkipTlsVerify} is true: Prometheus's TLS certificate is not checked, so its credentials ` +
        `go to whoever answers; pass ${names.caCert} instead`,
    );
  }
  if (checksNothing(policy, stage)) out.push(checksNothingWarning(policy, stage));
  out.push(...unusedVarWarnings(policy, given.varNames, names.vars));
  return out;
}

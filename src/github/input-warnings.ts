/**
 * Inputs that are valid but probably not what the user meant, as one-line warnings (shown in the log and
 * the report's `warnings`): the run goes on, the user learns why it behaved as it did.
 */
import type { ActionInputs } from './inputs.js';

export function inputWarnings(
  inputs: Pick<ActionInputs, 'metricsFile' | 'since' | 'until'> & {
    prometheus: Pick<ActionInputs['prometheus'], 'insecureSkipTlsVerify'>;
  },
): string[] {
  const out: string[] = [];
  if (inputs.metricsFile) {
    // A recorded bake starts at its own first window (DESIGN §2), so these would silently do nothing.
    for (const name of ['since', 'until'] as const)
      if (inputs[name] !== undefined)
        out.push(
          `input \`${name}\` is ignored with metrics-file: a recorded bake starts at its own first window (its \`start\`)`,
        );
  } else if (inputs.prometheus.insecureSkipTlsVerify) {
    out.push(
      "input `insecure-skip-tls-verify` is true: Prometheus's TLS certificate is not checked, so its credentials " +
        'go to whoever answers; pass prometheus-ca-cert instead',
    );
  }
  return out;
}

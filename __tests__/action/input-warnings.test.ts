/** Valid inputs that would silently do nothing (or something risky) are named in a warning. */
import { readFileSync } from 'node:fs';
import { ACTION_INPUT_NAMES } from '../../src/github/inputs.js';
import { inputWarnings as warningsFor } from '../../src/input-warnings.js';
import { loadPolicy } from '../../src/policy/load.js';

const policy = loadPolicy(readFileSync('examples/tsfm/policy.yml', 'utf8'), 'examples/tsfm/policy.yml');
interface Given {
  metricsFile?: string;
  since?: number;
  until?: number;
  prometheus: { insecureSkipTlsVerify: boolean };
}

const inputWarnings = (given: Given) =>
  warningsFor(
    policy,
    policy.stages.canary_5,
    {
      metricsFile: Boolean(given.metricsFile),
      since: given.since,
      until: given.until,
      varNames: [],
      insecureSkipTlsVerify: given.prometheus.insecureSkipTlsVerify,
    },
    ACTION_INPUT_NAMES,
  );

const tls = (insecureSkipTlsVerify: boolean) => ({ prometheus: { insecureSkipTlsVerify } });

test('since and until are reported as ignored with a metrics file, and only then', () => {
  expect(inputWarnings({ metricsFile: 'm.json', since: 1, until: 2, ...tls(false) })).toEqual([
    'input `since` is ignored with metrics-file: a recorded bake starts at its own first window (its "start")',
    'input `until` is ignored with metrics-file: a recorded bake starts at its own first window (its "start")',
  ]);
  expect(inputWarnings({ metricsFile: 'm.json', ...tls(false) })).toEqual([]);
  expect(inputWarnings({ since: 1, ...tls(false) })).toEqual([]);
});

test('skipping TLS verification against Prometheus is a warning naming the safer input', () => {
  const [warning, ...rest] = inputWarnings(tls(true));
  expect(rest).toEqual([]);
  expect(warning).toMatch(/^input `insecure-skip-tls-verify` is true: .*pass prometheus-ca-cert instead$/);
  // A recorded bake never talks to Prometheus: nothing to warn about.
  expect(inputWarnings({ metricsFile: 'm.json', ...tls(true) })).toEqual([]);
});

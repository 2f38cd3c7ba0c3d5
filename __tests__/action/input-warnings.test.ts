/** Valid inputs that would silently do nothing (or something risky) are named in a warning. */
import { inputWarnings } from '../../src/github/input-warnings.js';

const tls = (insecureSkipTlsVerify: boolean) => ({ prometheus: { insecureSkipTlsVerify } });

test('since and until are reported as ignored with a metrics file, and only then', () => {
  expect(inputWarnings({ metricsFile: 'm.json', since: 1, until: 2, ...tls(false) })).toEqual([
    'input `since` is ignored with metrics-file: a recorded bake starts at its own first window (its `start`)',
    'input `until` is ignored with metrics-file: a recorded bake starts at its own first window (its `start`)',
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

import { loadPolicy } from '../../src/policy/load.js';
import { isPem, parseHeaderLines, resolvePrometheusOptions } from '../../src/sources/prometheus-options.js';

const policy = loadPolicy(
  `version: 1
window: 5m
prometheus:
  url: http://127.0.0.1:9090
  headers: { X-Scope-OrgID: team-a, X-Other: a }
  timeout: 45s
metrics:
  m: { query: up }
stages:
  s: { bake: 10m, gates: { m: "<= 1" } }
`,
  'p.yml',
);
const bare = loadPolicy(
  `version: 1
window: 5m
metrics:
  m: { query: up }
stages:
  s: { bake: 10m, gates: { m: "<= 1" } }
`,
  'bare.yml',
);

test('inputs override the policy block; headers merge; timeout comes from the policy', () => {
  const o = resolvePrometheusOptions(policy, {
    url: 'https://mimir.example/prometheus',
    token: 't',
    headers: { 'X-Scope-OrgID': 'team-b' },
  });
  expect(o).toMatchObject({
    url: 'https://mimir.example/prometheus',
    token: 't',
    headers: { 'X-Scope-OrgID': 'team-b', 'X-Other': 'a' },
    timeoutMs: 45_000,
    insecureSkipTlsVerify: false,
  });
  expect(resolvePrometheusOptions(policy, { url: '' }).url).toBe('http://127.0.0.1:9090');
});

test('no URL anywhere is an error naming the flag, the input and the policy key', () => {
  expect(() => resolvePrometheusOptions(bare, {})).toThrow(
    'no Prometheus URL: give --prometheus-url (action input prometheus-url) or prometheus.url in bare.yml',
  );
});

test('conflicting credentials are refused without echoing them', () => {
  const err = (() => {
    try {
      resolvePrometheusOptions(policy, { token: 'secret-token', username: 'u' });
    } catch (e) {
      return e as Error;
    }
  })();
  expect(err?.message).toBe('prometheus-token and prometheus-username are both set: give one way to log in');
  expect(() => resolvePrometheusOptions(policy, { password: 'p' })).toThrow(/without prometheus-username/);
});

test('header lines: Name: value, blanks and comments skipped; a bad line is named, its value never shown', () => {
  expect(
    parseHeaderLines('X-Scope-OrgID: team-a\n\n# note\nAuthorization: Bearer abc:def', 'prometheus-headers'),
  ).toEqual({
    'X-Scope-OrgID': 'team-a',
    Authorization: 'Bearer abc:def',
  });
  expect(parseHeaderLines(['A: 1', 'B:2'], '--prometheus-header')).toEqual({ A: '1', B: '2' });
  expect(() => parseHeaderLines('ok: 1\nsecret-without-colon', 'prometheus-headers')).toThrow(
    'prometheus-headers line 2: expected "Name: value" (e.g. "X-Scope-OrgID: team-a")',
  );
});

test('isPem tells certificate text from a path', () => {
  expect(isPem('-----BEGIN CERTIFICATE-----\nMIIB...')).toBe(true);
  expect(isPem('/etc/ssl/ca.pem')).toBe(false);
});

/** getInputs() from the environment the runner sets (`INPUT_<NAME>`), table-tested. */
import { getInputs } from '../../src/github/inputs.js';
import { parseDuration, parseTime } from '../../src/github/input-schema.js';
import { inputSecrets } from '../../src/github/input-secrets.js';

const base = { stage: 'canary_5' };

function withEnv<T>(inputs: Record<string, string>, fn: () => T): T {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  try {
    return fn();
  } finally {
    process.env = saved;
  }
}

describe('getInputs: defaults', () => {
  test('only stage set: every default from action.yml', () => {
    const inputs = withEnv(base, () => getInputs());
    expect(inputs).toEqual({
      config: '.github/canary-gate.yml',
      stage: 'canary_5',
      mode: 'watch',
      backtest: false,
      since: undefined,
      until: undefined,
      bakeSeconds: undefined,
      metricsFile: undefined,
      prometheus: {
        url: undefined,
        token: undefined,
        username: undefined,
        password: undefined,
        headers: {},
        caCert: undefined,
        insecureSkipTlsVerify: false,
      },
      vars: {},
      dryRun: false,
      smokeCommand: undefined,
      smokeTimeoutSeconds: 300,
      webhookUrl: undefined,
      webhookSecret: undefined,
      webhookFormat: 'json',
      grafanaUrl: undefined,
      grafanaToken: undefined,
      githubToken: undefined,
      comment: 'auto',
      artifactName: 'canary-gate-canary_5',
      uploadArtifact: true,
    });
  });
});

describe('getInputs: values', () => {
  test.each<[string, Record<string, string>, (i: ReturnType<typeof getInputs>) => unknown, unknown]>([
    ['mode lookback', { mode: 'lookback' }, (i) => i.mode, 'lookback'],
    ['since ISO', { since: '2026-11-20T10:00:00Z' }, (i) => i.since, 1795168800],
    ['until unix seconds', { until: '1795170600' }, (i) => i.until, 1795170600],
    ['bake 1h30m', { bake: '1h30m' }, (i) => i.bakeSeconds, 5400],
    ['dry-run True', { 'dry-run': 'True' }, (i) => i.dryRun, true],
    ['upload-artifact false', { 'upload-artifact': 'false' }, (i) => i.uploadArtifact, false],
    ['comment NEVER', { comment: 'NEVER' }, (i) => i.comment, 'never'],
    ['artifact-name', { 'artifact-name': 'gate-report' }, (i) => i.artifactName, 'gate-report'],
    ['smoke-timeout', { 'smoke-timeout': '90s' }, (i) => i.smokeTimeoutSeconds, 90],
    [
      'headers, comments and blank lines skipped',
      { 'prometheus-headers': 'X-Scope-OrgID: team-a\n\n# note\nAuthorization: Bearer abc:def\n' },
      (i) => i.prometheus.headers,
      { 'X-Scope-OrgID': 'team-a', Authorization: 'Bearer abc:def' },
    ],
    [
      'vars',
      { vars: 'service=checkout\nregion = eu-west-1\nq=a=b' },
      (i) => i.vars,
      { service: 'checkout', region: 'eu-west-1', q: 'a=b' },
    ],
    [
      'ca cert as PEM text',
      { 'prometheus-ca-cert': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' },
      (i) => i.prometheus.caCert?.startsWith('-----BEGIN'),
      true,
    ],
    [
      'basic auth',
      { 'prometheus-username': 'u', 'prometheus-password': 'p4ss' },
      (i) => [i.prometheus.username, i.prometheus.password],
      ['u', 'p4ss'],
    ],
    [
      'whitespace trimmed',
      { stage: '  canary_25 \n', config: ' policy.yml ' },
      (i) => [i.stage, i.config],
      ['canary_25', 'policy.yml'],
    ],
  ])('%s', (_name, inputs, pick, expected) => {
    expect(pick(withEnv({ ...base, ...inputs }, () => getInputs()))).toEqual(expected);
  });
});

describe('getInputs: a bad input fails with one line naming it', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ['stage missing', { stage: '' }, /^input `stage`: is required/],
    ['mode', { mode: 'wtch' }, /^input `mode`: must be watch, lookback or backtest \(got "wtch"\)/],
    ['since', { since: 'yesterday' }, /^input `since`: must be an ISO-8601 time/],
    ['bake', { bake: '30 minutes' }, /^input `bake`: must be a duration like 30m/],
    ['dry-run', { 'dry-run': 'yes' }, /^input `dry-run`: must be true or false/],
    ['upload-artifact', { 'upload-artifact': '1' }, /^input `upload-artifact`: must be true or false/],
    ['comment', { comment: 'sometimes' }, /^input `comment`: must be auto, always or never/],
    [
      'prometheus-url',
      { 'prometheus-url': 'prometheus:9090' },
      /^input `prometheus-url`: must be an http\(s\) URL/,
    ],
    ['webhook-url', { 'webhook-url': 'ftp://x' }, /^input `webhook-url`: must be an http\(s\) URL/],
    ['artifact-name', { 'artifact-name': 'a/b' }, /^input `artifact-name`: must not contain/],
    [
      'header line',
      { 'prometheus-headers': 'X-Scope-OrgID team-a' },
      /^input `prometheus-headers` line 1: is not `Name: value`/,
    ],
    ['var line', { vars: 'service' }, /^input `vars` line 1: is not `name=value` \(got "service"\)/],
    [
      'line numbers count comments and blank lines as written',
      { vars: '# the service\n\nservice=checkout\nregion' },
      /^input `vars` line 4: is not `name=value`/,
    ],
    [
      'a bad header line is not echoed (it may hold a token)',
      { 'prometheus-headers': 'X-Scope-OrgID: a\nAuthorization Bearer tok-secret' },
      /^input `prometheus-headers` line 2: is not `Name: value` \(fix/,
    ],
    [
      'header name with a space',
      { 'prometheus-headers': 'X Scope OrgID: team-a' },
      /^input `prometheus-headers` line 1: "X Scope OrgID" is not a valid header name/,
    ],
    ['var name', { vars: 'my-var=1' }, /^input `vars`: "my-var" is not a valid var name/],
    ['password without user', { 'prometheus-password': 'x' }, /^input `prometheus-username`: is empty/],
    [
      'token and basic',
      { 'prometheus-token': 't', 'prometheus-username': 'u', 'prometheus-password': 'p' },
      /^input `prometheus-token`: and prometheus-username are both set/,
    ],
    [
      'since after until',
      { since: '2026-11-20T11:00:00Z', until: '2026-11-20T10:00:00Z' },
      /^input `since`: .* is not before until/,
    ],
    [
      'two sources',
      { 'metrics-file': 'm.json', 'prometheus-url': 'http://p:9090' },
      /^input `metrics-file`: and prometheus-url are both set/,
    ],
    [
      'ca cert file missing',
      { 'prometheus-ca-cert': '/nonexistent/ca.pem' },
      /^input `prometheus-ca-cert`: cannot read \/nonexistent\/ca.pem: ENOENT/,
    ],
  ])('%s', (_name, inputs, message) => {
    let error: Error | undefined;
    try {
      withEnv({ ...base, ...inputs }, () => getInputs());
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });
});

describe('inputSecrets (read before any input is validated)', () => {
  const reading = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

  test('token, password, webhook secret, github token, every header value and the basic-auth pair', () => {
    const secrets = inputSecrets(
      reading({
        'prometheus-username': 'svc',
        'prometheus-password': 'pw-123456',
        'webhook-secret': 'whsec-abcdef',
        'github-token': 'ghs_xyz123456',
        'prometheus-headers': 'Authorization: Bearer hdr-token-1\nX-Scope-OrgID: team-a\nX-Api-Key: key-42',
      }),
    );
    expect(secrets).toEqual(
      expect.arrayContaining([
        'pw-123456',
        'whsec-abcdef',
        'ghs_xyz123456',
        'Bearer hdr-token-1',
        'hdr-token-1',
        'team-a',
        'key-42',
      ]),
    );
    expect(secrets).toContain(Buffer.from('svc:pw-123456').toString('base64'));
  });

  test('userinfo inside prometheus-url and webhook-url, even when the URL does not parse', () => {
    const secrets = inputSecrets(
      reading({
        'prometheus-url': 'http://alice:PW-al1ce@[::1',
        'webhook-url': 'https://hook:hook%2Fpw@hooks.example/x',
      }),
    );
    expect(secrets).toEqual(expect.arrayContaining(['PW-al1ce', 'hook%2Fpw', 'hook/pw']));
    expect(secrets).toContain(Buffer.from('alice:PW-al1ce').toString('base64'));
  });
});

describe('getInputs: values', () => {
  test('vars keep spaces and = in values; headers keep : in values', () => {
    const inputs = withEnv(
      { ...base, vars: 'service = my svc=a b\nregion=eu west=1', 'prometheus-headers': 'X-Note: a: b' },
      () => getInputs(),
    );
    expect(inputs.vars).toEqual({ service: 'my svc=a b', region: 'eu west=1' });
    expect(inputs.prometheus.headers).toEqual({ 'X-Note': 'a: b' });
  });
});

test('parseDuration and parseTime', () => {
  expect(parseDuration('24h')).toBe(86400);
  expect(parseDuration('1d2h')).toBe(93600);
  expect(parseDuration('0s')).toBeNull();
  expect(parseDuration('5 m')).toBeNull();
  expect(parseTime('2026-11-20T10:00:00+01:00')).toBe(1795165200);
  expect(parseTime('1795168800.5')).toBe(1795168800.5);
  expect(parseTime('20/11/2026')).toBeNull();
});

import { formatIssue, PolicyError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { checkVars } from '../../src/policy/vars.js';
import { issuesOf, METRICS, withStages } from './helpers.js';

describe('loadPolicy', () => {
  test('PolicyError.message is every issue, one line each, FILE:LINE:COL: MESSAGE (fix: FIX)', () => {
    const text = withStages(`  s:\n    bake: 7m\n    gates:\n      error_rate: "=< 1"\n`);
    let error: unknown;
    try {
      loadPolicy(text, 'dir/p.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    const policyError = error as PolicyError;
    expect(policyError.message.split('\n')).toEqual([
      'dir/p.yml:11:11: bake 7m in stages.s is not a multiple of window 5m (fix: use 5m or 10m)',
      'dir/p.yml:13:19: stages.s.gates.error_rate: unknown operator "=<" in condition "=< 1" (fix: did you mean "<="? write "<= 1")',
    ]);
    expect(policyError.issues.map(formatIssue).join('\n')).toBe(policyError.message);
  });

  test('a PromQL error in a folded block scalar points at the line and column inside the block', () => {
    const issues = issuesOf(`version: 1
window: 5m
metrics:
  m:
    query: >-
      sum(rate(a[{{window}}]))
      / sum(rate(b[{{window}}]) by (x)
      + on() bad bad
stages:
  s:
    bake: 5m
`);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/^metrics\.m\.query: PromQL syntax error: /);
    expect(issues[0].line).toBeGreaterThanOrEqual(6);
    expect(issues[0].line).toBeLessThanOrEqual(8);
  });

  test('a PromQL error after a placeholder maps back to the template text', () => {
    const [issue] = issuesOf(`version: 1
window: 5m
vars: { service: checkout }
metrics:
  m:
    query: 'rate(x{service="{{vars.service}}"}[{{window}}]) +'
stages:
  s:
    bake: 5m
`);
    expect(issue).toMatchObject({
      line: 6,
      message: 'metrics.m.query: PromQL syntax error: unexpected end of query',
    });
    expect(issue.column).toBe(`    query: 'rate(x{service="{{vars.service}}"}[{{window}}]) +`.length + 1);
  });

  test('a PromQL error in a literal block scalar is on its own line', () => {
    const [issue] = issuesOf(`version: 1
window: 5m
metrics:
  m:
    query: |
      sum(rate(a[5m]))
        / sum(rate(b[5m x]))
stages:
  s:
    bake: 5m
`);
    expect(issue).toMatchObject({ line: 7, column: 25 });
  });

  test('baseline queries are checked too, and `before` is not a query', () => {
    const [issue] = issuesOf(`version: 1
window: 5m
metrics:
  m:
    query: up
    baseline: sum(up
  n:
    query: up
    baseline: before
stages:
  s:
    bake: 5m
`);
    expect(issue).toMatchObject({
      line: 6,
      message: 'metrics.m.baseline: PromQL syntax error: unexpected end of query',
    });
  });

  test('YAML syntax errors stop loading and carry their position', () => {
    const issues = issuesOf('version: 1\nwindow: 5m\nmetrics:\n  m:\n    query: up\n   bad: [\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.message.startsWith('YAML syntax error: '))).toBe(true);
    expect(issues[0].line).toBeGreaterThanOrEqual(6);
  });

  test('shape and meaning errors are all reported together', () => {
    const issues = issuesOf(`version: 1
window: 5m
prometheus:
  timeout: 30 seconds
  user: me
metrics:
  m:
    query: up
    missing-data: maybe
stages:
  s:
    bake: 5m
    traffic: -1
    gates:
      m: "<= baseline"
      nope: "< 1"
rollback:
  - metric: m
    when: "> 1"
    for: 2m
    action: page
`);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
      '4:12 prometheus.timeout: invalid duration "30 seconds"',
      '5:3 unknown key "user" in prometheus',
      '9:19 metrics.m.missing-data must be one of fail, inconclusive, ignore, got the string "maybe"',
      '13:14 stages.s.traffic must be between 0 and 100 (percent), got -1',
      '15:10 condition "<= baseline" uses baseline but metric "m" has no baseline',
      '16:7 unknown metric "nope" in stages.s.gates',
      '20:10 for 2m in rollback[0] is not a multiple of window 5m',
      '21:13 rollback[0].action must be one of rollback, pause, notify, got the string "page"',
    ]);
  });

  test('per-metric missing-data overrides the top-level default', () => {
    const policy = loadPolicy(
      `version: 1
window: 1m
missing-data: ignore
on-source-error: warn
settle: 0s
prometheus: { timeout: 1m, headers: { X-Scope-OrgID: a } }
metrics:
  a: { query: up }
  b: { query: up, missing-data: inconclusive, unit: req/s }
stages:
  s: { bake: 3m, gates: { a: "> 0", b: ["> 0", "< 10"] } }
`,
      'p.yml',
    );
    expect(policy.metrics.a.missingData).toBe('ignore');
    expect(policy.metrics.b).toMatchObject({ missingData: 'inconclusive', unit: 'req/s' });
    expect(policy).toMatchObject({
      onSourceError: 'warn',
      settleSeconds: 0,
      prometheus: { timeoutSeconds: 60, headers: { 'X-Scope-OrgID': 'a' } },
    });
    expect(policy.stages.s.gates).toHaveLength(3);
    expect(policy.stages.s.pos).toEqual({ line: 11, column: 3 });
    expect(policy.metrics.b.pos).toEqual({ line: 9, column: 3 });
  });

  test('alert names must be Prometheus identifiers, and alert metrics take no baseline', () => {
    const issues = issuesOf(
      withStages('  s:\n    bake: 5m\n').replace(
        'metrics:\n',
        'metrics:\n  fired:\n    alert: 9Lives\n    baseline: before\n',
      ),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'alert name "9Lives" of metric "fired" is not a valid Prometheus alert name',
      'alert metric "fired" cannot have a baseline',
    ]);
  });

  test('YAML merge keys work, so a stage may also be copied with an anchor', () => {
    const policy = loadPolicy(
      `${withStages('  a: &base\n    bake: 10m\n    gates: { error_rate: "<= 0.01" }\n  b:\n    <<: *base\n    traffic: 3\n')}`,
      'p.yml',
    );
    expect(policy.stages.b).toMatchObject({
      traffic: 3,
      bakeSeconds: 600,
      gates: [{ metric: 'error_rate' }],
    });
  });

  test('a misspelt stage key gets its did-you-mean and no follow-on "no bake" error', () => {
    expect(issuesOf(withStages('  s:\n    bak: 5m\n')).map((i) => [i.message, i.fix])).toEqual([
      ['unknown key "bak" in stages.s', 'did you mean "bake"?'],
    ]);
  });

  test('vars may be numbers or booleans and become strings', () => {
    const policy = loadPolicy(
      `version: 1\nwindow: 5m\nvars: { port: 8080, on: true }\n${METRICS}stages:\n  s:\n    bake: 5m\n`,
      'p',
    );
    expect(policy.vars).toEqual({ port: '8080', on: 'true' });
  });
});

describe('checkVars', () => {
  const policy = loadPolicy(
    `version: 1
window: 5m
vars: { service: checkout }
metrics:
  m:
    query: up{service="{{vars.service}}",team="{{vars.team}}"}
    baseline: up{service="{{vars.service}}",track="{{ vars.track }}"}
stages:
  s:
    bake: 5m
`,
    'p.yml',
  );

  test('a var used but defined nowhere is an issue at the query', () => {
    expect(checkVars(policy, {})).toEqual([
      {
        file: 'p.yml',
        line: 6,
        column: 12,
        message: 'metric "m" query uses {{vars.team}} but var "team" has no value',
        fix: 'add team under vars: in the policy, or pass it (action input vars: team=..., CLI --var team=...)',
      },
      expect.objectContaining({
        line: 7,
        column: 15,
        message: 'metric "m" baseline uses {{vars.track}} but var "track" has no value',
      }),
    ]);
  });

  test('vars given at run time count', () => {
    expect(checkVars(policy, { team: 'a', track: 'stable' })).toEqual([]);
  });
});

describe('prometheus.max-response-size', () => {
  const withSize = (size: string) =>
    `version: 1\nwindow: 5m\nprometheus:\n  max-response-size: ${size}\nmetrics:\n  m: { query: up }\nstages:\n  s: { bake: 5m, gates: { m: "< 1" } }\n`;

  test.each([
    ['256MiB', 256 * 1024 ** 2],
    ['1GiB', 1024 ** 3],
    ['10MB', 10e6],
    ['2048', 2048],
  ])('%s is %d bytes', (size, bytes) => {
    expect(loadPolicy(withSize(size), 'p.yml').prometheus.maxResponseBytes).toBe(bytes);
  });

  test('a size that does not read is a policy error at its line with a fix', () => {
    expect(() => loadPolicy(withSize('lots'), 'p.yml')).toThrow(
      /p\.yml:4:22: prometheus\.max-response-size: invalid size "lots".*64MiB/,
    );
  });
});

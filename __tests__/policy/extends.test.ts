import { loadPolicy } from '../../src/policy/load.js';
import { issuesOf, withStages } from './helpers.js';

const rollback = `rollback:
  - metric: error_rate
    when: "> 0.05"
`;

describe('extends', () => {
  const policy = loadPolicy(
    withStages(
      `  a:
    traffic: 1
    bake: 10m
    gates:
      error_rate: "<= 0.01"
      p95_latency_ms: ["<= 300", "<= baseline * 1.2"]
    rollback:
      - metric: p95_latency_ms
        when: "> baseline * 2"
        for: 15m
        action: pause
  b:
    extends: a
    traffic: 5
    gates:
      p95_latency_ms: "<= 250"
  c:
    extends: b
    bake: 1h
    gates:
      error_rate: []
    rollback:
      - metric: error_rate
        when: "> 0.5"
        action: notify
`,
      rollback,
    ),
    'p.yml',
  );
  const gates = (stage: string) => policy.stages[stage].gates.map((g) => `${g.metric} ${g.condition.text}`);
  const triggers = (stage: string) =>
    policy.stages[stage].triggers.map((t) => `${t.metric} ${t.condition.text} x${t.forWindows} ${t.action}`);

  test('a child replaces gates by metric name, keeping the others', () => {
    expect(gates('a')).toEqual([
      'error_rate <= 0.01',
      'p95_latency_ms <= 300',
      'p95_latency_ms <= baseline * 1.2',
    ]);
    expect(gates('b')).toEqual(['error_rate <= 0.01', 'p95_latency_ms <= 250']);
  });

  test('chains resolve through every parent; an empty list removes an inherited gate', () => {
    expect(gates('c')).toEqual(['p95_latency_ms <= 250']);
  });

  test('global triggers come first, then each ancestor stage’s own, then the stage’s', () => {
    expect(triggers('a')).toEqual([
      'error_rate > 0.05 x1 rollback',
      'p95_latency_ms > baseline * 2 x3 pause',
    ]);
    expect(triggers('b')).toEqual(triggers('a'));
    expect(triggers('c')).toEqual([...triggers('a'), 'error_rate > 0.5 x1 notify']);
  });

  test('bake is inherited unless given; traffic is the stage’s own', () => {
    expect([policy.stages.a.bakeSeconds, policy.stages.b.bakeSeconds, policy.stages.c.bakeSeconds]).toEqual([
      600, 600, 3600,
    ]);
    expect([policy.stages.a.traffic, policy.stages.b.traffic, policy.stages.c.traffic]).toEqual([
      1,
      5,
      undefined,
    ]);
  });

  test('an inherited check keeps the position where it was written', () => {
    const inA = policy.stages.a.gates.find((g) => g.metric === 'error_rate');
    const inB = policy.stages.b.gates.find((g) => g.metric === 'error_rate');
    expect(inB?.pos).toEqual(inA?.pos);
  });

  test('a cycle is one error naming the cycle, at the first stage’s extends', () => {
    const issues = issuesOf(
      withStages(`  x:
    extends: z
    bake: 5m
  y:
    extends: x
  z:
    extends: y
`),
    );
    expect(issues).toEqual([
      {
        file: 'policy.yml',
        line: 11,
        column: 14,
        message: 'extends cycle: x -> z -> y -> x',
        fix: 'remove extends from one of the stages "x", "z", "y"',
      },
    ]);
  });

  test('a stage that extends itself', () => {
    expect(issuesOf(withStages(`  x:\n    extends: x\n    bake: 5m\n`)).map((i) => i.message)).toEqual([
      'stage "x" extends itself',
    ]);
  });

  test('an unknown parent gets a did-you-mean', () => {
    const [issue] = issuesOf(withStages(`  canary_5:\n    bake: 5m\n  canary_25:\n    extends: canary-5\n`));
    expect(issue).toMatchObject({
      message: 'stage "canary_25" extends unknown stage "canary-5"',
      fix: 'did you mean "canary_5"?',
    });
  });
});

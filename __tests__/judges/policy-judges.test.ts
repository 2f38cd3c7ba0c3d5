/** `judge:` on metrics and `score:` on stages, loaded from YAML: defaults, windows, and every error placed. */
import { readFileSync } from 'node:fs';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';

const head = `version: 1
window: 1m
`;

const good = `${head}metrics:
  errors:
    query: sum(increase(http_requests_total{track="canary",code=~"5.."}[{{window}}]))
    baseline: sum(increase(http_requests_total{track="stable",code=~"5.."}[{{window}}]))
    judge: { type: sequential, kind: counts, requests: requests, alpha: 0.01, promote-early: true }
  requests:
    query: sum(increase(http_requests_total{track="canary"}[{{window}}]))
    baseline: sum(increase(http_requests_total{track="stable"}[{{window}}]))
  p95:
    query: histogram_quantile(0.95, sum by (le) (rate(h_bucket{track="canary"}[{{window}}])))
    baseline: histogram_quantile(0.95, sum by (le) (rate(h_bucket{track="stable"}[{{window}}])))
    judge: { type: mann-whitney, direction: either, for: 2m }
  denials:
    query: sum(rate(denials_total[{{window}}]))
    judge: { type: spike, trailing: 30m }
  plain:
    query: up
    judge: { type: threshold }
stages:
  canary:
    bake: 30m
    gates:
      plain: "== 1"
      p95: "<= 300"
    score: { min: 0.95, for: 2m, weights: { plain: 3 } }
  wide:
    extends: canary
`;

function errors(text: string): string[] {
  try {
    loadPolicy(text, 'p.yml');
  } catch (e) {
    if (e instanceof PolicyError) return e.issues.map((i) => `${i.line}:${i.column} ${i.message} | ${i.fix}`);
    throw e;
  }
  return [];
}

test('judges and score load with their defaults', () => {
  const p = loadPolicy(good, 'p.yml');
  expect(p.metrics.errors.judge).toEqual({
    type: 'sequential',
    kind: 'counts',
    alpha: 0.01,
    allowedEffect: 0.1,
    direction: 'increase',
    effect: 'relative',
    promoteEarly: true,
    concentration: 20,
    priorScale: 1,
    overdispersion: true,
    requests: 'requests',
    action: 'rollback',
    pos: { line: 7, column: 5 },
  });
  expect(p.metrics.p95.judge).toMatchObject({
    type: 'mann-whitney',
    confidence: 0.98,
    direction: 'either',
    forWindows: 2,
    scope: 'cumulative',
  });
  expect(p.metrics.denials.judge).toMatchObject({ type: 'spike', sigmas: 3, trailing: 30, minHistory: 5 });
  expect(p.metrics.plain.judge).toBeUndefined();
  expect(p.stages.canary.score).toEqual({
    min: 0.95,
    forWindows: 2,
    weights: { plain: 3 },
    action: 'rollback',
    pos: { line: 27, column: 5 },
  });
  expect(p.stages.wide.score).toEqual(p.stages.canary.score); // inherited through extends
});

test('every judge error is placed and says how to fix it', () => {
  const bad = `${head}metrics:
  errors:
    query: up
    baseline: before
    judge: { type: sequential, kind: counts, requests: request }
  requests:
    query: up
  p95:
    query: up
    baseline: up
    judge: { type: mann-whitney, for: 90s, colour: red }
  spiky:
    query: up
    judge: { type: bayes }
stages:
  canary:
    bake: 30m
    gates: { p95: "<= 300" }
    score: { min: 0.95, weights: { p59: 2 } }
`;
  const found = errors(bad);
  const expectOne = (re: RegExp) => expect(found.filter((e) => re.test(e))).toHaveLength(1);
  expectOne(/^7:5 metrics\.errors\.judge: a sequential judge .* has baseline: before .*\| add baseline:/);
  expectOne(
    /^7:56 unknown metric "request" in metrics\.errors\.judge\.requests \| did you mean "requests"\?/,
  );
  expectOne(/^13:.*for 1m30s .* is not a multiple of window 1m \| use 1m or 2m/);
  expectOne(
    /^13:44 unknown key "colour" in metrics\.p95\.judge \| remove it; valid keys: type, confidence, direction/,
  );
  expectOne(
    /^16:20 metrics\.spiky\.judge\.type must be one of threshold, mann-whitney, sequential, spike, got the string "bayes"/,
  );
  expectOne(/^21:.*score\.weights: "p59" is not a gate of stage "canary" \| did you mean "p95"\?/);
});

test('a counts judge without requests, and requests without a stable-track baseline', () => {
  const text = `${head}metrics:
  errors:
    query: up
    baseline: up
    judge: { type: sequential, kind: counts }
  e2:
    query: up
    baseline: up
    judge: { type: sequential, kind: counts, requests: requests }
  requests:
    query: up
stages:
  canary: { bake: 30m }
`;
  const found = errors(text);
  expect(
    found.some((e) =>
      /^7:5 metrics\.errors\.judge: a sequential judge of kind counts needs requests:/.test(e),
    ),
  ).toBe(true);
  expect(found.some((e) => /^11:.*metric "requests" needs a baseline query/.test(e))).toBe(true);
});

test('the policy shown in docs/judges.md loads', () => {
  const doc = readFileSync('docs/judges.md', 'utf8');
  const yaml = doc
    .split('```yaml\n')[1]
    .split('```')[0]
    .replace(/(query|baseline): \.\.\./g, '$1: up');
  const p = loadPolicy(`version: 1\n${yaml}`, 'docs/judges.md');
  expect(
    Object.values(p.metrics)
      .filter((m) => m.judge)
      .map((m) => m.judge!.type),
  ).toEqual(['sequential', 'sequential', 'mann-whitney', 'spike']);
  expect(p.stages.canary.score?.forWindows).toBe(2);
});

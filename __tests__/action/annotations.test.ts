/** Annotations: failing checks on their policy line, notify as warnings, the rest past the cap returned for the summary. */
import { annotate, annotationsOf, ANNOTATIONS_PER_TYPE } from '../../src/github/annotations.js';
import { commentMarker, commentTarget } from '../../src/github/comment.js';
import { fixtureReport } from '../report/helpers/fixture.js';
import { captureStdout } from '../helpers/stdout.js';

test('a failing gate is an error and a fired notify trigger a warning, at the policy line', () => {
  const report = fixtureReport({ windows: 12, metrics: 2 });
  const list = annotationsOf(report);
  expect(list.map((a) => [a.level, a.line])).toEqual([
    ['error', 20],
    ['error', 60],
    ['error', 21],
    ['warning', 61],
  ]);
  const out = captureStdout(() => expect(annotate(report, '.github/canary-gate.yml')).toEqual([]));
  expect(out).toContain(
    '::error title=canary-gate gate latency_0 <= baseline * 1.5 (stage canary_5),file=.github/canary-gate.yml,line=20::',
  );
  expect(out).toContain(
    '::warning title=canary-gate notify trigger latency_1 > 400 (stage canary_5),file=.github/canary-gate.yml,line=61::',
  );
});

test('a judged check (a stage score) names its action and that its condition failed', () => {
  const report = fixtureReport({ windows: 12, metrics: 1 });
  const gate = report.checks.find((c) => c.kind === 'gate' && c.status === 'fail')!;
  const score = {
    ...gate,
    kind: 'rollback' as const,
    action: 'rollback' as const,
    metric: 'score:canary',
    condition: 'score >= 0.95',
    judgement: {} as NonNullable<typeof gate.judgement>,
  };
  const [annotation] = annotationsOf({ ...report, checks: [score] });
  expect(annotation.title).toBe('canary-gate rollback: score:canary failed score >= 0.95 (stage canary_5)');
  expect(annotation.level).toBe('error');
});

test('passing checks are not annotated', () => {
  expect(annotationsOf(fixtureReport({ failing: false }))).toEqual([]);
});

test(`beyond ${ANNOTATIONS_PER_TYPE} per type the rest are returned for the summary`, () => {
  const report = fixtureReport({ windows: 12, metrics: 12 }); // 12 gates + 6 rollback = 18 errors, 6 warnings
  let overflow: string[] = [];
  const out = captureStdout(() => (overflow = annotate(report, 'p.yml')));
  expect(out.match(/^::error /gm)).toHaveLength(ANNOTATIONS_PER_TYPE);
  expect(out.match(/^::warning /gm)).toHaveLength(6);
  expect(overflow).toHaveLength(8);
  expect(overflow[0]).toMatch(/^error: p\.yml:\d+: canary-gate /);
});

describe('commentTarget', () => {
  const env = { GITHUB_REPOSITORY: 'acme/shop' };
  const pr = (fork: boolean) => ({ number: 5, fork });
  test.each<
    [
      string,
      Parameters<typeof commentTarget>[0],
      Parameters<typeof commentTarget>[1],
      'target' | 'skip' | 'warn',
    ]
  >([
    ['auto on pull_request', 'auto', { name: 'pull_request', pullRequest: pr(false) }, 'target'],
    [
      'auto on pull_request_target from a fork (base-repo token)',
      'auto',
      { name: 'pull_request_target', pullRequest: pr(true) },
      'target',
    ],
    ['auto on a fork pull_request', 'auto', { name: 'pull_request', pullRequest: pr(true) }, 'warn'],
    ['auto on push', 'auto', { name: 'push' }, 'skip'],
    ['auto on issue_comment with a PR', 'auto', { name: 'issue_comment', pullRequest: pr(false) }, 'skip'],
    [
      'always on issue_comment with a PR',
      'always',
      { name: 'issue_comment', pullRequest: pr(false) },
      'target',
    ],
    ['always without a PR', 'always', { name: 'workflow_dispatch' }, 'warn'],
    ['never', 'never', { name: 'pull_request', pullRequest: pr(false) }, 'skip'],
  ])('%s', (_name, mode, event, expected) => {
    const result = commentTarget(mode, event, env);
    expect(Object.keys(result)).toEqual([expected]);
  });

  test('the marker cannot be closed early by a stage name', () => {
    expect(commentMarker('canary_5')).toBe('<!-- canary-gate:stage=canary_5 -->');
    expect(commentMarker('a-->b')).toBe('<!-- canary-gate:stage=ab -->');
  });
});

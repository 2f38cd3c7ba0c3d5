/** A `vars` input no query uses is named, with the var the user probably meant. */
import { readFileSync } from 'node:fs';
import { loadPolicy } from '../../src/policy/load.js';
import { unusedVarWarnings as policyUnusedVarWarnings } from '../../src/policy/vars.js';

const unusedVarWarnings = (
  policy: Parameters<typeof policyUnusedVarWarnings>[0],
  vars: Record<string, string>,
) => policyUnusedVarWarnings(policy, Object.keys(vars), 'input `vars`:');

const path = 'examples/tsfm/policy.yml';
const policy = loadPolicy(readFileSync(path, 'utf8'), path);

test('a typo of a used var is named with a suggestion', () => {
  expect(unusedVarWarnings(policy, { servce: 'checkout' })).toEqual([
    'input `vars`: "servce" is not used by any query in examples/tsfm/policy.yml (did you mean "service"?); it has no effect',
  ]);
});

test('vars the queries use give no warning', () => {
  expect(unusedVarWarnings(policy, { service: 'checkout' })).toEqual([]);
  expect(unusedVarWarnings(policy, {})).toEqual([]);
});

test('a var used only in a baseline query counts as used', () => {
  const text = [
    'version: 1',
    'window: 5m',
    'metrics:',
    '  m:',
    '    query: sum(rate(x{track="canary"}[{{window}}]))',
    '    baseline: sum(rate(x{track="{{vars.stable}}"}[{{window}}]))',
    'stages:',
    '  s: { bake: 10m, gates: { m: "<= baseline * 2" } }',
  ].join('\n');
  const withBaseline = loadPolicy(text, 'p.yml');
  expect(unusedVarWarnings(withBaseline, { stable: 'stable', other: '1' })).toEqual([
    'input `vars`: "other" is not used by any query in p.yml; it has no effect',
  ]);
});

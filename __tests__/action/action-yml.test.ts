/** action.yml declares every input and output of DESIGN §3, and its defaults read back as getInputs' defaults. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getInputs } from '../../src/github/inputs.js';
import { DESIGN_OUTPUTS } from './helpers/design-outputs.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

const DESIGN_INPUTS = [
  'config',
  'stage',
  'mode',
  'since',
  'until',
  'bake',
  'metrics-file',
  'prometheus-url',
  'prometheus-token',
  'prometheus-username',
  'prometheus-password',
  'prometheus-headers',
  'prometheus-ca-cert',
  'insecure-skip-tls-verify',
  'vars',
  'dry-run',
  'smoke-command',
  'webhook-url',
  'webhook-secret',
  'github-token',
  'comment',
  'artifact-name',
  'upload-artifact',
  'backtest-from',
  'backtest-every',
  'backtest-compare',
];
test('runs on node24 from the bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});

test('every DESIGN §3 input is declared with a description and a default (stage is required)', () => {
  for (const name of DESIGN_INPUTS) {
    const input = action.inputs[name];
    expect({ name, description: typeof input?.description }).toEqual({ name, description: 'string' });
    if (name === 'stage') expect(input.required).toBe(true);
    else expect({ name, hasDefault: typeof input.default }).toEqual({ name, hasDefault: 'string' });
  }
  expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  expect(action.inputs.config.default).toBe('.github/canary-gate.yml');
  expect(action.inputs.mode.default).toBe('watch');
});

test('every DESIGN §3 output is declared with a description', () => {
  expect(Object.keys(action.outputs).sort()).toEqual([...DESIGN_OUTPUTS].sort());
  for (const name of DESIGN_OUTPUTS) expect(action.outputs[name].description).toEqual(expect.any(String));
});

test('the defaults the runner passes from action.yml are valid and mean what getInputs assumes', () => {
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) defaults[name] = input.default ?? '';
  defaults['github-token'] = 'ghs_example';
  defaults.stage = 'canary_5';
  const fromYml = getInputs((name) => defaults[name] ?? '');
  const fromEmpty = getInputs((name) => ({ stage: 'canary_5', 'github-token': 'ghs_example' })[name] ?? '');
  expect(fromYml).toEqual(fromEmpty);
  // Every input getInputs reads is declared.
  const read: string[] = [];
  getInputs((name) => (read.push(name), name === 'stage' ? 'x' : ''));
  expect(read.filter((n) => !(n in action.inputs))).toEqual([]);
});

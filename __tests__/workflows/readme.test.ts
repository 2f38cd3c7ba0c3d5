/**
 * The README is the user guide: it opens with the two commands, and its tables of the action's and the
 * reusable workflow's inputs and outputs say exactly what action.yml and canary-gate.yml declare.
 */
import { parse } from 'yaml';
import { loadPolicy } from '../../src/policy/load.js';
import { KEYS } from '../../src/policy/schema.js';
import { REUSABLE_PATH, readText, type Yaml } from './workflow-files.js';

const readme = readText('README.md');
const action = parse(readText('action.yml'));
const reusable = parse(readText(REUSABLE_PATH)).on.workflow_call;

/** Rows of the first Markdown table after `## heading` (or `### heading`), cells trimmed, header dropped. */
function table(heading: string, nth = 0): string[][] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  const lines = readme.slice(start).split('\n').slice(2);
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of lines) {
    if (/^#{1,3} /.test(line)) break;
    if (line.startsWith('|')) {
      current ??= [];
      current.push(
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim()),
      );
    } else if (current) {
      tables.push(current);
      current = null;
    }
  }
  if (current) tables.push(current);
  if (!tables[nth]) throw new Error(`README section "${heading}" has no table #${nth + 1}`);
  return tables[nth].slice(2);
}

const code = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1];

/** How a default is written in the README: **required**, — for empty, or `value`. */
function defaultCell(input: Yaml): string {
  if (input.required === true) return '**required**';
  const value = input.default;
  if (value === undefined || value === '') return '—';
  return `\`${String(value)}\``;
}

test('opens with the title and exactly the two command lines', () => {
  const lines = readme.split('\n');
  expect(lines.slice(0, 6)).toEqual([
    '# canary-gate',
    '',
    '```bash',
    'npm ci && npm run demo',
    'npm ci && npm run test:all',
    '```',
  ]);
});

test('the action inputs table lists every input of action.yml, in order, with its default', () => {
  const rows = table('## Action inputs');
  expect(rows.map((r) => code(r[0]))).toEqual(Object.keys(action.inputs));
  for (const row of rows) {
    const name = code(row[0])!;
    expect({ name, default: row[1] }).toEqual({ name, default: defaultCell(action.inputs[name]) });
    expect(row[2].length).toBeGreaterThan(10);
  }
});

test('the action outputs table lists every output of action.yml, in order', () => {
  const rows = table('## Action outputs');
  expect(rows.map((r) => code(r[0]))).toEqual(Object.keys(action.outputs));
  for (const row of rows) expect(row[1].length).toBeGreaterThan(10);
});

test('the reusable workflow table lists every input of canary-gate.yml with its type and default', () => {
  const rows = table('## Reusable workflow');
  expect(rows.map((r) => code(r[0]))).toEqual(Object.keys(reusable.inputs));
  for (const row of rows) {
    const input = reusable.inputs[code(row[0])!];
    expect({ name: row[0], type: row[1], default: row[2] }).toEqual({
      name: row[0],
      type: input.type,
      default: defaultCell(input),
    });
  }
  const after = readme.slice(readme.indexOf('## Reusable workflow'));
  for (const name of Object.keys(reusable.secrets)) expect(after).toContain(`\`${name}\``);
  for (const name of Object.keys(reusable.outputs)) expect(after).toContain(`\`${name}\``);
});

test('the policy reference names every key of the policy schema', () => {
  const start = readme.indexOf('## Policy reference');
  const reference = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const keys = new Set([...KEYS.top, ...KEYS.metric, ...KEYS.stage, ...KEYS.trigger, ...KEYS.prometheus]);
  keys.delete('$schema');
  for (const key of keys) expect([key, reference.includes(`\`${key}\``)]).toEqual([key, true]);
});

test('the CLI section gives every exit code', () => {
  const rows = table('## CLI');
  expect(Object.fromEntries(rows.map((r) => [r[0], r[1].split(' ')[0]]))).toMatchObject({
    '0': 'promote',
    '1': 'hold',
    '2': 'rollback',
    '3': 'inconclusive',
    '64': 'bad',
  });
});

test('keeps the sections the lead fills in and the design choices', () => {
  expect(readme).toMatch(/\n## Benchmarks\n/);
  expect(readme).toMatch(/\n## Design choices\n/);
});

test('the policy in the quick start is valid and names the stages the promotion template judges', () => {
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1].replace(/^ {3}/gm, ''));
  const policies = blocks.filter((b) => /^version: 1$/m.test(b));
  expect(policies.length).toBeGreaterThan(0);
  for (const text of policies) {
    const policy = loadPolicy(text, 'README.md');
    expect(Object.keys(policy.stages)).toEqual(['canary_5', 'canary_25', 'full_100']);
  }
});

test('the recorded-bake example in the CLI section is valid JSON of the documented shape', () => {
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks)
    expect(Object.keys(block)).toEqual(['window_minutes', 'start', 'metrics', 'baseline']);
});

/**
 * zod issues → policy issues: a message that names the place in policy terms, a one-line fix, and the
 * YAML position of the offending key or value.
 */
import type { z } from 'zod';
import { parseCondition } from './condition.js';
import { parseDuration } from './duration.js';
import type { PositionIndex, YamlPath } from './positions.js';
import { KEYS } from './schema.js';
import { FORMAT_TAG } from './schema-scalars.js';
import { didYouMean } from './suggest.js';
import type { PolicyIssue } from './types.js';

type ZodIssue = z.core.$ZodIssue;
type Emit = (pos: { line: number; column: number }, message: string, fix: string) => void;

/** How to write a key correctly, for "missing" and "wrong type" fixes. */
const EXAMPLES: Record<string, string> = {
  version: 'version: 1',
  window: 'window: 5m',
  metrics: 'metrics: { error_rate: { query: "..." } }',
  stages: 'stages: { canary_5: { bake: 30m, gates: { error_rate: "<= 0.01" } } }',
  rollback: 'rollback: [{ metric: error_rate, when: "> 0.02" }]',
  metric: 'metric: error_rate',
  when: 'when: "> 0.02"',
  for: 'for: 10m',
  action: 'action: rollback',
  bake: 'bake: 30m',
  traffic: 'traffic: 5',
  extends: 'extends: canary_5',
  gates: 'gates: { error_rate: "<= 0.01" }',
  query: 'query: sum(rate(http_requests_total[{{window}}]))',
  alert: 'alert: HighErrorRate',
  baseline: 'baseline: before',
  unit: 'unit: ms',
  settle: 'settle: 30s',
  timeout: 'timeout: 30s',
  url: 'url: http://127.0.0.1:9090',
  headers: 'headers: { X-Scope-OrgID: team-a }',
  vars: 'vars: { service: checkout }',
  prometheus: 'prometheus: { url: http://127.0.0.1:9090 }',
};

export function formatPath(path: YamlPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out || 'the policy';
}

/** Which kind of object lives at `path`, to list its valid keys. */
function keysAt(path: YamlPath): string[] {
  const p = path.map(String);
  if (p.length === 0) return KEYS.top;
  if (p.length === 1 && p[0] === 'prometheus') return KEYS.prometheus;
  if (p.length === 2 && p[0] === 'metrics') return KEYS.metric;
  if (p.length === 2 && p[0] === 'stages') return KEYS.stage;
  if (p.length === 3 && p[0] === 'metrics' && p[2] === 'judge') return KEYS.judge;
  if (p.length === 3 && p[0] === 'stages' && p[2] === 'score') return KEYS.score;
  if ((p.length === 2 && p[0] === 'rollback') || (p.length === 4 && p[0] === 'stages' && p[2] === 'rollback'))
    return KEYS.trigger;
  return [];
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** A value outside an enum (or a judge `type` outside the union): the values, and the nearest one. */
function emitNotOneOf(
  emit: Emit,
  pos: Parameters<Emit>[0],
  where: string,
  key: string,
  values: string[],
  given: unknown,
): void {
  const guess = didYouMean(String(given), values, 'value');
  emit(
    pos,
    `${where} must be one of ${values.join(', ')}, got ${typeName(given)}`,
    guess.startsWith('did') ? guess : `write ${key}: ${values[0]}`,
  );
}

const EXPECTED_NAME: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map',
};

function lastKey(path: YamlPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

export function mapZodIssues(
  issues: readonly ZodIssue[],
  positions: PositionIndex,
  file: string,
): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  const emit: Emit = (pos, message, fix) =>
    out.push({ file, line: pos.line, column: pos.column, message, fix });
  for (const issue of issues) mapOne(issue, issue.path as YamlPath, positions, emit);
  return out;
}

function mapOne(issue: ZodIssue, path: YamlPath, positions: PositionIndex, emit: Emit): void {
  const where = formatPath(path);
  const key = lastKey(path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = keysAt(path).filter((k) => k !== '$schema');
      for (const unknown of issue.keys) {
        const place = path.length === 0 ? 'at the top level' : `in ${where}`;
        const fix = didYouMean(unknown, valid, 'valid key');
        emit(
          positions.key([...path, unknown]),
          `unknown key "${unknown}" ${place}`,
          fix.startsWith('did') ? fix : `remove it; valid keys: ${valid.join(', ')}`,
        );
      }
      return;
    }
    case 'invalid_type': {
      if (input === undefined) {
        const parent = formatPath(path.slice(0, -1));
        const place = path.length <= 1 ? 'at the top level' : `in ${parent}`;
        emit(
          positions.key(path.slice(0, -1)),
          `missing required key "${key}" ${place}`,
          `add ${EXAMPLES[key] ?? `${key}: ...`}`,
        );
        return;
      }
      const expected = EXPECTED_NAME[issue.expected] ?? issue.expected;
      if (path.length === 2 && (path[0] === 'stages' || path[0] === 'metrics')) {
        const example = path[0] === 'stages' ? '{ bake: 30m, gates: { ... } }' : '{ query: <PromQL> }';
        emit(
          positions.value(path),
          `${where} must be ${expected}, got ${typeName(input)}`,
          `write ${key}: ${example}`,
        );
        return;
      }
      emit(
        positions.value(path),
        `${where} must be ${expected}, got ${typeName(input)}`,
        `write ${EXAMPLES[key] ?? `${key}: ${expected}`}`,
      );
      return;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      if (key === 'version') {
        emit(
          positions.value(path),
          `unsupported policy version ${JSON.stringify(input)}`,
          'set version: 1 (the only version this canary-gate reads)',
        );
        return;
      }
      emitNotOneOf(emit, positions.value(path), where, key, values, input);
      return;
    }
    case 'invalid_format': {
      const text = String(input);
      if (issue.message === FORMAT_TAG.duration) {
        const parsed = parseDuration(text);
        if (!parsed.ok) emit(positions.value(path), `${where}: ${parsed.message}`, parsed.fix);
        return;
      }
      if (issue.message === FORMAT_TAG.condition) {
        const parsed = parseCondition(text);
        if (!parsed.ok) emit(positions.value(path), `${where}: ${parsed.message}`, parsed.fix);
        return;
      }
      emit(positions.value(path), `${where}: invalid value ${JSON.stringify(text)}`, issue.message);
      return;
    }
    case 'invalid_key': {
      emit(
        positions.key(path),
        `invalid name ${JSON.stringify(String(input ?? key))} in ${formatPath(path.slice(0, -1))}`,
        'names start with an ASCII letter or _ and contain only ASCII letters, digits, _, . and -',
      );
      return;
    }
    case 'too_big':
    case 'too_small': {
      if (key === 'traffic') {
        emit(
          positions.value(path),
          `${where} must be between 0 and 100 (percent), got ${String(input)}`,
          'write the percent of traffic, e.g. traffic: 25',
        );
        return;
      }
      const bound =
        issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
      emit(positions.value(path), `${where} must be ${bound}, got ${String(input)}`, `use a value ${bound}`);
      return;
    }
    case 'invalid_union': {
      // `judge:` is a union keyed by `type`: name the valid types.
      const options = (issue as { options?: unknown[] }).options;
      if ((issue as { note?: string }).note === 'No matching discriminator' && options) {
        const values = options.map(String);
        const given =
          typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
        if (given === undefined) {
          emit(
            positions.key(path.slice(0, -1)),
            `missing required key "${key}" in ${formatPath(path.slice(0, -1))}`,
            `add ${key}: one of ${values.join(', ')}`,
          );
          return;
        }
        emitNotOneOf(emit, positions.value(path), where, key, values, given);
        return;
      }
      // Conditions are the only union of shapes: report the branch that matches what was written.
      const branch = issue.errors.find((errs) =>
        errs.every((e) => e.code !== 'invalid_type' || e.path.length > 0),
      );
      if (branch && (typeof input === 'string' || Array.isArray(input))) {
        for (const inner of branch) mapOne(inner, [...path, ...(inner.path as YamlPath)], positions, emit);
        return;
      }
      emit(
        positions.value(path),
        `${where} must be a condition string or a list of them, got ${typeName(input)}`,
        `write e.g. ${key}: "<= 0.01" or ${key}: ["<= 300", "<= baseline * 1.2"]`,
      );
      return;
    }
    default:
      emit(positions.value(path), `${where}: ${issue.message}`, 'see the policy reference in the README');
  }
}

/**
 * loadPolicy: policy text → Policy, or a PolicyError listing every problem with file:line:col and a fix.
 * Pure: the caller reads the file; `path` is only used in messages and kept on the Policy.
 */
import { LineCounter, parseDocument } from 'yaml';
import { PolicyBuilder } from './build.js';
import { DUPLICATE_KEY_FIX, yamlIssue } from './yaml-errors.js';
import { duplicateKeys } from './duplicate-keys.js';
import { PolicyError } from './errors.js';
import { PositionIndex } from './positions.js';
import { policyValue } from './to-js.js';
import { PolicyFileSchema } from './schema.js';
import type { Policy, PolicyIssue } from './types.js';
import { mapZodIssues } from './zod-issues.js';

export { formatIssue, PolicyError } from './errors.js';

export function loadPolicy(text: string, path: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
  const issue = (line: number, column: number, message: string, fix: string): PolicyIssue => ({
    file: path,
    line,
    column,
    message,
    fix,
  });

  if (doc.errors.length > 0) {
    // The tree after a syntax error is a guess; checking it would report noise, so stop here.
    // One error per line: the first one yaml finds on a line is the cause, the rest follow from it.
    const issues = doc.errors.map((e) => yamlIssue(e, text, lineCounter, path));
    throw new PolicyError(issues.filter((i, n) => issues.findIndex((j) => j.line === i.line) === n));
  }

  const positions = new PositionIndex(text, doc, lineCounter);
  const duplicates = duplicateKeys(doc);
  if (duplicates.length > 0) {
    throw new PolicyError(
      duplicates.map((key) => {
        const at = positions.at(key.range?.[0] ?? 0);
        return issue(at.line, at.column, 'YAML syntax error: Map keys must be unique', DUPLICATE_KEY_FIX);
      }),
    );
  }
  const converted = policyValue(doc, positions);
  if (!converted.ok) throw new PolicyError([{ file: path, ...converted.issue }]);
  const raw = converted.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const { line, column } = positions.start();
    throw new PolicyError([
      issue(
        line,
        column,
        'the policy file must be a YAML map of keys (version, window, metrics, stages, ...)',
        'start from the example in the README: version: 1, window: 5m, metrics: ..., stages: ...',
      ),
    ]);
  }

  const shape = PolicyFileSchema.safeParse(raw, { reportInput: true });
  const issues = shape.success ? [] : mapZodIssues(shape.error.issues, positions, path);
  const builder = new PolicyBuilder(raw as Record<string, unknown>, positions, path);
  const policy = builder.build();
  issues.push(...builder.issues);
  if (issues.length > 0) throw new PolicyError(issues);
  return policy;
}

/**
 * The parsed YAML document as plain values for the builder, safe against hostile input:
 * - every map becomes an object without a prototype, so keys like `__proto__`, `constructor` or
 *   `toString` are kept as data and never reach Object.prototype;
 * - an alias bomb (aliases of aliases expanding past a bound), a `<<` merge of something other than a
 *   map, and nesting deeper than a policy ever needs are policy issues at their place, not exceptions.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { PositionIndex } from './positions.js';
import type { PolicyIssue } from './types.js';

/** Alias expansions allowed in one policy: generous for anchors reused per stage, far below a bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Levels of nesting allowed: a policy needs about 6 (stages.S.rollback[0].when); 64 leaves room. */
export const MAX_DEPTH = 64;

export type ToJsResult = { ok: true; value: unknown } | { ok: false; issue: Omit<PolicyIssue, 'file'> };

export function policyValue(doc: Document, positions: PositionIndex): ToJsResult {
  const deep = tooDeep(doc);
  if (deep) return fail(positions, deep, `the YAML nests deeper than ${MAX_DEPTH} levels`, FLATTEN);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/Excessive alias count/.test(message))
      return fail(
        positions,
        firstNode(doc, (node) => isAlias(node)),
        `the YAML aliases expand more than ${MAX_ALIAS_COUNT} times (aliases of aliases grow exponentially)`,
        'write the repeated values out, or use each anchor directly instead of nesting aliases',
      );
    if (/Merge sources/.test(message))
      return fail(
        positions,
        badMerge(doc),
        '`<<` must merge a map or an alias of a map into this map',
        'write <<: *anchor where the anchor is on a map, or remove the << key',
      );
    if (error instanceof RangeError)
      return fail(positions, undefined, 'the YAML is nested too deeply to read', FLATTEN);
    return fail(positions, undefined, `the YAML cannot be read: ${message.split('\n')[0]}`, FLATTEN);
  }
  return { ok: true, value: withoutPrototypes(value) };
}

export const FLATTEN = 'remove the extra nesting: a policy nests only stages.NAME.gates.METRIC deep';

function fail(positions: PositionIndex, node: Node | undefined, message: string, fix: string): ToJsResult {
  const at = node?.range ? positions.at(node.range[0]) : positions.start();
  return { ok: false, issue: { line: at.line, column: at.column, message, fix } };
}

/** Maps (from `mapAsMap`) → prototype-less objects, recursively; depth is already bounded. */
function withoutPrototypes(value: unknown): unknown {
  if (value instanceof Map) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of value) out[String(key)] = withoutPrototypes(item);
    return out;
  }
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  return value;
}

/** The first collection nested deeper than MAX_DEPTH, or undefined. */
function tooDeep(doc: Document): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_DEPTH) return node;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 });
        stack.push({ node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

function firstNode(doc: Document, test: (node: unknown) => boolean): Node | undefined {
  let found: Node | undefined;
  visit(doc, (_key, node) => {
    if (test(node)) {
      found = node as Node;
      return visit.BREAK;
    }
  });
  return found;
}

/** The value of the first `<<` key that is not a map, an alias or a list of those. */
function badMerge(doc: Document): Node | undefined {
  const mergeable = (n: unknown) => isMap(n) || isAlias(n);
  let found: Node | undefined;
  visit(doc, {
    Pair(_key, pair) {
      // With `merge: true` the key's value is a symbol; its source text is what the user wrote.
      if (!isScalar(pair.key) || (pair.key.source ?? String(pair.key.value)) !== '<<') return;
      const v = pair.value;
      if (mergeable(v) || (isSeq(v) && v.items.every(mergeable))) return;
      found = (v as Node | null) ?? (pair.key as Node);
      return visit.BREAK;
    },
  });
  return found;
}

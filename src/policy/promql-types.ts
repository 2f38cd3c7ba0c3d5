/**
 * PromQL type errors found before the bake with Prometheus' own checker (@prometheus-io/codemirror-promql's
 * Parser, the one the Prometheus UI lints with): a range vector where an instant vector or scalar is
 * needed, an instant vector given to a range-vector function, and a query whose result is not an instant
 * vector or scalar (a range query cannot return one).
 *
 * The Parser is taken from the package's CommonJS build (its ESM build has extensionless imports Node
 * cannot load) and given the lezer tree directly: it only reads the tree and slices the text, so a small
 * stand-in for CodeMirror's EditorState is enough, and no second copy of @codemirror/state is needed.
 */
import { Parser } from '@prometheus-io/codemirror-promql/dist/cjs/parser/parser.js';
import { getType } from '@prometheus-io/codemirror-promql/dist/cjs/parser/type.js';
import type { Tree } from '@lezer/common';
import { parser } from '@prometheus-io/lezer-promql';
import type { PromqlSyntaxError } from './promql-error.js';

type ParserState = ConstructorParameters<typeof Parser>[0];
/** The same lezer node type, seen through the CommonJS declarations. */
type CjsNode = Parameters<typeof getType>[0];

/** The first type error in `query` (which parses), or null. */
export function promqlTypeError(query: string, tree: Tree = parser.parse(query)): PromqlSyntaxError | null {
  const state = { field: () => ({ tree }), sliceDoc: (from = 0, to = query.length) => query.slice(from, to) };
  const checker = new Parser(state as unknown as ParserState);
  checker.analyze();
  const error = checker.getDiagnostics().find((d) => d.severity === 'error');
  if (error) return { offset: error.from, message: error.message, fix: fixFor(error.message), kind: 'type' };
  const top = tree.topNode.firstChild;
  const type = getType(top as unknown as CjsNode);
  if (type === 'matrix' || type === 'string')
    return {
      offset: top?.from ?? 0,
      message: `the query returns a ${type === 'matrix' ? 'range vector' : 'string'}; a gate needs one instant vector or scalar per window`,
      fix:
        type === 'matrix'
          ? 'wrap the range selector in a function, e.g. max_over_time(...[{{window}}]) or rate(...[{{window}}])'
          : 'return a number: a vector selector, a function of one, or a scalar',
      kind: 'type',
    };
  return null;
}

function fixFor(message: string): string {
  const fn = /expected type matrix in call to function "(\w+)", got (vector|scalar)/.exec(message);
  if (fn) return `${fn[1]}() takes a range vector: add a range selector to its argument, e.g. [{{window}}]`;
  if (/got matrix|only scalar and instant vector/.test(message))
    return 'turn the range vector into an instant vector first, e.g. rate(...[{{window}}]) or avg_over_time(...[{{window}}])';
  return 'correct the types in the PromQL expression';
}

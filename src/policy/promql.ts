/**
 * PromQL checked when the policy loads, with Prometheus' own lezer grammar: a query that cannot parse is a
 * policy error at its line, found before any request is sent.
 */
import type { Tree } from '@lezer/common';
import { parser } from '@prometheus-io/lezer-promql';
import {
  renderTemplateWithMap,
  sourceOffset,
  templateVarsUsed,
  TemplateError,
  type TemplateContext,
} from './template.js';
import { promqlTypeError } from './promql-types.js';
import type { PromqlSyntaxError } from './promql-error.js';

export type { PromqlSyntaxError } from './promql-error.js';

const IDENTIFIER_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** Prometheus metric-name syntax, which alert names follow in practice (`ALERTS{alertname="..."}`). */
export function isPrometheusIdentifier(name: string): boolean {
  return IDENTIFIER_RE.test(name);
}

/** The first syntax error in `query`, or null when it parses. */
export function promqlSyntaxError(query: string, tree: Tree = parser.parse(query)): PromqlSyntaxError | null {
  if (query.trim() === '')
    return { offset: 0, message: 'the query is empty', fix: 'write a PromQL expression' };
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) {
      const offset = cursor.from;
      return { offset, message: describeAt(query, offset), fix: fixFor(query) };
    }
  } while (cursor.next());
  return null;
}

function describeAt(query: string, offset: number): string {
  const rest = query.slice(offset).trimStart();
  if (rest === '') return 'unexpected end of query';
  const token = /^(\w+|\S)/.exec(rest)?.[0] ?? rest[0];
  return `unexpected "${token}" at character ${offset + 1} of the query`;
}

function fixFor(query: string): string {
  const count = (re: RegExp) => (query.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g)) return 'balance the parentheses';
  if (count(/\{/g) !== count(/\}/g)) return 'balance the braces of the label matchers';
  if (count(/\[/g) !== count(/\]/g)) return 'balance the brackets of the range selector';
  if ((query.match(/"/g) ?? []).length % 2 === 1) return 'close the string with "';
  return 'correct the PromQL at this position';
}

/**
 * Render a template with sample values (each var its default or `x`) and parse it. The error offset is
 * mapped back into the template so it can be placed in the policy file.
 */
export function checkPromqlTemplate(template: string, ctx: TemplateContext): PromqlSyntaxError | null {
  const vars = { ...ctx.vars };
  for (const name of templateVarsUsed(template)) if (vars[name] === undefined) vars[name] = 'x';
  let rendered;
  try {
    rendered = renderTemplateWithMap(template, { ...ctx, vars });
  } catch (e) {
    if (e instanceof TemplateError)
      return { offset: 0, message: e.message, fix: 'change the var value or the template' };
    throw e;
  }
  // One parse for both checks: on 20,000 metrics the parse is most of the time validate takes.
  const tree = parser.parse(rendered.text);
  const error = promqlSyntaxError(rendered.text, tree) ?? promqlTypeError(rendered.text, tree);
  if (!error) return null;
  return { ...error, offset: sourceOffset(rendered.segments, error.offset) };
}

import { parser } from '@prometheus-io/lezer-promql';
import {
  findPlaceholders,
  renderTemplate,
  TemplateError,
  templateVarsUsed,
  unknownPlaceholders,
} from '../../src/policy/template.js';

const ctx = { window: '5m', stage: 'canary_5', traffic: 5, vars: { service: 'checkout' } };

/** Names of the top-level PromQL nodes, to see what a rendered query turned into. */
function topNodes(query: string): string[] {
  const tree = parser.parse(query);
  const cursor = tree.topNode.cursor();
  const names: string[] = [];
  if (cursor.firstChild()) {
    do names.push(cursor.name);
    while (cursor.nextSibling());
  }
  return names;
}

function hasParseError(query: string): boolean {
  let error = false;
  parser.parse(query).iterate({ enter: (n) => void (n.type.isError && (error = true)) });
  return error;
}

/** Every string literal in the parsed query, decoded. */
function stringLiterals(query: string): string[] {
  const out: string[] = [];
  parser.parse(query).iterate({
    enter: (n) => {
      if (n.name === 'StringLiteral')
        out.push(JSON.parse(query.slice(n.from, n.to).replace(/^'(.*)'$/s, '"$1"')));
    },
  });
  return out;
}

describe('renderTemplate', () => {
  test('fills window, stage, traffic and vars, with whitespace inside the braces', () => {
    expect(
      renderTemplate(
        'rate(x{service="{{ vars.service }}",stage="{{stage}}"}[{{window}}]) * {{ traffic }}',
        ctx,
      ),
    ).toBe('rate(x{service="checkout",stage="canary_5"}[5m]) * 5');
  });

  test('a value that tries to close the label matcher stays one label value', () => {
    const evil = '"} or vector(1) #';
    const query = renderTemplate('sum(rate(x{service="{{vars.service}}"}[{{window}}]))', {
      ...ctx,
      vars: { service: evil },
    });
    expect(query).toBe('sum(rate(x{service="\\"} or vector(1) #"}[5m]))');
    expect(hasParseError(query)).toBe(false);
    expect(topNodes(query)).toEqual(['AggregateExpr']);
    expect(stringLiterals(query)).toEqual([evil]);
  });

  test('single-quoted literals escape the single quote, and backslashes and newlines anywhere', () => {
    const evil = "a\\' or vector(1)\n#";
    const query = renderTemplate("x{service='{{vars.service}}'}", { ...ctx, vars: { service: evil } });
    expect(query).toBe("x{service='a\\\\\\' or vector(1)\\n#'}");
    expect(hasParseError(query)).toBe(false);
    expect(topNodes(query)).toEqual(['VectorSelector']);
  });

  test('an escaped quote inside the literal does not end it, so the var is still escaped', () => {
    const query = renderTemplate('x{a="q\\"{{vars.service}}"}', { ...ctx, vars: { service: '"' } });
    expect(query).toBe('x{a="q\\"\\""}');
  });

  test('outside a string literal the value is inserted as written (it is policy text)', () => {
    expect(renderTemplate('x{{{vars.m}}}', { ...ctx, vars: { m: 'a="b"' } })).toBe('x{a="b"}');
  });

  test('a backtick in a value for a raw string is refused', () => {
    expect(() => renderTemplate('x{a=`{{vars.service}}`}', { ...ctx, vars: { service: 'a`b' } })).toThrow(
      TemplateError,
    );
    expect(renderTemplate('x{a=`{{vars.service}}`}', { ...ctx, vars: { service: 'a"b' } })).toBe(
      'x{a=`a"b`}',
    );
  });

  test('missing var, missing traffic and unknown placeholders throw TemplateError naming them', () => {
    expect(() => renderTemplate('{{vars.team}}', ctx)).toThrow(
      '{{vars.team}} is used but var "team" has no value',
    );
    expect(() => renderTemplate('{{traffic}}', { ...ctx, traffic: undefined })).toThrow(
      '{{traffic}} is used but stage "canary_5" has no traffic',
    );
    expect(() => renderTemplate('{{service}}', ctx)).toThrow('unknown placeholder {{service}}');
  });
});

describe('placeholders', () => {
  test('templateVarsUsed lists each var once, in order', () => {
    expect(templateVarsUsed('{{vars.b}} {{ vars.a }} {{vars.b}} {{window}}')).toEqual(['b', 'a']);
  });

  test('unknownPlaceholders finds everything but window, stage, traffic and vars.NAME', () => {
    expect(
      unknownPlaceholders('{{window}}{{stage}}{{traffic}}{{vars.x}}{{service}}{{ var.y }}').map(
        (p) => p.name,
      ),
    ).toEqual(['service', 'var.y']);
  });

  test('findPlaceholders records offsets and the literal each sits in', () => {
    expect(findPlaceholders(`a{b="{{vars.x}}",c='{{stage}}'}[{{window}}]`)).toEqual([
      { start: 5, end: 15, name: 'vars.x', quote: '"' },
      { start: 20, end: 29, name: 'stage', quote: "'" },
      { start: 32, end: 42, name: 'window', quote: null },
    ]);
  });
});

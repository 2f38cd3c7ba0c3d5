/**
 * Query templates: `{{window}}`, `{{stage}}`, `{{traffic}}`, `{{vars.NAME}}`. A value that lands inside a
 * PromQL string literal is escaped for that literal, so a var such as `"} or vector(1) #` stays a label
 * value and cannot rewrite the query.
 */

export interface TemplateContext {
  window: string;
  stage: string;
  traffic?: number;
  vars: Record<string, string>;
}

/** Thrown at render time (run time) for a placeholder that has no value. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export interface Placeholder {
  /** Offset of `{{` in the template. */
  start: number;
  /** Offset just after `}}`. */
  end: number;
  /** The name inside the braces, trimmed: `window`, `vars.service`, ... */
  name: string;
  /** The quote of the PromQL string literal the placeholder sits in, or null outside any literal. */
  quote: '"' | "'" | '`' | null;
}

const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/y;
const VAR_NAME_RE = /^vars\.([A-Za-z_][A-Za-z0-9_-]*)$/;
export const BUILTIN_PLACEHOLDERS = ['window', 'stage', 'traffic'] as const;

/** Every `{{...}}` in the template with the literal it sits in, found by one scan that tracks PromQL quoting. */
export function findPlaceholders(template: string): Placeholder[] {
  const found: Placeholder[] = [];
  let quote: Placeholder['quote'] = null;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '{' && template[i + 1] === '{') {
      PLACEHOLDER_RE.lastIndex = i;
      const m = PLACEHOLDER_RE.exec(template);
      if (m) {
        found.push({ start: i, end: i + m[0].length, name: m[1], quote });
        i += m[0].length - 1;
        continue;
      }
    }
    if (quote === null) {
      if (ch === '"' || ch === "'" || ch === '`') quote = ch;
      else if (ch === '#') i = skipComment(template, i);
    } else if (ch === '\\' && quote !== '`') {
      i++; // an escaped character never closes the literal
    } else if (ch === quote) {
      quote = null;
    }
  }
  return found;
}

function skipComment(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl === -1 ? text.length : nl;
}

/** Var names used as `{{vars.NAME}}`, in order of first use. */
export function templateVarsUsed(template: string): string[] {
  const names: string[] = [];
  for (const p of findPlaceholders(template)) {
    const m = VAR_NAME_RE.exec(p.name);
    if (m && !names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

/** Placeholders that are neither window/stage/traffic nor `vars.NAME`: always a policy error. */
export function unknownPlaceholders(template: string): Placeholder[] {
  return findPlaceholders(template).filter(
    (p) => !(BUILTIN_PLACEHOLDERS as readonly string[]).includes(p.name) && !VAR_NAME_RE.test(p.name),
  );
}

/** Escape a value for the body of a PromQL string literal quoted with `quote`. */
export function escapeForLiteral(value: string, quote: '"' | "'" | '`'): string {
  if (quote === '`') {
    // Raw strings have no escapes: a backtick in the value could only end the literal.
    if (value.includes('`'))
      throw new TemplateError(
        `value ${JSON.stringify(value)} contains a backtick and cannot be placed in a \`...\` string`,
      );
    return value;
  }
  return value
    .replace(/\\/g, '\\\\')
    .replace(quote === '"' ? /"/g : /'/g, `\\${quote}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
}

/** One stretch of rendered output and the template text it came from, to map parse errors back. */
export interface RenderSegment {
  srcStart: number;
  srcEnd: number;
  outStart: number;
  outEnd: number;
  /** True when the stretch is a placeholder's value (errors inside it point at the placeholder). */
  placeholder: boolean;
}

export function renderTemplateWithMap(
  template: string,
  ctx: TemplateContext,
): { text: string; segments: RenderSegment[] } {
  let out = '';
  let cursor = 0;
  const segments: RenderSegment[] = [];
  const push = (srcStart: number, srcEnd: number, piece: string, placeholder: boolean) => {
    segments.push({ srcStart, srcEnd, outStart: out.length, outEnd: out.length + piece.length, placeholder });
    out += piece;
  };
  for (const p of findPlaceholders(template)) {
    if (p.start > cursor) push(cursor, p.start, template.slice(cursor, p.start), false);
    const raw = placeholderValue(p.name, ctx);
    push(p.start, p.end, p.quote ? escapeForLiteral(raw, p.quote) : raw, true);
    cursor = p.end;
  }
  if (cursor < template.length) push(cursor, template.length, template.slice(cursor), false);
  return { text: out, segments };
}

export function renderTemplate(template: string, ctx: TemplateContext): string {
  return renderTemplateWithMap(template, ctx).text;
}

/** Offset in the template that produced offset `outOffset` of the rendered text. */
export function sourceOffset(segments: RenderSegment[], outOffset: number): number {
  for (const s of segments) {
    if (outOffset < s.outEnd) return s.placeholder ? s.srcStart : s.srcStart + (outOffset - s.outStart);
  }
  const last = segments[segments.length - 1];
  return last ? last.srcEnd : 0;
}

function placeholderValue(name: string, ctx: TemplateContext): string {
  if (name === 'window') return ctx.window;
  if (name === 'stage') return ctx.stage;
  if (name === 'traffic') {
    if (ctx.traffic === undefined)
      throw new TemplateError(`{{traffic}} is used but stage "${ctx.stage}" has no traffic`);
    return String(ctx.traffic);
  }
  const m = VAR_NAME_RE.exec(name);
  if (m) {
    const value = ctx.vars[m[1]];
    if (value === undefined)
      throw new TemplateError(`{{vars.${m[1]}}} is used but var "${m[1]}" has no value`);
    return value;
  }
  throw new TemplateError(`unknown placeholder {{${name}}}`);
}

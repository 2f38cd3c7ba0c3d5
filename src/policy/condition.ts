/**
 * The condition grammar: `OP RHS`, OP one of `< <= > >= == !=`, RHS a number (`300`, `0.01`, `1e-3`,
 * `1%`) or `baseline`, `baseline * K`, `baseline + K`, `baseline - K`. The engine imports `compare` and
 * `resolveLimit` so judging uses the same reading as loading.
 */
import type { Comparator, Condition, ConditionRhs } from './types.js';

export const COMPARATORS: readonly Comparator[] = ['<', '<=', '>', '>=', '==', '!='];

const NUMBER = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const NUMBER_RE = new RegExp(`^${NUMBER}$`);
const PERCENT_RE = new RegExp(`^(${NUMBER})\\s*%$`);
const BASELINE_RE = /^baseline(?:\s*([*+-])\s*(.+))?$/;
const CONDITION_RE = /^\s*([<>=!]+)\s*(.*?)\s*$/;

/** A loose pattern for the JSON Schema so editors flag the obvious mistakes; the parser gives the exact message. */
export const CONDITION_PATTERN = `^\\s*(<=|>=|==|!=|<|>)\\s*(${NUMBER}\\s*%?|baseline(\\s*[*+-]\\s*${NUMBER})?)\\s*$`;

export type ConditionResult =
  { ok: true; condition: Condition } | { ok: false; message: string; fix: string };

const OPERATOR_SUGGESTIONS: Record<string, Comparator> = {
  '=<': '<=',
  '=>': '>=',
  '=': '==',
  '===': '==',
  '<>': '!=',
  '!==': '!=',
  '=!': '!=',
};

export function parseCondition(text: string): ConditionResult {
  const fail = (message: string, fix: string): ConditionResult => ({ ok: false, message, fix });
  const match = CONDITION_RE.exec(text);
  if (!match || match[1] === '') {
    return fail(
      `condition "${text}" does not start with a comparison operator`,
      'write OP VALUE, e.g. "<= 300" or "< baseline * 1.1"; OP is one of < <= > >= == !=',
    );
  }
  const [, opText, rhsText] = match;
  if (!(COMPARATORS as readonly string[]).includes(opText)) {
    const suggestion = OPERATOR_SUGGESTIONS[opText];
    return fail(
      `unknown operator "${opText}" in condition "${text}"`,
      suggestion
        ? `did you mean "${suggestion}"? write "${suggestion} ${rhsText}"`
        : 'use one of < <= > >= == !=',
    );
  }
  const op = opText as Comparator;
  if (rhsText === '')
    return fail(
      `condition "${text}" has no value after "${op}"`,
      `write e.g. "${op} 300" or "${op} baseline"`,
    );
  const rhs = parseRhs(rhsText);
  if ('message' in rhs) return fail(`condition "${text}": ${rhs.message}`, rhs.fix);
  return { ok: true, condition: { text: text.trim(), op, rhs } };
}

function parseRhs(text: string): ConditionRhs | { message: string; fix: string } {
  const rhs = parseRhsText(text);
  // 1e400 parses to Infinity: a limit nothing can reach (or pass) is a typo, not a threshold.
  if ('kind' in rhs && !Number.isFinite(rhs.kind === 'number' ? rhs.value : rhs.operand))
    return {
      message: `"${text}" is too large a number`,
      fix: 'write a finite number, e.g. 1e300 at most',
    };
  return rhs;
}

function parseRhsText(text: string): ConditionRhs | { message: string; fix: string } {
  if (NUMBER_RE.test(text)) return { kind: 'number', value: Number(text) };
  const percent = PERCENT_RE.exec(text);
  if (percent) return { kind: 'number', value: Number(percent[1]) / 100 };
  const baseline = BASELINE_RE.exec(text);
  if (baseline) {
    const [, op, operand] = baseline;
    if (!op) return { kind: 'baseline', op: null, operand: 0 };
    const k = operand.trim();
    if (NUMBER_RE.test(k)) return { kind: 'baseline', op: op as '*' | '+' | '-', operand: Number(k) };
    const pct = PERCENT_RE.exec(k);
    if (pct && op === '*') {
      const factor = Number(pct[1]) / 100;
      return {
        message: `percent "${k}" is not allowed after baseline`,
        fix: `write "baseline * ${factor}" for ${k} of baseline`,
      };
    }
    return {
      message: `"${k}" is not a number`,
      fix: `write baseline ${op} K with K a plain number, e.g. "baseline ${op} 1.2"`,
    };
  }
  if (/%/.test(text))
    return {
      message: `"${text}" is not a valid percent`,
      fix: 'write a number followed by %, e.g. "<= 1.5%"',
    };
  if (/^base/i.test(text))
    return {
      message: `"${text}" is not a baseline expression`,
      fix: 'write baseline, baseline * K, baseline + K or baseline - K',
    };
  return {
    message: `"${text}" is neither a number nor a baseline expression`,
    fix: 'write a number (300, 0.01, 1e-3, 1%) or baseline, baseline * K, baseline + K, baseline - K',
  };
}

/** True when `value OP limit` holds. */
export function compare(op: Comparator, value: number, limit: number): boolean {
  switch (op) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
    case '==':
      return value === limit;
    case '!=':
      return value !== limit;
  }
}

/** The number a value is compared against in one window; null when it needs a baseline the window lacks. */
export function resolveLimit(rhs: ConditionRhs, baselineValue: number | null | undefined): number | null {
  if (rhs.kind === 'number') return rhs.value;
  if (baselineValue === null || baselineValue === undefined || !Number.isFinite(baselineValue)) return null;
  switch (rhs.op) {
    case null:
      return baselineValue;
    case '*':
      return baselineValue * rhs.operand;
    case '+':
      return baselineValue + rhs.operand;
    case '-':
      return baselineValue - rhs.operand;
  }
}

export function usesBaseline(condition: Condition): boolean {
  return condition.rhs.kind === 'baseline';
}

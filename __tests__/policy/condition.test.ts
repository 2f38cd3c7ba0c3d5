import { compare, parseCondition, resolveLimit } from '../../src/policy/condition.js';
import type { Comparator, Condition } from '../../src/policy/types.js';

function parsed(text: string): Condition {
  const result = parseCondition(text);
  if (!result.ok) throw new Error(result.message);
  return result.condition;
}

describe('parseCondition', () => {
  test.each(['<= 1e400', '> -1e999', '< 1e400%', '< baseline * 1e400', '> baseline + -1e309'])(
    '%j overflows to Infinity and is rejected',
    (text) => {
      const result = parseCondition(text);
      expect(result).toMatchObject({ ok: false, fix: 'write a finite number, e.g. 1e300 at most' });
      expect(!result.ok && result.message).toMatch(/is too large a number$/);
    },
  );

  test('1e300 is still a number', () => {
    expect(parsed('<= 1e300').rhs).toEqual({ kind: 'number', value: 1e300 });
  });

  test.each([
    ['<= 300', '<=', { kind: 'number', value: 300 }],
    ['< 0.01', '<', { kind: 'number', value: 0.01 }],
    ['> 1e-3', '>', { kind: 'number', value: 0.001 }],
    ['>= 1%', '>=', { kind: 'number', value: 0.01 }],
    ['<= 12.5%', '<=', { kind: 'number', value: 0.125 }],
    ['== 0', '==', { kind: 'number', value: 0 }],
    ['!= -5', '!=', { kind: 'number', value: -5 }],
    ['>-0.5', '>', { kind: 'number', value: -0.5 }],
    ['< baseline', '<', { kind: 'baseline', op: null, operand: 0 }],
    ['< baseline * 1.1', '<', { kind: 'baseline', op: '*', operand: 1.1 }],
    ['> baseline*5', '>', { kind: 'baseline', op: '*', operand: 5 }],
    ['> baseline + 500', '>', { kind: 'baseline', op: '+', operand: 500 }],
    ['<= baseline - 0.5', '<=', { kind: 'baseline', op: '-', operand: 0.5 }],
  ])('%j', (text, op, rhs) => {
    expect(parsed(text)).toEqual({ text: text.trim(), op, rhs });
  });

  test.each([
    ['300', 'condition "300" does not start with a comparison operator'],
    ['=< 300', 'unknown operator "=<" in condition "=< 300"'],
    ['= 0', 'unknown operator "=" in condition "= 0"'],
    ['<=', 'condition "<=" has no value after "<="'],
    ['<= lots', 'condition "<= lots": "lots" is neither a number nor a baseline expression'],
    ['<= 1,5%', 'condition "<= 1,5%": "1,5%" is not a valid percent'],
    ['< baseline * 110%', 'condition "< baseline * 110%": percent "110%" is not allowed after baseline'],
    ['< baseline * k', 'condition "< baseline * k": "k" is not a number'],
    ['< baselin', 'condition "< baselin": "baselin" is not a baseline expression'],
  ])('%j is rejected', (text, message) => {
    const result = parseCondition(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe(message);
      expect(result.fix.length).toBeGreaterThan(0);
    }
  });

  test('a mistyped operator gets the operator it probably meant', () => {
    expect(parseCondition('=> 3')).toMatchObject({ fix: 'did you mean ">="? write ">= 3"' });
  });
});

describe('compare', () => {
  const cases: [Comparator, number, number, boolean][] = [
    ['<', 1, 2, true],
    ['<', 2, 2, false],
    ['<=', 2, 2, true],
    ['<=', 2.0001, 2, false],
    ['>', 3, 2, true],
    ['>', 2, 2, false],
    ['>=', 2, 2, true],
    ['>=', 1.9999, 2, false],
    ['==', 0, 0, true],
    ['==', 0.1, 0, false],
    ['!=', 0.1, 0, true],
    ['!=', 0, 0, false],
  ];
  test.each(cases)('%s: %d vs %d is %s', (op, value, limit, holds) => {
    expect(compare(op, value, limit)).toBe(holds);
  });
});

describe('resolveLimit', () => {
  test('a number is its own limit, whatever the baseline', () => {
    expect(resolveLimit(parsed('< 3').rhs, null)).toBe(3);
  });
  test.each([
    ['< baseline', 200, 200],
    ['< baseline * 1.2', 200, 240],
    ['> baseline + 500', 200, 700],
    ['> baseline - 50', 200, 150],
  ])('%s with baseline %d is %d', (text, baseline, limit) => {
    expect(resolveLimit(parsed(text).rhs, baseline)).toBeCloseTo(limit, 10);
  });
  test('a baseline limit without a baseline value is null', () => {
    expect(resolveLimit(parsed('< baseline * 2').rhs, null)).toBeNull();
    expect(resolveLimit(parsed('< baseline * 2').rhs, undefined)).toBeNull();
    expect(resolveLimit(parsed('< baseline').rhs, NaN)).toBeNull();
  });
});

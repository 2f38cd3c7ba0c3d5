/**
 * The first final window (src/engine/final-window.ts) is the same whatever window is probed first: for
 * every monotone finality over 1..n and every guess, it is the first k a linear scan finds final, and a
 * right guess costs two judgements.
 */
import fc from 'fast-check';
import { firstFinalWindow } from '../../src/engine/final-window.js';

test('any guess finds the first final window a linear scan finds', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 200 }).chain((n) =>
        fc.record({
          n: fc.constant(n),
          first: fc.integer({ min: 1, max: n }),
          guess: fc.option(fc.integer({ min: -2, max: n + 2 }), { nil: undefined }),
        }),
      ),
      ({ n, first, guess }) => {
        const asked: number[] = [];
        const found = firstFinalWindow(n, guess, (k) => {
          asked.push(k);
          return k >= first;
        });
        expect(found).toBe(first);
        // Each prefix is judged at most once, and never all n (known final) again.
        expect(new Set(asked).size).toBe(asked.length);
        expect(asked).not.toContain(n);
      },
    ),
    { seed: 12, numRuns: 2000 },
  );
});

test('a right guess is two judgements: the guess and the window before it', () => {
  const asked: number[] = [];
  expect(firstFinalWindow(60, 56, (k) => (asked.push(k), k >= 56))).toBe(56);
  expect(asked).toEqual([56, 55]);
});

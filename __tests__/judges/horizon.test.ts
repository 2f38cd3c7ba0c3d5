/**
 * The bake-horizon boundary (src/engine/stats/horizon-boundary.ts) and the t quantile the values judge
 * turns it into: the table against closed forms where they exist and against a simulation of its own
 * (other seeds than the generator's), and the grid's rounding toward wider intervals.
 */
import { horizonCriticalZ } from '../../src/engine/stats/horizon-boundary.js';
import { HORIZON_ALPHAS, HORIZON_WINDOWS } from '../../src/engine/stats/horizon-grid.js';
import { HORIZON_CONSTANTS } from '../../src/engine/stats/horizon-table.js';
import { normalQuantile } from '../../src/engine/stats/normal.js';
import { mulberry32, normal } from '../../src/engine/stats/random.js';
import { tUpperQuantile, tUpperTail } from '../../src/engine/stats/t-dist.js';

describe('bake-horizon boundary', () => {
  test('a 12-window bake has one look: the fixed-sample normal quantile', () => {
    for (const a of [0.05, 0.025, 0.0125, 0.001])
      expect(horizonCriticalZ(12, 12, a)!).toBeCloseTo(-normalQuantile(a), 1);
  });

  test('over 60 independent windows, one side is crossed at about its level, not more', () => {
    const rng = mulberry32(424242);
    const paths = 20_000;
    const level = 0.0125;
    let crossed = 0;
    for (let p = 0; p < paths; p++) {
      let s = 0;
      for (let n = 1; n <= 60; n++) {
        s += normal(rng);
        const z = horizonCriticalZ(n, 60, level);
        if (z !== null && s / Math.sqrt(n) > z) {
          crossed++;
          break;
        }
      }
    }
    const se = Math.sqrt((level * (1 - level)) / paths);
    expect(crossed / paths).toBeLessThan(level + 3 * se);
    expect(crossed / paths).toBeGreaterThan(level - 4 * se); // the table is not wildly conservative either
  });

  test('between grid points it takes the longer bake and the smaller level', () => {
    const row = HORIZON_WINDOWS.indexOf(75);
    const col = HORIZON_ALPHAS.indexOf(0.01);
    expect(horizonCriticalZ(61, 61, 0.011)).toBeCloseTo(HORIZON_CONSTANTS[row][col], 12);
    // Constants never fall as the bake grows or the level shrinks.
    for (let i = 1; i < HORIZON_CONSTANTS.length; i++)
      HORIZON_CONSTANTS[i].forEach((c, j) => expect(c).toBeGreaterThanOrEqual(HORIZON_CONSTANTS[i - 1][j]));
    for (const row of HORIZON_CONSTANTS)
      row.forEach((c, j) => j > 0 && expect(c).toBeGreaterThan(row[j - 1]));
  });

  test('outside the table (or before the first look) there is no boundary: the judge uses the mixture', () => {
    expect(horizonCriticalZ(30, 5000, 0.0125)).toBeNull();
    expect(horizonCriticalZ(30, 60, 1e-5)).toBeNull();
    expect(horizonCriticalZ(11, 60, 0.0125)).toBeNull();
    expect(horizonCriticalZ(61, 60, 0.0125)).toBeNull();
  });

  test('early looks are stricter than late ones', () => {
    expect(horizonCriticalZ(12, 60, 0.0125)!).toBeGreaterThan(horizonCriticalZ(60, 60, 0.0125)!);
  });
});

describe('t quantile', () => {
  test('inverts the tail to 1e-9 from half a degree of freedom to ten thousand, down to 1e-12', () => {
    for (const df of [0.5, 1, 1.2, 2, 3, 5, 11, 59, 1e4])
      for (const p of [0.4, 0.1, 0.025, 1e-3, 1e-6, 1e-12]) {
        const t = tUpperQuantile(p, df);
        expect(Math.abs(tUpperTail(t, df) / p - 1)).toBeLessThan(1e-9);
      }
  });
  test('matches published values', () => {
    expect(tUpperQuantile(0.025, 1)).toBeCloseTo(12.706204736, 6);
    expect(tUpperQuantile(0.025, 10)).toBeCloseTo(2.228138852, 8);
    expect(tUpperQuantile(0.005, 3)).toBeCloseTo(5.840909309, 7);
  });
});

/** The statistics under the judges, against values computed by hand (shown) or published algorithms. */
import {
  CountSplitEProcess,
  dirichletMultinomialLogBayesFactor,
  eventShare,
} from '../../src/engine/stats/count-split.js';
import { hodgesLehmann, intervalRank } from '../../src/engine/stats/hodges-lehmann.js';
import { exactUCdf, mannWhitney } from '../../src/engine/stats/mann-whitney.js';
import { normalCdf, normalQuantile } from '../../src/engine/stats/normal.js';
import { binomial, mulberry32, normal, poisson } from '../../src/engine/stats/random.js';
import { rankWithTies } from '../../src/engine/stats/ranks.js';
import { logGamma } from '../../src/engine/stats/special.js';
import {
  RunningMoments,
  tMixtureHalfWidth,
  tMixtureLogBayesFactor,
} from '../../src/engine/stats/t-mixture.js';
import { dependenceBound } from '../../src/engine/stats/dependent-mean.js';

describe('normal distribution', () => {
  test('quantiles match the tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263478740408408, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
  });
  test('CDF matches the tables and inverts the quantile', () => {
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301035, 14);
    expect(normalCdf(1.5)).toBeCloseTo(0.9331927987311419, 14);
    for (const p of [0.001, 0.02, 0.3, 0.5, 0.77, 0.99])
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
    expect(normalCdf(-10)).toBeGreaterThan(0);
    expect(normalCdf(-10)).toBeLessThan(1e-22);
  });
});

test('logGamma: Γ(5) = 24, Γ(0.5) = √π', () => {
  expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
  expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
});

test('ranks: ties share the mean of the ranks they span', () => {
  expect(rankWithTies([3, 1, 4, 1, 5])).toEqual({ ranks: [3, 1.5, 4, 1.5, 5], ties: [2] });
  expect(rankWithTies([2, 2, 2])).toEqual({ ranks: [2, 2, 2], ties: [3] });
});

describe('Mann-Whitney U', () => {
  // x = 1.1 3.4 5.2, y = 0.5 2.0 2.8 4.1: pairs with x above y are 1 + 3 + 4 = 8. The null distribution
  // for m = 3, n = 4 counts partitions of u into at most 3 parts of at most 4:
  // 1 1 2 3 4 4 5 4 4 3 2 1 1 (35 in all), so P(U ≥ 8) = (4 + 3 + 2 + 1 + 1)/35.
  test('small untied samples: exact U and p-value', () => {
    const r = mannWhitney([1.1, 3.4, 5.2], [0.5, 2.0, 2.8, 4.1], 'greater');
    expect(r.u).toBe(8);
    expect(r.exact).toBe(true);
    expect(r.pValue).toBeCloseTo(11 / 35, 12);
    const cdf = exactUCdf(3, 4);
    expect(Array.from(cdf).map((p) => Math.round(p * 35))).toEqual([
      1, 2, 4, 7, 11, 15, 20, 24, 28, 31, 33, 34, 35,
    ]);
  });
  test('exact distribution, larger samples (scipy.stats.mannwhitneyu exact: 0.020046620046620046)', () => {
    const r = mannWhitney(
      [3.1, 4.2, 5.5, 6.0, 7.3, 8.8, 9.1],
      [1.0, 2.2, 2.9, 3.5, 4.0, 4.4, 5.1, 6.2],
      'greater',
    );
    expect(r.u).toBe(46);
    expect(r.pValue).toBeCloseTo(0.020046620046620046, 12);
  });
  // x = 1 2 2 3, y = 2 3 4 5. Pooled ranks: 1 → 1; the three 2s → 3; the two 3s → 5.5; 4 → 7; 5 → 8.
  // R_x = 1 + 3 + 3 + 5.5 = 12.5, U = 12.5 − 4·5/2 = 2.5. Ties 3 and 2: Σ(t³ − t) = 30, so
  // Var U = (16/12)(9 − 30/56) = 11.2857, z = (2.5 − 8 + 0.5)/3.35942 = −1.48835, p = Φ(z) = 0.068329.
  test('ties: normal approximation with tie and continuity correction', () => {
    const r = mannWhitney([1, 2, 2, 3], [2, 3, 4, 5], 'less');
    expect(r.u).toBe(2.5);
    expect(r.exact).toBe(false);
    expect(r.sd).toBeCloseTo(3.3594217189442417, 12);
    expect(r.pValue).toBeCloseTo(0.06832912386907375, 12);
  });
  test('larger tied samples agree with scipy (asymptotic, continuity): 0.035999851513613096', () => {
    const x = [12, 15, 15, 18, 20, 21, 22, 25, 25, 30, 31, 35];
    const y = [10, 11, 12, 14, 15, 16, 18, 18, 19, 20, 22, 24, 26];
    expect(mannWhitney(x, y, 'greater').u).toBe(111.5);
    expect(mannWhitney(x, y, 'greater').pValue).toBeCloseTo(0.035999851513613096, 12);
    expect(mannWhitney(x, y, 'two-sided').pValue).toBeCloseTo(0.07199970302722619, 12);
  });
});

describe('Hodges-Lehmann shift', () => {
  // Differences x − y sorted: −3.0 −1.7 −0.9 −0.7 0.6 0.6 1.1 1.4 2.4 2.9 3.2 4.7; median (0.6 + 1.1)/2.
  const x = [1.1, 3.4, 5.2];
  const y = [0.5, 2.0, 2.8, 4.1];
  test('estimate is the median pairwise difference', () => {
    expect(hodgesLehmann(x, y, 0.9).estimate).toBeCloseTo(0.85, 12);
  });
  test('interval order statistic from the exact U distribution', () => {
    // 90%: P(U ≤ 0) = 1/35 ≤ 0.05 < P(U ≤ 1) = 2/35, k = 1: [D₁, D₁₂]
    const i90 = hodgesLehmann(x, y, 0.9).interval!;
    expect(i90[0]).toBeCloseTo(-3.0, 12);
    expect(i90[1]).toBeCloseTo(4.7, 12);
    // 80%: P(U ≤ 1) = 2/35 ≤ 0.1 < P(U ≤ 2) = 4/35, k = 2: [D₂, D₁₁]
    const i80 = hodgesLehmann(x, y, 0.8).interval!;
    expect(i80[0]).toBeCloseTo(-1.7, 12);
    expect(i80[1]).toBeCloseTo(3.2, 12);
    // 98%: even P(U ≤ 0) = 1/35 > 0.01: too few samples for an interval
    expect(hodgesLehmann(x, y, 0.98).interval).toBeNull();
  });
  test('normal-approximation rank is close to the exact one for larger samples', () => {
    const exact = intervalRank(25, 25, 0.98, false);
    const approx = intervalRank(25, 25, 0.98, true);
    expect(Math.abs(exact - approx)).toBeLessThanOrEqual(2);
  });
});

describe('t-mixture confidence sequence', () => {
  // n = 5, mean 1, sd 1, μ₀ = 0, g = 1: t² = 5, ν = 4, c = 6, u = 1.25:
  // ln B = −½ ln 6 + 2.5·(ln 2.25 − ln(1 + 1.25/6)) = 0.6583408
  test('Bayes factor by hand', () => {
    expect(tMixtureLogBayesFactor(5, 1, 1, 0, 1)).toBeCloseTo(0.6583408068304735, 12);
  });
  test('Bayes factor equals its defining integral (quadrature over δ and log σ)', () => {
    const xs = [0.3, 1.4, -0.2, 0.9, 1.1, 0.6];
    const g = 0.7;
    const logLik = (mu: number, sigma: number) =>
      xs.reduce((s, x) => s - 0.5 * ((x - mu) / sigma) ** 2 - Math.log(sigma), 0);
    let num = 0;
    let den = 0;
    for (let ls = -6; ls <= 4; ls += 0.01) {
      const sigma = Math.exp(ls);
      den += Math.exp(logLik(0, sigma)) * 0.01;
      for (let d = -8; d <= 8; d += 0.02) {
        const prior = Math.exp((-0.5 * d * d) / g) / Math.sqrt(2 * Math.PI * g);
        num += Math.exp(logLik(sigma * d, sigma)) * prior * 0.01 * 0.02;
      }
    }
    const m = new RunningMoments();
    xs.forEach((x) => m.push(x));
    expect(tMixtureLogBayesFactor(m.n, m.mean, m.sd, 0, g)).toBeCloseTo(Math.log(num / den), 3);
  });
  test('half-width is where the Bayes factor reaches 1/α', () => {
    const h = tMixtureHalfWidth(12, 2, 0.05, 1);
    expect(Number.isFinite(h)).toBe(true);
    expect(tMixtureLogBayesFactor(12, 3, 2, 3 - h, 1)).toBeCloseTo(Math.log(20), 9);
    expect(tMixtureHalfWidth(3, 2, 0.05, 1)).toBe(Infinity); // too few observations to conclude anything
  });
  test('degrees of freedom for the scale: n − 1 by default, more of them narrow the boundary', () => {
    expect(tMixtureHalfWidth(12, 2, 0.05, 1, 11)).toBe(tMixtureHalfWidth(12, 2, 0.05, 1));
    expect(tMixtureHalfWidth(12, 2, 0.05, 1, 40)).toBeLessThan(tMixtureHalfWidth(12, 2, 0.05, 1));
    expect(tMixtureHalfWidth(12, 2, 0.05, 1, 1)).toBe(Infinity);
  });
});

describe('dependence bound for the values judge', () => {
  test('r₁ near 0 rules strong dependence out only in a long bake; a clear r₁ reads as the cap', () => {
    expect(dependenceBound(0, 60)).toBeLessThan(0.2);
    expect(dependenceBound(0, 20)).toBe(0.98);
    expect(dependenceBound(0.5, 60)).toBe(0.98);
    for (const n of [40, 60, 120]) {
      const bounds = [-0.3, -0.1, 0, 0.1, 0.2].map((r) => dependenceBound(r, n));
      expect([...bounds].sort((a, b) => a - b)).toEqual(bounds); // monotone in r₁
    }
  });
});

describe('count split e-process (Lindon & Malek)', () => {
  // Two categories, θ₀ = (½, ½), Dirichlet(1, 1), counts (3, 1):
  // B = [B(4, 2)/B(1, 1)] / ½⁴ = (3!·1!/5!) / (1/16) = 0.05 · 16 = 0.8
  test('closed-form Dirichlet-multinomial Bayes factor by hand', () => {
    expect(Math.exp(dirichletMultinomialLogBayesFactor([3, 1], [0.5, 0.5], [1, 1]))).toBeCloseTo(0.8, 12);
    // Three categories, θ₀ = (⅓,⅓,⅓), Dirichlet(1,1,1), counts (2,0,0):
    // B = [Γ(3)Γ(1)Γ(1)/Γ(5)] / [Γ(1)³/Γ(3)] / (⅓)² = (2/24)·2·9 = 1.5
    expect(
      Math.exp(dirichletMultinomialLogBayesFactor([2, 0, 0], [1 / 3, 1 / 3, 1 / 3], [1, 1, 1])),
    ).toBeCloseTo(1.5, 12);
  });
  test('at a constant share it is the one-sided (truncated) Beta-binomial Bayes factor', () => {
    const rho = 0.2;
    const c = 10;
    const [a, b] = [c * rho, c * (1 - rho)];
    const [x, n] = [12, 30];
    const e = new CountSplitEProcess({
      nullRatio: 1,
      side: 'greater',
      concentration: c,
      referenceShare: rho,
      gridSize: 2000,
    });
    e.update(5, 10, rho);
    e.update(7, 20, rho);
    // ∫_{θ₀}^1 θ^{a+x−1}(1−θ)^{b+n−x−1} / ∫_{θ₀}^1 θ^{a−1}(1−θ)^{b−1} / (θ₀^x (1−θ₀)^{n−x}) by the midpoint rule
    const steps = 200000;
    let top = 0;
    let bottom = 0;
    for (let i = 0; i < steps; i++) {
      const t = rho + ((1 - rho) * (i + 0.5)) / steps;
      top += Math.exp((a + x - 1) * Math.log(t) + (b + n - x - 1) * Math.log1p(-t));
      bottom += Math.exp((a - 1) * Math.log(t) + (b - 1) * Math.log1p(-t));
    }
    const expected = Math.log(top / bottom) - x * Math.log(rho) - (n - x) * Math.log1p(-rho);
    expect(e.logE()).toBeCloseTo(expected, 3);
  });
  test('the events expected share follows the rate ratio', () => {
    expect(eventShare(0.05, 1)).toBeCloseTo(0.05, 15);
    expect(eventShare(0.05, 2)).toBeCloseTo(0.1 / 1.05, 15);
  });
  test('evidence grows when the canary takes more than its share, not when it takes less', () => {
    const up = new CountSplitEProcess({
      nullRatio: 1,
      side: 'greater',
      concentration: 20,
      referenceShare: 0.05,
    });
    const down = new CountSplitEProcess({
      nullRatio: 1,
      side: 'greater',
      concentration: 20,
      referenceShare: 0.05,
    });
    for (let k = 0; k < 5; k++) {
      up.update(20, 210, 0.05); // canary has 20 of 210 events at a 5% share: ratio ≈ 2
      down.update(3, 210, 0.05);
    }
    expect(up.logE()).toBeGreaterThan(Math.log(20));
    expect(down.logE()).toBeLessThan(0);
  });
});

describe('samplers', () => {
  test('same seed, same stream', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 5; i++) expect(a.next()).toBe(b.next());
  });
  test('moments of normal, Poisson and binomial draws', () => {
    const rng = mulberry32(7);
    const mean = (f: () => number, k = 20000) => {
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < k; i++) {
        const v = f();
        s += v;
        s2 += v * v;
      }
      return [s / k, s2 / k - (s / k) ** 2];
    };
    const [nm, nv] = mean(() => normal(rng, 3, 2));
    expect(nm).toBeCloseTo(3, 1);
    expect(nv).toBeCloseTo(4, 0);
    for (const lambda of [0.5, 4, 30, 500]) {
      const [pm, pv] = mean(() => poisson(rng, lambda));
      expect(Math.abs(pm - lambda)).toBeLessThan(0.05 * lambda + 0.02);
      expect(Math.abs(pv - lambda)).toBeLessThan(0.08 * lambda + 0.05);
    }
    const [bm, bv] = mean(() => binomial(rng, 950, 0.01));
    expect(bm).toBeCloseTo(9.5, 0);
    expect(Math.abs(bv - 9.405)).toBeLessThan(0.5);
  });
});

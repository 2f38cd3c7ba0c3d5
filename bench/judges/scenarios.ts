/**
 * Canary/baseline scenarios with known truth for the judges' benchmark: a 60-minute bake in 1-minute
 * windows, traffic split canary/baseline, a diurnal drift shared by both tracks (traffic, error rate and
 * latency all move together), and the canary's regression, if any, present from the first window.
 */
import { binomial, lognormal, mulberry32, normal, poisson, type Rng } from '../../src/engine/stats/random.js';

export interface Scenario {
  name: string;
  kind: 'counts' | 'latency';
  /** Is there a regression the judges should catch? */
  regression: boolean;
  /** Requests per minute on both tracks together. */
  totalPerMinute: number;
  canaryShare: number;
  /** Counts: baseline error probability per request and the canary's multiplier. */
  errorRate?: number;
  errorMultiplier?: number;
  /** Counts: per-track, per-window lognormal jitter of the error rate (overdispersion); 0 = Poisson. */
  errorJitter?: number;
  /** Latency: lognormal per-request latency, median 100 ms, sigma 0.5; the canary's shift and sigma factor. */
  latencyShift?: number;
  sigmaFactor?: number;
  /** Latency: per-track, per-window lognormal jitter of the window's p95 (noisy vs quiet baselines). */
  latencyJitter?: number;
  /** The regression starts at this window (default 0: the canary is worse from the start). */
  onset?: number;
}

export interface ScenarioRun {
  canaryRequests: number[];
  baselineRequests: number[];
  canaryErrors: number[];
  baselineErrors: number[];
  /** Per-window p95 latency (ms) per track. */
  canaryP95: number[];
  baselineP95: number[];
  /** The same per 10-second step (6 per window): what Kayenta samples when its step is finer than the window. */
  canaryRateSteps: number[][];
  baselineRateSteps: number[][];
  canaryP95Steps: number[][];
  baselineP95Steps: number[][];
}

export const STEPS = 6;

/** Splits n events uniformly over STEPS steps (a multinomial draw by successive binomials). */
function split(rng: Rng, n: number): number[] {
  const out: number[] = [];
  let left = n;
  for (let i = 0; i < STEPS; i++) {
    const x = i === STEPS - 1 ? left : binomial(rng, left, 1 / (STEPS - i));
    out.push(x);
    left -= x;
  }
  return out;
}

export const WINDOWS = 60;
const LAT_MU = Math.log(100);
const LAT_SIGMA = 0.5;
const Z95 = 1.6448536269514722;
const PHI_Z95 = Math.exp(-0.5 * Z95 * Z95) / Math.sqrt(2 * Math.PI);

/**
 * The p95 of n lognormal(mu, sigma) latencies, drawn from the sample quantile's asymptotic law
 * (log-scale sd = sigma·√(p(1 − p)/n)/φ(z₉₅)) instead of simulating every request.
 */
function sampleP95(rng: Rng, n: number, mu: number, sigma: number): number {
  if (n < 1) return NaN;
  const sd = (sigma * Math.sqrt((0.95 * 0.05) / n)) / PHI_Z95;
  return Math.exp(mu + Z95 * sigma + normal(rng, 0, sd));
}

/** Splits `events` over steps in proportion to their requests (successive binomials). */
function splitWithin(rng: Rng, events: number, requests: number[]): number[] {
  const out: number[] = [];
  let left = events;
  let total = requests.reduce((a, b) => a + b, 0);
  for (const r of requests) {
    const x = total > 0 ? binomial(rng, left, r / total) : 0;
    out.push(x);
    left -= x;
    total -= r;
  }
  return out;
}

export function generate(s: Scenario, seed: number): ScenarioRun {
  const rng = mulberry32(seed * 7919 + 17);
  const phase = rng.next() * 2 * Math.PI;
  const run: ScenarioRun = {
    canaryRequests: [],
    baselineRequests: [],
    canaryErrors: [],
    baselineErrors: [],
    canaryP95: [],
    baselineP95: [],
    canaryRateSteps: [],
    baselineRateSteps: [],
    canaryP95Steps: [],
    baselineP95Steps: [],
  };
  for (let k = 0; k < WINDOWS; k++) {
    const on = k >= (s.onset ?? 0);
    // A quarter of a 4-hour cycle over the bake: traffic ±30%, error rate ±20%, latency ±10%, shared.
    const wave = Math.sin(phase + (2 * Math.PI * k) / 240);
    const traffic = s.totalPerMinute * (1 + 0.3 * wave);
    const rc = poisson(rng, traffic * s.canaryShare);
    const rb = poisson(rng, traffic * (1 - s.canaryShare));
    run.canaryRequests.push(rc);
    run.baselineRequests.push(rb);
    const p = (s.errorRate ?? 0.01) * (1 + 0.2 * wave);
    const jitter = s.errorJitter ?? 0;
    const pc = Math.min(
      1,
      p * (on ? (s.errorMultiplier ?? 1) : 1) * (jitter ? lognormal(rng, 0, jitter) : 1),
    );
    const pb = Math.min(1, p * (jitter ? lognormal(rng, 0, jitter) : 1));
    const ec = binomial(rng, rc, pc);
    const eb = binomial(rng, rb, pb);
    run.canaryErrors.push(ec);
    run.baselineErrors.push(eb);
    const rates = (reqs: number[], errs: number[]) => reqs.map((r, i) => (r > 0 ? errs[i] / r : NaN));
    const rcs = split(rng, rc);
    const rbs = split(rng, rb);
    run.canaryRateSteps.push(rates(rcs, splitWithin(rng, ec, rcs)));
    run.baselineRateSteps.push(rates(rbs, splitWithin(rng, eb, rbs)));
    const mu = LAT_MU + Math.log(1 + 0.1 * wave);
    const muC = mu + Math.log(1 + (on ? (s.latencyShift ?? 0) : 0));
    const sigmaC = LAT_SIGMA * (on ? (s.sigmaFactor ?? 1) : 1);
    const lj = s.latencyJitter ?? 0;
    // The jitter is the track's state during the minute (a slow pod, a noisy neighbour): its steps share it.
    const jc = lj ? lognormal(rng, 0, lj) : 1;
    const jb = lj ? lognormal(rng, 0, lj) : 1;
    run.canaryP95.push(sampleP95(rng, rc, muC, sigmaC) * jc);
    run.baselineP95.push(sampleP95(rng, rb, mu, LAT_SIGMA) * jb);
    run.canaryP95Steps.push(rcs.map((n) => sampleP95(rng, n, muC, sigmaC) * jc));
    run.baselineP95Steps.push(rbs.map((n) => sampleP95(rng, n, mu, LAT_SIGMA) * jb));
  }
  return run;
}

const HIGH = 20000; // canary 1,000 requests/min at a 5% share
const LOW = 1000; // canary 50 requests/min at a 5% share

export const SCENARIOS: Scenario[] = [
  {
    name: 'errors: no change, high traffic',
    kind: 'counts',
    regression: false,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
  },
  {
    name: 'errors: no change, low traffic',
    kind: 'counts',
    regression: false,
    totalPerMinute: LOW,
    canaryShare: 0.05,
  },
  {
    name: 'errors: no change, 25% share',
    kind: 'counts',
    regression: false,
    totalPerMinute: HIGH,
    canaryShare: 0.25,
  },
  {
    name: 'errors: ×1.5, high traffic',
    kind: 'counts',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    errorMultiplier: 1.5,
  },
  {
    name: 'errors: ×2, high traffic',
    kind: 'counts',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    errorMultiplier: 2,
  },
  {
    name: 'errors: ×5, high traffic',
    kind: 'counts',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    errorMultiplier: 5,
  },
  {
    name: 'errors: ×2, low traffic',
    kind: 'counts',
    regression: true,
    totalPerMinute: LOW,
    canaryShare: 0.05,
    errorMultiplier: 2,
  },
  {
    name: 'errors: ×5, low traffic',
    kind: 'counts',
    regression: true,
    totalPerMinute: LOW,
    canaryShare: 0.05,
    errorMultiplier: 5,
  },
  {
    name: 'errors: ×5 from minute 30, high traffic',
    kind: 'counts',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    errorMultiplier: 5,
    onset: 30,
  },
  {
    name: 'p95: no change, quiet',
    kind: 'latency',
    regression: false,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.02,
  },
  {
    name: 'p95: no change, noisy',
    kind: 'latency',
    regression: false,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.1,
  },
  {
    name: 'p95: no change, low traffic',
    kind: 'latency',
    regression: false,
    totalPerMinute: LOW,
    canaryShare: 0.05,
    latencyJitter: 0.02,
  },
  {
    name: 'p95: +10%, quiet',
    kind: 'latency',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.02,
    latencyShift: 0.1,
  },
  {
    name: 'p95: +30%, quiet',
    kind: 'latency',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.02,
    latencyShift: 0.3,
  },
  {
    name: 'p95: +10%, noisy',
    kind: 'latency',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.1,
    latencyShift: 0.1,
  },
  {
    name: 'p95: +30%, noisy',
    kind: 'latency',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.1,
    latencyShift: 0.3,
  },
  {
    name: 'p95: +30%, low traffic',
    kind: 'latency',
    regression: true,
    totalPerMinute: LOW,
    canaryShare: 0.05,
    latencyJitter: 0.02,
    latencyShift: 0.3,
  },
  {
    name: 'p95: variance ×2, quiet',
    kind: 'latency',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.02,
    sigmaFactor: Math.SQRT2,
  },
  {
    name: 'p95: +30% from minute 30, quiet',
    kind: 'latency',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    latencyJitter: 0.02,
    latencyShift: 0.3,
    onset: 30,
  },
];

/** Stress cases outside the judges' assumptions, reported separately. */
export const STRESS: Scenario[] = [
  {
    name: 'errors: no change, overdispersed (±30% per track per window)',
    kind: 'counts',
    regression: false,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    errorJitter: 0.3,
  },
  {
    name: 'errors: ×2, overdispersed (±30% per track per window)',
    kind: 'counts',
    regression: true,
    totalPerMinute: HIGH,
    canaryShare: 0.05,
    errorMultiplier: 2,
    errorJitter: 0.3,
  },
];

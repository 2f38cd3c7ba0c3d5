/**
 * A bake judged by every statistical judge (sequential counts and values, mann-whitney, spike, a stage
 * score), with deterministic data, through the real engine and report builder.
 */
import type { BakeData, Series } from '../../../src/engine/types.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { judgeToReport } from './judge-to-report.js';
import type { Report } from '../../../src/report/types.js';

export const JUDGED_POLICY = (bake: string) => `version: 1
window: 1m
metrics:
  errors:
    query: sum(increase(http_requests_total{track="canary",code=~"5.."}[{{window}}]))
    baseline: sum(increase(http_requests_total{track="stable",code=~"5.."}[{{window}}]))
    judge: { type: sequential, kind: counts, requests: requests, alpha: 0.05, allowed-effect: 0.1 }
  requests:
    query: sum(increase(http_requests_total{track="canary"}[{{window}}]))
    baseline: sum(increase(http_requests_total{track="stable"}[{{window}}]))
  p95_ms:
    query: histogram_quantile(0.95, sum by (le) (rate(h_bucket{track="canary"}[{{window}}])))
    baseline: histogram_quantile(0.95, sum by (le) (rate(h_bucket{track="stable"}[{{window}}])))
    judge: { type: sequential, kind: values, allowed-effect: 0.05 }
  p75_ms:
    query: histogram_quantile(0.75, sum by (le, pod) (rate(h_bucket{track="canary"}[{{window}}])))
    baseline: histogram_quantile(0.75, sum by (le, pod) (rate(h_bucket{track="stable"}[{{window}}])))
    judge: { type: mann-whitney, scope: window, for: 2m }
  denials:
    query: sum(rate(denials_total{track="canary"}[{{window}}]))
    judge: { type: spike, sigmas: 3, trailing: 12m, action: pause }
  synthetic_success:
    query: avg(avg_over_time(probe_success{track="canary"}[{{window}}]))
stages:
  canary:
    traffic: 5
    bake: ${bake}
    gates:
      synthetic_success: ">= 0.99"
    score: { min: 0.95, for: 2m }
`;

export interface JudgedOptions {
  windows?: number;
  /**
   * The canary regresses: errors ×3, p95 +30%, p75 +30%, a denial spike, probes failing. Errors ×3 (not ×2)
   * so the counts judge, its evidence tempered by the estimated overdispersion, still decides at window 2,
   * where the bake's verdict becomes final (watch and lookback agree, DESIGN §2).
   */
  regress?: boolean;
  /** The counts judge may promote early (\`promote-early: true\`). */
  promoteEarly?: boolean;
  /** Canary errors per window (of 1,000 requests; the baseline has about 190 of 19,000). */
  canaryErrors?: number;
}

const SINCE = Date.parse('2026-11-20T10:00:00Z') / 1000;

/** Deterministic wobble in [-1, 1] so every statistic sees some variance. */
const wobble = (k: number, phase: number) => Math.sin(k * 1.7 + phase) * Math.cos(k * 0.31 + 2 * phase);

function series(values: (number | null)[], labels: Record<string, string> = {}): Series {
  return { labels, values };
}

export function judgedData(opts: JudgedOptions = {}): BakeData {
  const n = opts.windows ?? 30;
  const bad = opts.regress ?? true;
  const ks = Array.from({ length: n }, (_, k) => k);
  const pods = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  return {
    windowSeconds: 60,
    windowsExpected: n,
    windowsObserved: n,
    since: SINCE,
    metrics: {
      errors: {
        series: [
          series(ks.map((k) => (opts.canaryErrors ?? (bad ? 30 : 10)) + Math.round(2 * wobble(k, 1)))),
        ],
        baseline: [series(ks.map((k) => 190 + Math.round(10 * wobble(k, 2))))],
      },
      requests: {
        series: [series(ks.map(() => 1000))],
        baseline: [series(ks.map(() => 19000))],
      },
      p95_ms: {
        series: [series(ks.map((k) => (bad ? 260 : 200) * (1 + 0.05 * wobble(k, 3))))],
        baseline: [series(ks.map((k) => 200 * (1 + 0.05 * wobble(k, 4))))],
      },
      p75_ms: {
        series: pods.map((pod, p) =>
          series(
            ks.map((k) => (bad ? 130 : 100) + p * 1.1 + 3 * wobble(k, p)),
            { pod },
          ),
        ),
        baseline: pods.map((pod, p) =>
          series(
            ks.map((k) => 100 + p * 1.3 + 3 * wobble(k, p + 10)),
            { pod },
          ),
        ),
      },
      denials: {
        series: [series(ks.map((k) => (bad && k === 20 ? 30 : 10 + wobble(k, 5))))],
      },
      synthetic_success: {
        series: [series(ks.map((k) => (bad && k >= 6 && k < 10 ? 0.9 : 1)))],
      },
    },
  };
}

export function judgedReport(opts: JudgedOptions = {}): Report {
  const n = opts.windows ?? 30;
  const path = '.github/canary-gate.yml';
  let text = JUDGED_POLICY(`${n}m`);
  if (opts.promoteEarly)
    text = text.replace('allowed-effect: 0.1 }', 'allowed-effect: 0.1, promote-early: true }');
  const policy = loadPolicy(text, path);
  const stage = policy.stages.canary;
  const data = judgedData(opts);
  return judgeToReport(policy, stage, data, 'bake.json');
}

/** Reports built by hand for the renderer tests: shapes the report builder produces, at any size. */
import type { Report, ReportCheck, ReportMetric } from '../../../src/report/types.js';

export interface FixtureOptions {
  windows?: number;
  windowSeconds?: number;
  metrics?: number;
  /** Every metric violates its gate in some windows. */
  failing?: boolean;
  since?: string | null;
}

/** A deterministic wave with spikes, so sparklines and charts have something to show. */
function wave(n: number, m: number, failing: boolean): (number | null)[] {
  return Array.from({ length: n }, (_, k) => {
    if (k % 97 === 13) return null;
    const base = 200 + 40 * Math.sin((k + m) / 7);
    return failing && k % 10 >= 8 ? 450 + m : Math.round(base * 100) / 100;
  });
}

export function fixtureReport(opts: FixtureOptions = {}): Report {
  const n = opts.windows ?? 6;
  const w = opts.windowSeconds ?? 300;
  const count = opts.metrics ?? 2;
  const failing = opts.failing ?? true;
  const since = opts.since === undefined ? '2026-11-20T10:00:00.000Z' : opts.since;
  const metrics: Record<string, ReportMetric> = {};
  const checks: ReportCheck[] = [];
  for (let m = 0; m < count; m++) {
    const name = `latency_${m}`;
    const values = wave(n, m, failing);
    metrics[name] = {
      query: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout",m="${m}"}[5m])))`,
      baseline_query: m === 0 ? `histogram_quantile(0.95, sum by (le) (rate(x{track="stable"}[5m])))` : null,
      unit: 'ms',
      values: [{ labels: m === 1 ? { pod: 'a|b' } : {}, values }],
      baseline_values: m === 0 ? [{ labels: {}, values: values.map((v) => (v === null ? null : 210)) }] : [],
      warnings: [],
      source_error: null,
    };
    const violating = values.flatMap((v, k) => (v !== null && v > 300 ? [k] : []));
    const worstIndex = values.reduce<number>(
      (best, v, k) => (v !== null && (values[best] ?? -Infinity) < v ? k : best),
      0,
    );
    checks.push({
      kind: 'gate',
      metric: name,
      condition: m === 0 ? '<= baseline * 1.5' : '<= 300',
      for_seconds: w,
      action: 'gate',
      status: violating.length ? 'fail' : 'pass',
      violating_windows: violating,
      worst: {
        value: values[worstIndex],
        window: worstIndex,
        window_label: '',
        labels: metrics[name].values[0].labels,
        limit: m === 0 ? 315 : 300,
      },
      policy_line: 20 + m,
      reasons: violating.length ? [`${name} <= 300 violated in ${violating.length} of ${n} windows`] : [],
    });
    checks.push({
      kind: 'rollback',
      metric: name,
      condition: '> 400',
      for_seconds: 2 * w,
      action: m % 2 ? 'notify' : 'rollback',
      status: violating.length ? 'fail' : 'pass',
      violating_windows: violating,
      worst: { value: values[worstIndex], window: worstIndex, window_label: '', labels: {}, limit: 400 },
      policy_line: 60 + m,
      reasons: violating.length ? [`${name} > 400 for ${formatMinutes(2 * w)}`] : [],
    });
  }
  const anyFail = checks.some((c) => c.status === 'fail');
  return {
    schema_version: 1,
    decision: anyFail ? 'rollback' : 'promote',
    gate_passed: !anyFail,
    rollback_triggered: anyFail,
    rollback_reasons: anyFail
      ? checks.filter((c) => c.kind === 'rollback' && c.status === 'fail').map((c) => c.reasons[0])
      : [],
    gate_fail_reasons: anyFail
      ? checks.filter((c) => c.kind === 'gate' && c.status === 'fail').map((c) => c.reasons[0])
      : [],
    inconclusive_reasons: [],
    warnings: [],
    stage: 'canary_5',
    traffic: 5,
    mode: 'lookback',
    dry_run: false,
    window_seconds: w,
    bake: {
      since,
      until: since ? new Date(Date.parse(since) + n * w * 1000).toISOString() : null,
      windows_expected: n,
      windows_observed: n,
      window_labels: Array.from({ length: n }, (_, k) =>
        since ? new Date(Date.parse(since) + k * w * 1000).toISOString() : `+${(k * w) / 60}m`,
      ),
    },
    checks,
    metrics,
    metrics_delta: {},
    smoke_returncode: null,
    source: { kind: 'prometheus', url: 'http://127.0.0.1:9090' },
    provenance: {
      repository: 'acme/shop',
      sha: 'abc123',
      run_id: '42',
      run_attempt: '1',
      workflow: 'deploy',
      policy_path: '.github/canary-gate.yml',
      policy_sha256: 'f'.repeat(64),
    },
    generated_at: '2026-11-20T12:00:00.000Z',
  };
}

function formatMinutes(seconds: number): string {
  return `${seconds / 60}m`;
}

/** The fenced ```mermaid blocks of a markdown text, without the fences. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
}

/**
 * History from a Prometheus-compatible API: each query once over the whole span, through the same source a
 * gate run uses (its templating, error mapping and the client's split at 11,000 points).
 * - the query and a per-window baseline: one query_range over every window of the span;
 * - `baseline: before`: the gate sends one instant query at each bake's start; here that is one query_range
 *   stepped by the bake interval, whose points are those instant values.
 */
import type { MetricSpec } from '../policy/types.js';
import { alertQuery, meanBeforeQuery } from '../sources/prometheus-queries.js';
import type { PrometheusSource } from '../sources/prometheus.js';
import type { HistoryLoader, HistoryRequest, MetricHistory, PrepareRequest } from './history.js';
import { preflightAhead, type StartedProbes } from './prefetch.js';

export class PrometheusHistory implements HistoryLoader {
  readonly kind = 'prometheus' as const;
  readonly displayUrl: string;
  /** The preflights' answers, shared by the two policies of a --compare until history is loaded. */
  private readonly probes: StartedProbes = new Map();

  constructor(private readonly source: PrometheusSource) {
    this.displayUrl = source.displayUrl;
  }

  async load(req: HistoryRequest): Promise<MetricHistory> {
    // Every preflight is over: what they hand on is with the source, until each read takes it.
    this.probes.clear();
    const { grid, metric, policy } = req;
    const before = metric.baseline?.kind === 'before';
    const main = await this.source.fetch({
      ...req,
      metric: before ? { ...metric, baseline: undefined } : metric,
      span: { since: grid.start, windowSeconds: grid.windowSeconds, windowsExpected: grid.windows },
      first: 0,
      count: grid.windows,
    });
    const history: MetricHistory = { series: main.series, baseline: main.baseline, warnings: main.warnings };
    if (before) {
      const own =
        metric.alert !== undefined ? alertQuery(metric.alert, policy.windowText) : (metric.query ?? '');
      const meanBefore: MetricSpec = {
        ...metric,
        alert: undefined,
        baseline: undefined,
        query: meanBeforeQuery(own, req.stage.bakeSeconds, policy.windowSeconds),
      };
      const base = await this.source.fetch({
        ...req,
        metric: meanBefore,
        // Point i of this span is at firstBake + i·every: the start of bake i.
        span: {
          since: grid.firstBake - grid.everySeconds,
          windowSeconds: grid.everySeconds,
          windowsExpected: grid.bakes,
        },
        first: 0,
        count: grid.bakes,
      });
      history.baselinePerBake = base.series;
      for (const w of base.warnings) if (!history.warnings.includes(w)) history.warnings.push(w);
    }
    return history;
  }

  /**
   * The gate's preflight over the whole span: bad credentials, URL or query end the backtest at once. A
   * span long past is handed on as it is probed, so its probes are the history's only requests.
   */
  async prepare(req: PrepareRequest): Promise<string[]> {
    const { grid } = req;
    const end = grid.start + grid.windows * grid.windowSeconds;
    const checked = await preflightAhead(
      this.source,
      {
        policy: req.policy,
        stage: req.stage,
        metrics: req.metrics,
        vars: req.vars,
        span: { since: grid.start, windowSeconds: grid.windowSeconds, windowsExpected: grid.windows },
        // Every window of the span is probed (it has ended); the real time says whether it can still change.
        now: Math.max(end, req.now),
      },
      this.probes,
    );
    this.source.markPreflightPassed();
    return checked.warnings;
  }

  stats() {
    return this.source.stats();
  }

  close(): void {
    this.source.close();
  }
}

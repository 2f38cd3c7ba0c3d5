/**
 * The backtest's preflight, with its range probes sent 4 at a time. The gate's preflight (../sources/
 * preflight.ts) probes each query over the whole span one after the other and hands each answer on to the
 * read of that same range; over a backtest's span those probes are the whole history, so one at a time
 * they were most of the wait. Here the same requests are started ahead, side by side, and the preflight
 * takes them as it comes to them: it sees the same answers and errors, in the same order. A --compare runs
 * a preflight per policy: the second takes the answers the first had for the same query and range.
 */
import { LAG_HORIZON_SECONDS } from '../sources/backend-lag.js';
import { preflight, type PreflightRequest, type PreflightResult } from '../sources/preflight.js';
import type { PrometheusClient, QueryResult } from '../sources/prometheus-client.js';
import { planQueries } from '../sources/prometheus-queries.js';
import type { PrometheusSource } from '../sources/prometheus.js';

/** As many requests at once as a bake's reads (runBake's default concurrency). */
const CONCURRENCY = 4;

/** Answers started for a preflight, by range and query, for the later preflights of the same backtest. */
export type StartedProbes = Map<string, Promise<QueryResult>>;

export async function preflightAhead(
  source: PrometheusSource,
  /** `now` at or after the span's end. */
  req: PreflightRequest,
  started: StartedProbes,
): Promise<PreflightResult> {
  const { span } = req;
  const first = span.since + span.windowSeconds;
  const last = span.since + span.windowsExpected * span.windowSeconds;
  // Only probes the preflight hands on are worth starting early: others it would send once, as it does.
  const handedOn = req.now >= last + req.policy.settleSeconds + LAG_HORIZON_SECONDS;
  const key = (query: string) => `${first}\u0000${last}\u0000${span.windowSeconds}\u0000${query}`;
  const queries = handedOn ? rangeQueries(req).filter((q) => !started.has(key(q))) : [];
  let failed = false;
  let next = 0;
  const worker = async () => {
    // After a failure the rest is left to the preflight, which stops at the first unreachable probe.
    while (next < queries.length && !failed) {
      const query = queries[next++];
      const answer = source.client.queryRange(query, first, last, span.windowSeconds);
      started.set(key(query), answer);
      // A probe that took the request sees it fail; one that comes later asks again, as it would have.
      await answer.catch(() => {
        started.delete(key(query));
        failed = true;
      });
    }
  };
  const workers = Promise.all(Array.from({ length: CONCURRENCY }, worker));
  try {
    return await preflight(withStarted(source, started, key, first, last, span.windowSeconds), req);
  } finally {
    failed = true; // a preflight that ended early starts nothing more
    await workers;
  }
}

/** The range probes of ../sources/preflight.ts, in its order (the same plan, over the same span). */
function rangeQueries(req: PreflightRequest): string[] {
  const out: string[] = [];
  for (const metric of req.metrics) {
    const plan = planQueries({
      policy: req.policy,
      stage: req.stage,
      metric,
      vars: req.vars,
      bakeSeconds: req.span.windowsExpected * req.span.windowSeconds,
    });
    if (!out.includes(plan.query)) out.push(plan.query);
    if (plan.baseline.kind === 'range' && !out.includes(plan.baseline.query)) out.push(plan.baseline.query);
  }
  return out;
}

/** The source as the preflight sees it: its query_range over the span answered by a started request. */
function withStarted(
  source: PrometheusSource,
  started: StartedProbes,
  key: (query: string) => string,
  first: number,
  last: number,
  step: number,
): PrometheusSource {
  const real = source.client;
  const client: Pick<PrometheusClient, 'query' | 'queryRange' | 'get'> = {
    query: (query, time) => real.query(query, time),
    get: (path, params) => real.get(path, params),
    // A span long past answers the same at every read: a query asked twice takes the same answer.
    queryRange: (query, start, end, s) =>
      (start === first && end === last && s === step ? started.get(key(query)) : undefined) ??
      real.queryRange(query, start, end, s),
  };
  // Everything else (handOn, displayUrl) is the source itself.
  return Object.create(source, { client: { value: client } }) as PrometheusSource;
}

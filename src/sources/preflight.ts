/**
 * The preflight (DESIGN §2): before the first window, every query and baseline is sent once and every
 * `alert:` name looked up in the backend's rules, so misconfiguration ends the run at once as an input
 * error (exit 64, action `decision: error`) instead of five minutes and a settle into a watch:
 * - 401/403: the credentials; 404/405: the base URL; 400/422 (or `status: error`): the query, at its line;
 * - a query with no series over the span to be judged: a warning naming the metric;
 * - an alert the rules API does not list: an input error with a did-you-mean; no rules API: a warning.
 * A server that cannot be reached, or answers garbage, is not misconfiguration: the preflight warns and the
 * bake follows `on-source-error`, as it does for every failure after the preflight.
 */
import type { MetricSpec, Policy, PolicyIssue, StageSpec } from '../policy/types.js';
import { PolicyError } from '../policy/errors.js';
import { InputError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { LAG_HORIZON_SECONDS } from './backend-lag.js';
import { AnswerShapeError, alertRuleNames, namesBuildVersion } from './prometheus-answer.js';
import { PrometheusQueryRejectedError, PrometheusUnavailableError } from './prometheus-errors.js';
import { planQueries } from './prometheus-queries.js';
import type { PrometheusSource } from './prometheus.js';
import type { BakeSpan } from './types.js';

export interface PreflightRequest {
  policy: Policy;
  stage: StageSpec;
  /** The metrics the bake reads. */
  metrics: MetricSpec[];
  vars: Record<string, string>;
  span: BakeSpan;
  /** Unix seconds. */
  now: number;
}

export interface PreflightResult {
  /** For the log, the summary and the report. */
  warnings: string[];
}

/** Stops the preflight: the server is not reachable now, the bake will find out per `on-source-error`. */
class Unreachable extends Error {}

export async function preflight(source: PrometheusSource, req: PreflightRequest): Promise<PreflightResult> {
  const { policy, span } = req;
  const client = source.client;
  const url = source.displayUrl;
  const warnings: string[] = [];
  const issues: PolicyIssue[] = [];
  const end = span.since + span.windowsExpected * span.windowSeconds;
  // Windows already closed are probed as the bake reads them; a watch that starts now is probed at now.
  const closed = Math.min(span.windowsExpected, Math.floor((req.now - span.since) / span.windowSeconds));
  const iso = (t: number) => new Date(t * 1000).toISOString();
  const spanText =
    closed >= 1
      ? `over ${iso(span.since)}–${iso(span.since + closed * span.windowSeconds)}`
      : `at ${iso(Math.min(req.now, end))}`;

  /** One request; misconfiguration throws, anything else is a warning (and stops the rest). */
  const send = async <T>(what: string, at: MetricSpec | null, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (err) {
      if (err instanceof PrometheusQueryRejectedError) {
        serverError(url, err, what);
        if (at === null) return null;
        const pos = (what === 'baseline query' ? at.baselinePos : at.queryPos) ?? at.pos;
        issues.push({
          file: policy.path,
          line: pos.line,
          column: pos.column,
          message: `metric "${at.name}": ${url} rejected its ${what} (HTTP ${err.status}): ${err.prometheusMessage}`,
          fix: 'fix the query as the server says; try it on the server first, e.g. in its /graph page',
        });
        return null;
      }
      if (err instanceof PrometheusUnavailableError || err instanceof AnswerShapeError) {
        warnings.push(
          `preflight: ${err instanceof AnswerShapeError ? `${url} sent an answer that is not a Prometheus API answer: ${err.problem}` : err.message}; ` +
            'the queries could not be checked before the bake, which follows on-source-error',
        );
        throw new Unreachable();
      }
      throw err;
    }
  };

  const probe = async (metric: MetricSpec, what: string, query: string, instantAt?: number) => {
    const result = await send(what, metric, async () => {
      if (instantAt !== undefined || closed < 1)
        return client.query(query, instantAt ?? Math.min(req.now, end));
      const first = span.since + span.windowSeconds;
      const last = span.since + closed * span.windowSeconds;
      const answer = await client.queryRange(query, first, last, span.windowSeconds);
      // A bake long over reads exactly this range, and it reads the same now as later: asked once.
      if (closed === span.windowsExpected && req.now >= last + policy.settleSeconds + LAG_HORIZON_SECONDS)
        source.handOn(query, first, last, span.windowSeconds, answer);
      return answer;
    });
    if (result && result.series.length === 0 && metric.alert === undefined) {
      warnings.push(
        `${metric.name}: its ${what} returned no series ${spanText}; check its selectors and labels (every window would be missing)`,
      );
    }
  };

  try {
    for (const metric of req.metrics) {
      const plan = planQueries({
        policy,
        stage: req.stage,
        metric,
        vars: req.vars,
        bakeSeconds: span.windowsExpected * span.windowSeconds,
      });
      await probe(metric, 'query', plan.query);
      if (plan.baseline.kind === 'range') await probe(metric, 'baseline query', plan.baseline.query);
      if (plan.baseline.kind === 'instant') {
        await probe(metric, 'baseline query', plan.baseline.query, Math.min(span.since, req.now));
      }
    }
    if (issues.length === 0) await checkAlerts(source, req.metrics, policy, issues, warnings, send);
  } catch (err) {
    if (!(err instanceof Unreachable)) throw err;
  }
  if (issues.length > 0) throw new PolicyError(issues);
  return { warnings };
}

type Send = <T>(what: string, at: MetricSpec | null, run: () => Promise<T>) => Promise<T | null>;

/** Every `alert:` name looked up in `/api/v1/rules`. */
async function checkAlerts(
  source: PrometheusSource,
  metrics: MetricSpec[],
  policy: Policy,
  issues: PolicyIssue[],
  warnings: string[],
  send: Send,
): Promise<void> {
  const alerts = metrics.filter((m) => m.alert !== undefined);
  if (alerts.length === 0) return;
  const url = source.displayUrl;
  const unverified = (why: string) => {
    for (const m of alerts) {
      warnings.push(
        `${m.name}: alert "${m.alert}" could not be verified: ${why}; a misspelt or unloaded alert reads as never firing`,
      );
    }
  };
  let names: string[];
  try {
    const body = await source.client.get('/api/v1/rules', { type: 'alert' });
    names = alertRuleNames(body);
  } catch (err) {
    if (err instanceof PrometheusQueryRejectedError && err.status !== 401 && err.status !== 403) {
      return unverified(`${url} has no rules API (HTTP ${err.status} from /api/v1/rules)`);
    }
    if (err instanceof AnswerShapeError)
      return unverified(`${url}/api/v1/rules answered oddly: ${err.problem}`);
    // Refused credentials end the run; an unreachable server ends the preflight with a warning.
    await send('rules', null, () => Promise.reject(err));
    return unverified(`${url}/api/v1/rules refused the request`);
  }
  if (names.length === 0) {
    // VictoriaMetrics without vmalert answers an empty list in place of a rules API; Prometheus, Thanos and
    // Mimir name their version in buildinfo, VictoriaMetrics does not.
    const info = await source.client.get('/api/v1/status/buildinfo').catch(() => null);
    if (!info || !namesBuildVersion(info)) {
      return unverified(`${url} lists no alerting rules (VictoriaMetrics without vmalert answers so)`);
    }
  }
  for (const m of alerts) {
    if (names.includes(m.alert!)) continue;
    const listed = names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
    issues.push({
      file: policy.path,
      line: m.pos.line,
      column: m.pos.column,
      message:
        names.length === 0
          ? `metric "${m.name}": alert "${m.alert}" is unknown: ${url} loads no alerting rules at all`
          : `metric "${m.name}": alert "${m.alert}" is not an alerting rule of ${url}${didYouMean(m.alert!, names)}`,
      fix:
        names.length === 0
          ? 'load the rule file that defines it (rule_files in prometheus.yml) or fix the alert name'
          : `use one of the loaded alerts (${listed}) or load the rule that defines it`,
    });
  }
}

/** 401/403 and 404/405 are the server's configuration, not a query's: one input error, at once. */
function serverError(url: string, err: PrometheusQueryRejectedError, what: string): void {
  if (err.status === 401 || err.status === 403) {
    throw new InputError(
      url,
      `refused the credentials (HTTP ${err.status}: ${err.prometheusMessage})`,
      'check the token, username/password and headers (e.g. X-Scope-OrgID for Mimir and Cortex) given for Prometheus',
    );
  }
  if (err.status === 404 || err.status === 405) {
    throw new InputError(
      url,
      `answered the ${what} with HTTP ${err.status} (${err.prometheusMessage}): not the base URL of a Prometheus API`,
      'give the URL the API is under, the part before /api/v1, e.g. http://prometheus:9090 or https://mimir.example/prometheus',
    );
  }
}

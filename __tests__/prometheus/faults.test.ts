/**
 * Faults between canary-gate and a real Prometheus: a loopback proxy that answers late, answers 503/429
 * with Retry-After, cuts an answer short, or refuses with 422; a query Prometheus itself rejects; a server
 * that is gone. Retry sleeps are faked; only the timeout is real (a few hundred ms).
 */
import { runBake } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { QueryRejectedError } from '../../src/sources/types.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { toOpenMetrics } from '../helpers/openmetrics.js';
import { BAKE_SECONDS, generateScenario, SCENARIO_POLICY, scenarioSince } from '../helpers/scenarios.js';
import { freePort, startPrometheus, type PrometheusServer } from '../helpers/servers.js';

let prometheus: PrometheusServer | undefined;
let proxy: FaultProxy | undefined;

beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: toOpenMetrics(generateScenario('healthy')) });
  proxy = await startFaultProxy(prometheus.url);
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await prometheus?.dispose();
});

afterEach(() => proxy?.clear());

const policy = loadPolicy(SCENARIO_POLICY, 'scenario.yml');
const warnPolicy = loadPolicy(
  SCENARIO_POLICY.replace('on-source-error: fail', 'on-source-error: warn'),
  'scenario.yml',
);
const since = scenarioSince('healthy');
/** Requests a clean lookback of the healthy scenario sends: 6 query_range (2 for p95) + 1 `baseline: before`. */
const CLEAN_REQUESTS = 7;

async function lookback(opts: { url?: string; timeoutMs?: number; policy?: typeof policy } = {}) {
  const sleeps: number[] = [];
  const source = new PrometheusSource({
    url: opts.url ?? proxy!.url,
    timeoutMs: opts.timeoutMs ?? 30_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => Date.UTC(2026, 10, 22, 12, 0, 0),
  });
  try {
    const result = await runBake({
      policy: opts.policy ?? policy,
      stage: 'canary',
      mode: 'lookback',
      source,
      until: since + BAKE_SECONDS,
      clock: fakeClock((since + 86400) * 1000),
      concurrency: 1,
    });
    return { result, sleeps };
  } finally {
    source.close();
  }
}

test('through the proxy with no fault: promote', async () => {
  const before = proxy!.requests;
  const { result, sleeps } = await lookback();
  expect(result.verdict.decision).toBe('promote');
  expect(proxy!.requests - before).toBe(CLEAN_REQUESTS);
  expect(sleeps).toEqual([]);
});

test('503 with Retry-After in seconds: waits as told, retries, promote', async () => {
  proxy!.fail({ kind: 'status', status: 503, retryAfter: '7' }, 2);
  const before = proxy!.requests;
  const { result, sleeps } = await lookback();
  expect(result.verdict.decision).toBe('promote');
  expect(sleeps).toEqual([7000, 7000]);
  expect(proxy!.requests - before).toBe(CLEAN_REQUESTS + 2);
  expect(result.requests).toBe(CLEAN_REQUESTS + 2);
});

test('429 with Retry-After as an HTTP date: waits until that date', async () => {
  const at = new Date(Date.UTC(2026, 10, 22, 12, 0, 5)).toUTCString();
  proxy!.fail({ kind: 'status', status: 429, retryAfter: at }, 1);
  const { result, sleeps } = await lookback();
  expect(result.verdict.decision).toBe('promote');
  expect(sleeps).toEqual([5000]);
});

test('5xx without Retry-After: exponential backoff', async () => {
  proxy!.fail({ kind: 'status', status: 502 }, 3);
  const { result, sleeps } = await lookback();
  expect(result.verdict.decision).toBe('promote');
  expect(sleeps).toEqual([1000, 2000, 4000]);
});

test('an answer later than the deadline is given up at the deadline: no retry past it', async () => {
  proxy!.fail({ kind: 'delay', ms: 5_000 }, 1);
  const { result, sleeps } = await lookback({ timeoutMs: 300 });
  expect(result.verdict.decision).toBe('inconclusive');
  expect(result.verdict.inconclusiveReasons[0]).toBe(
    `p95_latency_ms: source error: ${proxy!.url} is unavailable: no complete answer within 300ms (1 attempt) (on-source-error: fail)`,
  );
  expect(sleeps).toEqual([]);
});

test('an answer cut short is retried', async () => {
  proxy!.fail({ kind: 'cut' }, 2);
  const { result, sleeps } = await lookback();
  expect(result.verdict.decision).toBe('promote');
  expect(sleeps).toEqual([1000, 2000]);
});

test('a server that stays down: inconclusive with the cause under on-source-error: fail', async () => {
  proxy!.fail({ kind: 'status', status: 503, retryAfter: '1' }, Infinity);
  const { result, sleeps } = await lookback();
  expect(result.verdict.decision).toBe('inconclusive');
  expect(sleeps.length).toBeGreaterThan(0);
  expect(result.verdict.inconclusiveReasons).toContain(
    `p95_latency_ms: source error: ${proxy!.url} is unavailable: HTTP 503: proxy: HTTP 503 (4 attempts) (on-source-error: fail)`,
  );
  expect(result.data.metrics.error_rate.sourceError).toMatch(/is unavailable: HTTP 503/);
});

test('a server that stays down under on-source-error: warn: the checks are skipped with a warning', async () => {
  proxy!.fail({ kind: 'cut' }, Infinity);
  const { result } = await lookback({ policy: warnPolicy });
  expect(result.verdict.decision).toBe('promote');
  expect(result.verdict.warnings).toContain(
    `p95_latency_ms: checks skipped, source error: ${proxy!.url} is unavailable: connection closed before the answer was complete (4 attempts) (on-source-error: warn)`,
  );
  expect(result.verdict.checks.every((c) => c.status === 'skipped')).toBe(true);
});

test('422: not retried; the error names the metric, its policy line and the message', async () => {
  proxy!.fail(
    {
      kind: 'status',
      status: 422,
      body: '{"status":"error","errorType":"execution","error":"query too expensive"}',
    },
    Infinity,
  );
  const before = proxy!.requests;
  const err = await lookback().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(QueryRejectedError);
  expect((err as Error).message).toBe(
    'metric p95_latency_ms (scenario.yml:7:3): Prometheus rejected its query (HTTP 422): query too expensive; fix the query in the policy',
  );
  expect(proxy!.requests - before).toBe(1);
});

test('a query the real Prometheus rejects (422) stops the bake naming the metric and line', async () => {
  const bad = loadPolicy(
    SCENARIO_POLICY.replace(
      'query: avg_over_time(queue_depth{track="canary"}[{{window}}])',
      // Type-checks (validate accepts it), but the server refuses the regular expression.
      'query: label_replace(queue_depth, "x", "$1", "track", "(")',
    ),
    'scenario.yml',
  );
  const err = await lookback({ url: prometheus!.url, policy: bad }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(QueryRejectedError);
  expect((err as Error).message).toMatch(
    /^metric queue_depth \(scenario\.yml:20:3\): Prometheus rejected its query \(HTTP 422\): invalid regular expression/,
  );
});

test('a Prometheus that is gone in watch mode: inconclusive after 3 reads, asked to the end, no hang', async () => {
  const url = `http://127.0.0.1:${await freePort()}`;
  const clock = fakeClock(since * 1000);
  const lines: string[] = [];
  const source = new PrometheusSource({ url, sleep: clock.sleep });
  try {
    const r = await runBake({
      policy,
      stage: 'canary',
      mode: 'watch',
      since,
      source,
      clock,
      log: (l) => lines.push(l),
    });
    expect(r.verdict.decision).toBe('inconclusive');
    expect(r.verdict.final).toBe(true);
    // Given up on at read 3, but asked again at every read while a rollback trigger could still fire (the
    // server may come back), and the last window once more since the gone server could not tell its lag.
    expect(r.reads).toBe(7);
    expect(r.verdict.inconclusiveReasons).toContain(
      `error_rate: source error: ${url} is unavailable: connection refused (4 attempts) (on-source-error: fail)`,
    );
    expect(lines.filter((l) => /^\w+: source error/.test(l))).toHaveLength(5);
  } finally {
    source.close();
  }
});

test('Prometheus warnings reach the bake result and the verdict', async () => {
  proxy!.fail(
    {
      kind: 'status',
      status: 200,
      body: '{"status":"success","data":{"resultType":"matrix","result":[]},"warnings":["partial response: store b unavailable"]}',
    },
    1,
  );
  const { result } = await lookback();
  expect(result.warnings).toEqual(['p95_latency_ms: partial response: store b unavailable']);
  expect(result.data.metrics.p95_latency_ms.warnings).toEqual(['partial response: store b unavailable']);
  expect(result.verdict.warnings).toContain('p95_latency_ms: partial response: store b unavailable');
  // That answer held no series: p95 has no data, a gate violation under missing-data: fail.
  expect(result.verdict.decision).toBe('hold');
});

test.each([301, 302, 307, 308])(
  'behind an ingress that redirects (%d) to a rewritten path, the real Prometheus still answers: promote',
  async (status) => {
    proxy!.fail({ kind: 'redirect', status, prefix: '/prometheus' }, Infinity);
    const before = proxy!.requests;
    const { result } = await lookback();
    expect(result.verdict.decision).toBe('promote');
    // Every query is sent twice: to the old path, then to the new one.
    expect(proxy!.requests - before).toBe(2 * CLEAN_REQUESTS);
  },
);

/**
 * Odd answers from a Prometheus-compatible server on loopback (DESIGN §2 "Series and values"): sample values
 * that are not number strings are missing with a warning naming series and window, never 0 or 1; repeated
 * label sets are both judged; shapes the API never returns are one source error, never a crash.
 */
import http from 'node:http';
import type net from 'node:net';
import { runBake } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { exchangeLine, type ExchangeRecord } from '../../src/sources/prometheus-attempt.js';
import { PrometheusClient } from '../../src/sources/prometheus-client.js';
import { fakeClock } from '../helpers/fake-clock.js';

const SINCE = Date.UTC(2026, 10, 20, 10, 0, 0) / 1000;
const W = 300;
let answer: (form: URLSearchParams) => unknown = () => ({});
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(answer(new URLSearchParams(body))));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const policy = loadPolicy(
  `version: 1
window: 5m
on-source-error: fail
metrics:
  p95:
    query: p95{track="canary"}
stages:
  canary:
    bake: 15m
    gates:
      p95: "<= 300"
rollback:
  - metric: p95
    when: "> 500"
`,
  'p.yml',
);

/** A matrix answer: one series per entry, values at the three window ends. */
function matrix(...series: { metric: Record<string, string>; values: unknown[] }[]) {
  return {
    status: 'success',
    data: {
      resultType: 'matrix',
      result: series.map((s) => ({
        metric: s.metric,
        values: s.values.map((v, k) => [SINCE + (k + 1) * W, v]),
      })),
    },
  };
}

async function lookback() {
  const source = new PrometheusSource({ url, sleep: async () => {} });
  try {
    return await runBake({
      policy,
      stage: 'canary',
      mode: 'lookback',
      source,
      until: SINCE + 3 * W,
      clock: fakeClock((SINCE + 86400) * 1000),
    });
  } finally {
    source.close();
  }
}

describe('sample values that are not numbers are missing data with a warning, never 0 or 1', () => {
  test.each([
    ['null', null],
    ['""', ''],
    ['true', true],
    ['[1]', [1]],
    ['"0x10"', '0x10'],
    ['"1,5"', '1,5'],
  ])('%s', async (text, raw) => {
    answer = () => matrix({ metric: { pod: 'a' }, values: ['100', raw, '100'] });
    const r = await lookback();
    // missing-data: fail makes the window a gate violation: hold, neither promote (0) nor rollback (16).
    expect(r.verdict.decision).toBe('hold');
    expect(r.verdict.gateFailReasons).toEqual([
      'p95: no data at 2026-11-20T10:05Z–10:10Z {pod="a"} (missing-data: fail)',
    ]);
    expect(r.verdict.warnings).toContain(
      `p95: series {pod="a"}: sample value that is not a number, read as missing: ${text} in 2026-11-20T10:05Z–10:10Z`,
    );
  });

  test('number strings as Prometheus writes them are numbers; NaN and ±Inf are missing without a warning', async () => {
    answer = () => matrix({ metric: {}, values: ['1e2', '+Inf', 'NaN'] });
    const r = await lookback();
    expect(r.data.metrics.p95.series[0].values).toEqual([100, null, null]);
    expect(r.verdict.warnings.filter((w) => w.includes('not a number'))).toEqual([]);
  });
});

test('two series with the same labels, the bad one first: both judged and warned about', async () => {
  answer = () =>
    matrix(
      { metric: { service: 'checkout' }, values: ['700', '700', '700'] },
      { metric: { service: 'checkout' }, values: ['100', '100', '100'] },
    );
  const r = await lookback();
  expect(r.verdict.decision).toBe('rollback');
  expect(r.data.metrics.p95.series.map((s) => s.labels)).toEqual([
    { service: 'checkout' },
    { service: 'checkout', __duplicate__: '2' },
  ]);
  expect(r.verdict.warnings).toContain(
    'p95: the answer holds more than one series labelled {service="checkout"}; each is judged, the repeat as {__duplicate__="2",service="checkout"}',
  );
});

test('series that differ only in __name__ stay apart', async () => {
  answer = () =>
    matrix(
      { metric: { __name__: 'cg_dup_a', service: 'checkout' }, values: ['100', '100', '100'] },
      { metric: { __name__: 'cg_dup_b', service: 'checkout' }, values: ['700', '100', '100'] },
    );
  const r = await lookback();
  expect(r.verdict.decision).toBe('rollback');
  expect(r.verdict.rollbackReasons[0]).toContain('{__name__="cg_dup_b",service="checkout"} 700');
});

describe('hostile answer shapes are a source error with one clear line', () => {
  test.each([
    [
      'values: [null]',
      { resultType: 'matrix', result: [{ metric: {}, values: [null] }] },
      'data.result[0].values[0]: Invalid input: expected a [time, "value"] pair, received null',
    ],
    [
      'values: [[1,2,3]]',
      { resultType: 'matrix', result: [{ metric: {}, values: [[1, '2', 3]] }] },
      'data.result[0].values[0]: Too big: expected array to have <=2 items',
    ],
    [
      'values: [1,2,3]',
      { resultType: 'matrix', result: [{ metric: {}, values: [1, 2, 3] }] },
      'data.result[0].values[0]: Invalid input: expected a [time, "value"] pair, received number (and 2 more problems)',
    ],
    [
      'result: [null]',
      { resultType: 'matrix', result: [null] },
      'data.result[0]: Invalid input: expected object, received null',
    ],
    [
      'wrong resultType',
      { resultType: 'streams', result: [] },
      "data.resultType: Invalid discriminator value. Expected 'matrix' | 'vector' | 'scalar'",
    ],
    [
      'a timestamp string',
      { resultType: 'matrix', result: [{ metric: {}, values: [['1', '2']] }] },
      'data.result[0].values[0][0]: Invalid input: expected number, received string',
    ],
    [
      'a label value number',
      { resultType: 'matrix', result: [{ metric: { a: 1 }, values: [] }] },
      'data.result[0].metric.a: Invalid input: expected string, received number',
    ],
    ['no data', undefined, 'data: Invalid input: expected object, received undefined'],
  ])('%s', async (_name, data, problem) => {
    answer = () => ({ status: 'success', data });
    const r = await lookback();
    expect(r.verdict.decision).toBe('inconclusive');
    expect(r.verdict.inconclusiveReasons).toContain(
      `p95: source error: ${url} sent an answer to the query of metric p95 that is not a Prometheus API answer: ${problem} (on-source-error: fail)`,
    );
  });
});

test('every exchange is told to onExchange with its status, bytes and time, for the debug log', async () => {
  answer = () => matrix({ metric: { track: 'canary' }, values: ['1', '2', '3'] });
  const records: ExchangeRecord[] = [];
  const client = new PrometheusClient({ url, sleep: async () => {}, onExchange: (r) => records.push(r) });
  try {
    await client.queryRange('p95', SINCE + W, SINCE + 3 * W, W);
  } finally {
    client.close();
  }
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ path: '/api/v1/query_range', status: 200 });
  expect(records[0].bytes).toBeGreaterThan(100);
  expect(exchangeLine(records[0])).toMatch(/^Prometheus \/api\/v1\/query_range: HTTP 200, \d+ B, \d+ ms$/);
});

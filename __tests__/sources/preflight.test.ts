/**
 * The preflight (DESIGN §2) against a real Prometheus started with a rule file, a real VictoriaMetrics
 * (no vmalert: an empty rules list), a fault proxy and a loopback server without a rules API, through the
 * CLI in-process: misconfiguration exits 64 before the first window, with the server's words and the fix.
 */
import http from 'node:http';
import type net from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricsOf, runBake } from '../../src/bake/run.js';
import { loadPolicy } from '../../src/policy/load.js';
import { preflight } from '../../src/sources/preflight.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { cli } from '../cli/run.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { toOpenMetrics, toPrometheusText, type RawSample } from '../helpers/openmetrics.js';
import { BAKE_SECONDS, generateScenario, scenarioSince } from '../helpers/scenarios.js';
import {
  SCENARIO_RULES,
  startPrometheus,
  startVictoriaMetrics,
  type PrometheusServer,
  type VictoriaMetricsServer,
} from '../helpers/servers.js';

const since = scenarioSince('healthy');
const until = new Date((since + BAKE_SECONDS) * 1000).toISOString();
const RULES = `${SCENARIO_RULES}      - alert: CanaryHighErrorRate
        expr: vector(1) == 0
`;

/** cg_dup_a at 100 and cg_dup_b at 700: series that differ only in __name__. */
function dupSeries(): RawSample[] {
  const out: RawSample[] = [];
  for (let t = since - 600; t < since + BAKE_SECONDS + 600; t += 15) {
    out.push({ name: 'cg_dup_a', labels: { service: 'checkout' }, t: t * 1000, v: 100 });
    out.push({ name: 'cg_dup_b', labels: { service: 'checkout' }, t: t * 1000, v: 700 });
  }
  return out;
}

let prometheus: PrometheusServer;
let victoria: VictoriaMetricsServer;
let proxy: FaultProxy;
let dir: string;
beforeAll(async () => {
  const samples = [...generateScenario('healthy'), ...dupSeries()];
  [prometheus, victoria] = await Promise.all([
    startPrometheus({ openMetrics: toOpenMetrics(samples), rules: RULES }),
    startVictoriaMetrics(toPrometheusText(samples)),
  ]);
  proxy = await startFaultProxy(prometheus.url);
  dir = mkdtempSync(join(tmpdir(), 'canary-gate-preflight-'));
}, 120_000);
afterAll(async () => {
  await proxy?.close();
  await Promise.all([prometheus?.dispose(), victoria?.dispose()]);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => proxy.clear());

const policyText = (metrics: string, gates: string) => `version: 1
window: 5m
on-source-error: warn
metrics:
${metrics}
stages:
  canary:
    bake: 30m
    gates:
${gates}`;

const P95 = `  p95:
    query: 1000 * histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{track="canary"}[{{window}}])))
`;

async function evaluate(text: string, url: string) {
  const file = join(dir, 'p.yml');
  writeFileSync(file, text);
  const r = await cli(
    'evaluate',
    '--config',
    file,
    '--stage',
    'canary',
    '--prometheus-url',
    url,
    '--mode',
    'lookback',
    '--until',
    until,
    '--format',
    'json',
  );
  return { ...r, report: r.code === 64 ? null : JSON.parse(r.stdout) };
}

test('series that differ only in __name__ are both judged: one at 700 does not promote under <= 300', async () => {
  const r = await evaluate(
    policyText(
      `  dup:\n    query: '{__name__=~"cg_dup_a|cg_dup_b",service="checkout"}'\n`,
      `      dup: "<= 300"\n`,
    ),
    prometheus.url,
  );
  expect(r.code).toBe(1);
  expect(r.report.metrics.dup.values.map((s: { labels: object }) => s.labels)).toEqual([
    { __name__: 'cg_dup_a', service: 'checkout' },
    { __name__: 'cg_dup_b', service: 'checkout' },
  ]);
  expect(r.report.gate_fail_reasons[0]).toMatch(/\{__name__="cg_dup_b",service="checkout"\} 700/);
});

test('an alert the rules API does not list: exit 64 with a did-you-mean', async () => {
  const r = await evaluate(
    policyText(`${P95}  errs:\n    alert: CanaryHighErrRate\n`, `      p95: "<= 300"\n      errs: "<= 0"\n`),
    prometheus.url,
  );
  expect(r.code).toBe(64);
  expect(r.stderr).toContain(
    `p.yml:7:3: metric "errs": alert "CanaryHighErrRate" is not an alerting rule of ${prometheus.url} (did you mean "CanaryHighErrorRate"?) (fix: use one of the loaded alerts (ConsistencyLow, CanaryHighErrorRate) or load the rule that defines it)`,
  );
});

test('a known alert and series everywhere: no preflight warning, promote', async () => {
  const r = await evaluate(
    policyText(
      `${P95}  errs:\n    alert: CanaryHighErrorRate\n`,
      `      p95: "<= 300"\n      errs: "<= 0"\n`,
    ),
    prometheus.url,
  );
  expect(r.code).toBe(0);
  expect(r.report.warnings).toEqual([]);
});

test('a query the server rejects (422): exit 64 at its line, with the server words', async () => {
  const r = await evaluate(
    policyText(`${P95}  q:\n    query: label_replace(vector(1), "a", "$1", "b", "(")\n`, `      q: "<= 1"\n`),
    prometheus.url,
  );
  expect(r.code).toBe(64);
  expect(r.stderr).toContain(
    `p.yml:8:12: metric "q": ${prometheus.url} rejected its query (HTTP 422): invalid regular expression in label_replace(): ( (fix: fix the query as the server says; try it on the server first, e.g. in its /graph page)`,
  );
});

test('a wrong base URL (404): exit 64 naming the URL and the fix', async () => {
  const r = await evaluate(policyText(P95, `      p95: "<= 300"\n`), `${prometheus.url}/prom`);
  expect(r.code).toBe(64);
  expect(r.stderr).toContain(`canary-gate: ${prometheus.url}/prom: answered the query with HTTP 404`);
  expect(r.stderr).toContain('give the URL the API is under, the part before /api/v1');
});

test('refused credentials (401): exit 64 with the server words, before any window', async () => {
  proxy.fail({ kind: 'status', status: 401, body: 'invalid bearer token' }, Infinity);
  const r = await evaluate(policyText(P95, `      p95: "<= 300"\n`), proxy.url);
  expect(r.code).toBe(64);
  expect(r.stderr).toContain(`${proxy.url}: refused the credentials (HTTP 401: invalid bearer token)`);
});

test('a query with no series over the span: a warning naming the metric', async () => {
  const r = await evaluate(
    policyText(
      `${P95}  gone:\n    query: cg_never_written{service="checkout"}\n    missing-data: ignore\n`,
      `      p95: "<= 300"\n      gone: "<= 1"\n`,
    ),
    prometheus.url,
  );
  expect(r.code).toBe(3);
  expect(r.report.warnings).toContain(
    `gone: its query returned no series over 2026-11-20T10:00:00.000Z–2026-11-20T10:30:00.000Z; check its selectors and labels (every window would be missing)`,
  );
});

test('after the preflight a 401 follows on-source-error: warn skips the checks, the bake goes on', async () => {
  const policy = loadPolicy(policyText(P95, `      p95: "<= 300"\n`), 'p.yml');
  const source = new PrometheusSource({ url: proxy.url, sleep: async () => {} });
  try {
    const stage = policy.stages.canary;
    await preflight(source, {
      policy,
      stage,
      metrics: metricsOf(policy, stage),
      vars: {},
      span: { since, windowSeconds: 300, windowsExpected: 6 },
      // Just after the bake: within the lag horizon, so the bake asks again (see the next test).
      now: since + 6 * 300 + 60,
    });
    source.markPreflightPassed();
    proxy.fail({ kind: 'status', status: 401, body: 'token expired' }, Infinity);
    const r = await runBake({
      policy,
      stage,
      mode: 'lookback',
      source,
      until: since + BAKE_SECONDS,
      clock: fakeClock((since + 86400) * 1000),
    });
    expect(r.verdict.decision).toBe('promote');
    expect(r.verdict.warnings[0]).toMatch(
      /^p95: checks skipped, source error: .* refused the request \(HTTP 401: token expired\)/,
    );
  } finally {
    source.close();
  }
});

test('a bake long over is asked once: the bake judges the answers the preflight had', async () => {
  const policy = loadPolicy(policyText(P95, `      p95: "<= 300"\n`), 'p.yml');
  const source = new PrometheusSource({ url: proxy.url, sleep: async () => {} });
  try {
    const stage = policy.stages.canary;
    await preflight(source, {
      policy,
      stage,
      metrics: metricsOf(policy, stage),
      vars: {},
      span: { since, windowSeconds: 300, windowsExpected: 6 },
      now: since + 86400,
    });
    source.markPreflightPassed();
    const requestsOfPreflight = source.stats().requests;
    proxy.fail({ kind: 'status', status: 401, body: 'token expired' }, Infinity);
    const r = await runBake({
      policy,
      stage,
      mode: 'lookback',
      source,
      until: since + BAKE_SECONDS,
      clock: fakeClock((since + 86400) * 1000),
    });
    expect(r.verdict.decision).toBe('promote');
    expect(r.verdict.warnings).toEqual([]);
    expect(r.requests).toBe(requestsOfPreflight);
  } finally {
    source.close();
  }
});

describe('alerts that cannot be verified are a warning, not an error', () => {
  const alertPolicy = policyText(`  errs:\n    alert: CanaryHighErrorRate\n`, `      errs: "<= 0"\n`);

  test('VictoriaMetrics without vmalert (an empty rules list, no version in buildinfo)', async () => {
    const r = await evaluate(alertPolicy, victoria.url);
    expect(r.code).toBe(0);
    expect(r.report.warnings).toContain(
      `errs: alert "CanaryHighErrorRate" could not be verified: ${victoria.url} lists no alerting rules (VictoriaMetrics without vmalert answers so); a misspelt or unloaded alert reads as never firing`,
    );
  });

  test('a server without /api/v1/rules (404)', async () => {
    const server = http.createServer((req, res) => {
      if (req.url?.startsWith('/api/v1/rules')) {
        res.statusCode = 404;
        res.end('404 page not found');
        return;
      }
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          status: 'success',
          data: { resultType: 'vector', result: [{ metric: {}, value: [since, '0'] }] },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    try {
      const r = await evaluate(alertPolicy, url);
      expect(r.report.warnings).toContain(
        `errs: alert "CanaryHighErrorRate" could not be verified: ${url} has no rules API (HTTP 404 from /api/v1/rules); a misspelt or unloaded alert reads as never firing`,
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('a Prometheus that loads no rules at all: the alert is unknown, exit 64', async () => {
    const bare = await startPrometheus({ rules: 'groups: []\n' });
    try {
      const r = await evaluate(alertPolicy, bare.url);
      expect(r.code).toBe(64);
      expect(r.stderr).toContain(
        `alert "CanaryHighErrorRate" is unknown: ${bare.url} loads no alerting rules at all`,
      );
    } finally {
      await bare.dispose();
    }
  }, 60_000);
});

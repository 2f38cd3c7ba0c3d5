/**
 * The CLI against a hostile or broken Prometheus-compatible server (./fake-prometheus.ts), run as a child
 * process under /usr/bin/time so each case can assert the exit code, the decision, that the run ended within
 * its bound (a liveness check with 20 s of slack, not a speed test), the peak memory where it matters, and
 * that no credential reaches stdout, stderr or the report.
 */
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakePrometheus, type FakePrometheus } from './fake-prometheus.js';

jest.setTimeout(120_000);

const TOKEN = 'tok_SECRET_bearer_1234';
const API_KEY = 'key_SECRET_header_5678';
const PASSWORD = 'pw_SECRET_basic_9012';
const BASIC = Buffer.from(`bob:${PASSWORD}`).toString('base64');
const SECRETS = [TOKEN, API_KEY, PASSWORD, BASIC];
const SLACK_MS = 20_000;

const dir = mkdtempSync(join(tmpdir(), 'canary-gate-faults-'));
const policyFile = join(dir, 'policy.yml');
writeFileSync(
  policyFile,
  [
    'version: 1',
    'window: 1m',
    'metrics:',
    '  error_rate: { query: "sum(rate(errors_total[{{window}}]))" }',
    'stages:',
    '  canary: { bake: 5m, gates: { error_rate: "< 0.01" } }',
    '',
  ].join('\n'),
);
const UNTIL = '2026-11-20T10:30:00Z';

let fake: FakePrometheus;
let other: FakePrometheus;
beforeAll(async () => {
  fake = await startFakePrometheus();
  other = await startFakePrometheus();
  fake.otherOrigin = other.url;
});
afterAll(async () => {
  await fake.close();
  await other.close();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  report: string;
  elapsedMs: number;
  peakRssMb: number;
}

let runs = 0;
async function evaluate(
  url: string,
  opts: { env?: Record<string, string>; args?: string[] } = {},
): Promise<Run> {
  const report = join(dir, `report-${++runs}.json`);
  const timeFile = join(dir, `time-${runs}.txt`);
  const args = [
    '-v',
    '-o',
    timeFile,
    process.execPath,
    '--import',
    'tsx',
    resolve('src/cli.ts'),
    'evaluate',
    '--config',
    policyFile,
    '--stage',
    'canary',
    '--mode',
    'lookback',
    '--until',
    UNTIL,
    '--prometheus-url',
    url,
    '--format',
    'json',
    '--report',
    report,
    ...(opts.args ?? []),
  ];
  const started = Date.now();
  const child = spawn('/usr/bin/time', args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)));
  const elapsedMs = Date.now() - started;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
  return {
    code,
    stdout,
    stderr,
    report: existsSync(report) ? readFileSync(report, 'utf8') : '',
    elapsedMs,
    peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
  };
}

const credentials = {
  env: { CANARY_GATE_PROMETHEUS_TOKEN: TOKEN },
  args: ['--prometheus-header', `X-Api-Key: ${API_KEY}`],
};

function expectNoSecret(run: Run): void {
  for (const [place, text] of Object.entries({ stdout: run.stdout, stderr: run.stderr, report: run.report }))
    for (const secret of SECRETS)
      expect({ place, leaked: text.includes(secret) }).toEqual({ place, leaked: false });
}

const decision = (run: Run) => (JSON.parse(run.stdout) as { decision: string }).decision;
const sourceError = (run: Run) =>
  (JSON.parse(run.stdout) as { inconclusive_reasons: string[] }).inconclusive_reasons.join('\n');

test.concurrent('307 keeps the POST and its body: promote', async () => {
  const run = await evaluate(`${fake.url}/redirect-307`, credentials);
  expect(run.code).toBe(0);
  expect(decision(run)).toBe('promote');
  const followed = fake.requests.filter((r) => r.fault === 'ok' && r.method === 'POST');
  expect(followed.length).toBeGreaterThan(0);
  expect(followed[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(run.elapsedMs).toBeLessThan(SLACK_MS + 10_000);
  expectNoSecret(run);
});

test.concurrent.each([301, 302, 303])(
  '%d becomes the equivalent GET, query in the URL: promote',
  async (status) => {
    const run = await evaluate(`${fake.url}/redirect-${status}`);
    expect(run.code).toBe(0);
    expect(decision(run)).toBe('promote');
    expect(
      fake.requests.some((r) => r.fault === 'ok' && r.method === 'GET' && r.path.includes('query=')),
    ).toBe(true);
  },
);

test.concurrent(
  'a redirect to another origin drops Authorization and every prometheus-headers header',
  async () => {
    const run = await evaluate(`${fake.url}/redirect-other`, credentials);
    expect(run.code).toBe(0);
    const there = other.requests.filter((r) => r.fault === 'ok');
    expect(there.length).toBeGreaterThan(0);
    for (const r of there) {
      expect(r.headers.authorization).toBeUndefined();
      expect(r.headers['x-api-key']).toBeUndefined();
    }
    expectNoSecret(run);
  },
);

test.concurrent('a redirect loop: source error after 5 hops, not retried', async () => {
  const run = await evaluate(`${fake.url}/loop`, credentials);
  expect(run.code).toBe(3);
  expect(decision(run)).toBe('inconclusive');
  expect(sourceError(run)).toMatch(/more than 5 redirects/);
  expect(fake.requests.filter((r) => r.fault === 'loop').length).toBeLessThanOrEqual(6 * 2);
  expectNoSecret(run);
});

test.concurrent('a 1 MiB gzip inflating to 1 GiB is stopped at the cap, with low peak memory', async () => {
  const run = await evaluate(`${fake.url}/bomb`, credentials);
  expect(run.code).toBe(3);
  expect(sourceError(run)).toMatch(/larger than the 64 MiB cap \(it inflates to more than 64 MiB\)/);
  // Before the cap: 3.2 GB. Now the cap (64 MiB) plus Node, tsx and the CLI.
  expect(run.peakRssMb).toBeLessThan(400);
  expect(run.elapsedMs).toBeLessThan(30_000 + SLACK_MS);
  expectNoSecret(run);
});

test.concurrent('a 200 MB answer is refused at the cap, as is one that declares 200 MB', async () => {
  const [streamed, declared] = await Promise.all([
    evaluate(`${fake.url}/huge`),
    evaluate(`${fake.url}/declared-huge`),
  ]);
  expect(streamed.code).toBe(3);
  expect(sourceError(streamed)).toMatch(/larger than the 64 MiB cap \(more than 64 MiB were sent\)/);
  expect(streamed.peakRssMb).toBeLessThan(400);
  expect(declared.code).toBe(3);
  expect(sourceError(declared)).toMatch(/larger than the 64 MiB cap \(its Content-Length is 190\.7 MiB\)/);
});

test.concurrent('a policy max-response-size is the cap', async () => {
  const small = join(dir, 'small-cap.yml');
  writeFileSync(
    small,
    readFileSync(policyFile, 'utf8').replace(
      'window: 1m',
      'window: 1m\nprometheus: { max-response-size: 1MiB }',
    ),
  );
  const run = await evaluate(`${fake.url}/huge`, { args: ['--config', small] });
  expect(run.code).toBe(3);
  expect(sourceError(run)).toMatch(/larger than the 1 MiB cap/);
});

test.concurrent(
  'a slowloris with the default 30 s timeout is given up at the timeout of each read',
  async () => {
    const run = await evaluate(`${fake.url}/slowloris`, credentials);
    expect(run.code).toBe(3);
    expect(sourceError(run)).toMatch(/no complete answer within 30s \(1 attempt\)/);
    // Two reads of the one query: the preflight, then the bake (after the preflight, failures follow the policy).
    expect(run.elapsedMs).toBeLessThan(2 * 30_000 + SLACK_MS);
    expectNoSecret(run);
  },
);

test.concurrent('Retry-After: 3600 is honoured up to 10 s and within the 30 s deadline', async () => {
  const run = await evaluate(`${fake.url}/retry-after`, credentials);
  expect(run.code).toBe(3);
  expect(sourceError(run)).toMatch(
    /HTTP 503: overloaded \(3 attempts; no time left for a retry within the 30s deadline\)/,
  );
  expect(run.elapsedMs).toBeLessThan(2 * 30_000 + SLACK_MS);
});

test.concurrent(
  'a server that echoes the credentials: 401 names the server, no secret in any channel',
  async () => {
    const basicUrl = fake.url.replace('http://', `http://bob:${PASSWORD}@`);
    const [bearer, basic] = await Promise.all([
      evaluate(`${fake.url}/echo401`, credentials),
      evaluate(`${basicUrl}/echo401`, { args: credentials.args }),
    ]);
    for (const run of [bearer, basic]) {
      expect(run.code).toBe(64);
      expect(run.stderr).toMatch(/refused the credentials \(HTTP 401: bad credentials: authorization=/);
      expectNoSecret(run);
    }
  },
);

test.concurrent('a 500 that echoes them: inconclusive, stdout and report redacted', async () => {
  const run = await evaluate(`${fake.url}/echo500`, credentials);
  expect(run.code).toBe(3);
  expect(sourceError(run)).toMatch(/HTTP 500: upstream said Bearer \*\*\* \*\*\*/);
  expect(run.report).toContain('upstream said');
  expectNoSecret(run);
});

test.concurrent.each([`http://bob:${PASSWORD}@[::1`, `ftp://bob:${PASSWORD}@example.com/x`])(
  'an invalid URL with userinfo (%s) is a usage error that never shows the password',
  async (url) => {
    const run = await evaluate(url);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/^canary-gate: prometheus-url: /m);
    expectNoSecret(run);
  },
);

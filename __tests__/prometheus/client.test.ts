/**
 * The Prometheus client against a real Prometheus (splitting, NaN/Inf, a rejected query) and against
 * loopback servers that record what they receive (auth, headers, TLS, credentials kept out of errors).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { InputError } from '../../src/util/errors.js';
import { PrometheusClient, parseRetryAfter, type RangeSeries } from '../../src/sources/prometheus-client.js';
import { acceptEncoding } from '../../src/sources/prometheus-http.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';
import { QueryRejectedError } from '../../src/sources/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import {
  displayUrl,
  PrometheusQueryRejectedError,
  PrometheusUnavailableError,
} from '../../src/sources/prometheus-errors.js';
import { toOpenMetrics } from '../helpers/openmetrics.js';
import { generateScenario, scenarioSince } from '../helpers/scenarios.js';
import { startPrometheus, tempDir, type PrometheusServer } from '../helpers/servers.js';

type Point = [number, number | null];
/** A series' points as [time, value] pairs, a missing value as null. */
const points = (s: RangeSeries): Point[] =>
  Array.from(s.times, (t, i): Point => [t, Number.isNaN(s.values[i]) ? null : s.values[i]]);

const noSleep = async () => {};
const SUCCESS = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } });

let prometheus: PrometheusServer | undefined;
beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: toOpenMetrics(generateScenario('healthy')) });
}, 120_000);
afterAll(async () => {
  await prometheus?.dispose();
});

describe('against a real Prometheus', () => {
  const since = scenarioSince('healthy');
  let client: PrometheusClient;
  beforeEach(() => {
    client = new PrometheusClient({ url: prometheus!.url, sleep: noSleep });
  });
  afterEach(() => client.close());

  test('a span past 11,000 points per series is split, and the parts join into one series', async () => {
    // 11,520 points at a 1 s step: Prometheus alone refuses this in one request.
    const r = await client.queryRange('vector(1)', since, since + 11_519, 1);
    expect(client.stats.requests).toBe(2);
    expect(r.series).toHaveLength(1);
    expect(points(r.series[0])).toHaveLength(11_520);
    expect(points(r.series[0])[0]).toEqual([since, 1]);
    expect(points(r.series[0]).at(-1)).toEqual([since + 11_519, 1]);
    // Timestamps strictly increase: no point is fetched twice at a seam.
    expect(
      points(r.series[0]).every((p: Point, i: number, a: Point[]) => i === 0 || p[0] === a[i - 1][0] + 1),
    ).toBe(true);
  });

  test('a smaller split gives exactly the answer of one request', async () => {
    const q = 'sum by (track) (rate(http_requests_total[5m]))';
    const whole = await client.queryRange(q, since, since + 1800, 15);
    const split = new PrometheusClient({ url: prometheus!.url, sleep: noSleep, maxPointsPerRequest: 7 });
    try {
      const parts = await split.queryRange(q, since, since + 1800, 15);
      expect(split.stats.requests).toBe(Math.ceil(121 / 7));
      expect(parts.series).toEqual(whole.series);
      expect(whole.series.map((s) => s.labels)).toEqual(
        expect.arrayContaining([{ track: 'canary' }, { track: 'stable' }]),
      );
      expect(split.stats.samples).toBe(242);
    } finally {
      split.close();
    }
  });

  test('NaN, +Inf and -Inf are missing samples (null)', async () => {
    for (const q of ['vector(0) / 0', 'vector(1) / 0', 'vector(-1) / 0']) {
      const r = await client.queryRange(q, since, since + 60, 30);
      expect(points(r.series[0]).map((p: Point) => p[1])).toEqual([null, null, null]);
      const i = await client.query(q, since);
      expect(points(i.series[0])).toEqual([[since, null]]);
    }
  });

  test('instant queries return vectors and scalars; __name__ is part of the labels', async () => {
    const v = await client.query('queue_depth', since + 60);
    expect(v.series.map((x) => ({ labels: x.labels, points: points(x) }))).toEqual([
      { labels: { __name__: 'queue_depth', track: 'canary' }, points: [[since + 60, 50]] },
    ]);
    const s = await client.query('scalar(vector(3))', since);
    expect(s.series.map((x) => ({ labels: x.labels, points: points(x) }))).toEqual([
      { labels: {}, points: [[since, 3]] },
    ]);
  });

  test('a query Prometheus rejects is not retried and carries its message', async () => {
    const err = await client.queryRange('rate(queue_depth)', since, since + 60, 30).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrometheusQueryRejectedError);
    expect((err as PrometheusQueryRejectedError).status).toBe(400);
    expect((err as Error).message).toMatch(/rejected the query \(HTTP 400\): .*expected type range vector/);
    expect(client.stats.requests).toBe(1);
  });
});

/** A loopback server that records each request's headers and answers with `answer`. */
async function recorder(answer: (res: http.ServerResponse) => void) {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    req.resume();
    req.on('end', () => answer(res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    seen,
    port,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('auth and headers', () => {
  test('bearer token and extra headers are sent', async () => {
    const srv = await recorder((res) => res.writeHead(200).end(SUCCESS));
    const client = new PrometheusClient({
      url: `http://127.0.0.1:${srv.port}/prometheus/`,
      token: 'tok-123',
      headers: { 'X-Scope-OrgID': 'team-a' },
      sleep: noSleep,
    });
    try {
      await client.query('up', 1);
      expect(srv.seen[0].authorization).toBe('Bearer tok-123');
      expect(srv.seen[0]['x-scope-orgid']).toBe('team-a');
    } finally {
      client.close();
      await srv.close();
    }
  });

  test('on loopback no compression is asked for, and a compressed answer is read all the same', async () => {
    const matrix = JSON.stringify({
      status: 'success',
      data: { resultType: 'matrix', result: [{ metric: { job: 'a' }, values: [[60, '1.5']] }] },
    });
    const srv = await recorder((res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(matrix)),
    );
    const client = new PrometheusClient({ url: `http://127.0.0.1:${srv.port}`, sleep: noSleep });
    try {
      const r = await client.queryRange('up', 60, 60, 60);
      expect(srv.seen[0]['accept-encoding']).toBe('identity');
      expect(points(r.series[0])).toEqual([[60, 1.5]]);
    } finally {
      client.close();
      await srv.close();
    }
  });

  test('only a server on this machine is asked for identity', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]'])
      expect(acceptEncoding(host)).toBe('identity');
    for (const host of [
      'prometheus.example',
      '10.0.0.1',
      '127.0.0.1.example.com',
      'localhost.example',
      '[::2]',
    ])
      expect(acceptEncoding(host)).toBe('gzip, deflate, br');
  });

  test('basic auth from options or from the URL userinfo', async () => {
    const srv = await recorder((res) => res.writeHead(200).end(SUCCESS));
    const a = new PrometheusClient({ url: `http://127.0.0.1:${srv.port}`, username: 'u', password: 'p w' });
    const b = new PrometheusClient({ url: `http://alice:s%40cret@127.0.0.1:${srv.port}` });
    try {
      await a.query('up', 1);
      await b.query('up', 1);
      expect(srv.seen[0].authorization).toBe(`Basic ${Buffer.from('u:p w').toString('base64')}`);
      expect(srv.seen[1].authorization).toBe(`Basic ${Buffer.from('alice:s@cret').toString('base64')}`);
      expect(b.displayUrl).toBe(`http://127.0.0.1:${srv.port}`);
    } finally {
      a.close();
      b.close();
      await srv.close();
    }
  });

  test('credentials never appear in errors', async () => {
    const srv = await recorder((res) =>
      res
        .writeHead(503, { 'Content-Type': 'application/json' })
        .end('{"status":"error","error":"overloaded"}'),
    );
    const client = new PrometheusClient({
      url: `http://bob:hunter2@127.0.0.1:${srv.port}`,
      token: 'tok-secret',
      headers: { 'X-Api-Key': 'key-secret' },
      sleep: noSleep,
      retries: 1,
    });
    try {
      const err = (await client.query('up', 1).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(PrometheusUnavailableError);
      expect(err.message).toBe(
        `http://127.0.0.1:${srv.port} is unavailable: HTTP 503: overloaded (2 attempts)`,
      );
      const everything = JSON.stringify(err) + String(err.stack);
      for (const secret of ['hunter2', 'bob', 'tok-secret', 'key-secret'])
        expect(everything).not.toContain(secret);
    } finally {
      client.close();
      await srv.close();
    }
  });

  test("401 is not retried and keeps the server's own words", async () => {
    const srv = await recorder((res) => res.writeHead(401).end('no org id\n'));
    const client = new PrometheusClient({ url: `http://127.0.0.1:${srv.port}`, sleep: noSleep });
    try {
      await expect(client.query('up', 1)).rejects.toThrow(/rejected the query \(HTTP 401\): no org id$/);
      expect(srv.seen).toHaveLength(1);
    } finally {
      client.close();
      await srv.close();
    }
  });

  test('a 403 through the source names the server and the credentials to check, not the query', async () => {
    const srv = await recorder((res) =>
      res.writeHead(403).end('{"status":"error","error":"forbidden tenant"}'),
    );
    const policy = loadPolicy(
      'version: 1\nwindow: 1m\nmetrics:\n  m:\n    query: up\nstages:\n  s:\n    bake: 2m\n    gates:\n      m: "<= 1"\n',
      'p.yml',
    );
    const source = new PrometheusSource({ url: `http://u:pw@127.0.0.1:${srv.port}`, sleep: noSleep });
    try {
      const request = { policy, stage: policy.stages.s, metric: policy.metrics.m, vars: {} };
      const span = { since: 1_795_000_000, windowSeconds: 60, windowsExpected: 2 };
      const error = await source.fetch({ ...request, span, first: 0, count: 2 }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(QueryRejectedError);
      expect((error as Error).message).toBe(
        `http://127.0.0.1:${srv.port} refused the request (HTTP 403: forbidden tenant); check the token, ` +
          'username/password and headers (e.g. X-Scope-OrgID for Mimir and Cortex) given for Prometheus',
      );
    } finally {
      source.close();
      await srv.close();
    }
  });

  test('displayUrl drops userinfo, query and fragment', () => {
    expect(displayUrl('https://u:p@mimir.example/prometheus/?x=1#f')).toBe(
      'https://mimir.example/prometheus',
    );
    expect(displayUrl('not a url')).toBe('<invalid URL>');
  });
});

describe('TLS', () => {
  let dir: string;
  let cert: string;
  let server: https.Server;
  let url: string;
  beforeAll(async () => {
    dir = tempDir('tls');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-subj',
        '/CN=canary-gate-test',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, res) =>
      res.writeHead(200).end(SUCCESS),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  test('a server signed by an unknown CA is refused (verification is on by default)', async () => {
    const client = new PrometheusClient({ url, sleep: noSleep, retries: 0 });
    try {
      await expect(client.query('up', 1)).rejects.toThrow(
        /TLS error .*: give the server's CA with prometheus-ca-cert/,
      );
    } finally {
      client.close();
    }
  });

  test('the given CA certificate is trusted', async () => {
    const client = new PrometheusClient({ url, caCert: cert, sleep: noSleep });
    try {
      await expect(client.query('up', 1)).resolves.toEqual({ series: [], warnings: [] });
    } finally {
      client.close();
    }
  });

  test('insecureSkipTlsVerify turns verification off', async () => {
    const client = new PrometheusClient({ url, insecureSkipTlsVerify: true, sleep: noSleep });
    try {
      await expect(client.query('up', 1)).resolves.toEqual({ series: [], warnings: [] });
    } finally {
      client.close();
    }
  });
});

describe('parseRetryAfter', () => {
  test('seconds or an HTTP date, relative to now', () => {
    const now = Date.UTC(2026, 10, 20, 10, 0, 0);
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('bad input', () => {
  test('a URL that is not http(s) is refused with a fix', () => {
    expect(() => new PrometheusClient({ url: 'ftp://x' })).toThrow(
      'prometheus-url: protocol ftp: is not supported (fix: use http:// or https://)',
    );
    expect(() => new PrometheusClient({ url: 'no url' })).toThrow(
      'prometheus-url: "<invalid URL>" is not a URL (fix: give e.g. http://127.0.0.1:9090)',
    );
    expect(() => new PrometheusClient({ url: 'ftp://x' })).toThrow(InputError);
  });
});

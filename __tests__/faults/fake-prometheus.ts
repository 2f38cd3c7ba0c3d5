/**
 * A controllable fake of the Prometheus HTTP API on 127.0.0.1: the first path segment picks the fault, so
 * one server serves every case (`<url>/bomb` is a base URL whose every answer is a gzip bomb). Every request
 * is recorded (method, path, headers, body) so tests can see what was sent where.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export interface Recorded {
  fault: string;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakePrometheus {
  url: string;
  requests: Recorded[];
  /** Where `redirect-other` sends its requests (another origin: another port). */
  otherOrigin?: string;
  close(): Promise<void>;
}

/** A `status: success` answer with one series whose every window is `value`. */
export function matrixAnswer(form: URLSearchParams, value = '0.001'): string {
  const start = Number(form.get('start') ?? form.get('time'));
  const end = Number(form.get('end') ?? form.get('time'));
  const step = Number(form.get('step') ?? 1);
  if (!form.get('step'))
    return JSON.stringify({
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: {}, value: [start, value] }] },
    });
  const values: [number, string][] = [];
  for (let t = start; t <= end; t += step) values.push([t, value]);
  return JSON.stringify({
    status: 'success',
    data: { resultType: 'matrix', result: [{ metric: {}, values }] },
  });
}

export async function startFakePrometheus(): Promise<FakePrometheus> {
  const fake: FakePrometheus = { url: '', requests: [], close: async () => {} };
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? '/', 'http://x');
    const [, fault, ...rest] = url.pathname.split('/');
    const apiPath = '/' + rest.join('/');
    fake.requests.push({
      fault,
      method: req.method ?? '',
      path: url.pathname + url.search,
      headers: req.headers,
      body,
    });
    const form = req.method === 'GET' ? url.searchParams : new URLSearchParams(body);
    const json = (status: number, text: string, headers: http.OutgoingHttpHeaders = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
    const noQuery = !form.get('query');
    switch (fault) {
      case 'ok':
        // A POST turned into a GET without its body is what a real Prometheus answers 400 to.
        if (noQuery) return json(400, '{"status":"error","errorType":"bad_data","error":"query is empty"}');
        return json(200, matrixAnswer(form));
      case 'echo401':
        // A server that quotes the credentials it was sent.
        return json(
          401,
          JSON.stringify({
            status: 'error',
            error: `bad credentials: authorization=${req.headers.authorization} x-api-key=${req.headers['x-api-key']}`,
          }),
        );
      case 'echo500':
        return json(
          500,
          JSON.stringify({
            status: 'error',
            error: `upstream said ${req.headers.authorization} ${req.headers['x-api-key']}`,
          }),
        );
      case 'retry-after':
        return json(503, '{"status":"error","error":"overloaded"}', { 'retry-after': '3600' });
      case 'bomb': {
        // Zeros gzipped as they are read: about 1 MiB on the wire per GiB inflated; stops when the client goes.
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        const gzip = zlib.createGzip({ level: 9 });
        gzip.pipe(res);
        const zeros = Buffer.alloc(1 << 20, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 1024 && !res.destroyed) {
            sent++;
            if (!gzip.write(zeros)) return void gzip.once('drain', pump);
          }
          gzip.end();
        };
        res.on('close', () => gzip.destroy());
        return pump();
      }
      case 'huge': {
        // 200 MB of one long JSON string, without Content-Length.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1 << 20, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent < 200 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case 'declared-huge':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200e6) });
        return res.write('{"status":"success"');
      case 'slowloris': {
        // Headers at once, then one byte every 500 ms: never idle, never done.
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(' '), 500);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'redirect-307':
      case 'redirect-308':
        return res.writeHead(Number(fault.slice(-3)), { location: `/ok${apiPath}` }).end();
      case 'redirect-301':
      case 'redirect-302':
      case 'redirect-303':
        return res.writeHead(Number(fault.slice(-3)), { location: `/ok${apiPath}` }).end();
      case 'redirect-other':
        return res.writeHead(307, { location: `${fake.otherOrigin}/ok${apiPath}` }).end();
      case 'loop':
        return res.writeHead(302, { location: url.pathname }).end();
      default:
        return json(404, '{"status":"error","error":"no such fault"}');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/** A server that accepts every connection and request and never answers (a hung webhook, API or service). */
export async function startBlackHole(): Promise<{ url: string; requests: number; close(): Promise<void> }> {
  const hole = { url: '', requests: 0, close: async () => {} };
  const server = http.createServer(() => {
    hole.requests++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hole.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  hole.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return hole;
}

/**
 * A loopback HTTP proxy in front of a real server that misbehaves on demand: answers late, answers 503
 * with Retry-After, cuts an answer short, refuses with 422, or redirects like an ingress path rewrite. Each fault applies to the next `times`
 * requests, then requests pass through again.
 */
import http from 'node:http';
import type net from 'node:net';

export type Fault =
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'cut' }
  /** An ingress path rewrite: redirect to `prefix` + the path; requests under `prefix` are served stripped. */
  | { kind: 'redirect'; status: number; prefix: string };

export interface FaultProxy {
  url: string;
  /** Requests received, faulty or not. */
  requests: number;
  /** Queue `fault` for the next `times` requests (Infinity: until cleared). */
  fail(fault: Fault, times: number): void;
  clear(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let fault: Fault | undefined;
  let remaining = 0;
  const timers = new Set<NodeJS.Timeout>();
  const proxy: FaultProxy = {
    url: '',
    requests: 0,
    fail(f, times) {
      fault = f;
      remaining = times;
    },
    clear() {
      fault = undefined;
      remaining = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const forward = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, cut: boolean) => {
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () => {
          const full = Buffer.concat(chunks);
          const headers = { ...up.headers, 'content-length': String(full.length) };
          delete headers['transfer-encoding'];
          res.writeHead(up.statusCode ?? 502, headers);
          if (cut) {
            // Half the body, then the connection drops: the client sees a truncated answer.
            res.write(full.subarray(0, Math.floor(full.length / 2)));
            res.socket?.destroy();
          } else res.end(full);
        });
      },
    );
    upstream.on('error', () => {
      res.writeHead(502).end('{"status":"error","error":"proxy: upstream unreachable"}');
    });
    upstream.end(body);
  };

  const server = http.createServer((req, res) => {
    proxy.requests++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const f = remaining > 0 ? fault : undefined;
      if (f?.kind === 'redirect' && req.url?.startsWith(`${f.prefix}/`)) {
        req.url = req.url.slice(f.prefix.length);
        return forward(req, body, res, false);
      }
      if (f) remaining--;
      if (f?.kind === 'redirect') {
        res.writeHead(f.status, { Location: `${f.prefix}${req.url}` }).end();
        return;
      }
      if (!f) return forward(req, body, res, false);
      if (f.kind === 'cut') return forward(req, body, res, true);
      if (f.kind === 'status') {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (f.retryAfter !== undefined) headers['Retry-After'] = f.retryAfter;
        res
          .writeHead(f.status, headers)
          .end(f.body ?? `{"status":"error","error":"proxy: HTTP ${f.status}"}`);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        forward(req, body, res, false);
      }, f.ms);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return proxy;
}

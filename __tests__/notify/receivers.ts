/**
 * Loopback receivers for the notification tests: one that records POSTs, and an HTTP proxy that records
 * what it forwards (absolute-URI requests and CONNECT tunnels) and only ever connects to loopback.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, isIP, type AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  status: number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  return (server.address() as AddressInfo).port;
}

export async function startReceiver(answer = '{"message":"ok","id":1}'): Promise<Receiver> {
  const r: Receiver = { url: '', port: 0, received: [], status: 200, close: async () => {} };
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    r.received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
    res.writeHead(r.status, { 'content-type': 'application/json' });
    res.end(answer);
  });
  r.port = await listen(server);
  r.url = `http://127.0.0.1:${r.port}`;
  r.close = () => new Promise<void>((res) => server.close(() => res()));
  return r;
}

export interface Proxy {
  url: string;
  /** `CONNECT host:port` or `POST http://…` lines, as the proxy saw them. */
  seen: string[];
  close(): Promise<void>;
}

/** Loopback only: a tunnel or request to any other address is refused with 403. */
function loopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === '127.0.0.1' || bare === '::1' || bare === '::ffff:7f00:1' || bare === '::ffff:127.0.0.1';
}

export async function startProxy(): Promise<Proxy> {
  const p: Proxy = { url: '', seen: [], close: async () => {} };
  const server = createServer((req, res) => {
    p.seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    if (!loopback(target.hostname)) return void res.writeHead(403).end();
    const upstream = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    p.seen.push(`CONNECT ${req.url}`);
    const at = (req.url ?? '').lastIndexOf(':');
    const host = (req.url ?? '').slice(0, at);
    const port = Number((req.url ?? '').slice(at + 1));
    if (!loopback(host) || !(isIP(host.replace(/^\[|\]$/g, '')) || host === 'localhost')) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  const port = await listen(server);
  p.url = `http://127.0.0.1:${port}`;
  p.close = () =>
    new Promise<void>((res) => {
      server.closeAllConnections?.();
      server.close(() => res());
    });
  return p;
}

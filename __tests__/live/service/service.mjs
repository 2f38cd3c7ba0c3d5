// A small real HTTP service for the live tests, run as its own process (one per track):
//   node service.mjs --service checkout --track canary
// GET /            the work: waits the configured latency, answers 500 with the configured error ratio
// GET /metrics     prom-client: http_request_duration_seconds (histogram), http_requests_total{code}
// POST /control    {"latencyMs": 390, "jitterMs": 20, "errorRatio": 0.3} changes behaviour at run time
// It listens on 127.0.0.1 on a free port and prints `listening PORT` once ready.
import http from 'node:http';
import { parseArgs } from 'node:util';
import client from 'prom-client';

const { values: args } = parseArgs({
  options: {
    service: { type: 'string', default: 'checkout' },
    track: { type: 'string', default: 'stable' },
    'latency-ms': { type: 'string', default: '100' },
    'jitter-ms': { type: 'string', default: '0' },
    'error-ratio': { type: 'string', default: '0' },
  },
});

const behaviour = {
  latencyMs: Number(args['latency-ms']),
  jitterMs: Number(args['jitter-ms']),
  errorRatio: Number(args['error-ratio']),
};

const registry = new client.Registry();
// Every series carries the service and the track, as a Kubernetes pod's relabelled targets would.
registry.setDefaultLabels({ service: args.service, track: args.track });
const duration = new client.Histogram({
  name: 'http_request_duration_seconds',
  help: 'Request duration',
  labelNames: ['code'],
  // Fine around the thresholds the tests use (250, 300, 400 ms), so p95 interpolation stays close.
  buckets: [0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.75, 1, 2.5],
  registers: [registry],
});
const requests = new client.Counter({
  name: 'http_requests_total',
  help: 'Requests served',
  labelNames: ['code'],
  registers: [registry],
});
// Both codes exist from the start, so an error ratio is 0 (not missing) while nothing fails.
for (const code of ['200', '500']) {
  requests.inc({ code }, 0);
}

function work(res) {
  const started = process.hrtime.bigint();
  const jitter = behaviour.jitterMs * (2 * Math.random() - 1);
  const wait = Math.max(0, behaviour.latencyMs + jitter);
  setTimeout(() => {
    const code = Math.random() < behaviour.errorRatio ? '500' : '200';
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    duration.observe({ code }, seconds);
    requests.inc({ code });
    res.writeHead(Number(code), { 'Content-Type': 'text/plain' }).end(code === '200' ? 'ok\n' : 'error\n');
  }, wait);
}

function control(req, res) {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    try {
      const change = JSON.parse(body || '{}');
      for (const key of Object.keys(behaviour)) {
        if (typeof change[key] === 'number') behaviour[key] = change[key];
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(behaviour));
    } catch (error) {
      res.writeHead(400).end(String(error));
    }
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/metrics') {
    registry.metrics().then((text) => res.writeHead(200, { 'Content-Type': registry.contentType }).end(text));
  } else if (req.url === '/control' && req.method === 'POST') {
    control(req, res);
  } else if (req.url === '/control') {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(behaviour));
  } else {
    work(res);
  }
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

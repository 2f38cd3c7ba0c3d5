/** A tiny loopback exporter: /metrics serves the gauges it was given, changeable while Prometheus scrapes. */
import http from 'node:http';
import type net from 'node:net';

export interface Exporter {
  /** `127.0.0.1:PORT`, the scrape target. */
  target: string;
  set(name: string, value: number): void;
  close(): Promise<void>;
}

export async function startExporter(initial: Record<string, number>): Promise<Exporter> {
  const values = { ...initial };
  const server = http.createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    const body = Object.entries(values)
      .map(([name, v]) => `# TYPE ${name} gauge\n${name} ${v}\n`)
      .join('');
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    target: `127.0.0.1:${port}`,
    set: (name, value) => {
      values[name] = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** prometheus.yml scraping `target` every second. */
export function scrapeConfig(target: string): string {
  return `global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: demo
    static_configs:
      - targets: ['${target}']
`;
}

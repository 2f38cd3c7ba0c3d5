/** A webhook receiver on 127.0.0.1 that answers with a scripted list of statuses and records what it got. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWebhook {
  url: string;
  received: { headers: Record<string, string | string[] | undefined>; body: string }[];
  /** Status of the n-th request; the last one repeats. */
  statuses: number[];
  close(): Promise<void>;
}

export async function startFakeWebhook(statuses: number[] = [200]): Promise<FakeWebhook> {
  const fake: FakeWebhook = { url: '', received: [], statuses, close: async () => {} };
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    fake.received.push({ headers: req.headers, body });
    const status = fake.statuses[Math.min(fake.received.length - 1, fake.statuses.length - 1)];
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/canary`;
  fake.close = () => new Promise<void>((res) => server.close(() => res()));
  return fake;
}

/** postWebhook against a loopback receiver: signature, retries on 5xx and network errors, none on 4xx. */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook, safeUrl, signature } from '../../src/github/webhook.js';
import { startFakeWebhook, type FakeWebhook } from './helpers/fake-webhook.js';
import { captureStdoutEachTest } from '../helpers/stdout.js';

let hook: FakeWebhook;

/** A loopback port nothing listens on (listened on, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((res) => server.close(() => res()));
  return port;
}
const sleeps: number[] = [];
const sleep = async (ms: number) => void sleeps.push(ms);
const stdout = captureStdoutEachTest();

beforeAll(async () => {
  hook = await startFakeWebhook();
});
afterAll(async () => {
  await hook.close();
});
beforeEach(() => {
  hook.received.length = 0;
  sleeps.length = 0;
});

test('signature is the hex HMAC-SHA256 of the body', () => {
  expect(signature('{"a":1}', 'k')).toBe(
    'sha256=' + createHmac('sha256', 'k').update('{"a":1}').digest('hex'),
  );
});

test('retries 503 and 429 with backoff, then delivers', async () => {
  hook.statuses = [503, 429, 204];
  expect(await postWebhook(hook.url, 's3cret', { decision: 'hold' }, { sleep })).toBe(true);
  expect(hook.received).toHaveLength(3);
  expect(sleeps).toEqual([1000, 2000]);
  expect(stdout.text()).not.toContain('::warning');
});

test('gives up after the attempts with one warning; a 4xx is not retried', async () => {
  hook.statuses = [500];
  expect(await postWebhook(hook.url, undefined, {}, { sleep, attempts: 3 })).toBe(false);
  expect(hook.received).toHaveLength(3);
  expect(hook.received[0].headers['x-canary-gate-signature']).toBeUndefined();
  expect(stdout.text()).toContain(`::warning::webhook POST to ${safeUrl(hook.url)} failed: HTTP 500`);
  hook.received.length = 0;
  hook.statuses = [401];
  expect(await postWebhook(hook.url, 'x', {}, { sleep })).toBe(false);
  expect(hook.received).toHaveLength(1);
});

test('a receiver that is down is a warning naming the cause, and the URL is shown without path or query', async () => {
  const port = await closedPort();
  const url = `http://127.0.0.1:${port}/hook?token=abc123`;
  expect(await postWebhook(url, undefined, {}, { sleep, attempts: 2 })).toBe(false);
  expect(stdout.text()).toContain(
    `::warning::webhook POST to http://127.0.0.1:${port}/… failed: connect ECONNREFUSED`,
  );
  expect(stdout.text()).not.toContain('abc123');
  expect(safeUrl('https://user:pw@h.example/x?y=1')).toBe('https://h.example/…');
  expect(safeUrl('https://h.example')).toBe('https://h.example');
});

test('a Slack-style secret path never reaches the log', async () => {
  const url = 'http://127.0.0.1:9/services/T000/B000/XXXXsecretXXXX';
  expect(await postWebhook(url, undefined, {}, { sleep, attempts: 1 })).toBe(false);
  expect(stdout.text()).toMatch(/^::warning::webhook POST to http:\/\/127\.0\.0\.1:9\/… failed: /m);
  expect(stdout.text()).not.toContain('XXXXsecretXXXX');
});

test('credentials in the URL are sent as basic auth and never logged', async () => {
  const u = new URL(hook.url);
  u.username = 'hookuser';
  u.password = 'p@ss:word';
  hook.statuses = [204];
  expect(await postWebhook(u.toString(), undefined, { a: 1 }, { sleep })).toBe(true);
  expect(hook.received[0].headers.authorization).toBe(
    'Basic ' + Buffer.from('hookuser:p@ss:word').toString('base64'),
  );
  hook.received.length = 0;
  stdout.clear();
  expect(
    await postWebhook('http://hookuser:hunter2@127.0.0.1:9/x', undefined, {}, { sleep, attempts: 1 }),
  ).toBe(false);
  expect(stdout.text()).toContain('::warning::webhook POST to http://127.0.0.1:9/… failed: ');
  expect(stdout.text()).not.toContain('hunter2');
});

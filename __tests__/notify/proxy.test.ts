/**
 * The webhook goes through HTTP_PROXY (and HTTPS_PROXY for https targets; @actions/http-client reads
 * both) unless NO_PROXY names the host. The target is the receiver at an IPv4-mapped loopback address
 * (`[::ffff:7f00:1]`), because http-client never proxies `127.*` or `localhost`.
 */
import { getProxyUrl } from '@actions/http-client';
import { postWebhook } from '../../src/github/webhook.js';
import { startProxy, startReceiver, type Proxy, type Receiver } from './receivers.js';

let receiver: Receiver;
let proxy: Proxy;
const saved = { ...process.env };
beforeAll(async () => {
  receiver = await startReceiver();
  proxy = await startProxy();
});
afterAll(async () => {
  await proxy.close();
  await receiver.close();
});
afterEach(() => {
  for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'])
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  receiver.received.length = 0;
  proxy.seen.length = 0;
});
const sleep = async () => {};
const target = () => `http://[::ffff:7f00:1]:${receiver.port}/hooks/canary`;

test('HTTP_PROXY: the POST is tunnelled through the proxy to the receiver', async () => {
  process.env.HTTP_PROXY = proxy.url;
  expect(await postWebhook(target(), undefined, { decision: 'hold' }, { sleep, attempts: 1 })).toBe(true);
  expect(proxy.seen).toEqual([`CONNECT [::ffff:7f00:1]:${receiver.port}`]);
  expect(receiver.received).toHaveLength(1);
  expect(JSON.parse(receiver.received[0].body)).toEqual({ decision: 'hold' });
});

/**
 * Direct (unproxied) requests to an IPv6 literal fail in http-client 4 (it passes `[::ffff:7f00:1]` with its
 * brackets to getaddrinfo), so these two show the request going direct by the proxy seeing nothing and the
 * failure being the direct connection's, not the proxy's.
 */
test('NO_PROXY naming the host: not sent through the proxy', async () => {
  process.env.HTTP_PROXY = proxy.url;
  process.env.NO_PROXY = 'example.internal, [::ffff:7f00:1]';
  await postWebhook(target(), undefined, { decision: 'promote' }, { sleep, attempts: 1 });
  expect(proxy.seen).toEqual([]);
  expect(getProxyUrl(target())).toBe('');
  delete process.env.NO_PROXY;
  expect(getProxyUrl(target())).toBe(`${proxy.url}/`);
});

test('HTTPS_PROXY is for https targets only', async () => {
  process.env.HTTPS_PROXY = proxy.url;
  await postWebhook(target(), undefined, {}, { sleep, attempts: 1 });
  expect(proxy.seen).toEqual([]);
  expect(getProxyUrl(target().replace('http:', 'https:'))).toBe(`${proxy.url}/`);
});

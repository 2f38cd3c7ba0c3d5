/**
 * The bundle gives @actions/github a stand-in for `undici` that loads undici on first use (src/github/undici.ts,
 * tsconfig.json `paths`): behind HTTP_PROXY the PR comment must still go through undici's ProxyAgent, which
 * @actions/github makes synchronously with its client. The bundle under Node 24, the loopback GitHub API at an
 * IPv4-mapped address (the toolkit never proxies 127.* or localhost), a loopback tunnelling proxy.
 */
import { startProxy, type Proxy } from '../notify/receivers.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { EXAMPLE, pullRequestEvent, runAction } from './helpers/run-action.js';

let github: FakeGitHub;
let proxy: Proxy;
beforeAll(async () => {
  github = await startFakeGitHub();
  proxy = await startProxy();
});
afterAll(async () => {
  await proxy.close();
  await github.close();
});

test("HTTP_PROXY: the PR comment client sends through undici's ProxyAgent", async () => {
  const api = github.url.replace('127.0.0.1', '[::ffff:7f00:1]');
  const run = await runAction({
    inputs: {
      config: EXAMPLE.config,
      stage: 'canary_5',
      'metrics-file': EXAMPLE.metrics('pass'),
      'github-token': 'ghs_faketoken0123456789',
      'upload-artifact': 'false',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(31),
    env: { GITHUB_API_URL: api, HTTP_PROXY: proxy.url },
  });
  // The first API call went through undici's ProxyAgent to the fake GitHub. (The ones after it are refused
  // by the proxy: undici writes the mapped address of later URLs as [::7f00:1], which is not loopback. The
  // bundle before the stand-in did the same.)
  expect(run.stdout).not.toMatch(/undici used before/);
  expect(proxy.seen[0]).toBe(`CONNECT [::ffff:7f00:1]:${new URL(github.url).port}`);
  expect(github.requests[0]).toMatchObject({ method: 'GET', path: '/user' });
  expect(run.code).toBe(0);
}, 60_000);

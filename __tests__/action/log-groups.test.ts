/**
 * The bundle's log under Node 24: one folded group per phase, and with step debug logging on the resolved
 * queries, the HTTP statuses of the comment and webhook calls, all redacted (a secret in the webhook path and
 * the tokens never appear).
 */
import { EXAMPLE, pullRequestEvent, runAction } from './helpers/run-action.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { startReceiver, type Receiver } from '../notify/receivers.js';

let github: FakeGitHub;
let hook: Receiver;
beforeAll(async () => {
  github = await startFakeGitHub();
  hook = await startReceiver();
});
afterAll(async () => {
  await github.close();
  await hook.close();
});

test('groups per phase and redacted debug lines', async () => {
  const run = await runAction({
    inputs: {
      config: EXAMPLE.config,
      stage: 'canary_5',
      'metrics-file': EXAMPLE.metrics('rollback-p95'),
      'github-token': 'ghs_faketoken0123456789',
      'upload-artifact': 'false',
      'webhook-url': `${hook.url}/services/T000/B000/XXXXsecretXXXX`,
      'webhook-format': 'slack',
      'grafana-url': `${hook.url}/grafana`,
      'grafana-token': 'glsa_supersecret_token',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(31),
    env: { GITHUB_API_URL: github.url, RUNNER_DEBUG: '1' },
  });
  expect(run.outputs.decision).toBe('rollback');
  const groups = [...run.stdout.matchAll(/^::group::(.*)$/gm)].map((m) => m[1]);
  expect(groups).toEqual([
    'policy',
    'preflight and bake',
    'report',
    'comment',
    'webhook',
    'Grafana annotation',
  ]);
  expect(run.stdout.match(/^::endgroup::$/gm)).toHaveLength(groups.length);
  expect(run.stdout).toMatch(/^::debug::query p95_latency_ms: .*histogram_quantile/m);
  expect(run.stdout).toMatch(
    /^::debug::PR comment: author github-actions\[bot\]; 0 comment\(s\) listed; none of ours$/m,
  );
  expect(run.stdout).toMatch(
    /^::debug::webhook POST to http:\/\/127\.0\.0\.1:\d+\/…: attempt 1\/3, HTTP 200$/m,
  );
  expect(run.stdout).toMatch(
    /^::debug::Grafana annotation POST to http:\/\/127\.0\.0\.1:\d+\/…: attempt 1\/3, HTTP 200$/m,
  );
  // `::add-mask::` is how they are registered with the runner; nowhere else may they appear.
  const shown = (run.stdout + run.stderr + run.summary).replace(/^::add-mask::.*$/gm, '');
  for (const secret of ['XXXXsecretXXXX', 'glsa_supersecret_token', 'ghs_faketoken0123456789'])
    expect(shown).not.toContain(secret);
  // The receivers got the Slack message and the annotation.
  const paths = hook.received.map((r) => r.path);
  expect(paths).toEqual(['/services/T000/B000/XXXXsecretXXXX', '/grafana/api/annotations']);
  expect(JSON.parse(hook.received[0].body).blocks[0].type).toBe('header');
  expect(hook.received[1].headers.authorization).toBe('Bearer glsa_supersecret_token');
});

/**
 * With a GitHub token, a Prometheus password and a webhook secret set (and the token even smuggled into a
 * query through `vars`), no secret appears in stdout, the outputs, the summary, the PR comment, the
 * report files or the webhook body; the webhook is signed and retried.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXAMPLE, pullRequestEvent, runAction } from './helpers/run-action.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { startFakeWebhook, type FakeWebhook } from './helpers/fake-webhook.js';

const TOKEN = 'ghs_SECRETtoken_0123456789';
const PASSWORD = 'pw_SECRET_987654';
const WEBHOOK_SECRET = 'whsec_SECRET_55555';
const SECRETS = [TOKEN, PASSWORD, WEBHOOK_SECRET];

let github: FakeGitHub;
let webhook: FakeWebhook;
beforeAll(async () => {
  github = await startFakeGitHub();
  webhook = await startFakeWebhook([500, 200]);
});
afterAll(async () => {
  await github.close();
  await webhook.close();
});

test('no secret leaks anywhere; the webhook is signed and retried', async () => {
  const run = await runAction({
    inputs: {
      config: EXAMPLE.config,
      stage: 'canary_5',
      'metrics-file': EXAMPLE.metrics('rollback-p95'),
      'github-token': TOKEN,
      'prometheus-username': 'svc',
      'prometheus-password': PASSWORD,
      'webhook-url': webhook.url,
      'webhook-secret': WEBHOOK_SECRET,
      vars: `service=${TOKEN}`,
      'upload-artifact': 'false',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(21),
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('rollback');

  // The runner masks what ::add-mask:: registers; every secret is registered...
  for (const secret of SECRETS) expect(run.stdout).toContain(`::add-mask::${secret}`);
  // ...and appears nowhere else.
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const dir = dirname(run.outputs['report-path']);
  const places: Record<string, string> = {
    stdout,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    comment: github.comments.get(21)![0].body,
    'report.json': readFileSync(join(dir, 'report.json'), 'utf8'),
    'summary.md': readFileSync(join(dir, 'summary.md'), 'utf8'),
    'report.html': readFileSync(join(dir, 'report.html'), 'utf8'),
    webhook: webhook.received.map((r) => r.body).join('\n'),
  };
  for (const [place, text] of Object.entries(places)) {
    for (const secret of SECRETS)
      expect({ place, leaked: text.includes(secret) }).toEqual({ place, leaked: false });
  }
  // The token went into a query through vars: it is masked there, and the rest of the query is intact.
  expect(places['report.json']).toContain('service=\\"***\\"');

  // Retried after the 500, then delivered; signed over the exact body.
  expect(webhook.received).toHaveLength(2);
  const last = webhook.received[1];
  const expected = 'sha256=' + createHmac('sha256', WEBHOOK_SECRET).update(last.body).digest('hex');
  expect(last.headers['x-canary-gate-signature']).toBe(expected);
  expect(last.headers['content-type']).toBe('application/json');
  const payload = JSON.parse(last.body);
  expect(payload).toMatchObject({
    event: 'canary-gate.verdict',
    decision: 'rollback',
    stage: 'canary_5',
    rollback_triggered: true,
  });
  expect(payload.rollback_reasons[0]).toMatch(/^p95_latency_ms > 400/);
});

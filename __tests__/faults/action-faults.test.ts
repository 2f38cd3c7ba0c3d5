/**
 * The bundled action (dist/index.js under Node 24, as GitHub runs it) against services that accept the
 * connection and never answer (GitHub API, artifact results service, webhook), and against a Prometheus
 * that echoes the credentials it was sent. Each case asserts the exit code, the decision output, that the
 * run ended within its bound plus 20 s of slack (liveness, not speed), and that no secret reaches stdout,
 * stderr, GITHUB_OUTPUT, the summary, the report files, the comment the fake API received or the webhook body.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, pullRequestEvent, runAction, type ActionRun } from '../action/helpers/run-action.js';
import { startFakeGitHub } from '../action/helpers/fake-github.js';
import { startFakeWebhook } from '../action/helpers/fake-webhook.js';
import { startBlackHole, startFakePrometheus } from './fake-prometheus.js';

const TOKEN = 'ghs_SECRET_github_0001';
const PASSWORD = 'pw_SECRET_basic_0002';
const BASIC = Buffer.from(`bob:${PASSWORD}`).toString('base64');
const API_KEY = 'key_SECRET_header_0003';
const WEBHOOK_SECRET = 'whsec_SECRET_0004';
const SECRETS = [TOKEN, PASSWORD, BASIC, API_KEY, WEBHOOK_SECRET];
const SLACK_MS = 20_000;
/** The bound after the verdict (src/github/deadline.ts). */
const POST_VERDICT_MS = 120_000;

function runtimeToken(): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ scp: 'Actions.Results:run-1:job-1' })}.${part('x')}`;
}

/** Every channel of a run, the report files included. */
function channels(run: ActionRun, extra: Record<string, string> = {}): Record<string, string> {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const files: Record<string, string> = {};
  const reportDir = run.outputs['report-path'] ? join(run.outputs['report-path'], '..') : '';
  if (reportDir) for (const f of readdirSync(reportDir)) files[f] = readFileSync(join(reportDir, f), 'utf8');
  return {
    stdout,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    ...files,
    ...extra,
  };
}

function expectNoSecret(places: Record<string, string>): void {
  for (const [place, text] of Object.entries(places))
    for (const secret of SECRETS)
      expect({ place, leaked: text.includes(secret) }).toEqual({ place, leaked: false });
}

test.concurrent(
  'GitHub API, artifact service and webhook that never answer: promote, outputs set, ended within 2 minutes',
  async () => {
    const [api, results, hook] = await Promise.all([startBlackHole(), startBlackHole(), startBlackHole()]);
    try {
      const started = Date.now();
      const run = await runAction({
        inputs: {
          config: EXAMPLE.config,
          stage: 'canary_5',
          'metrics-file': EXAMPLE.metrics('pass'),
          'github-token': TOKEN,
          'webhook-url': `${hook.url}/hooks/x`,
          'webhook-secret': WEBHOOK_SECRET,
        },
        eventName: 'pull_request',
        event: pullRequestEvent(7),
        env: {
          GITHUB_API_URL: api.url,
          ACTIONS_RESULTS_URL: results.url,
          ACTIONS_RUNTIME_TOKEN: runtimeToken(),
        },
      });
      const elapsed = Date.now() - started;
      expect(run.code).toBe(0);
      expect(run.outputs.decision).toBe('promote');
      expect(run.outputs['artifact-id']).toBe('');
      expect(elapsed).toBeLessThan(POST_VERDICT_MS + SLACK_MS);
      for (const step of ['artifact upload', 'PR comment', 'webhook'])
        expect(run.stdout).toMatch(new RegExp(`^::warning::${step} abandoned: no answer within \\d+s`, 'm'));
      expect(api.requests + results.requests + hook.requests).toBeGreaterThanOrEqual(3);
      expectNoSecret(channels(run));
    } finally {
      await Promise.all([api.close(), results.close(), hook.close()]);
    }
  },
  POST_VERDICT_MS + 60_000,
);

test.concurrent(
  'a Prometheus that echoes the basic credential and X-Api-Key: no secret anywhere, comment and webhook included',
  async () => {
    const [prom, github, webhook] = await Promise.all([
      startFakePrometheus(),
      startFakeGitHub(),
      startFakeWebhook(),
    ]);
    try {
      const run = await runAction({
        inputs: {
          config: EXAMPLE.config,
          stage: 'canary_5',
          mode: 'lookback',
          until: '2026-11-20T12:00:00Z',
          'prometheus-url': prom.url.replace('http://', `http://bob:${PASSWORD}@`) + '/echo500',
          'prometheus-headers': `X-Api-Key: ${API_KEY}`,
          'github-token': TOKEN,
          'webhook-url': webhook.url,
          'webhook-secret': WEBHOOK_SECRET,
          'upload-artifact': 'false',
        },
        eventName: 'pull_request',
        event: pullRequestEvent(8),
        env: { GITHUB_API_URL: github.url },
      });
      expect(run.code).toBe(1);
      expect(run.outputs.decision).toBe('inconclusive');
      // The server did see them (so it could echo them)...
      expect(prom.requests[0].headers.authorization).toBe(`Basic ${BASIC}`);
      // ...and they were masked before anything else was printed.
      const firstMask = run.stdout.indexOf('::add-mask::');
      expect(firstMask).toBeGreaterThanOrEqual(0);
      expect(run.stdout.slice(0, firstMask)).toBe('');
      expect(run.stdout).toContain(`::add-mask::${BASIC}`);
      expectNoSecret(
        channels(run, {
          comment: github.comments.get(8)?.[0]?.body ?? '',
          webhook: webhook.received.map((r) => r.body).join('\n'),
        }),
      );
      expect(github.comments.get(8)?.[0]?.body).toContain('upstream said Basic ***');
    } finally {
      await Promise.all([prom.close(), github.close(), webhook.close()]);
    }
  },
  120_000,
);

test.concurrent.each([`http://alice:${PASSWORD}@[::1`, `ftp://alice:${PASSWORD}@prom.example/x`])(
  'prometheus-url %s that is not a valid http(s) URL: decision error, the password masked first and nowhere else',
  async (url) => {
    const run = await runAction({
      inputs: { config: EXAMPLE.config, stage: 'canary_5', 'prometheus-url': url },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    expect(run.stdout.startsWith('::add-mask::')).toBe(true);
    expect(run.stdout).toMatch(/::error::canary-gate: input `prometheus-url`/);
    expectNoSecret(channels(run));
  },
  60_000,
);

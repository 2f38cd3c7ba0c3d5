/**
 * Each notification format posted to a loopback receiver, which checks the payload's documented shape:
 * canary-gate's JSON, a Slack incoming-webhook message (text + Block Kit blocks), a Teams message with an
 * Adaptive Card attachment, and a Grafana annotation (POST /api/annotations, time/timeEnd in epoch ms).
 */
import { formatWebhook, postWebhook, signature } from '../../src/github/webhook.js';
import { grafanaAnnotation, postGrafanaAnnotation } from '../../src/github/grafana.js';
import { fixtureReport } from '../report/helpers/fixture.js';
import { startReceiver, type Receiver } from './receivers.js';
import { captureStdoutAsync } from '../helpers/stdout.js';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(() => {
  receiver.received.length = 0;
  receiver.status = 200;
});
const sleep = async () => {};
const report = {
  ...fixtureReport({ failing: true }),
  decision: 'rollback' as const,
  rollback_triggered: true,
};
report.rollback_reasons = ['p95_latency_ms > 400 for 10m at 10:10–10:20 <b>&</b>'];
report.provenance = { ...report.provenance, repository: 'acme/shop', sha: '0123456789abcdef' };
const links = {
  run_url: 'https://github.com/acme/shop/actions/runs/1',
  artifact_url: 'https://github.com/a/1',
};

async function deliver(format: 'json' | 'slack' | 'teams') {
  const payload = formatWebhook(format, report, links);
  expect(await postWebhook(`${receiver.url}/hook`, 'k3y', payload, { sleep })).toBe(true);
  const [got] = receiver.received;
  expect(got.method).toBe('POST');
  expect(got.headers['content-type']).toBe('application/json');
  expect(got.headers['x-canary-gate-signature']).toBe(signature(got.body, 'k3y'));
  return JSON.parse(got.body);
}

test('json: the verdict without per-window values', async () => {
  const body = await deliver('json');
  expect(body).toMatchObject({ event: 'canary-gate.verdict', decision: 'rollback', stage: report.stage });
  expect(body.checks[0]).toEqual(
    expect.objectContaining({ kind: expect.any(String), status: expect.any(String) }),
  );
  expect(JSON.stringify(body)).not.toContain('"values"');
});

test('slack: text fallback and blocks (header ≤ 150 plain_text, mrkdwn escaped, links as <url|text>)', async () => {
  const body = await deliver('slack');
  expect(typeof body.text).toBe('string');
  expect(body.text).toContain('ROLLBACK');
  expect(Array.isArray(body.blocks)).toBe(true);
  expect(body.blocks.length).toBeLessThanOrEqual(50);
  const [header, next, reasons] = body.blocks;
  expect(header).toEqual({
    type: 'header',
    text: { type: 'plain_text', text: expect.any(String), emoji: true },
  });
  expect(header.text.text.length).toBeLessThanOrEqual(150);
  expect(next.text.text).toMatch(/^Next: the rollback job will shift traffic back/);
  expect(reasons.text.type).toBe('mrkdwn');
  expect(reasons.text.text).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
  for (const block of body.blocks) expect(['header', 'section', 'context']).toContain(block.type);
  const context = body.blocks.at(-1);
  expect(context.elements[0].text).toContain(`<${links.run_url}|workflow run>`);
  expect(context.elements[0].text).toContain('acme/shop@0123456');
});

test('teams: a message with one Adaptive Card 1.4 attachment, body text blocks and a fact set', async () => {
  const body = await deliver('teams');
  expect(body.type).toBe('message');
  expect(body.attachments).toHaveLength(1);
  const [attachment] = body.attachments;
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const card = attachment.content;
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
  expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
  expect(card.body[0]).toMatchObject({ type: 'TextBlock', weight: 'Bolder', wrap: true });
  expect(card.body[0].text).toContain('ROLLBACK');
  expect(card.body.find((b: { type: string }) => b.type === 'FactSet').facts).toEqual(
    expect.arrayContaining([{ title: 'Repository', value: 'acme/shop' }]),
  );
  expect(card.actions).toEqual([
    { type: 'Action.OpenUrl', title: 'Workflow run', url: links.run_url },
    { type: 'Action.OpenUrl', title: 'Report artifact', url: links.artifact_url },
  ]);
});

test('Grafana: a region annotation over the bake, with a bearer token, at /api/annotations under the base path', async () => {
  const annotation = grafanaAnnotation(report, links);
  expect(await postGrafanaAnnotation(`${receiver.url}/grafana`, 'glsa_token', annotation, { sleep })).toBe(
    true,
  );
  const [got] = receiver.received;
  expect(got.path).toBe('/grafana/api/annotations');
  expect(got.headers.authorization).toBe('Bearer glsa_token');
  const body = JSON.parse(got.body);
  expect(body).toEqual({
    time: Date.parse(report.bake.since!),
    timeEnd: Date.parse(report.bake.until!),
    tags: ['canary-gate', `stage:${report.stage}`, 'decision:rollback'],
    text: expect.stringContaining('canary-gate: ROLLBACK at stage'),
  });
  expect(body.timeEnd).toBeGreaterThan(body.time);
});

test('Grafana: a refusal is one warning; a bake without a start has no range and sends nothing', async () => {
  receiver.status = 403;
  expect(await postGrafanaAnnotation(receiver.url, 'x', grafanaAnnotation(report, links), { sleep })).toBe(
    false,
  );
  expect(receiver.received).toHaveLength(1);
  const noStart = fixtureReport({ since: null });
  expect(grafanaAnnotation(noStart, links)).toBeNull();
});

test('retries are logged as debug lines with the wait; the last failure is one warning', async () => {
  receiver.status = 503;
  const text = await captureStdoutAsync(async () =>
    expect(await postWebhook(`${receiver.url}/x`, undefined, {}, { sleep, attempts: 2 })).toBe(false),
  );
  expect(text).toMatch(/::debug::webhook POST to http:\/\/127\.0\.0\.1:\d+\/…: attempt 1\/2, HTTP 503/);
  expect(text).toContain('::debug::webhook: retrying in 1000 ms');
  expect(text.match(/::warning::/g)).toHaveLength(1);
});

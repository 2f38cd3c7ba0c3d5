/**
 * The verdict for chat: a Slack incoming-webhook message (`text` fallback + Block Kit `blocks`) and a
 * Microsoft Teams message carrying an Adaptive Card (what Teams' incoming webhooks and its Workflows
 * "when a webhook request is received" trigger accept). Short by design: headline, what happens next, the
 * first reasons, the bake and links; the full report is one click away.
 */
import { bakeSpan, decisionIcon } from './format.js';
import { nextStep } from './next-step.js';
import type { Report } from './types.js';

export interface CardLinks {
  run_url?: string | null;
  artifact_url?: string | null;
}

const MAX_REASONS = 5;

function headline(report: Report): string {
  const traffic = report.traffic === null ? '' : ` (${report.traffic}% traffic)`;
  return `${decisionIcon(report.decision)} canary-gate: ${report.decision.toUpperCase()} — stage ${report.stage}${traffic}`;
}

function reasons(report: Report): string[] {
  const all = [...report.rollback_reasons, ...report.gate_fail_reasons, ...report.inconclusive_reasons];
  const shown = all.slice(0, MAX_REASONS).map((r) => r.replace(/\r?\n/g, ' '));
  if (all.length > MAX_REASONS) shown.push(`… and ${all.length - MAX_REASONS} more`);
  return shown;
}

function failing(report: Report): string {
  const n = report.checks.filter((c) => c.status === 'fail').length;
  return `${n} of ${report.checks.length} check(s) failing`;
}

/** Slack mrkdwn: `&`, `<` and `>` are control characters (links are `<url|text>`). */
function slackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

export function slackMessage(report: Report, links: CardLinks) {
  const title = headline(report);
  const list = reasons(report);
  const linkText = [
    links.run_url ? `<${links.run_url}|workflow run>` : '',
    links.artifact_url ? `<${links.artifact_url}|report artifact>` : '',
    report.provenance.repository && report.provenance.sha
      ? slackText(`${report.provenance.repository}@${report.provenance.sha.slice(0, 7)}`)
      : '',
  ].filter(Boolean);
  const blocks: unknown[] = [
    // Header text is plain_text, at most 150 characters.
    { type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: slackText(nextStep(report)) } },
  ];
  if (list.length)
    blocks.push({
      type: 'section',
      // A section's text is at most 3000 characters.
      text: { type: 'mrkdwn', text: clip(list.map((r) => `• ${slackText(r)}`).join('\n'), 3000) },
    });
  blocks.push({
    type: 'section',
    fields: [
      { type: 'mrkdwn', text: `*Bake*\n${slackText(bakeSpan(report))}` },
      { type: 'mrkdwn', text: `*Checks*\n${failing(report)}` },
    ],
  });
  if (linkText.length)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: linkText.join(' · ') }] });
  return { text: `${title}. ${nextStep(report)}`, blocks };
}

export function teamsMessage(report: Report, links: CardLinks) {
  const list = reasons(report);
  const body: unknown[] = [
    { type: 'TextBlock', text: headline(report), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: nextStep(report), wrap: true },
  ];
  if (list.length) body.push({ type: 'TextBlock', text: list.map((r) => `- ${r}`).join('\n'), wrap: true });
  body.push({
    type: 'FactSet',
    facts: [
      { title: 'Bake', value: bakeSpan(report) },
      { title: 'Checks', value: failing(report) },
      ...(report.provenance.repository ? [{ title: 'Repository', value: report.provenance.repository }] : []),
    ],
  });
  const actions = [
    ...(links.run_url ? [{ type: 'Action.OpenUrl', title: 'Workflow run', url: links.run_url }] : []),
    ...(links.artifact_url
      ? [{ type: 'Action.OpenUrl', title: 'Report artifact', url: links.artifact_url }]
      : []),
  ];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(actions.length ? { actions } : {}),
        },
      },
    ],
  };
}

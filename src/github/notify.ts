/**
 * After the verdict: the webhook (in its format) and the Grafana annotation, each in its own log group.
 * Best effort: a receiver that fails is a warning from postJson; nothing here changes the decision.
 */
import type { Report } from '../report/types.js';
import { grafanaAnnotation, postGrafanaAnnotation } from './grafana.js';
import { group, info, redactor, warning } from './log.js';
import { formatWebhook, postWebhook, type WebhookFormat } from './webhook.js';

export interface NotifyInputs {
  webhookUrl?: string;
  webhookSecret?: string;
  webhookFormat: WebhookFormat;
  grafanaUrl?: string;
  grafanaToken?: string;
}

export async function notify(
  report: Report,
  inputs: NotifyInputs,
  links: { artifact_url?: string | null; run_url?: string | null },
  signal?: AbortSignal,
): Promise<void> {
  if (inputs.webhookUrl) {
    const url = inputs.webhookUrl;
    await group('webhook', async () => {
      const payload = redactor.json(formatWebhook(inputs.webhookFormat, report, links));
      if (await postWebhook(url, inputs.webhookSecret, payload, { signal }))
        info(`webhook delivered (${inputs.webhookFormat})`);
    });
  }
  if (inputs.grafanaUrl) {
    const url = inputs.grafanaUrl;
    await group('Grafana annotation', async () => {
      const annotation = grafanaAnnotation(report, links);
      if (!annotation)
        return warning(
          'Grafana annotation skipped: the bake has no start time (a recording without `start`)',
        );
      const body = redactor.json(annotation);
      if (await postGrafanaAnnotation(url, inputs.grafanaToken, body, { signal }))
        info('Grafana annotation added');
    });
  }
}

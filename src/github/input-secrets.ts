/**
 * The credentials among the action's inputs, read straight from the environment before any input is
 * validated: a validation message may quote an input (a URL with userinfo that does not parse), so its
 * secrets must be registered with the runner first.
 */
import * as core from '@actions/core';
import { credentialSecrets } from '../util/redact.js';

const readRaw = (name: string): string => core.getInput(name, { trimWhitespace: false });

export function inputSecrets(read: (name: string) => string = readRaw): string[] {
  const headers: Record<string, string> = {};
  read('prometheus-headers')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const at = line.indexOf(':');
      // Every value counts, and so does a line that is not `Name: value` (a mistyped credential).
      headers[String(i)] = at > 0 ? line.slice(at + 1).trim() : line.trim();
    });
  const webhookUrl = read('webhook-url').trim();
  return credentialSecrets({
    token: read('prometheus-token'),
    username: read('prometheus-username').trim(),
    password: read('prometheus-password'),
    urls: [read('prometheus-url'), webhookUrl, read('grafana-url')],
    headers,
    // A webhook URL often is its own secret (Slack, Discord, Teams keep the token in the path).
    other: [
      read('webhook-secret'),
      read('grafana-token'),
      read('github-token'),
      webhookUrl.length > 24 ? webhookUrl : undefined,
    ],
  });
}

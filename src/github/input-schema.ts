/**
 * Each action input with its default (as in action.yml) and its check, as zod schemas over the string the
 * runner passes; the duration and time grammars the checks and getInputs share.
 */
import { z } from 'zod';
import { parseDuration as parsePolicyDuration } from '../policy/duration.js';
import { parseUserTime } from '../util/time.js';

/** `30m`, `1h30m`, `24h`, `90s`, `1d` → seconds, by the policy's duration grammar; null when invalid or 0. */
export function parseDuration(text: string): number | null {
  const parsed = parsePolicyDuration(text);
  return parsed.ok ? parsed.seconds : null;
}

/** ISO-8601 or unix seconds → unix seconds. */
export function parseTime(text: string): number | null {
  const parsed = parseUserTime(text);
  return parsed.ok ? parsed.seconds : null;
}

/** Each input with its default and check. Defaults match action.yml. */
const optional = z.string().transform((s) => (s.trim() === '' ? undefined : s.trim()));
const bool = (fix: string) =>
  z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .refine((s) => ['true', 'false', ''].includes(s), { message: `must be true or false (${fix})` })
    .transform((s) => s === 'true');

const time = optional.refine((s) => s === undefined || parseTime(s) !== null, {
  message: 'must be an ISO-8601 time (2026-11-20T10:00:00Z) or unix seconds',
});

export const SCHEMA = {
  config: z.string().transform((s) => s.trim() || '.github/canary-gate.yml'),
  stage: z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s !== '', { message: 'is required: name the policy stage to judge, e.g. canary_5' }),
  mode: z
    .string()
    .transform((s) => s.trim() || 'watch')
    .refine((s) => ['watch', 'lookback', 'backtest'].includes(s), {
      message: 'must be watch, lookback or backtest',
    }),
  since: time,
  until: time,
  bake: optional.refine((s) => s === undefined || parseDuration(s) !== null, {
    message: 'must be a duration like 30m, 1h or 24h',
  }),
  'metrics-file': optional,
  'prometheus-url': optional.refine(
    (s) => s === undefined || (URL.canParse(s) && /^https?:$/.test(new URL(s).protocol)),
    { message: 'must be an http(s) URL, e.g. http://prometheus:9090' },
  ),
  'prometheus-token': optional,
  'prometheus-username': optional,
  'prometheus-password': optional,
  'prometheus-headers': z.string(),
  'prometheus-ca-cert': optional,
  'insecure-skip-tls-verify': bool('default false'),
  vars: z.string(),
  'dry-run': bool('default false'),
  'smoke-command': optional,
  'smoke-timeout': optional.refine((s) => s === undefined || parseDuration(s) !== null, {
    message: 'must be a duration like 60s or 5m',
  }),
  'webhook-url': optional.refine(
    (s) => s === undefined || (URL.canParse(s) && /^https?:$/.test(new URL(s).protocol)),
    { message: 'must be an http(s) URL' },
  ),
  'webhook-secret': optional,
  'webhook-format': z
    .string()
    .transform((s) => s.trim().toLowerCase() || 'json')
    .refine((s) => ['json', 'slack', 'teams'].includes(s), { message: 'must be json, slack or teams' }),
  'grafana-url': optional.refine(
    (s) => s === undefined || (URL.canParse(s) && /^https?:$/.test(new URL(s).protocol)),
    { message: 'must be the http(s) base URL of Grafana, e.g. https://grafana.example.com' },
  ),
  'grafana-token': optional,
  'github-token': optional,
  comment: z
    .string()
    .transform((s) => s.trim().toLowerCase() || 'auto')
    .refine((s) => ['auto', 'always', 'never'].includes(s), { message: 'must be auto, always or never' }),
  'artifact-name': optional.refine((s) => s === undefined || !/["':<>|*?\\/\r\n]/.test(s), {
    message: 'must not contain " : < > | * ? \\ / or a newline',
  }),
  'upload-artifact': z
    .string()
    .transform((s) => s.trim().toLowerCase() || 'true')
    .refine((s) => s === 'true' || s === 'false', { message: 'must be true or false (default true)' })
    .transform((s) => s === 'true'),
} as const;

/** Inputs whose values a message never shows. */
export const SECRET_INPUTS = new Set([
  'prometheus-token',
  'prometheus-password',
  'webhook-secret',
  'grafana-token',
  'github-token',
]);

/** The inputs once checked, by name. */
export type CheckedInputs = { [K in keyof typeof SCHEMA]: z.output<(typeof SCHEMA)[K]> };

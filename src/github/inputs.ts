/**
 * The action's inputs, read once from the environment (`INPUT_<NAME>`, as the runner sets them) into
 * one typed, zod-checked object. A bad input throws an InputError naming the input and the fix; main
 * turns it into a one-line failed step.
 */
import type { InputNames } from '../input-warnings.js';
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../util/errors.js';
import { dict } from '../util/dict.js';
import { parseUserTime } from '../util/time.js';
import type { WebhookFormat } from './webhook.js';

export type Mode = 'watch' | 'lookback';
export type CommentMode = 'auto' | 'always' | 'never';

export interface ActionInputs {
  config: string;
  stage: string;
  mode: Mode;
  /** `mode: backtest` (DESIGN §8): replay the stage over history instead of judging one bake. */
  backtest: boolean;
  /** Unix seconds. */
  since?: number;
  until?: number;
  bakeSeconds?: number;
  metricsFile?: string;
  prometheus: {
    url?: string;
    token?: string;
    username?: string;
    password?: string;
    headers: Record<string, string>;
    /** PEM text (read from the file when the input is a path). */
    caCert?: string;
    insecureSkipTlsVerify: boolean;
  };
  vars: Record<string, string>;
  dryRun: boolean;
  smokeCommand?: string;
  smokeTimeoutSeconds: number;
  webhookUrl?: string;
  webhookSecret?: string;
  webhookFormat: WebhookFormat;
  grafanaUrl?: string;
  grafanaToken?: string;
  githubToken?: string;
  comment: CommentMode;
  artifactName: string;
  uploadArtifact: boolean;
}

const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** `30m`, `1h30m`, `24h`, `90s`, `1d` → seconds. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === '') return null;
  const [d, h, min, s] = m.slice(1).map((v) => Number(v ?? 0));
  const seconds = d * 86400 + h * 3600 + min * 60 + s;
  return seconds > 0 ? seconds : null;
}

/** ISO-8601 or unix seconds → unix seconds. */
export function parseTime(text: string): number | null {
  const parsed = parseUserTime(text);
  return parsed.ok ? parsed.seconds : null;
}

/** Non-blank, non-comment lines with their 1-based line number in the input as written. */
function lines(text: string): { line: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ line: l.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
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

const SCHEMA = {
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

const SECRET_INPUTS = new Set([
  'prometheus-token',
  'prometheus-password',
  'webhook-secret',
  'grafana-token',
  'github-token',
]);

type Raw = { [K in keyof typeof SCHEMA]: z.output<(typeof SCHEMA)[K]> };

/** Read one input as the runner passes it; unset inputs are empty strings. */
function readRaw(name: string): string {
  return core.getInput(name, { trimWhitespace: false });
}

export function getInputs(read: (name: string) => string = readRaw): ActionInputs {
  const raw = {} as Record<string, unknown>;
  for (const [name, schema] of Object.entries(SCHEMA)) {
    const value = read(name);
    const result = (schema as z.ZodType).safeParse(value);
    if (!result.success) {
      const shown =
        SECRET_INPUTS.has(name) || value.trim() === '' ? '' : ` (got ${JSON.stringify(value.trim())})`;
      const message = (result.error.issues[0]?.message ?? 'is invalid') + shown;
      throw new InputError(`input \`${name}\``, message, `fix \`${name}\` in the step's \`with:\``);
    }
    raw[name] = result.data;
  }
  const r = raw as Raw;
  const headers = parsePairs(r['prometheus-headers'], ':', 'prometheus-headers', 'Name: value', false);
  const vars = parsePairs(r.vars, '=', 'vars', 'name=value', true);
  for (const name of Object.keys(vars)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new InputError('input `vars`', `"${name}" is not a valid var name`, 'use letters, digits and _');
  }
  if (r['prometheus-username'] && !r['prometheus-password'])
    throw new InputError(
      'input `prometheus-password`',
      'is empty but prometheus-username is set',
      'set both or neither',
    );
  if (r['prometheus-password'] && !r['prometheus-username'])
    throw new InputError(
      'input `prometheus-username`',
      'is empty but prometheus-password is set',
      'set both or neither',
    );
  if (r['prometheus-token'] && r['prometheus-username'])
    throw new InputError(
      'input `prometheus-token`',
      'and prometheus-username are both set',
      'use a bearer token or basic auth, not both',
    );
  if (r.since && r.until && parseTime(r.since)! >= parseTime(r.until)!)
    throw new InputError(
      'input `since`',
      `(${r.since}) is not before until (${r.until})`,
      'give since < until',
    );
  if (r['metrics-file'] && r['prometheus-url'])
    throw new InputError('input `metrics-file`', 'and prometheus-url are both set', 'use one source');
  return {
    config: r.config,
    stage: r.stage,
    mode: (r.mode === 'backtest' ? 'lookback' : r.mode) as Mode,
    backtest: r.mode === 'backtest',
    since: r.since === undefined ? undefined : parseTime(r.since)!,
    until: r.until === undefined ? undefined : parseTime(r.until)!,
    bakeSeconds: r.bake === undefined ? undefined : parseDuration(r.bake)!,
    metricsFile: r['metrics-file'],
    prometheus: {
      url: r['prometheus-url'],
      token: r['prometheus-token'],
      username: r['prometheus-username'],
      password: r['prometheus-password'],
      headers,
      caCert: r['prometheus-ca-cert'] === undefined ? undefined : readCaCert(r['prometheus-ca-cert']),
      insecureSkipTlsVerify: r['insecure-skip-tls-verify'],
    },
    vars,
    dryRun: r['dry-run'],
    smokeCommand: r['smoke-command'],
    smokeTimeoutSeconds: r['smoke-timeout'] === undefined ? 300 : parseDuration(r['smoke-timeout'])!,
    webhookUrl: r['webhook-url'],
    webhookSecret: r['webhook-secret'],
    webhookFormat: r['webhook-format'] as WebhookFormat,
    grafanaUrl: r['grafana-url'],
    grafanaToken: r['grafana-token'],
    githubToken: r['github-token'],
    comment: r.comment as CommentMode,
    artifactName: r['artifact-name'] ?? `canary-gate-${r.stage}`,
    uploadArtifact: r['upload-artifact'],
  };
}

/**
 * Lines `key<sep>value` → record; `#` comments and blank lines skipped. The value keeps everything after the
 * first separator (`a=b=c` is a → `b=c`). A bad line is shown only where values are not secrets.
 */
function parsePairs(
  text: string,
  sep: string,
  input: string,
  shape: string,
  showLine: boolean,
): Record<string, string> {
  const out: Record<string, string> = dict();
  for (const { line, number } of lines(text)) {
    const at = line.indexOf(sep);
    const key = at > 0 ? line.slice(0, at).trim() : '';
    if (!key)
      throw new InputError(
        `input \`${input}\` line ${number}`,
        `is not \`${shape}\`${showLine ? ` (got ${JSON.stringify(line)})` : ''}`,
        `write one \`${shape}\` per line`,
      );
    if (sep === ':' && !HEADER_NAME.test(key))
      throw new InputError(
        `input \`${input}\` line ${number}`,
        `${JSON.stringify(key)} is not a valid header name`,
        'use letters, digits and - (e.g. X-Scope-OrgID: team-a)',
      );
    out[key] = line.slice(at + 1).trim();
  }
  return out;
}

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function readCaCert(value: string): string {
  if (value.includes('-----BEGIN')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (error) {
    throw new InputError(
      'input `prometheus-ca-cert`',
      `cannot read ${value}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'give the path of a PEM file or the PEM text itself',
    );
  }
}

/** How messages name the action's inputs. */
export const ACTION_INPUT_NAMES: InputNames = {
  stage: 'input `stage`',
  bake: 'input `bake`',
  since: 'input `since`',
  until: 'input `until`',
  metricsFile: 'metrics-file',
  vars: 'input `vars`:',
  insecureSkipTlsVerify: 'input `insecure-skip-tls-verify`',
  caCert: 'prometheus-ca-cert',
};

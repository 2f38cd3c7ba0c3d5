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
import { parsePairs } from './input-pairs.js';
import { parseDuration, parseTime, SCHEMA, SECRET_INPUTS, type CheckedInputs } from './input-schema.js';
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
  const r = raw as CheckedInputs;
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

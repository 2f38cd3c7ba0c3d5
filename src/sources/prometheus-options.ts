/**
 * Client options from the policy's `prometheus:` block and the CLI flags / action inputs that override it.
 * Pure: the caller reads the CA certificate file. Error messages never echo a header value or a secret.
 */
import type { Policy } from '../policy/types.js';
import type { PrometheusClientOptions } from './prometheus-client.js';

export interface PrometheusInputs {
  /** `--prometheus-url` / input `prometheus-url`; falls back to the policy's `prometheus.url`. */
  url?: string;
  token?: string;
  username?: string;
  password?: string;
  /** Added over the policy's `prometheus.headers` (same name: the input wins). */
  headers?: Record<string, string>;
  /** PEM text of the CA certificate. */
  caCert?: string;
  insecureSkipTlsVerify?: boolean;
}

export class PrometheusInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrometheusInputError';
  }
}

export function resolvePrometheusOptions(
  policy: Policy,
  inputs: PrometheusInputs,
  extra: Pick<PrometheusClientOptions, 'sleep' | 'now' | 'retries' | 'backoffMs'> = {},
): PrometheusClientOptions {
  const url = (inputs.url ?? '').trim() || policy.prometheus.url;
  if (!url) {
    throw new PrometheusInputError(
      `no Prometheus URL: give --prometheus-url (action input prometheus-url) or prometheus.url in ${policy.path}`,
    );
  }
  if (inputs.username !== undefined && inputs.token) {
    throw new PrometheusInputError(
      'prometheus-token and prometheus-username are both set: give one way to log in',
    );
  }
  if (inputs.password !== undefined && inputs.username === undefined) {
    throw new PrometheusInputError('prometheus-password is set without prometheus-username: give both');
  }
  return {
    url,
    token: inputs.token || undefined,
    username: inputs.username,
    password: inputs.password,
    headers: { ...policy.prometheus.headers, ...(inputs.headers ?? {}) },
    caCert: inputs.caCert || undefined,
    insecureSkipTlsVerify: inputs.insecureSkipTlsVerify ?? false,
    timeoutMs: policy.prometheus.timeoutSeconds * 1000,
    ...extra,
  };
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * `Name: value` lines (input `prometheus-headers`, or repeated `--prometheus-header`) → headers. Blank
 * lines and `#` comments are skipped. `where` names the input in errors.
 */
export function parseHeaderLines(lines: string | string[], where: string): Record<string, string> {
  const list = Array.isArray(lines) ? lines : lines.split(/\r?\n/);
  const headers: Record<string, string> = {};
  list.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!HEADER_NAME.test(name)) {
      throw new PrometheusInputError(
        `${where} line ${i + 1}: expected "Name: value" (e.g. "X-Scope-OrgID: team-a")`,
      );
    }
    headers[name] = line.slice(colon + 1).trim();
  });
  return headers;
}

/** True when the text is a PEM certificate rather than a path to one. */
export function isPem(text: string): boolean {
  return text.includes('-----BEGIN ');
}

/**
 * How the client words what went wrong: network failures as one fixed phrase (an axios message may carry
 * the request configuration), server text cut to one short line, the size cap, and Retry-After read.
 */
import { AnswerTooLargeError, formatBytes } from './prometheus-http.js';

/** Retry-After is either delay-seconds or an HTTP-date. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

export function networkProblem(err: unknown): string {
  const e = err as { code?: string; message?: string };
  // Only the code and a fixed description: axios error messages may carry the request configuration.
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (
    e.code === 'ECONNRESET' ||
    e.code === 'ERR_BAD_RESPONSE' ||
    /aborted|socket hang up/i.test(e.message ?? '')
  ) {
    return 'connection closed before the answer was complete';
  }
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return 'host name not found';
  if (e.code && /CERT|SSL|TLS|SELF_SIGNED/i.test(e.code)) {
    return `TLS error ${e.code}: give the server's CA with prometheus-ca-cert`;
  }
  return `network error ${e.code ?? 'unknown'}`;
}

/** Server text in a message: one line, short (a hostile server may answer megabytes of it). */
export function oneLine(text: unknown): string {
  const t = String(text).replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t;
}

export function tooLarge(err: AnswerTooLargeError): string {
  const size =
    err.measure === 'declared'
      ? `its Content-Length is ${formatBytes(err.bytes)}`
      : err.measure === 'sent'
        ? `more than ${formatBytes(err.cap)} were sent`
        : `it inflates to more than ${formatBytes(err.cap)}`;
  return (
    `the answer is larger than the ${formatBytes(err.cap)} cap (${size}); ` +
    'ask for less (fewer series, e.g. sum by the labels you judge) or raise prometheus.max-response-size in the policy'
  );
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/**
 * One HTTP exchange with a Prometheus-compatible API, as the client's retry loop sees it: the form POST,
 * its redirects (followed here, not by axios, so the method, the body and the credentials are ours to
 * decide), and the answer read as a stream against a byte cap, compressed and decompressed, so a gzip bomb
 * or a 200 MB answer stops early instead of filling memory. The caller's AbortSignal is the whole-answer
 * deadline: it cuts a slow trickle as surely as a silent server.
 */
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { AxiosInstance } from 'axios';
import { displayUrl } from './prometheus-errors.js';

export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** 301/302/303 turn a POST into a GET (RFC 9110 §15.4): sent as the equivalent GET, the form in the URL. */
const REDIRECT_TO_GET = new Set([301, 302, 303]);
/** Sent to the first origin only: a redirect elsewhere must not carry them. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

export interface Exchange {
  http: AxiosInstance;
  /** Every header of the request, credentials included. */
  headers: Record<string, string>;
  /** Names of the headers the user gave (prometheus-headers, policy headers): dropped on another origin. */
  userHeaderNames: string[];
  /** Cap on the answer's bytes, as sent and after decompression. */
  maxBytes: number;
}

export interface Answer {
  status: number;
  text: string;
  /** Bytes of the body as sent (compressed when it was). */
  bytes: number;
  retryAfter?: string;
  /** Set when a redirect led to another origin and the credentials were left behind. */
  credentialsDroppedAt?: string;
}

/** An answer over the cap: not retried (it would be as large again), a source error naming size and cap. */
export class AnswerTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly cap: number,
    readonly measure: 'declared' | 'sent' | 'decompressed',
  ) {
    super(`answer over the ${formatBytes(cap)} cap`);
    this.name = 'AnswerTooLargeError';
  }
}

/** A redirect that cannot be followed (a loop, too many hops, a Location that is no http(s) URL). */
export class RedirectError extends Error {
  override name = 'RedirectError';
}

/** Content-Encoding the client did not ask for and cannot read. */
export class EncodingError extends Error {
  override name = 'EncodingError';
}

export async function exchange(
  ex: Exchange,
  start: string,
  form: Record<string, string>,
  signal: AbortSignal,
  firstMethod: 'POST' | 'GET' = 'POST',
): Promise<Answer> {
  let url = new URL(start);
  let method = firstMethod;
  if (method === 'GET') for (const [k, v] of Object.entries(form)) url.searchParams.set(k, v);
  let headers = { ...ex.headers };
  let credentialsDroppedAt: string | undefined;
  const body = new URLSearchParams(form).toString();
  for (let hop = 0; ; hop++) {
    const res = await ex.http.request<Readable>({
      url: url.toString(),
      method,
      data: method === 'POST' ? body : undefined,
      headers:
        method === 'POST' ? { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' } : headers,
      signal,
      responseType: 'stream',
      decompress: false,
      maxRedirects: 0,
      validateStatus: () => true,
    });
    const location = header(res.headers, 'location');
    if (REDIRECT_STATUSES.has(res.status) && location) {
      res.data.destroy();
      const next = redirectTarget(location, url, hop);
      if (next.origin !== url.origin && credentialsDroppedAt === undefined) {
        headers = withoutCredentials(headers, ex.userHeaderNames);
        credentialsDroppedAt = next.origin;
      }
      if (REDIRECT_TO_GET.has(res.status) || method === 'GET') {
        method = 'GET';
        for (const [k, v] of Object.entries(form)) next.searchParams.set(k, v);
      }
      url = next;
      continue;
    }
    const { text, bytes } = await readCapped(
      res.data,
      header(res.headers, 'content-encoding'),
      header(res.headers, 'content-length'),
      ex.maxBytes,
      signal,
    );
    return {
      status: res.status,
      text,
      bytes,
      retryAfter: header(res.headers, 'retry-after'),
      credentialsDroppedAt,
    };
  }
}

function redirectTarget(location: string, from: URL, hop: number): URL {
  if (hop >= MAX_REDIRECTS)
    throw new RedirectError(
      `more than ${MAX_REDIRECTS} redirects (the last to ${displayUrl(new URL(location, from).toString())}); give the final URL as prometheus-url`,
    );
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new RedirectError('redirected to a Location that is not a URL');
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:')
    throw new RedirectError(`redirected to a ${next.protocol} URL; only http(s) is followed`);
  // Userinfo in a Location is the server's idea, never a credential we send.
  next.username = '';
  next.password = '';
  return next;
}

function withoutCredentials(headers: Record<string, string>, userNames: string[]): Record<string, string> {
  const drop = new Set([...CREDENTIAL_HEADERS, ...userNames.map((n) => n.toLowerCase())]);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.has(name.toLowerCase())));
}

function header(headers: unknown, name: string): string | undefined {
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : undefined;
}

/**
 * Asked for explicitly: the answer is decompressed here, counted against the cap as it inflates. On this
 * machine's own loopback (localhost, 127.0.0.0/8, ::1: a port-forward, a sidecar) compression saves no time and
 * both ends spend CPU on it (about 50 ms here for a week of 20 metrics at 1-minute steps): identity there.
 */
export function acceptEncoding(hostname: string): string {
  const loopback =
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname);
  return loopback ? 'identity' : 'gzip, deflate, br';
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === '' || e === 'identity') return null;
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  throw new EncodingError(`the answer is in Content-Encoding ${e.slice(0, 40)}, which was not asked for`);
}

/** The body as text, stopped as soon as it passes `cap` bytes on the wire or after decompression. */
function readCapped(
  raw: Readable,
  encoding: string | undefined,
  declared: string | undefined,
  cap: number,
  signal: AbortSignal,
): Promise<{ text: string; bytes: number }> {
  const declaredBytes = Number(declared);
  if (declared !== undefined && Number.isFinite(declaredBytes) && declaredBytes > cap) {
    raw.destroy();
    return Promise.reject(new AnswerTooLargeError(declaredBytes, cap, 'declared'));
  }
  let decoder: ReturnType<typeof decoderFor>;
  try {
    decoder = decoderFor(encoding);
  } catch (error) {
    raw.destroy();
    return Promise.reject(error as Error);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let sent = 0;
    let size = 0;
    let rawEnded = false;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error) {
        raw.destroy();
        decoder?.destroy();
        chunks.length = 0;
        reject(error);
      } else {
        // The chunks are let go before the text is made: at most two copies of the answer at once.
        const whole = Buffer.concat(chunks);
        chunks.length = 0;
        resolve({ text: whole.toString('utf8'), bytes: sent });
      }
    };
    const onAbort = () => finish(new Error('aborted by the deadline'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    raw.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > cap) finish(new AnswerTooLargeError(sent, cap, 'sent'));
    });
    raw.on('end', () => (rawEnded = true));
    raw.on('error', (e) => finish(e));
    // A socket closed before the end of the body: the answer is cut short.
    raw.on('close', () => {
      if (!rawEnded) finish(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    });
    const out: Readable = decoder ?? raw;
    if (decoder) {
      raw.pipe(decoder);
      decoder.on('error', (e) => finish(Object.assign(e, { code: 'BAD_ENCODING' })));
    }
    out.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > cap) return finish(new AnswerTooLargeError(size, cap, 'decompressed'));
      chunks.push(chunk);
    });
    out.on('end', () => finish());
  });
}

/** 67108864 → `64 MiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

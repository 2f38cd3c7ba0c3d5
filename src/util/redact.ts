/**
 * The one redaction mechanism, shared by the CLI and the action. Every credential the user gave (flag, env,
 * input, or the policy's URL and auth-like headers) is collected here with the forms it can take on the way
 * out (URL-encoded, base64, inside a basic credential, JSON- or HTML-escaped), and every text written to any
 * channel passes through `Redactor.text` — including what a server said back. A URL's userinfo is found by
 * pattern, so it is removed even from a URL that does not parse (`http://alice:PW@[::1`).
 */
import { jsonForm } from './json-form.js';

/** Shorter values would mask ordinary words; GitHub's own masking has the same trade-off. */
export const MIN_SECRET_LENGTH = 4;
export const MASK = '***';

/** What the user gave that may hold a credential. */
export interface CredentialSources {
  token?: string;
  username?: string;
  password?: string;
  /** URLs whose userinfo is a credential (prometheus-url, webhook-url, the policy's prometheus.url). */
  urls?: (string | undefined)[];
  /** Headers the user gave as a flag or input: every value is treated as a secret. */
  headers?: Record<string, string>;
  /** Headers from the policy file (committed, so only auth-like names count). */
  policyHeaders?: Record<string, string>;
  /** Other secrets as they are (webhook secret, GitHub token). */
  other?: (string | undefined)[];
}

const AUTH_LIKE_HEADER = /authorization|token|key|secret|passw|cookie|credential|session|auth/i;

/** The raw credentials (not yet their encoded forms) found in `src`. */
export function credentialSecrets(src: CredentialSources): string[] {
  const out: string[] = [];
  const push = (...values: (string | undefined)[]) => {
    for (const v of values) if (v !== undefined && v.trim() !== '') out.push(v, v.trim());
  };
  push(src.token, src.password, ...(src.other ?? []));
  if (src.password !== undefined) push(basic(src.username ?? '', src.password));
  for (const url of src.urls ?? []) push(...userinfoSecrets(url));
  for (const value of Object.values(src.headers ?? {})) push(...headerSecrets(value));
  for (const [name, value] of Object.entries(src.policyHeaders ?? {}))
    if (AUTH_LIKE_HEADER.test(name)) push(...headerSecrets(value));
  return [...new Set(out)];
}

/** `user:password` of `scheme://user:password@host…`, found by pattern so a URL that does not parse counts too. */
export function userinfoOf(url: string): { user: string; password?: string } | undefined {
  const m = /^\s*[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)@/i.exec(url);
  if (!m) return undefined;
  const info = m[1];
  const colon = info.indexOf(':');
  return colon < 0 ? { user: info } : { user: info.slice(0, colon), password: info.slice(colon + 1) };
}

function userinfoSecrets(url: string | undefined): string[] {
  if (!url) return [];
  const info = userinfoOf(url);
  if (!info) return [];
  const user = decode(info.user);
  // A user without a password is the credential itself (`https://TOKEN@host`).
  if (info.password === undefined) return [info.user, user, basic(user, '')];
  const password = decode(info.password);
  return [
    info.password,
    password,
    `${info.user}:${info.password}`,
    basic(user, password),
    basic(info.user, info.password),
  ];
}

function headerSecrets(value: string): string[] {
  const out = [value];
  const m = /^\s*(Bearer|Basic|Token|ApiKey|Digest)\s+(\S.*)$/i.exec(value);
  if (m) {
    out.push(m[2]);
    if (m[1].toLowerCase() === 'basic') {
      const pair = Buffer.from(m[2], 'base64').toString('utf8');
      const colon = pair.indexOf(':');
      if (colon >= 0) out.push(pair.slice(colon + 1));
    }
  }
  return out;
}

function basic(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every way a secret can be spelled in what we write: as is, URL- and form-encoded, base64, JSON, HTML. */
function formsOf(secret: string): string[] {
  const html = secret
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  const uri = encodeURIComponent(secret);
  return [
    secret,
    uri,
    uri.replace(/%20/g, '+'),
    Buffer.from(secret).toString('base64'),
    JSON.stringify(secret).slice(1, -1),
    html,
    html.replace(/'/g, '&#x27;'),
    // Multi-line secrets (a PEM key) leak line by line.
    ...secret.split(/\r?\n/),
  ];
}

/** Userinfo of any URL in a text, known secret or not: `https://u:p@host` → `https://***@host`. */
const USERINFO_IN_TEXT = /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>`]+@/gi;

export class Redactor {
  private readonly raw = new Set<string>();
  /** All forms of all secrets, longest first so a secret that contains another is masked whole. */
  private forms: string[] = [];

  /** `onSecret` sees each new secret once, e.g. to register it with the runner (`::add-mask::`). */
  constructor(
    secrets: readonly string[] = [],
    private readonly onSecret?: (secret: string) => void,
  ) {
    this.add(secrets);
  }

  add(secrets: readonly string[]): void {
    let added = false;
    for (const s of secrets) {
      if (s.length < MIN_SECRET_LENGTH || this.raw.has(s)) continue;
      this.raw.add(s);
      added = true;
      this.onSecret?.(s);
    }
    if (!added) return;
    const all = [...this.raw].flatMap(formsOf).filter((f) => f.length >= MIN_SECRET_LENGTH);
    this.forms = [...new Set(all)].sort((a, b) => b.length - a.length);
  }

  /** The secrets registered so far (raw forms). */
  get secrets(): string[] {
    return [...this.raw];
  }

  text(text: string): string {
    // Every userinfo the pattern finds holds `://`: a text without one (most of a report) skips the pattern.
    let out = text.includes('://') ? text.replace(USERINFO_IN_TEXT, `$1${MASK}@`) : text;
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join(MASK);
    return out;
  }

  /** `text(s) === s` for every item: none holds what `text` masks (a form, or a `://`), checked on them all at once. */
  private keepsAll(items: string[]): boolean {
    const all = items.join('\n');
    return !all.includes('://') && this.forms.every((form) => !all.includes(form));
  }

  /**
   * String leaves of a JSON value redacted, so the result stays valid JSON: the value as JSON would carry it
   * (undefined and functions dropped, non-finite numbers null, `toJSON` applied). Arrays with no strings in
   * them (a report's per-window values: millions of numbers), and arrays of strings with nothing to mask in
   * them, are kept as they are instead of copied.
   */
  json<T>(value: T): T {
    return this.jsonValue(value, '') as T;
  }

  private jsonValue(value: unknown, key: string): unknown {
    value = jsonForm(value, key);
    if (typeof value === 'string') return this.text(value);
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (value === null || typeof value !== 'object')
      return value === null || typeof value === 'boolean' ? value : undefined;
    if (Array.isArray(value)) {
      if (value.every(isJsonNumberOrNull)) return value;
      // A report's window labels: thousands of strings, kept as they are when there is nothing to mask.
      if (value.every(isString) && this.keepsAll(value)) return value;
      return value.map((v, i) => this.jsonValue(v, String(i)) ?? null);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const redacted = this.jsonValue(v, k);
      if (redacted !== undefined) out[this.text(k)] = redacted;
    }
    return out;
  }
}

/** An array element JSON writes as it is: a finite number or null. */
function isJsonNumberOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isFinite(v));
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

/**
 * Last line of defence for secrets: every text we write (summary, comment, report, HTML, outputs)
 * passes through here, so a token that found its way into an error message or a URL is masked.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  const forms = secrets.flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64')]);
  for (const secret of [...new Set(forms)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
  }
  return out;
}

/** The same for a JSON value: redacts string leaves so the result stays valid JSON. */
export function redactJson<T>(value: T, secrets: readonly string[]): T {
  return JSON.parse(JSON.stringify(value), (_key, v) =>
    typeof v === 'string' ? redact(v, secrets) : v,
  ) as T;
}

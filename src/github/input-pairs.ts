/**
 * Multi-line inputs of `key<sep>value` pairs (`prometheus-headers`, `vars`), one per line, with the line
 * number in messages.
 */
import { dict } from '../util/dict.js';
import { InputError } from '../util/errors.js';

/** Non-blank, non-comment lines with their 1-based line number in the input as written. */
function lines(text: string): { line: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ line: l.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
}

/**
 * Lines `key<sep>value` → record; `#` comments and blank lines skipped. The value keeps everything after the
 * first separator (`a=b=c` is a → `b=c`). A bad line is shown only where values are not secrets.
 */
export function parsePairs(
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

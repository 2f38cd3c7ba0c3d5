/** Runs the mermaid package's parser (in a child Node with jsdom) over diagram texts. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./mermaid-parse.mjs', import.meta.url));

export type ParseResult = { ok: true; type: string } | { ok: false; error: string };

export function parseMermaid(diagrams: string[]): ParseResult[] {
  const out = execFileSync(process.execPath, [SCRIPT], {
    input: JSON.stringify(diagrams),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out) as ParseResult[];
}

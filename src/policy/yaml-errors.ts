/** YAML syntax errors as policy issues: a plain message, the place a person would look, and a fix. */
import type { LineCounter, YAMLError } from 'yaml';
import { FLATTEN } from './to-js.js';
import type { PolicyIssue } from './types.js';

export const DUPLICATE_KEY_FIX = 'remove or rename one of the two keys';

const FIXES: Record<string, string> = {
  DUPLICATE_KEY: DUPLICATE_KEY_FIX,
  BAD_INDENT: 'indent nested keys consistently with spaces',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'add the missing closing character',
  MULTILINE_IMPLICIT_KEY: 'put the key and its colon on one line, or quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'put the key and its colon on one line',
  UNEXPECTED_TOKEN: 'check indentation and quoting on this line',
  MULTIPLE_DOCS: 'keep one YAML document (remove the `---`)',
  BAD_SCALAR_START: 'quote the value, e.g. when: "> 400"',
};

export function yamlIssue(
  error: YAMLError,
  text: string,
  lineCounter: LineCounter,
  file: string,
): PolicyIssue {
  const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
  const quote = /^Missing closing (["'])quote/.exec(firstLine);
  if (quote) {
    // yaml reports an unclosed quote where the file ends; the opening quote is where the mistake is.
    const offset = openingQuote(text, error.pos[0], quote[1]);
    const { line, col } = lineCounter.linePos(offset);
    return {
      file,
      line,
      column: col,
      message: `YAML syntax error: the string opened with ${quote[1]} is never closed`,
      fix: `add the closing ${quote[1]}`,
    };
  }
  const { line, col } = lineCounter.linePos(error.pos[0]);
  if (/Maximum call stack size exceeded/.test(firstLine)) {
    // yaml's parser recurses per level: a file nested this deep is an attack or a generator gone wrong.
    return { file, line, column: col, message: 'YAML nested too deeply to read', fix: FLATTEN };
  }
  const source = text.split('\n')[line - 1] ?? '';
  if (/:\s*>/.test(source)) {
    return {
      file,
      line,
      column: col,
      message: `YAML syntax error: ${firstLine}`,
      fix: 'quote the condition, e.g. when: "> 400" (a bare > starts a YAML block)',
    };
  }
  return {
    file,
    line,
    column: col,
    message: `YAML syntax error: ${firstLine}`,
    fix: FIXES[error.code] ?? 'fix the YAML syntax at this position',
  };
}

/** The last line before `end` with an odd number of `quote`s holds the unclosed one: its last such quote. */
function openingQuote(text: string, end: number, quote: string): number {
  const lines = text.slice(0, end).split('\n');
  let lineStart = text.slice(0, end).length;
  for (let i = lines.length - 1; i >= 0; i--) {
    lineStart -= lines[i].length + (i < lines.length - 1 ? 1 : 0);
    const count = lines[i].split(quote).length - 1;
    if (count % 2 === 1) return lineStart + lines[i].lastIndexOf(quote);
  }
  return end;
}

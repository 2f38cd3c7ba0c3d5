/**
 * Text that came from outside (a server's warnings, error messages and label values, a smoke command's
 * output) placed into Markdown: it must show as the characters it is, never as HTML, a link, an image,
 * a code span or an @-mention. Only entities are used, so cell() can still escape pipes for tables and
 * a reason stays readable in the raw text. HTML goes through escapeHtml in format.ts.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '@': '&#64;',
  '[': '&#91;',
  ']': '&#93;',
  '`': '&#96;',
};

/** One line of plain text, safe in Markdown prose, a list item or a table cell. */
export function markdownText(text: string): string {
  return (
    text
      .replace(/\r?\n|\r/g, ' ')
      // `&` first, so the entities added below stay entities; only an `&` that starts one is escaped.
      .replace(/&(?=#?\w+;)|[@[\]`]/g, (ch) => ENTITIES[ch])
      // `<` opens HTML only before a letter, `/`, `!` or `?`; "<= 300" stays as written.
      .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
  );
}

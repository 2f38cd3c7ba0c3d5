// `node scripts/changelog-notes.mjs VERSION [CHANGELOG.md]`: prints the body of the `## [VERSION]` section of a
// Keep a Changelog file (the release workflow's notes). A version without a section, or an empty one, is an
// error naming the file and the fix, so a release never goes out with empty notes.
import { readFileSync } from 'node:fs';

export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\](\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  // Link reference definitions at the bottom (`[1.0.0]: https://…`) belong to no section.
  const body = lines.slice(start + 1, end).filter((l) => !/^\[[^\]]+\]:\s/.test(l));
  const notes = body.join('\n').trim();
  return notes || null;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    console.error('usage: changelog-notes.mjs VERSION [CHANGELOG.md]');
    process.exit(64);
  }
  const notes = changelogSection(readFileSync(file, 'utf8'), version);
  if (!notes) {
    console.error(
      `${file}: no "## [${version}]" section with notes; add one (move the Unreleased entries under it)`,
    );
    process.exit(1);
  }
  process.stdout.write(notes + '\n');
}

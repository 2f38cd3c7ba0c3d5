/**
 * dist/ is what GitHub runs, so it must be exactly what the sources build to: the entries and the chunks
 * they load with import() (scripts/build.mjs). The fresh build goes to a
 * temp folder (never over dist/, which other tests run) but runs from the repository itself: ncc's module
 * ids depend on paths relative to the working directory, so a build from a copied tree would differ.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('dist/ equals a fresh build of the sources', () => {
  const out = mkdtempSync(join(tmpdir(), 'canary-gate-dist-'));
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', out], { stdio: 'pipe', timeout: 170_000 });
    const fresh = readdirSync(out).sort();
    expect(readdirSync('dist').sort()).toEqual(fresh);
    const stale = fresh.filter((f) => sha(join(out, f)) !== sha(join('dist', f)));
    // On failure: run `npm run build` and commit dist/.
    expect({ stale, fix: stale.length ? 'npm run build' : '' }).toEqual({ stale: [], fix: '' });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);

// Both entries are built as ncc's index.js; the build renames the CLI's chunks. A chunk that one entry names
// and dist/ lacks (or that is the other entry's) fails the run that first needs it, not the start-up.
test.each([
  ['index.js', '.index.js'],
  ['cli.js', '.cli.js'],
])('every chunk %s can load is in dist/ under its own name', (entry, suffix) => {
  const family = readdirSync('dist').filter((f) => f === entry || (/^\d+\./.test(f) && f.endsWith(suffix)));
  const named = family.flatMap((f) =>
    [...readFileSync(join('dist', f), 'utf8').matchAll(/__(?:nccwpck|webpack)_require__\.e\((\d+)\)/g)].map(
      (m) => `${m[1]}${suffix}`,
    ),
  );
  expect([...new Set(named)].filter((f) => !existsSync(join('dist', f)))).toEqual([]);
  if (named.length) expect(readFileSync(join('dist', entry), 'utf8')).toContain(`chunkId + "${suffix}"`);
});

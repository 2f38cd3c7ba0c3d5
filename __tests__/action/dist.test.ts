/**
 * dist/ is what GitHub runs, so it must be exactly what the sources build to. The fresh build goes to a
 * temp folder (never over dist/, which other tests run) but runs from the repository itself: ncc's module
 * ids depend on paths relative to the working directory, so a build from a copied tree would differ.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

/**
 * dist/ is what GitHub runs, so it must be exactly what the sources build to. The build runs in a temp
 * copy of the tree (src, scripts, package files; node_modules linked) so it never races other tests
 * reading dist/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('dist/ equals a fresh build of the sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canary-gate-dist-'));
  try {
    for (const item of ['src', 'scripts', 'package.json', 'tsconfig.json'])
      cpSync(item, join(dir, item), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: 'pipe', timeout: 170_000 });
    const fresh = readdirSync(join(dir, 'dist')).sort();
    expect(readdirSync('dist').sort()).toEqual(fresh);
    const stale = fresh.filter((f) => sha(join(dir, 'dist', f)) !== sha(join('dist', f)));
    // On failure: run `npm run build` and commit dist/.
    expect({ stale, fix: stale.length ? 'npm run build' : '' }).toEqual({ stale: [], fix: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

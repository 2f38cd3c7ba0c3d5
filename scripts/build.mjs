// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc. ncc builds one entry per run
// into its own folder, so each entry is built into a scratch folder and its index.js moved into place.
// `node scripts/build.mjs [OUT]` writes to OUT instead of dist/ (the dist check builds beside the tree,
// from the same working directory, because ncc's module ids depend on paths relative to it).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js', shebang: true },
];
const scratch = mkdtempSync(join(tmpdir(), 'canary-gate-build-'));
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of entries) {
    const dir = join(scratch, entry.out.replace('.js', ''));
    execFileSync('node_modules/.bin/ncc', ['build', entry.src, '-o', dir, '--quiet', '--target', 'es2022'], {
      stdio: 'inherit',
    });
    const extra = readdirSync(dir).filter((f) => f !== 'index.js' && f !== 'package.json');
    if (extra.length) throw new Error(`ncc emitted more than index.js for ${entry.src}: ${extra.join(', ')}`);
    let code = readFileSync(join(dir, 'index.js'), 'utf8');
    if (entry.shebang && !code.startsWith('#!')) code = '#!/usr/bin/env node\n' + code;
    writeFileSync(join(out, entry.out), code);
    if (entry.shebang) chmodSync(join(out, entry.out), 0o755);
  }
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

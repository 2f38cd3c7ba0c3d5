// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc. ncc builds one entry per run
// into its own folder, so each entry is built into a scratch folder and its index.js moved into place.
// `node scripts/build.mjs [OUT]` writes to OUT instead of dist/ (the dist check builds beside the tree,
// from the same working directory, because ncc's module ids depend on paths relative to it).
// ncc's `--license` lists the license of every package bundled into an entry; both entries' lists are merged
// into dist/licenses.txt (each package once), the file a user of the bundle gets the third-party licenses from.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js', shebang: true },
];
const licenses = new Map();
const scratch = mkdtempSync(join(tmpdir(), 'canary-gate-build-'));
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of entries) {
    const dir = join(scratch, entry.out.replace('.js', ''));
    const args = [
      'build',
      entry.src,
      '-o',
      dir,
      '--quiet',
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
    ];
    execFileSync('node_modules/.bin/ncc', args, { stdio: 'inherit' });
    for (const block of readLicenseBlocks(join(dir, 'licenses.txt'))) licenses.set(block.name, block.text);
    const extra = readdirSync(dir).filter((f) => !['index.js', 'package.json', 'licenses.txt'].includes(f));
    if (extra.length) throw new Error(`ncc emitted more than index.js for ${entry.src}: ${extra.join(', ')}`);
    let code = readFileSync(join(dir, 'index.js'), 'utf8');
    if (entry.shebang && !code.startsWith('#!')) code = '#!/usr/bin/env node\n' + code;
    writeFileSync(join(out, entry.out), code);
    if (entry.shebang) chmodSync(join(out, entry.out), 0o755);
  }
  const sorted = [...licenses.keys()].sort().map((name) => licenses.get(name));
  writeFileSync(join(out, 'licenses.txt'), sorted.join('\n\n') + '\n');
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * ncc writes one block per package, `name\nSPDX id\nlicense text`, joined by blank lines. License texts have
 * blank lines too, so a block starts only where a blank line is followed by an npm package name and an id.
 */
function readLicenseBlocks(file) {
  const start = /\n\n(?=(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*\n[A-Za-z0-9.+\-() ]+\n)/;
  return readFileSync(file, 'utf8')
    .split(start)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => ({ name: block.split('\n')[0], text: block }));
}

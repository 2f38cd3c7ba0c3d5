// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc. ncc builds one entry per
// run into its own folder, so each is built into build/ and its index.js moved into dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js', shebang: true },
];
rmSync('build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const entry of entries) {
  const dir = join('build', entry.out.replace('.js', ''));
  execFileSync('node_modules/.bin/ncc', ['build', entry.src, '-o', dir, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  const extra = readdirSync(dir).filter((f) => f !== 'index.js' && f !== 'package.json');
  if (extra.length) throw new Error(`ncc emitted more than index.js for ${entry.src}: ${extra.join(', ')}`);
  let code = readFileSync(join(dir, 'index.js'), 'utf8');
  if (entry.shebang && !code.startsWith('#!')) code = '#!/usr/bin/env node\n' + code;
  writeFileSync(join('dist', entry.out), code);
  if (entry.shebang) chmodSync(join('dist', entry.out), 0o755);
}
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
rmSync('build', { recursive: true, force: true });

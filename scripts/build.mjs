// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc. ncc builds one entry per run
// into its own folder, so each entry is built into a scratch folder and its files moved into place.
// Code the entries import with `import()` (reports, the Prometheus client, the artifact and GitHub API
// clients, the backtest) becomes ncc chunks, `<id>.index.js` beside the entry, loaded only when a run
// needs them: start-up then reads and compiles a fraction of the code (bench/cold-start.ts). Both entries
// are built as index.js, so the CLI's chunks are renamed `<id>.cli.js` (and its loader told so) to live
// in the same dist/ as the action's.
// `node scripts/build.mjs [OUT]` writes to OUT instead of dist/ (the dist check builds beside the tree,
// from the same working directory, because ncc's module ids depend on paths relative to it).
// dist/licenses.txt has the license of every package bundled into either entry (each package once), the file a
// user of the bundle gets the third-party licenses from. ncc's own `--license` file lists one chunk's packages
// only (each chunk overwrites it), so the list is made here from ncc's `--stats-out` module list, in the
// format ncc writes: `name\nSPDX id\nlicense text`, sorted by name, blocks joined by a blank line.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const out = process.argv[2] ?? 'dist';
const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js', shebang: true },
];
/** ncc's chunk files: `<numeric id>.index.js`. */
const CHUNK = /^\d+\.index\.js$/;
const licenses = new Map();
const scratch = mkdtempSync(join(tmpdir(), 'canary-gate-build-'));
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The two ncc runs are independent and mostly single-threaded: side by side they take the time of one.
  await Promise.all(entries.map((entry) => bundle(entry)));
  for (const entry of entries) {
    const dir = join(scratch, entry.out.replace('.js', ''));
    for (const pkg of bundledPackages(join(scratch, `${entry.out}.stats.json`))) {
      const block = licenseBlock(pkg);
      licenses.set(block.name, block.text);
    }
    const files = readdirSync(dir).filter((f) => f !== 'package.json');
    const chunks = files.filter((f) => CHUNK.test(f));
    const unknown = files.filter((f) => f !== 'index.js' && !CHUNK.test(f));
    if (unknown.length)
      throw new Error(`ncc emitted unexpected files for ${entry.src}: ${unknown.join(', ')}`);
    const suffix = `.${entry.out}`; // a chunk of cli.js: <id>.cli.js
    let code = readFileSync(join(dir, 'index.js'), 'utf8');
    if (suffix !== '.index.js') code = renameChunks(code, suffix, entry.src);
    if (entry.shebang && !code.startsWith('#!')) code = '#!/usr/bin/env node\n' + code;
    writeFileSync(join(out, entry.out), code);
    if (entry.shebang) chmodSync(join(out, entry.out), 0o755);
    for (const chunk of chunks)
      writeFileSync(join(out, chunk.replace(/\.index\.js$/, suffix)), readFileSync(join(dir, chunk)));
  }
  const sorted = [...licenses.keys()].sort().map((name) => licenses.get(name));
  writeFileSync(join(out, 'licenses.txt'), sorted.join('\n\n') + '\n');
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** One ncc run: the entry into its scratch folder, with the module list the licenses are made from. */
async function bundle(entry) {
  const args = ['build', entry.src, '-o', join(scratch, entry.out.replace('.js', '')), '--quiet'];
  args.push('--target', 'es2022', '--stats-out', join(scratch, `${entry.out}.stats.json`));
  const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/ncc', args, {
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(stdout);
  process.stderr.write(stderr);
}

/**
 * The loader names a chunk `"" + chunkId + ".index.js"` (webpack's runtime); exactly one such template is
 * expected when there are chunks, none otherwise. A different runtime must fail the build, not ship an
 * entry that loads another entry's chunks.
 */
function renameChunks(code, suffix, src) {
  const template = 'return "" + chunkId + ".index.js";';
  const count = code.split(template).length - 1;
  if (count > 1 || (count === 0 && /__nccwpck_require__\.e\(/.test(code)))
    throw new Error(
      `${src}: cannot find ncc's chunk file name template (${count} found): update renameChunks`,
    );
  return code.replace(template, `return "" + chunkId + ${JSON.stringify(suffix)};`);
}

/** The package folders (`node_modules/<name>` or `node_modules/@scope/<name>`) of every module ncc bundled. */
function bundledPackages(statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const dirs = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      // e.g. `javascript/esm|/abs/node_modules/x/index.js` or `loader.js!/abs/node_modules/x/index.js`
      const path = (m.identifier ?? '').split('!').pop().split('|').pop();
      const at = path.lastIndexOf('/node_modules/');
      if (at >= 0) {
        const rest = path.slice(at + '/node_modules/'.length).split('/');
        dirs.add(
          path.slice(0, at) + '/node_modules/' + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/'),
        );
      }
      visit(m.modules); // a concatenated module lists the modules it is made of
    }
  };
  visit(stats.modules);
  return [...dirs];
}

/** The block ncc's license plugin writes: package.json's name and license, then its LICENSE* file's text. */
function licenseBlock(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const id =
    typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? pkg.licenses?.[0]?.type ?? null);
  let file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f) && !statSync(join(dir, f)).isDirectory());
  if (id?.startsWith('SEE LICENSE IN ')) file = id.split(' ')[3];
  const text = file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n') : null;
  return { name: pkg.name, text: [pkg.name, id, text].filter(Boolean).join('\n').trim() };
}

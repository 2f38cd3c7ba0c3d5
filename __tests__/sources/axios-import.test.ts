/**
 * src/sources/axios.ts imports axios without loading Node's fetch implementation (undici), and leaves the
 * globals it hid for the import exactly as they were. In a fresh process: Jest's own has long loaded undici.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/servers.js';

test('axios loads without undici, and FormData, Request and Response are back as they were', () => {
  const dir = tempDir('axios-import');
  const probe = join(dir, 'probe.mts');
  writeFileSync(
    probe,
    `const names = ['FormData', 'Request', 'Response'];
const before = names.map((n) => Object.getOwnPropertyDescriptor(globalThis, n));
const { default: axios } = await import(${JSON.stringify(resolve('src/sources/axios.ts'))});
const undici = process.moduleLoadList.some((m) => m.includes('undici'));
const after = names.map((n) => Object.getOwnPropertyDescriptor(globalThis, n));
const same = before.every((d, i) => d.get === after[i].get && d.enumerable === after[i].enumerable);
console.log(JSON.stringify({ create: typeof axios.create, undici, same, url: new Request('http://127.0.0.1/a').url }));
`,
  );
  const run = spawnSync(process.execPath, ['--import', 'tsx', probe], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({
    create: 'function',
    undici: false,
    same: true,
    url: 'http://127.0.0.1/a',
  });
});

/**
 * Imported first by the CLI entry: turns on Node's on-disk compile cache (Node ≥ 22.1, what TypeScript 5.7
 * does too), so a run after the first reads V8's code for the bundle's chunks instead of compiling them again
 * (bench/cold-start.ts). On Node 20 there is no such API and nothing happens.
 *
 * The cache is Node's default one, `<os.tmpdir()>/node-compile-cache` (a folder per Node version; Node checks
 * each entry against the source, so a new build never runs stale code). NODE_COMPILE_CACHE=DIR chooses another
 * folder and NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for any Node program. A cache is an optimisation:
 * without a usable temp folder (missing, read-only, not a folder) the run goes on without one, silently. The
 * folder is made here with a plain mkdir first because Node's own recursive mkdir can spin forever on some
 * pseudo file systems (TMPDIR=/proc on Node 24).
 */
import { mkdirSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type EnableCompileCache = (dir?: string) => { status: number; message?: string; directory?: string };

function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (!enable || process.env.NODE_DISABLE_COMPILE_CACHE || process.env.NODE_COMPILE_CACHE) return;
  try {
    const dir = join(tmpdir(), 'node-compile-cache');
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return;
    }
    enable(dir);
  } catch {
    // Never a reason to fail a run.
  }
}

enableCompileCache();

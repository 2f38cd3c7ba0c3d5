/**
 * `canary-gate evaluate --metrics-file a.json --metrics-file dir/ --format jsonl`: replaying an archive
 * of recorded bakes in one process. Each file is judged on its own, exactly as a single
 * `--metrics-file` run would judge it, and gives one JSON line: `{"metrics_file": path, ...report}`,
 * or `{"metrics_file": path, "error": "..."}` when that file cannot be judged (the others still are).
 * Exit code: 64 if any file failed, else the most severe decision (rollback, inconclusive, hold,
 * promote), so a script can tell "some bake would have rolled back" from the code alone.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../util/errors.js';
import { EXIT, type CliIo } from './io.js';
import type { Report } from '../report/types.js';

/** What the batch reads of the evaluate flags. */
interface BatchOptions {
  format?: string;
  report?: string;
}

/** The given files, with each directory replaced by its `*.json` files in name order. */
export function listMetricsFiles(given: string | string[] | undefined): string[] {
  const paths = given === undefined ? [] : Array.isArray(given) ? given : [given];
  return paths.flatMap((p) => {
    let isDirectory = false;
    try {
      isDirectory = statSync(p).isDirectory();
    } catch {
      return [p]; // reported, with the fix, when the file is read
    }
    if (!isDirectory) return [p];
    const files = readdirSync(p)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(p, f));
    if (files.length === 0)
      throw new InputError(
        `--metrics-file ${p}`,
        'is a directory with no .json files',
        'give recorded bakes (*.json)',
      );
    return files;
  });
}

const SEVERITY = ['promote', 'hold', 'inconclusive', 'rollback'] as const;

export async function evaluateBatch(
  options: BatchOptions,
  files: string[],
  io: CliIo,
  judge: (file: string | undefined) => Promise<Report>,
): Promise<number> {
  if (options.format !== 'jsonl') {
    throw new InputError(
      '--metrics-file',
      `${files.length} recorded bakes need one report each`,
      'add --format jsonl (one JSON line per file)',
    );
  }
  if (options.report && files.length > 1) {
    throw new InputError(
      '--report',
      'names one file but several bakes are judged',
      'drop --report; the JSON lines are the reports',
    );
  }
  let worst = -1;
  let failed = false;
  for (const file of files.length > 0 ? files : [undefined]) {
    try {
      const report = await judge(file);
      worst = Math.max(worst, SEVERITY.indexOf(report.decision));
      io.stdout(JSON.stringify({ ...(file ? { metrics_file: file } : {}), ...report }) + '\n');
    } catch (error) {
      if (!(error instanceof Error) || error.name === 'TypeError') throw error; // a bug, not an input
      failed = true;
      io.stdout(JSON.stringify({ metrics_file: file, error: error.message }) + '\n');
    }
  }
  if (failed) return EXIT.usage;
  return EXIT[SEVERITY[Math.max(0, worst)]];
}

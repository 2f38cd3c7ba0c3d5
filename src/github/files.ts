/** Files named by inputs (`config`, `metrics-file`): on a runner a missing file usually means no checkout. */
import { readUserFile } from '../util/read-file.js';

export function readInputFile(
  path: string,
  input: string,
  fix: string,
  cwd: string = process.cwd(),
  maxBytes?: number,
): string {
  return readUserFile(path, {
    place: `input \`${input}\` (${path})`,
    fix,
    notFound: `does not exist in ${cwd} (is the repository checked out? actions/checkout must run before this step)`,
    maxBytes,
  });
}

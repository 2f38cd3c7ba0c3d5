/** Reads and loads a policy file; a file that cannot be read is an input error naming the flag. */
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { readUserFile } from '../util/read-file.js';

export function readPolicyFile(path: string): { policy: Policy; text: string } {
  const text = readUserFile(path, {
    place: `--config ${path}`,
    fix: 'give the path of the policy file, e.g. .github/canary-gate.yml',
  });
  return { policy: loadPolicy(text, path), text };
}

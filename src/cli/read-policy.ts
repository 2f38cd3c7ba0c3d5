/** Reads and loads a policy file; a file that cannot be read is an input error naming the flag. */
import { readFileSync } from 'node:fs';
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { InputError } from '../util/errors.js';

export function readPolicyFile(path: string): { policy: Policy; text: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `--config ${path}`,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'give the path of the policy file, e.g. .github/canary-gate.yml',
    );
  }
  return { policy: loadPolicy(text, path), text };
}

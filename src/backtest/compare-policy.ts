/** The other policy of a `--compare`: its stage of the same name, with its own vars under the given ones. */
import { checkVars } from '../policy/vars.js';
import { PolicyError } from '../policy/errors.js';
import type { Policy } from '../policy/types.js';
import { InputError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import type { JudgedPolicy } from './run.js';

export function judgedCompare(
  policy: Policy,
  stageName: string,
  givenVars: Record<string, string>,
  place: string,
): JudgedPolicy {
  const stage = policy.stages[stageName];
  if (!stage) {
    const known = Object.keys(policy.stages);
    throw new InputError(
      `${place} ${policy.path}`,
      `has no stage "${stageName}"${didYouMean(stageName, known)}`,
      `compare policies that both have the stage (it has: ${known.join(', ')})`,
    );
  }
  const vars = { ...policy.vars, ...givenVars };
  const issues = checkVars(policy, vars);
  if (issues.length) throw new PolicyError(issues);
  return { policy, stage, vars };
}

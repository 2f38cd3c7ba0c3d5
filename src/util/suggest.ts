import { nearest } from '../policy/suggest.js';

/** ` (did you mean "x"?)` or nothing: for messages about names typed outside the policy (flags, metrics files). */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const match = nearest(name, candidates);
  return match ? ` (did you mean "${match}"?)` : '';
}

/** Where a verdict came from: the run that produced it and the exact policy it judged with. */
import { createHash } from 'node:crypto';
import type { Provenance } from './types.js';

export function provenanceFromEnv(
  env: NodeJS.ProcessEnv,
  policyPath: string,
  policyText: string,
): Provenance {
  return {
    repository: env.GITHUB_REPOSITORY ?? null,
    sha: env.GITHUB_SHA ?? null,
    run_id: env.GITHUB_RUN_ID ?? null,
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
    workflow: env.GITHUB_WORKFLOW ?? null,
    policy_path: policyPath,
    policy_sha256: createHash('sha256').update(policyText).digest('hex'),
  };
}

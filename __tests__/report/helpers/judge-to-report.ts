/** A bake judged by the real engine and turned into report.json, with a fixed run and clock. */
import { evaluateStage } from '../../../src/engine/evaluate.js';
import type { BakeData } from '../../../src/engine/types.js';
import type { Policy, StageSpec } from '../../../src/policy/types.js';
import { buildReport } from '../../../src/report/build.js';
import type { Report } from '../../../src/report/types.js';

export function judgeToReport(policy: Policy, stage: StageSpec, data: BakeData, file: string): Report {
  return buildReport({
    policy,
    stage,
    verdict: evaluateStage(policy, stage, data),
    data,
    mode: 'lookback',
    dryRun: false,
    source: { kind: 'file', file },
    queries: {},
    provenance: {
      repository: 'acme/shop',
      sha: 'abc',
      run_id: '1',
      run_attempt: '1',
      workflow: 'deploy',
      policy_path: policy.path,
      policy_sha256: '0'.repeat(64),
    },
    now: new Date('2026-11-20T12:00:00Z'),
  });
}

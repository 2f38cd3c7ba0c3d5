/** The action's outputs as DESIGN §3 lists them: action.yml declares them and every run sets them. */
export const DESIGN_OUTPUTS = [
  'decision',
  'gate-passed',
  'rollback-triggered',
  'rollback-reasons',
  'gate-fail-reasons',
  'report-path',
  'artifact-id',
  'artifact-url',
];

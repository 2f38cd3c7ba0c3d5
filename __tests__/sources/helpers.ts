/** A metrics file read against one stage of a policy, and the message it is refused with. */
import { loadMetricsFile } from '../../src/sources/file.js';
import type { Policy, StageSpec } from '../../src/policy/types.js';

export function metricsFileReader(policy: Policy, stage: StageSpec) {
  const load = (text: string) => loadMetricsFile(text, 'm.json', policy, stage);
  const message = (text: string): string => {
    try {
      load(text);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the file to be rejected');
  };
  return { load, message };
}

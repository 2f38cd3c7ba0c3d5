/** The runbook examples under examples/ that carry an expected.json: metrics file → stage → decision. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
export type Decision = 'promote' | 'hold' | 'rollback' | 'inconclusive';
export type Expectations = Record<string, Record<string, Decision>>;

export interface Example {
  name: string;
  /** Paths relative to the repository root. */
  dir: string;
  policyPath: string;
  expected: Expectations;
}

export function examples(): Example[] {
  return readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'examples', d.name, 'expected.json')))
    .map((d) => {
      const dir = `examples/${d.name}`;
      return {
        name: d.name,
        dir,
        policyPath: `${dir}/policy.yml`,
        expected: JSON.parse(readFileSync(join(ROOT, dir, 'expected.json'), 'utf8')) as Expectations,
      };
    });
}

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Every (example, metrics file, stage, decision) the expected.json files claim. */
export function claims(): { example: Example; file: string; stage: string; decision: Decision }[] {
  return examples().flatMap((example) =>
    Object.entries(example.expected).flatMap(([file, stages]) =>
      Object.entries(stages).map(([stage, decision]) => ({
        example,
        file: `${example.dir}/${file}`,
        stage,
        decision,
      })),
    ),
  );
}

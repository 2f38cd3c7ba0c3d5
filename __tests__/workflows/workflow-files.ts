/** The workflow files this repository ships, read as YAML, and every `uses:` in them with its line. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const REUSABLE_PATH = '.github/workflows/canary-gate.yml';
/** How the templates call this project: its reusable workflow and its action, by repository name. */
export const OWN_REPOSITORY = 'canary-gate/canary-gate';

export function workflowFiles(): string[] {
  const list = (dir: string) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
      .map((f) => `${dir}/${f}`);
  return [...list('.github/workflows'), ...list('workflows')].sort();
}

export function readText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Yaml = any;

export function readYaml(path: string): Yaml {
  return parse(readText(path));
}

export interface UsesRef {
  file: string;
  line: number;
  /** The full line, comment included. */
  text: string;
  value: string;
  kind: 'step' | 'job';
  job: string;
}

/** Every `uses:` of a job (reusable workflow call) or a step, with the line it is on. */
export function usesRefs(file: string): UsesRef[] {
  const lines = readText(file).split('\n');
  const doc = readYaml(file);
  const refs: UsesRef[] = [];
  const lineOf = (value: string) => {
    const index = lines.findIndex((l) => new RegExp(`^\\s*(- )?uses:\\s*${escape(value)}(\\s|$)`).test(l));
    return index;
  };
  for (const [job, def] of Object.entries<Yaml>(doc.jobs ?? {})) {
    const add = (value: string, kind: 'step' | 'job') => {
      const index = lineOf(value);
      refs.push({ file, line: index + 1, text: lines[index] ?? '', value, kind, job });
    };
    if (typeof def.uses === 'string') add(def.uses, 'job');
    for (const step of def.steps ?? []) if (typeof step.uses === 'string') add(step.uses, 'step');
  }
  return refs;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Jobs that call this project's reusable workflow (by its repository or, inside this repo, by its path). */
export function reusableCalls(file: string): { job: string; def: Yaml }[] {
  const doc = readYaml(file);
  return Object.entries<Yaml>(doc.jobs ?? {})
    .filter(
      ([, def]) =>
        typeof def.uses === 'string' &&
        (def.uses.startsWith(`${OWN_REPOSITORY}/${REUSABLE_PATH}@`) || def.uses === `./${REUSABLE_PATH}`),
    )
    .map(([job, def]) => ({ job, def }));
}

/** What the triggering event says about pull requests: the PR to comment on, and whether it comes from a fork. */
import { readFileSync } from 'node:fs';

export interface EventInfo {
  name: string;
  pullRequest?: { number: number; fork: boolean };
}

interface PullRequestPayload {
  number?: number;
  head?: { repo?: { full_name?: string; fork?: boolean } | null };
  base?: { repo?: { full_name?: string } };
}

export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  try {
    if (env.GITHUB_EVENT_PATH)
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
  } catch {
    // No readable event (local runs): behave as a push.
  }
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (pr && typeof pr.number === 'number') {
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    // A deleted head repo (null) is a fork that is gone; treat it like a fork.
    const fork = pr.head?.repo === null || (head !== undefined && base !== undefined && head !== base);
    return { name, pullRequest: { number: pr.number, fork } };
  }
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined;
  if (issue?.pull_request && typeof issue.number === 'number')
    return { name, pullRequest: { number: issue.number, fork: false } };
  return { name };
}

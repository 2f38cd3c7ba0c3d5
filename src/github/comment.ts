/**
 * The PR comment: one per stage, found again by a hidden marker and edited in place, so re-runs and
 * later attempts update the verdict instead of stacking comments. Any failure here (fork PR, a token
 * without `pull-requests: write`, API down) is a warning: the job summary still has the verdict.
 */
import * as log from './log.js';
import * as github from '@actions/github';
import type { CommentMode } from './inputs.js';
import type { EventInfo } from './event.js';

export function commentMarker(stage: string): string {
  return `<!-- canary-gate:stage=${stage.replace(/-->/g, '')} -->`;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** Whether to comment and where; a reason when the comment is skipped on purpose. */
export function commentTarget(
  mode: CommentMode,
  event: EventInfo,
  env: NodeJS.ProcessEnv,
): { target?: CommentTarget; skip?: string; warn?: string } {
  if (mode === 'never') return { skip: 'comment: never' };
  const pr = event.pullRequest;
  const isPrEvent = event.name === 'pull_request' || event.name === 'pull_request_target';
  if (!pr)
    return mode === 'always'
      ? { warn: 'comment: always, but the event has no pull request to comment on' }
      : { skip: 'not a pull request' };
  if (mode === 'auto' && !isPrEvent) return { skip: `event ${event.name} is not pull_request` };
  // On `pull_request` from a fork the token is read-only; `pull_request_target` runs with base-repo rights.
  if (pr.fork && event.name === 'pull_request')
    return {
      warn: `PR #${pr.number} comes from a fork, whose token cannot comment; the verdict is in the job summary`,
    };
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return { warn: 'GITHUB_REPOSITORY is not set; cannot comment on the pull request' };
  return { target: { owner, repo, issueNumber: pr.number } };
}

export interface CommentResult {
  action: 'created' | 'updated' | 'skipped';
  id?: number;
  url?: string;
}

export async function upsertComment(
  token: string | undefined,
  target: CommentTarget,
  marker: string,
  body: string,
  env: NodeJS.ProcessEnv = process.env,
  /** Deadline of the whole upsert: every API call is aborted with it. */
  signal?: AbortSignal,
): Promise<CommentResult> {
  if (!token) {
    log.warning('No github-token: the PR comment is skipped; the verdict is in the job summary.');
    return { action: 'skipped' };
  }
  const octokit = github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
  // Per request, so the proxy-aware fetch @actions/github configures stays in place.
  if (signal)
    octokit.hook.before('request', (options) => void (options.request = { ...options.request, signal }));
  const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    // Abandoned at the deadline: the caller says so, once.
    if (signal?.aborted) return { action: 'skipped' };
    const status = (error as { status?: number }).status;
    const hint =
      status === 403 || status === 404
        ? 'the token cannot write to this pull request (fork PR, or the job lacks `permissions: pull-requests: write`)'
        : (error as Error).message.split('\n')[0];
    log.warning(
      `PR comment skipped: ${hint}${status ? ` (HTTP ${status})` : ''}; the verdict is in the job summary.`,
    );
    return { action: 'skipped' };
  }
}

/**
 * The PR comment: one per stage, found again by a hidden marker and edited in place, so re-runs and
 * later attempts update the verdict instead of stacking comments. Only a comment that starts with the
 * marker AND was written by the token's own identity is ours: anyone can quote the marker, and editing
 * their comment would be refused (or, with an admin token, overwrite it). An edit that is refused anyway
 * falls back to a new comment. Any other failure (fork PR, a token without `pull-requests: write`, API
 * down) is a warning: the job summary still has the verdict.
 */
import * as log from './log.js';
import type * as GitHub from '@actions/github';
import type { CommentMode } from './inputs.js';
import type { EventInfo } from './event.js';
import { loadUndici } from './undici.js';

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
  // Imported only to comment: Octokit and its REST methods are large and most runs have no PR to comment on.
  await loadUndici(); // before @actions/github: it makes its ProxyAgent as it loads (src/github/undici.ts)
  const github = await import('@actions/github');
  const octokit = github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
  // Per request, so the proxy-aware fetch @actions/github configures stays in place.
  if (signal)
    octokit.hook.before('request', (options) => void (options.request = { ...options.request, signal }));
  const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
  try {
    const author = await tokenLogin(octokit);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
    const existing = comments.find((c) => isOurs(c, marker, author));
    log.debug(
      `PR comment: author ${author}; ${comments.length} comment(s) listed; ${existing ? `editing #${existing.id}` : 'none of ours'}`,
    );
    if (existing) {
      try {
        const { data } = await octokit.rest.issues.updateComment({
          owner: target.owner,
          repo: target.repo,
          comment_id: existing.id,
          body,
        });
        return { action: 'updated', id: data.id, url: data.html_url };
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status !== 403 && status !== 404) throw error;
        // Ours by every sign, yet refused (deleted meanwhile, or locked): a new comment still shows the verdict.
        log.warning(`PR comment #${existing.id} could not be edited (HTTP ${status}); posting a new one`);
      }
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

/** The identity GITHUB_TOKEN comments as; an installation token cannot ask GET /user who it is. */
export const GITHUB_TOKEN_LOGIN = 'github-actions[bot]';

type Octokit = ReturnType<typeof GitHub.getOctokit>;

/** The login the token writes comments as: GET /user for a user token (PAT), else GITHUB_TOKEN's bot. */
async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    // GITHUB_TOKEN and other installation tokens get 403 "Resource not accessible by integration" here.
    log.debug(
      `GET /user refused (HTTP ${(error as { status?: number }).status ?? '?'}); author ${GITHUB_TOKEN_LOGIN}`,
    );
    return GITHUB_TOKEN_LOGIN;
  }
}

/** Ours: written by `author` and starting with the marker (renderMarkdown puts it on the first line). */
export function isOurs(
  comment: { body?: string | null; user?: { login?: string } | null },
  marker: string,
  author: string,
): boolean {
  return (
    comment.user?.login?.toLowerCase() === author.toLowerCase() &&
    (comment.body ?? '').trimStart().startsWith(marker)
  );
}

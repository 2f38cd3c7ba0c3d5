/**
 * The sticky PR comment belongs to the token's identity: the bundle under Node 24 against the loopback GitHub
 * API, with a foreign comment that quotes the marker (it must stay untouched), a PAT whose GET /user names its
 * owner, and a refused edit (it falls back to a new comment).
 */
import { EXAMPLE, pullRequestEvent, runAction } from './helpers/run-action.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';

const MARKER = '<!-- canary-gate:stage=canary_5 -->';
let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  github.requests.length = 0;
  github.userLogin = null;
  github.refuseEdit.clear();
});

function gate(metrics: string, pr: number) {
  return {
    inputs: {
      config: EXAMPLE.config,
      stage: 'canary_5',
      'metrics-file': EXAMPLE.metrics(metrics),
      'github-token': 'ghs_faketoken0123456789',
      'upload-artifact': 'false',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(pr),
    env: { GITHUB_API_URL: github.url },
  };
}

const foreign = (id: number, pr: number) => ({
  id,
  body: `${MARKER}\n> quoting the bot: ${MARKER} ROLLBACK, please look`,
  html_url: `https://github.com/acme/shop/pull/${pr}#issuecomment-${id}`,
  user: { login: 'mallory' },
});

test("GITHUB_TOKEN: a foreign comment quoting the marker is left alone; the bot's own comment is edited", async () => {
  github.comments.set(21, [foreign(1, 21)]);
  const first = await runAction(gate('rollback-p95', 21));
  expect(first.code).toBe(1);
  const comments = github.comments.get(21)!;
  expect(comments).toHaveLength(2);
  expect(comments[0]).toEqual(foreign(1, 21));
  expect(comments[1].user.login).toBe('github-actions[bot]');
  expect(comments[1].body.startsWith(`${MARKER}\n`)).toBe(true);
  expect(first.stdout).not.toMatch(/::warning::PR comment/);

  github.requests.length = 0;
  await runAction(gate('hold-p95', 21));
  expect(github.comments.get(21)).toHaveLength(2);
  expect(github.comments.get(21)![0]).toEqual(foreign(1, 21));
  expect(github.comments.get(21)![1].body).toContain('HOLD');
  expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    'GET /user',
    'GET /repos/acme/shop/issues/21/comments',
    `PATCH /repos/acme/shop/issues/comments/${comments[1].id}`,
  ]);
});

test("a personal token: GET /user names the author, and another user's marker comment is not ours", async () => {
  github.userLogin = 'release-bot';
  github.comments.set(22, [
    { ...foreign(2, 22), user: { login: 'github-actions[bot]' } },
    {
      id: 3,
      body: `${MARKER}\nold verdict`,
      html_url: 'https://github.com/x',
      user: { login: 'release-bot' },
    },
  ]);
  await runAction(gate('pass', 22));
  const comments = github.comments.get(22)!;
  expect(comments).toHaveLength(2);
  expect(comments[0].body).toContain('quoting the bot');
  expect(comments[1].body).toContain('PROMOTE');
});

test('an edit that is refused falls back to a new comment, with a warning', async () => {
  github.comments.set(23, [
    {
      id: 4,
      body: `${MARKER}\nlocked`,
      html_url: 'https://github.com/x',
      user: { login: 'github-actions[bot]' },
    },
  ]);
  github.refuseEdit.add(4);
  const run = await runAction(gate('pass', 23));
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/::warning::PR comment #4 could not be edited \(HTTP 403\); posting a new one/);
  const comments = github.comments.get(23)!;
  expect(comments.map((c) => c.body.includes('PROMOTE'))).toEqual([false, true]);
  expect(run.stdout).toMatch(/PR comment created: https:\/\/github.com\/acme\/shop\/pull\/23#issuecomment-/);
});

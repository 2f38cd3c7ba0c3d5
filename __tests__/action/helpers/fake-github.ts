/** A small fake of the GitHub REST API's issue comments, on 127.0.0.1, recording every request. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
}

export interface FakeGitHub {
  url: string;
  comments: Map<number, FakeComment[]>;
  requests: { method: string; path: string; authorization?: string }[];
  /** When set, every request is answered with this status. */
  failWith: number | null;
  /** Who GET /user says the token is; null answers 403 as it does for GITHUB_TOKEN. */
  userLogin: string | null;
  /** Comment ids whose PATCH is refused with 403 (someone else's comment, a locked one). */
  refuseEdit: Set<number>;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    comments: new Map(),
    requests: [],
    failWith: null,
    userLogin: null,
    refuseEdit: new Set(),
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    fake.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization });
    const text = await body(req);
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (fake.failWith) return send(fake.failWith, { message: 'Resource not accessible by integration' });
    if (path === '/user' && req.method === 'GET')
      return fake.userLogin
        ? send(200, { login: fake.userLogin, type: 'User' })
        : send(403, { message: 'Resource not accessible by integration' });
    let m = /^\/repos\/acme\/shop\/issues\/(\d+)\/comments$/.exec(path);
    if (m) {
      const list = fake.comments.get(Number(m[1])) ?? [];
      if (req.method === 'GET') return send(200, list);
      if (req.method === 'POST') {
        const id = nextId++;
        const comment = {
          id,
          body: JSON.parse(text).body,
          html_url: `https://github.com/acme/shop/pull/${m[1]}#issuecomment-${id}`,
          user: { login: fake.userLogin ?? 'github-actions[bot]' },
        };
        fake.comments.set(Number(m[1]), [...list, comment]);
        return send(201, comment);
      }
    }
    m = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(path);
    if (m && req.method === 'PATCH') {
      if (fake.refuseEdit.has(Number(m[1])))
        return send(403, { message: 'Resource not accessible by integration' });
      for (const list of fake.comments.values()) {
        const comment = list.find((c) => c.id === Number(m![1]));
        if (comment) {
          comment.body = JSON.parse(text).body;
          return send(200, comment);
        }
      }
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((res) => server.close(() => res()));
  return fake;
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInComment {
  id: number;
  body: string;
  issueNumber: number;
}

export interface GitHubStandIn {
  /** Set as GITHUB_API_URL. */
  apiUrl: string;
  comments: StandInComment[];
  /** Commit SHA → the pull requests GitHub associates with it (the merged one has merged_at). */
  commitPulls: Record<string, { number: number; merged_at: string | null }[]>;
  requests: { method: string; path: string; authorization?: string }[];
  /** Answers every request with this status (a token without permission: 403). */
  failWith?: number;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for the GitHub REST endpoints the pull-request comment uses: list,
 * create and update issue comments of `owner/repo`, and the pull requests of a commit.
 */
export async function startGitHubStandIn(): Promise<GitHubStandIn> {
  const state: GitHubStandIn = {
    apiUrl: '',
    comments: [],
    commitPulls: {},
    requests: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  let nextId = 1000;
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const url = new URL(req.url ?? '/', state.apiUrl);
    const method = req.method ?? 'GET';
    state.requests.push({
      method,
      path: url.pathname,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (state.failWith)
      return send(state.failWith, { message: 'Resource not accessible by integration' });
    const html = (id: number, issue: number) =>
      `https://github.example/owner/repo/pull/${issue}#issuecomment-${id}`;
    const toJson = (c: StandInComment) => ({
      id: c.id,
      body: c.body,
      html_url: html(c.id, c.issueNumber),
    });
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list && method === 'GET') {
      const issue = Number(list[1]);
      return send(200, state.comments.filter((c) => c.issueNumber === issue).map(toJson));
    }
    if (list && method === 'POST') {
      const comment = {
        id: nextId++,
        body: (JSON.parse(raw) as { body: string }).body,
        issueNumber: Number(list[1]),
      };
      state.comments.push(comment);
      return send(201, toJson(comment));
    }
    const pulls = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(url.pathname);
    if (pulls && method === 'GET') return send(200, state.commitPulls[pulls[1] ?? ''] ?? []);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const existing = one ? state.comments.find((c) => c.id === Number(one[1])) : undefined;
    if (one && method === 'PATCH' && existing) {
      existing.body = (JSON.parse(raw) as { body: string }).body;
      return send(200, toJson(existing));
    }
    send(404, { message: 'Not Found' });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

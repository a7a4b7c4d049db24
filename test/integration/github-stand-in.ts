import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInComment {
  id: number;
  body: string;
  issueNumber: number;
}

export interface StandInIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
}

export interface GitHubStandIn {
  /** Set as GITHUB_API_URL. */
  apiUrl: string;
  comments: StandInComment[];
  /** The repository's issues (listed by label with `state`, paginated with a Link header). */
  issues: StandInIssue[];
  /** Commit SHA → the pull requests GitHub associates with it (the merged one has merged_at). */
  commitPulls: Record<string, { number: number; merged_at: string | null }[]>;
  requests: { method: string; path: string; query: string; authorization?: string }[];
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
    issues: [],
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
      query: url.search,
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
    const issues = /^\/repos\/[^/]+\/[^/]+\/issues$/.exec(url.pathname);
    const issueJson = (issue: StandInIssue) => ({
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: issue.labels.map((name) => ({ name })),
      html_url: `https://github.example/owner/repo/issues/${issue.number}`,
    });
    if (issues && method === 'GET') {
      const wanted = (url.searchParams.get('labels') ?? '').split(',').filter((l) => l !== '');
      const stateWanted = url.searchParams.get('state') ?? 'open';
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const matching = state.issues
        .filter(
          (issue) =>
            (stateWanted === 'all' || issue.state === stateWanted) &&
            wanted.every((label) => issue.labels.includes(label)),
        )
        .sort((a, b) => b.number - a.number);
      const items = matching.slice((page - 1) * perPage, page * perPage);
      if (page * perPage < matching.length) {
        const next = new URL(url.href);
        next.searchParams.set('page', String(page + 1));
        res.setHeader('Link', `<${next.href}>; rel="next"`);
      }
      return send(200, items.map(issueJson));
    }
    if (issues && method === 'POST') {
      const body = JSON.parse(raw) as { title: string; body?: string; labels?: string[] };
      const issue: StandInIssue = {
        number: state.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1,
        title: body.title,
        body: body.body ?? '',
        labels: body.labels ?? [],
        state: 'open',
      };
      state.issues.push(issue);
      return send(201, issueJson(issue));
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

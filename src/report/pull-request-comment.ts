/**
 * One comment per pull request that the action keeps up to date: found again by a hidden marker,
 * updated in place, created only when there is none.
 */
import { githubClient, type GitHubRun } from './github-run.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export interface PostedComment {
  url: string;
  created: boolean;
}

const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);

/**
 * The pull request this workflow run is about: the one a pull_request event names or, on a push
 * (the merge), the merged pull request that brought the pushed commit, looked up with the token.
 * undefined when there is none, or when the token may not read pull requests.
 */
export async function currentPullRequest(
  run: GitHubRun,
  token?: string,
): Promise<PullRequestRef | undefined> {
  const { owner, repo } = run;
  if (pullRequestEvents.has(run.eventName)) {
    const number = (run.payload.pull_request as { number?: unknown } | undefined)?.number;
    return typeof number === 'number' ? { owner, repo, number } : undefined;
  }
  if (run.eventName !== 'push' || !token) return undefined;
  try {
    const octokit = await githubClient(token, run);
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: run.sha,
    });
    const merged = data.find((pullRequest) => pullRequest.merged_at);
    return merged ? { owner, repo, number: merged.number } : undefined;
  } catch {
    return undefined;
  }
}

/** `marker` is an HTML comment (`<!-- name -->`): invisible in the rendered comment. */
export function commentMarker(name: string): string {
  return `<!-- ${name} -->`;
}

/**
 * Creates the comment that carries `marker` on the pull request, or updates the one that already
 * does (the earliest, when a race left several).
 */
export async function upsertPullRequestComment(
  run: GitHubRun,
  token: string,
  pullRequest: PullRequestRef,
  marker: string,
  body: string,
): Promise<PostedComment> {
  const octokit = await githubClient(token, run);
  const { owner, repo, number } = pullRequest;
  const fullBody = `${marker}\n${body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  });
  const earlier = comments.find((comment) => comment.body?.includes(marker));
  if (earlier) {
    if (earlier.body === fullBody) return { url: earlier.html_url, created: false };
    const { data } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: earlier.id,
      body: fullBody,
    });
    return { url: data.html_url, created: false };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: number,
    body: fullBody,
  });
  return { url: data.html_url, created: true };
}

/** Text for a Markdown table cell: pipes, markup and line breaks cannot break out of it. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>&`*_[\]]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/\r?\n/g, ' ');
}

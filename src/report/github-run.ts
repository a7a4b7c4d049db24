import { readFileSync } from 'node:fs';

/**
 * The workflow run as the runner describes it in its environment: the event, the repository, the
 * commit and GitHub's API. Read from the environment given (not @actions/github's global context),
 * so that the same code serves the runner and in-process tests.
 */
export interface GitHubRun {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  sha: string;
  apiUrl: string;
}

export function githubRunFrom(env: NodeJS.ProcessEnv): GitHubRun {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
}

/** An Octokit for this run's GitHub API; @actions/github is loaded only when one is needed. */
export async function githubClient(token: string, run: GitHubRun) {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl: run.apiUrl });
}

import { githubClient, type GitHubRun } from '../../report/github-run.js';
import type { PlannedChange } from '../shared/plan.js';
import type { Feedback } from './feedback-model.js';

/** The hidden line that ties an issue to one feedback, so that a re-run finds it again. */
export function feedbackMarker(id: string): string {
  return `<!-- asc-feedback:${id} -->`;
}

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * Text from a tester, safe for a (perhaps public) issue: e-mail addresses taken out, @mentions
 * broken (they would notify people), HTML comments shown as text (a marker typed into a comment
 * must not pass for this action's), every line quoted.
 */
export function quoteTesterText(text: string): string {
  return text
    .replace(emailPattern, '[e-mail address removed]')
    .replace(/<!--/g, '&lt;!--')
    .replace(/@(?=[A-Za-z0-9-])/g, '@\u200b')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

export function describeFeedbackBuild(feedback: Feedback): string {
  const { version, number } = feedback.build;
  return version ? `${version} (${number})` : number ? `(${number})` : 'unknown build';
}

export function issueTitle(feedback: Feedback): string {
  const build = describeFeedbackBuild(feedback);
  const comment = firstLine(feedback.comment)
    .replace(emailPattern, '[e-mail address removed]')
    .trim();
  const shortened = comment.length > 80 ? `${comment.slice(0, 77)}...` : comment;
  if (feedback.kind === 'crash') {
    return shortened
      ? `Crash in ${build}: ${shortened}`
      : `Crash in ${build} on ${feedback.deviceModel}`;
  }
  return shortened ? `Feedback on ${build}: ${shortened}` : `Screenshot feedback on ${build}`;
}

export function issueBody(feedback: Feedback): string {
  const rows = [
    ['Kind', feedback.kind === 'crash' ? 'crash' : 'screenshot feedback'],
    ['Build', describeFeedbackBuild(feedback)],
    [
      'Device',
      `${feedback.deviceModel}${feedback.deviceFamily ? ` (${feedback.deviceFamily})` : ''}`,
    ],
    ['OS', feedback.osVersion],
    ['Locale', feedback.locale],
    ['Sent', feedback.createdDate],
  ];
  const parts = [
    `TestFlight feedback from a tester of ${feedback.bundleId || 'the app'}.`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${(value ?? '').replace(/\|/g, '\\|')} |`),
    '',
    feedback.comment.trim() ? quoteTesterText(feedback.comment.trim()) : '_No comment._',
  ];
  if (feedback.crashFrames.length > 0) {
    parts.push('', 'Crashed thread (first frames):', '', '```', ...feedback.crashFrames, '```');
  }
  if (feedback.screenshotCount > 0) {
    parts.push(
      '',
      `${feedback.screenshotCount} screenshot(s) were downloaded by the workflow run (feedback-dir).`,
    );
  }
  parts.push('', feedbackMarker(feedback.id));
  return parts.join('\n');
}

export interface IssueSettings {
  token: string;
  labels: string[];
  run: GitHubRun;
}

/** The feedback IDs that already have an issue: every issue with the labels, open or closed. */
export async function findFeedbackIssues(settings: IssueSettings): Promise<Map<string, number>> {
  const octokit = await githubClient(settings.token, settings.run);
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: settings.run.owner,
    repo: settings.run.repo,
    labels: settings.labels.join(','),
    state: 'all',
    per_page: 100,
  });
  const found = new Map<string, number>();
  for (const issue of issues) {
    for (const match of (issue.body ?? '').matchAll(/<!-- asc-feedback:([^\s>]+) -->/g)) {
      if (match[1]) found.set(match[1], issue.number);
    }
  }
  return found;
}

/**
 * Plans one issue for a feedback. If the answer to the create is lost, the issues are listed
 * again: one that carries the marker was made, and is not made twice.
 */
export function planFeedbackIssue(
  settings: IssueSettings,
  feedback: Feedback,
  created: (number: number) => void,
): PlannedChange {
  const title = issueTitle(feedback);
  return {
    kind: 'create',
    target: `GitHub issue "${title}"`,
    detail: `(feedback ${feedback.id}, labels ${settings.labels.join(', ')})`,
    apply: async () => {
      const octokit = await githubClient(settings.token, settings.run);
      try {
        const { data } = await octokit.rest.issues.create({
          owner: settings.run.owner,
          repo: settings.run.repo,
          title,
          body: issueBody(feedback),
          labels: settings.labels,
        });
        created(data.number);
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status !== undefined && status < 500) throw error;
        const existing = (await findFeedbackIssues(settings)).get(feedback.id);
        if (existing === undefined) throw error;
        created(existing);
      }
    },
  };
}

import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachConcurrently } from '../../asc/concurrency.js';
import { downloadSignedUrl } from '../../asc/signed-download.js';
import { InputError } from '../../input-error.js';
import { githubRunFrom } from '../../report/github-run.js';
import type { SummarySection } from '../../report/step-summary.js';
import { defineOperation, type OperationContext } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import {
  describeFeedbackBuild,
  findFeedbackIssues,
  planFeedbackIssue,
  type IssueSettings,
} from './feedback-issues.js';
import {
  crashedThreadFrames,
  readCrashLog,
  readFeedback,
  type Feedback,
} from './feedback-model.js';
import { parseSince } from './feedback-since.js';

/** One feedback as written to disk: its folder and the files in it. */
interface WrittenFeedback {
  feedback: Feedback;
  folder: string;
  files: string[];
}

/** A folder name that is safe on every runner's file system. */
function folderName(feedback: Feedback): string {
  const date = feedback.createdDate.slice(0, 19).replace(/[:]/g, '-') || 'undated';
  return `${date}-${feedback.kind}-${feedback.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** What feedback.json holds: everything Apple said about the feedback (the e-mail only here). */
function feedbackDocument(feedback: Feedback, files: string[]) {
  return {
    id: feedback.id,
    kind: feedback.kind,
    createdDate: feedback.createdDate,
    build: {
      number: feedback.build.number,
      version: feedback.build.version,
      id: feedback.build.id,
    },
    device: { model: feedback.deviceModel, family: feedback.deviceFamily },
    osVersion: feedback.osVersion,
    appPlatform: feedback.appPlatform,
    locale: feedback.locale,
    timeZone: feedback.timeZone,
    comment: feedback.comment,
    email: feedback.email,
    files,
  };
}

/** Downloads the crash log or the images of one feedback and writes its folder. */
async function writeFeedback(
  context: OperationContext,
  feedback: Feedback,
  dir: string,
): Promise<WrittenFeedback> {
  const { client } = context;
  const folder = join(dir, folderName(feedback));
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  if (feedback.kind === 'crash') {
    const log = await readCrashLog(client, feedback.id);
    if (log === undefined) {
      context.log.warning(`Crash ${feedback.id}: Apple has no crash log for it.`);
    } else {
      feedback.crashFrames = crashedThreadFrames(log);
      await writeFile(join(folder, 'crash.log'), log);
      files.push('crash.log');
    }
  }
  const plainHttpHost = client.baseUrl.protocol === 'http:' ? client.baseUrl.hostname : undefined;
  for (const [index, image] of feedback.screenshots.entries()) {
    const bytes = await downloadSignedUrl(image.url, {
      retry: { maxAttempts: context.api.maxAttempts },
      timeoutMs: context.api.requestTimeoutMs,
      sleep: (ms) => context.sleep(ms),
      onRetry: (message) => context.log.debug(message),
      ...(plainHttpHost ? { plainHttpHost } : {}),
    });
    const name = `screenshot-${index + 1}.png`;
    await writeFile(join(folder, name), bytes);
    files.push(name);
  }
  files.unshift('feedback.json');
  await writeFile(
    join(folder, 'feedback.json'),
    `${JSON.stringify(feedbackDocument(feedback, files), null, 2)}\n`,
  );
  return { feedback, folder, files };
}

function summaryTable(written: WrittenFeedback[]): SummarySection {
  const shown = written.slice(0, 100);
  return {
    heading: 'Feedback',
    lines:
      written.length > shown.length
        ? [`${written.length} feedbacks; the newest ${shown.length} are listed.`]
        : [],
    table: {
      header: ['Date', 'Kind', 'Build', 'Device', 'OS', 'Comment', 'Files'],
      rows: shown.map(({ feedback, files }) => {
        const comment = feedback.comment.split('\n').find((line) => line.trim() !== '') ?? '';
        return [
          feedback.createdDate.slice(0, 16).replace('T', ' '),
          feedback.kind,
          describeFeedbackBuild(feedback),
          feedback.deviceModel,
          feedback.osVersion,
          comment.length > 80 ? `${comment.slice(0, 77)}...` : comment,
          files.join(', '),
        ];
      }),
    },
  };
}

/**
 * Downloads testers' feedback since `since`: crash submissions with their crash logs and
 * screenshot submissions with their images, one folder each under `feedback-dir`; with
 * `create-issues`, one GitHub issue per feedback that has none yet.
 */
export const downloadFeedback = defineOperation({
  name: 'download-feedback',
  parse(inputs) {
    const app = parseAppInput(inputs);
    const since = inputs.optional('since') ?? '24h';
    const cutoff = parseSince(since, Date.now());
    const feedbackDir =
      inputs.outputPath('feedback-dir') ?? join(inputs.tempDir, 'testflight-feedback');
    try {
      if (!statSync(feedbackDir).isDirectory()) {
        throw new InputError('feedback-dir', `'${feedbackDir}' is a file, not a folder`);
      }
    } catch (error) {
      if (error instanceof InputError) throw error; // a folder yet to be made is fine
    }
    const createIssues = inputs.boolean('create-issues', false);
    const labels = inputs.list('issue-labels');
    const token = inputs.secret('github-token');
    let issues: IssueSettings | undefined;
    if (createIssues) {
      if (!token) {
        throw new InputError(
          'github-token',
          'it is empty, but create-issues: true needs a token that may create issues (github-token: ${{ github.token }} with permissions issues: write)',
        );
      }
      const run = githubRunFrom(inputs.env);
      if (!run.owner || !run.repo) {
        throw new InputError(
          'create-issues',
          'GITHUB_REPOSITORY is not set: issues are created in the repository of the workflow run',
        );
      }
      issues = { token, labels: labels.length > 0 ? labels : ['testflight-feedback'], run };
    }
    return { app, since, cutoff, feedbackDir, issues };
  },
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    const app = await resolveApp(client, inputs.app);
    const sinceDate = new Date(inputs.cutoff).toISOString();
    const feedback = await readFeedback(client, app, inputs.cutoff);
    const crashes = feedback.filter((f) => f.kind === 'crash').length;
    log.info(
      `${feedback.length} feedback(s) of ${app.name} since ${sinceDate}: ${crashes} crash(es), ${feedback.length - crashes} with screenshots.`,
    );
    const written: WrittenFeedback[] = new Array<WrittenFeedback>(feedback.length);
    await mkdir(inputs.feedbackDir, { recursive: true });
    await forEachConcurrently(feedback, client.maxConcurrency, async (item, index) => {
      written[index] = await writeFeedback(context, item, inputs.feedbackDir);
    });
    if (feedback.length > 0) log.info(`Written under ${inputs.feedbackDir}.`);

    const plan = new Plan();
    const issueNumbers = new Map<string, number>();
    let alreadyFiled = 0;
    if (inputs.issues) {
      const settings = inputs.issues;
      const existing = await findFeedbackIssues(settings);
      // Oldest first, one at a time: issue numbers follow the order testers wrote in.
      for (const item of [...feedback].reverse()) {
        const number = existing.get(item.id);
        if (number !== undefined) {
          issueNumbers.set(item.id, number);
          alreadyFiled++;
          continue;
        }
        plan.step(
          planFeedbackIssue(settings, item, (created) => issueNumbers.set(item.id, created)),
        );
      }
      if (alreadyFiled > 0) log.info(`${alreadyFiled} feedback(s) already have an issue.`);
    }
    const applied = inputs.issues ? await applyPlan(context, plan) : false;
    const issuesCreated = applied ? plan.changes.length : 0;

    const sections: SummarySection[] = [
      { lines: [`Since ${sinceDate}; files under ${inputs.feedbackDir}.`] },
    ];
    if (written.length > 0) sections.push(summaryTable(written));
    if (inputs.issues) sections.push(planSection(plan, applied, dryRun));
    return {
      result: {
        app,
        since: sinceDate,
        feedbackDir: inputs.feedbackDir,
        feedback: written.map(({ feedback: f, folder, files }) => ({
          id: f.id,
          kind: f.kind,
          createdDate: f.createdDate,
          build: { number: f.build.number, version: f.build.version },
          deviceModel: f.deviceModel,
          osVersion: f.osVersion,
          folder,
          files,
          ...(issueNumbers.has(f.id) ? { issue: issueNumbers.get(f.id) } : {}),
        })),
        counts: { feedback: feedback.length, crashes, screenshots: feedback.length - crashes },
        ...(inputs.issues
          ? { issues: { created: issuesCreated, alreadyFiled, plan: plan.records(), applied } }
          : {}),
      },
      outputs: {
        'app-id': app.id,
        'feedback-count': feedback.length,
        'crash-count': crashes,
        'screenshot-count': feedback.length - crashes,
        'feedback-dir': inputs.feedbackDir,
        'issues-created': issuesCreated,
      },
      summary: {
        title: `TestFlight feedback of ${app.name}: ${feedback.length} since ${sinceDate.slice(0, 16).replace('T', ' ')} UTC`,
        sections,
      },
    };
  },
});

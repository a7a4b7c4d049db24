/**
 * The `post` step of the sub-action `emulator/action.yml`: fetches the requests the emulator
 * served, stops it, and writes them to the step summary (the refused ones with Apple's reason).
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { State } from './start.js';

/** Rows of the request table; the rest are counted. */
const MAX_ROWS = 200;
const STOP_TIMEOUT_MS = 10_000;

export interface ServedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  error?: string;
  fault?: string;
}

async function servedRequests(baseUrl: string): Promise<ServedRequest[] | undefined> {
  try {
    const response = await fetch(`${baseUrl}/emulator/requests`, {
      headers: { Connection: 'close' },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) return undefined;
    return ((await response.json()) as { requests: ServedRequest[] }).requests;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stop(pid: number): Promise<void> {
  if (!isRunning(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isRunning(pid) && Date.now() < deadline) await delay(50);
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}

/** A request the emulator refused: an error answer other than an injected fault. */
export function isRefused(request: ServedRequest): boolean {
  return request.status >= 400 && request.fault === undefined;
}

function target(request: ServedRequest): string {
  return request.query ? `${request.path}?${decodeURIComponent(request.query)}` : request.path;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The step summary as Markdown: counts, the refused requests with their reason, every request. */
export function summaryMarkdown(requests: ServedRequest[]): string {
  const refused = requests.filter(isRefused);
  const lines = [
    '### App Store Connect emulator',
    '',
    `${requests.length} request(s) served, ${refused.length} answered with an error.`,
    '',
  ];
  if (refused.length > 0) {
    lines.push('#### Requests answered with an error', '', '| Method | Path | Status | Reason |');
    lines.push('|---|---|---|---|');
    for (const request of refused.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${request.method} | \`${cell(target(request))}\` | ${request.status} | ${cell(request.error ?? '')} |`,
      );
    }
    if (refused.length > MAX_ROWS) lines.push('', `… and ${refused.length - MAX_ROWS} more.`);
    lines.push('');
  }
  lines.push('#### Requests', '', '| Method | Path | Status |', '|---|---|---|');
  for (const request of requests.slice(0, MAX_ROWS)) {
    const status = request.fault ? `${request.status} (fault: ${request.fault})` : request.status;
    lines.push(`| ${request.method} | \`${cell(target(request))}\` | ${status} |`);
  }
  if (requests.length > MAX_ROWS) lines.push('', `… and ${requests.length - MAX_ROWS} more.`);
  return `${lines.join('\n')}\n`;
}

export async function stopEmulatorStep(): Promise<void> {
  const pid = Number(core.getState(State.pid));
  const baseUrl = core.getState(State.apiBaseUrl);
  if (!pid) {
    core.info('No emulator was started by this job: nothing to stop.');
    return;
  }
  const requests = baseUrl ? await servedRequests(baseUrl) : undefined;
  await stop(pid);
  core.info(`Stopped the emulator (process ${pid}).`);

  const logPath = core.getState(State.logPath);
  if (logPath) {
    const log = await readFile(logPath, 'utf8').catch(() => '');
    if (log.trim()) {
      core.startGroup("The emulator's log");
      core.info(log.trimEnd());
      core.endGroup();
    }
  }
  if (!requests) {
    core.warning('Could not read the requests the emulator served: it was no longer answering.');
    return;
  }
  const refused = requests.filter(isRefused).length;
  core.info(`${requests.length} request(s) served, ${refused} answered with an error.`);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(summaryMarkdown(requests)).write();
  }
}

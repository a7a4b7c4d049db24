import { runnerIo, type ActionIo } from './action-io.js';
import { AscClient } from './asc/client.js';
import { AscApiError, explainAccessRefusal } from './asc/errors.js';
import { TokenProvider } from './auth/token.js';
import { InputError } from './input-error.js';
import { InputReader } from './input-reader.js';
import { readSettings, type Settings } from './inputs.js';
import type { OperationContext, OperationOutcome, OutputValue } from './operations/operation.js';
import { loadOperation, operationNames } from './operations/registry.js';
import { renderStepSummary, type SummarySection } from './report/step-summary.js';

function createClient(settings: Settings, io: ActionIo): AscClient {
  const { auth, api } = settings;
  const tokens = new TokenProvider({
    keyId: auth.keyId,
    ...(auth.issuerId ? { issuerId: auth.issuerId } : {}),
    privateKey: auth.privateKey.key,
    ...(auth.tokenScope ? { scope: auth.tokenScope } : {}),
    onNewToken: (token) => io.mask(token),
  });
  return new AscClient({
    baseUrl: api.baseUrl,
    tokens,
    maxConcurrency: api.maxConcurrency,
    requestTimeoutMs: api.requestTimeoutMs,
    retry: { maxAttempts: api.maxAttempts, timeScale: api.timeScale },
    logger: {
      debug: (m) => io.log.debug(m),
      warning: (m) => io.log.warning(m),
      info: (m) => io.log.info(m),
    },
  });
}

function formatOutput(value: OutputValue): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

function setOutputs(io: ActionIo, outcome: OperationOutcome): void {
  for (const [name, value] of Object.entries(outcome.outputs)) {
    if (value !== undefined) io.setOutput(name, formatOutput(value));
  }
}

function describeSettings(io: ActionIo, settings: Settings): void {
  io.log.debug(`operation: ${settings.operation}`);
  io.log.debug(`api-base-url: ${settings.api.baseUrl}`);
  io.log.debug(`key-id: ${settings.auth.keyId}`);
  io.log.debug(`issuer-id: ${settings.auth.issuerId ?? '(individual key)'}`);
  io.log.debug(`max-concurrency: ${settings.api.maxConcurrency}`);
  io.log.debug(`dry-run: ${settings.dryRun}`);
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

/** What a failed run's step summary shows: the failure, what the operation had planned, what was done. */
function failureSummary(
  operation: string,
  message: string,
  shown: SummarySection[],
  done: string[],
  error: unknown,
): string {
  const change =
    error instanceof InputError
      ? [`Change the input \`${error.input}\` and run again.`]
      : done.length > 0
        ? ['A re-run goes on from here: what was done is not done twice.']
        : [];
  return renderStepSummary({
    title: `${operation || 'App Store Connect'}: failed`,
    sections: [
      { lines: [message, ...change] },
      ...shown,
      done.length > 0
        ? { heading: 'Already done before the failure', lines: done }
        : { lines: ['Nothing had been changed in App Store Connect when it failed.'] },
    ],
  });
}

/**
 * Reads the common settings, loads the operation, hands it its inputs, runs it, and sets the
 * outputs and the step summary. Never throws: a failure is reported and marks the step failed.
 */
export async function run(io: ActionIo = runnerIo): Promise<void> {
  const done: string[] = [];
  const shownOnFailure: SummarySection[] = [];
  let settings: Settings | undefined;
  let client: AscClient | undefined;
  const inputs = new InputReader((name) => io.input(name), {
    mask: io.mask,
    env: io.env,
    warn: (message) => io.log.warning(message),
  });
  try {
    settings = readSettings(inputs, operationNames, io.mask);
    describeSettings(io, settings);
    const operation = await loadOperation(settings.operation);
    const operationInputs: unknown = operation.parse(inputs);
    for (const warning of settings.warnings) io.log.warning(warning);
    client = createClient(settings, io);
    const { dryRun, api } = settings;
    const context: OperationContext = {
      client,
      dryRun,
      api,
      env: io.env,
      log: io.log,
      mask: io.mask,
      done: (description) => {
        done.push(description);
        io.log.info(`✓ ${description}`);
      },
      // A section replaces the one shown before under the same heading; others stay.
      onFailureShow: (sections) => {
        for (const section of sections) {
          const same = shownOnFailure.findIndex((shown) => shown.heading === section.heading);
          if (same >= 0) shownOnFailure.splice(same, 1, section);
          else shownOnFailure.push(section);
        }
      },
      sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms * api.timeScale)),
    };
    const outcome = await operation.run(context, operationInputs);
    setOutputs(io, outcome);
    io.setOutput(
      'result',
      JSON.stringify({
        operation: operation.name,
        dryRun,
        ...outcome.result,
        requests: client.stats.requests,
      }),
    );
    await io.appendSummary(renderStepSummary(outcome.summary));
  } catch (error) {
    const operation = settings?.operation ?? io.input('operation').trim();
    const failure = failureDetails(error);
    io.setOutput(
      'result',
      JSON.stringify({
        operation,
        dryRun: settings?.dryRun ?? false,
        failed: true,
        error: failure,
        done,
        requests: client?.stats.requests ?? 0,
      }),
    );
    const explanation = settings
      ? explainAccessRefusal(error, {
          keyId: settings.auth.keyId,
          issuerGiven: settings.auth.issuerId !== undefined,
        })
      : undefined;
    const raw = error instanceof Error ? error.message : String(error);
    const message = explanation ? `${raw}. ${explanation}` : raw;
    // The cause comes first, as the first error line; what was already done follows it.
    io.setFailed(message);
    if (!(error instanceof InputError)) {
      io.error(
        done.length > 0
          ? `Already done before the failure:\n${done.map((d) => `  - ${d}`).join('\n')}`
          : 'Nothing had been changed in App Store Connect when it failed.',
      );
      if (error instanceof Error && !(error instanceof AscApiError) && error.stack) {
        io.log.debug(error.stack);
      }
    }
    await io
      .appendSummary(failureSummary(operation, message, shownOnFailure, done, error))
      .catch(() => undefined);
  } finally {
    if (client?.rateLimit) io.setOutput('rate-limit-remaining', String(client.rateLimit.remaining));
  }
}

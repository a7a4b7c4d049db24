import type { OperationContext } from '../../operation.js';
import { formatMinutes, pollDelays, waitCheckLine } from '../../shared/wait-for-processing.js';
import { describeDetails, readUpload, type UploadRecord } from './build-upload-api.js';

/** Apple refused the build after receiving it; its errors say why. */
export class BuildUploadFailedError extends Error {
  constructor(readonly upload: UploadRecord) {
    const errors = describeDetails(upload.errors);
    super(
      `App Store Connect refused build upload ${upload.id}: ${errors.length > 0 ? errors.join('; ') : 'it failed without saying why'}`,
    );
    this.name = 'BuildUploadFailedError';
  }
}

export interface UploadWait {
  upload: UploadRecord;
  polls: number;
}

/**
 * Polls the build upload until App Store Connect has taken the file in (COMPLETE) or refused it
 * (FAILED), with the same widening intervals as the wait for build processing.
 */
export async function waitForUpload(
  context: OperationContext,
  uploadId: string,
  timeoutMinutes: number,
): Promise<UploadWait> {
  let upload = await readUpload(context.client, uploadId);
  let polls = 1;
  const budgetMs = timeoutMinutes * 60_000;
  let waitedMs = 0;
  for (const delay of pollDelays(budgetMs)) {
    if (upload.state === 'COMPLETE' || upload.state === 'FAILED') break;
    context.log.info(
      `${waitCheckLine(`Build upload ${upload.id}`, upload.state, waitedMs, budgetMs)} Checking again in ${formatMinutes(delay)}.`,
    );
    await context.sleep(delay);
    waitedMs += delay;
    upload = await readUpload(context.client, uploadId);
    polls++;
  }
  for (const warning of describeDetails(upload.warnings)) context.log.warning(warning);
  for (const info of describeDetails(upload.infos)) context.log.info(info);
  if (upload.state === 'FAILED') throw new BuildUploadFailedError(upload);
  if (upload.state !== 'COMPLETE') {
    throw new Error(
      `Build upload ${upload.id} is still ${upload.state} after ${timeoutMinutes} minute(s); run again later (nothing is sent twice) or raise upload-timeout-minutes`,
    );
  }
  return { upload, polls };
}

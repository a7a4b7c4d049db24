/** Entry of the sub-action's `post` step (bundled to emulator/dist/post.js). */
import * as core from '@actions/core';
import { stopEmulatorStep } from './stop.js';

stopEmulatorStep().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});

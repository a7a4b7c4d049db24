/** Entry of the sub-action's `main` step (bundled to emulator/dist/main.js). */
import * as core from '@actions/core';
import { startEmulatorStep } from './start.js';

startEmulatorStep().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});

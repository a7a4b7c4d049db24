import { InputError } from '../../../src/input-error.js';

/** Runs `run`, which must throw an InputError, and returns that error for assertions. */
export function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

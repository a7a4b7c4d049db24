/** Bad action input: one line naming the input and the problem. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`Input '${input}' is invalid: ${problem}`);
    this.name = 'InputError';
  }
}

/**
 * Runs independent reads at once, but reports a failure in the order the reads are listed, so
 * that a run with several problems always names the same input first (the build before a group).
 */
export async function readTogether<T extends readonly unknown[]>(
  reads: readonly [...{ [K in keyof T]: Promise<T[K]> | T[K] }],
): Promise<T> {
  const settled = await Promise.allSettled(reads);
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
  return settled.map(
    (outcome) => (outcome as PromiseFulfilledResult<unknown>).value,
  ) as unknown as T;
}

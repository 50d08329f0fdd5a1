// Abandons a promise after `ms` with a TIMEOUT error; the work itself may
// still finish in the background, which the caller cleans up after.
import { KgError } from '../errors.js';

export async function withTimeout<T>(work: Promise<T>, ms: number | undefined, what: string): Promise<T> {
  if (ms === undefined || ms <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KgError('TIMEOUT', `${what} took longer than ${ms} ms and was abandoned`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

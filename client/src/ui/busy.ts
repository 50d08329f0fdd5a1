// One loading indicator for every request in flight.
let inFlight = 0;
const listeners = new Set<(busy: boolean) => void>();

export function onBusyChange(listener: (busy: boolean) => void): void {
  listeners.add(listener);
}

/** Runs `work` while the page shows that it is loading. */
export async function whileBusy<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight++ === 0) for (const listener of listeners) listener(true);
  try {
    return await work();
  } finally {
    if (--inFlight === 0) for (const listener of listeners) listener(false);
  }
}

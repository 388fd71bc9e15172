import "server-only";

/**
 * Lets other requests run: heavy work (an import, an .apkg export) does its CPU-bound parts a slice
 * at a time and awaits this between slices, so one learner's 8 MB backup does not stall everyone
 * else's answers (issue 10).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How many records a slice of CPU-bound work handles before yielding. */
export const SLICE = 500;

/** Calls `fn` for each item, yielding to the event loop every `slice` items. */
export async function forEachSliced<T>(items: readonly T[], fn: (item: T, index: number) => void, slice = SLICE): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % slice === 0) await yieldToEventLoop();
    fn(items[i]!, i);
  }
}

/**
 * A counter of writes to the directory in this process. Results derived from the whole directory (the
 * unfiltered facet counts) are cached against it, so a write here makes them stale at once; other server
 * processes see the change when their short cache time runs out.
 */
let generation = 0;

export function directoryGeneration(): number {
  return generation;
}

export function directoryChanged(): void {
  generation++;
}

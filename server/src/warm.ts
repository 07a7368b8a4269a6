/**
 * The signal from the server to its loader (loader.ts) that the first check is done: the
 * functions it needed are compiled, and V8's code cache can be kept with them.
 */
export const WARM_EVENT = "oscar-facts:warm";

let warm = false;

export function warmedUp(): void {
  if (warm) return;
  warm = true;
  (process as NodeJS.EventEmitter).emit(WARM_EVENT);
}

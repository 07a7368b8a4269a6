import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { RequestType, type Connection } from "vscode-languageserver/node";
import { guard } from "./guard";

export interface MemoryResult {
  /** Resident set size, MB. */
  rssMb: number;
  heapUsedMb: number;
  /** Whether a full collection ran first. */
  collected: boolean;
}

/**
 * `oscarFacts/memory`: the server's memory, after a full collection when asked. For the
 * benchmark and the fuzzer, which also use it to know that every message sent before it
 * has been read.
 */
export const MemoryRequest = new RequestType<{ collect?: boolean } | null, MemoryResult, void>("oscarFacts/memory");

export function registerMemoryRequest(connection: Connection): void {
  connection.onRequest(
    MemoryRequest,
    guard(connection, "oscarFacts/memory", { rssMb: 0, heapUsedMb: 0, collected: false }, (params) => {
      const gc = params?.collect ? collector() : undefined;
      gc?.();
      const m = process.memoryUsage();
      return { rssMb: m.rss / 2 ** 20, heapUsedMb: m.heapUsed / 2 ** 20, collected: !!gc };
    }),
  );
}

let gcFunction: (() => void) | undefined | null = null;

/** V8's full collection: node's own when started with --expose-gc, else the flag set now. */
function collector(): (() => void) | undefined {
  if (gcFunction === null) {
    gcFunction = (globalThis as { gc?: () => void }).gc;
    try {
      if (!gcFunction) {
        setFlagsFromString("--expose-gc");
        gcFunction = runInNewContext("gc") as () => void;
      }
    } catch {
      gcFunction = undefined;
    }
  }
  return gcFunction;
}

const QUIET_MS = 3_000;
let timer: NodeJS.Timeout | undefined;

/**
 * One full collection once the server has been quiet for a few seconds after work (an
 * analysis, a large document skipped or closed), or for a tenth of a second when the heap
 * has grown 64 MB since the last one. An idle server allocates nothing, so V8 would
 * otherwise keep what the work left behind for as long as the editor is open: after an
 * editing session hundreds of megabytes, most of them the protocol library's copies of the
 * text. The pause falls where nobody waits for an answer.
 */
export function collectWhenQuiet(): void {
  // Garbage piling up under steady work: collect at the first short pause instead.
  // (The heap's own figure: process.memoryUsage() also reads the resident size from the OS, on every check.)
  const grown = getHeapStatistics().used_heap_size - liveAfterCollection > GROWTH;
  clearTimeout(timer);
  timer = setTimeout(collect, grown ? SHORT_QUIET_MS : QUIET_MS);
  timer.unref();
}

const GROWTH = 64 * 2 ** 20;
const SHORT_QUIET_MS = 100;
let liveAfterCollection = 0;

function collect(): void {
  collector()?.();
  liveAfterCollection = getHeapStatistics().used_heap_size;
}

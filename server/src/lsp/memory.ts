import { RequestType, type Connection } from "vscode-languageserver/node";
import { guard } from "./guard";

export interface MemoryResult {
  /** Resident set size, MB. */
  rssMb: number;
  heapUsedMb: number;
  /** Whether a full collection ran first (only when node runs with --expose-gc, as the benchmark starts it). */
  collected: boolean;
}

/**
 * `oscarFacts/memory`: the server's memory, after a full collection when asked and one can
 * be forced. For the benchmark and the fuzzer, which also use it to know that every message
 * sent before it has been read.
 */
export const MemoryRequest = new RequestType<{ collect?: boolean } | null, MemoryResult, void>("oscarFacts/memory");

export function registerMemoryRequest(connection: Connection): void {
  connection.onRequest(
    MemoryRequest,
    guard(connection, "oscarFacts/memory", { rssMb: 0, heapUsedMb: 0, collected: false }, (params) => {
      const gc = params?.collect ? (globalThis as { gc?: () => void }).gc : undefined;
      gc?.();
      const m = process.memoryUsage();
      return { rssMb: m.rss / 2 ** 20, heapUsedMb: m.heapUsed / 2 ** 20, collected: !!gc };
    }),
  );
}

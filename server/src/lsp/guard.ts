import type { Connection } from "vscode-languageserver/node";

/**
 * Wraps an LSP handler so that a bug answers `fallback` and is logged to the output
 * channel, instead of failing the request or taking the server down.
 */
export function guard<A extends unknown[], R>(connection: Connection, name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      connection.console.error(`oscar-facts: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}

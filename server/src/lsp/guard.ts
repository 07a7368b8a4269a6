import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from "vscode-languageserver/node";

/** The answer to a request the client cancelled: RequestCancelled (-32800). */
export function cancelled(): ResponseError<void> {
  // Not a subclass: ResponseError resets its prototype, so a subclass would not be recognised.
  return new ResponseError(LSPErrorCodes.RequestCancelled, "request cancelled");
}

function isCancellation(e: unknown): boolean {
  return e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled;
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelled();
}

/** `p`, or Cancelled as soon as the client cancels; the work behind `p` goes on for others. */
export function untilCancelled<T>(p: Promise<T>, token: CancellationToken | undefined): Promise<T> {
  if (!token) return p;
  throwIfCancelled(token);
  let dispose: (() => void) | undefined;
  const onCancel = new Promise<never>((_, reject) => {
    const listener = token.onCancellationRequested(() => reject(cancelled()));
    dispose = () => listener.dispose();
  });
  return Promise.race([p, onCancel]).finally(() => dispose?.());
}

/**
 * Wraps an LSP handler so that a bug answers `fallback` and is logged to the output
 * channel, instead of failing the request or taking the server down. A cancellation is
 * no bug: it is answered as such.
 */
export function guard<A extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  fn: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (isCancellation(e)) throw e;
      connection.console.error(`oscar-facts: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}

/** Sends a request or notification whose failure is only worth a line in the log, never an unhandled rejection. */
export function logFailure(connection: Connection, what: string, p: Promise<unknown> | void): void {
  p?.catch((e) => connection.console.error(`oscar-facts: ${what} failed: ${(e as Error)?.message ?? String(e)}`));
}

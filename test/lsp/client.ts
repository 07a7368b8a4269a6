/** A minimal LSP client over stdio for protocol tests: spawns dist/server.js like an editor would. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { root } from "../helpers";

export interface TestClient {
  conn: ProtocolConnection;
  proc: ChildProcessWithoutNullStreams;
  diagnostics: Map<string, PublishDiagnosticsParams>;
  settings: Record<string, unknown>;
  log: string[];
  /** How many times the server asked to re-read inlay hints (workspace/inlayHint/refresh). */
  hintRefreshes: number;
  /** The server's answer to initialize (its capabilities). */
  initialized?: InitializeResult;
  /** Requests the server sent us, by method, in order. */
  requests: { method: string; params: unknown }[];
  /** Holds every workspace/configuration answer until the returned function is called. */
  holdConfiguration(): () => void;
  stop(): Promise<void>;
}

export interface ClientOptions {
  pull?: boolean;
  settings?: Record<string, unknown>;
  debounceMs?: number;
  initializationOptions?: Record<string, unknown>;
  /** Replaces parts of the client capabilities below (shallow, per section). */
  capabilities?: { workspace?: Record<string, unknown>; textDocument?: Record<string, unknown> };
  /** Answer workspace/diagnostic/refresh with MethodNotFound, as a client without it would. */
  rejectRefresh?: boolean;
  /** Flags for node before the server script (the fuzzer passes --expose-gc). */
  nodeArgs?: string[];
}

export async function startServer(opts: ClientOptions = {}): Promise<TestClient> {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), join(root, "dist", "server.js"), "--stdio"], {
    stdio: "pipe",
  });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const client: TestClient = {
    conn,
    proc,
    diagnostics: new Map(),
    settings: { ...(opts.settings ?? {}) },
    log: [],
    hintRefreshes: 0,
    requests: [],
    holdConfiguration() {
      let release!: () => void;
      gate = new Promise<void>((r) => (release = r));
      return release;
    },
    async stop() {
      try {
        await conn.sendRequest("shutdown");
        await conn.sendNotification("exit");
      } catch {
        /* already gone */
      }
      conn.dispose();
      proc.kill();
    },
  };
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    client.diagnostics.set(p.uri, p);
  });
  conn.onNotification("window/logMessage", (p: { message: string }) => {
    client.log.push(p.message);
  });
  conn.onNotification("window/showMessage", (p: { message: string }) => {
    client.log.push(p.message);
  });
  conn.onRequest("window/showMessageRequest", (p: { message: string }) => {
    client.log.push(p.message);
    return null;
  });
  let gate: Promise<void> = Promise.resolve();
  const record = (method: string, answer: (params: unknown) => unknown) =>
    conn.onRequest(method, (params: unknown) => {
      client.requests.push({ method, params });
      return answer(params);
    });
  record("workspace/configuration", async (p) => {
    await gate;
    return (p as { items: unknown[] }).items.map(() => client.settings);
  });
  record("client/registerCapability", () => null);
  record("workspace/diagnostic/refresh", () =>
    opts.rejectRefresh
      ? new ResponseError(ErrorCodes.MethodNotFound, "Unhandled method workspace/diagnostic/refresh")
      : null,
  );
  record("workspace/applyEdit", () => ({ applied: true }));
  record("workspace/inlayHint/refresh", () => {
    client.hintRefreshes++;
    return null;
  });
  conn.listen();
  client.initialized = await conn.sendRequest<InitializeResult>("initialize", {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        inlayHint: { refreshSupport: true },
        applyEdit: true,
        ...(opts.pull ? { diagnostics: { refreshSupport: true } } : {}),
        ...opts.capabilities?.workspace,
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ["markdown", "plaintext"] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        ...opts.capabilities?.textDocument,
      },
    },
    initializationOptions: { debounceMs: opts.debounceMs ?? 20, ...opts.initializationOptions },
  });
  await conn.sendNotification("initialized", {});
  return client;
}

/** Polls until `get` returns a value accepted by `ok`; fails with the last value after `ms`. */
export async function waitFor<T>(get: () => T | undefined, ok: (v: T | undefined) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  let v = get();
  while (!ok(v)) {
    if (Date.now() > until) throw new Error(`timed out waiting; last value: ${JSON.stringify(v)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 10));
    v = get();
  }
  return v as T;
}

/** Like waitFor, for a value that takes a request to read; returns the last value when time runs out. */
export async function poll<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    v = await get();
  }
  return v;
}

export function open(c: TestClient, uri: string, text: string, languageId = "markdown", version = 1): Promise<void> {
  return c.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
}

export function diagnosticsOf(c: TestClient, uri: string, version?: number): Diagnostic[] | undefined {
  const p = c.diagnostics.get(uri);
  if (!p || (version !== undefined && p.version !== version)) return undefined;
  return p.diagnostics;
}

/** LSP 3.18 allows Markdown messages; ours are plain strings. */
export function text(d: Diagnostic): string {
  return typeof d.message === "string" ? d.message : d.message.value;
}

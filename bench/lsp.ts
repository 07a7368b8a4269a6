/** A bare LSP client over stdio for the benchmark: timings of real round trips to dist/server.js. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";

export interface Server {
  conn: ProtocolConnection;
  proc: ChildProcessWithoutNullStreams;
  /** Resolves when diagnostics for `uri` at `version` arrive. */
  waitDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startServer(root: string, debounceMs: number, opts: { pull?: boolean } = {}): Promise<Server> {
  // OSCAR_FACTS_PROFILE_DIR=dir writes a CPU profile of the server (node --cpu-prof) there.
  const profile = process.env.OSCAR_FACTS_PROFILE_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.OSCAR_FACTS_PROFILE_DIR}`]
    : [];
  const proc = spawn(process.execPath, [...profile, join(root, "dist", "server.js"), "--stdio"], {
    stdio: "pipe",
    // The environment the extension starts the server with (client/src/extension.ts, SERVER_ENV).
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "1" },
  });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    const key = `${p.uri}@${p.version}`;
    waiting.get(key)?.(p);
    waiting.delete(key);
  });
  conn.onRequest("workspace/configuration", (p: { items: unknown[] }) =>
    p.items.map(() => ({ maxDocumentSize: 10_000_000 })),
  );
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("workspace/inlayHint/refresh", () => null);
  conn.onRequest("workspace/diagnostic/refresh", () => null);
  conn.listen();
  await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    // As VS Code: the server re-computes marks after each check to tell the client when they changed.
    capabilities: {
      workspace: {
        configuration: true,
        inlayHint: { refreshSupport: true },
        diagnostics: { refreshSupport: !!opts.pull },
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
        ...(opts.pull ? { diagnostic: {} } : {}),
      },
    },
    initializationOptions: { debounceMs },
  });
  await conn.sendNotification("initialized", {});
  return {
    conn,
    proc,
    waitDiagnostics: (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve)),
    rssMb: () => {
      const status = readFileSync(`/proc/${proc.pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    stop: async () => {
      if (profile.length) {
        // A clean LSP exit lets node write its CPU profile.
        const exited = new Promise((r) => proc.once("exit", r));
        await conn.sendRequest("shutdown");
        await conn.sendNotification("exit");
        await exited;
      }
      conn.dispose();
      proc.kill();
    },
  };
}

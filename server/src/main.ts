/**
 * oscar-facts-server: the engine behind the Language Server Protocol, over IPC (VS Code)
 * or --stdio (Neovim, Helix, Emacs). A thin adapter: each feature is a file in lsp/.
 */
import {
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeConfigurationNotification,
  type InitializeResult,
} from "vscode-languageserver/node";
import { OscarFacts, SHEET_SCHEME } from "./engine";
import { loadDataset } from "./data/load";
import { readCaps, type ClientCaps } from "./lsp/capabilities";
import { Checker } from "./lsp/checker";
import { openDocuments } from "./lsp/documents";
import { APPLY_FIX } from "./lsp/convert";
import { Diagnostics } from "./lsp/diagnostics";
import { registerHover } from "./lsp/hover";
import { registerCodeActions } from "./lsp/code-actions";
import { registerCheckRequest } from "./lsp/check-request";
import { registerMemoryRequest } from "./lsp/memory";
import { ClaimMarks } from "./lsp/inlay-hints";
import { registerClaimsRequest } from "./lsp/claims-request";
import { registerCompletion } from "./lsp/completion";
import { registerSheets } from "./lsp/sheets";
import { SettingsStore } from "./lsp/settings";
import { cancelled, guard, logFailure } from "./lsp/guard";
import { enlargeYoungGeneration } from "./heap";
import { createServerConnection } from "./lsp/wire";

enlargeYoungGeneration();

// A request cancelled before it was even started is answered RequestCancelled at once.
const connection = createServerConnection({
  cancelUndispatched: (message) => ({
    jsonrpc: "2.0",
    id: (message as unknown as { id: number | string }).id,
    error: cancelled().toJson(),
  }),
});
// Edits are reported so that the ✓ marks move with the text between checks.
const documents = openDocuments((uri, edit) => marks?.edited(uri, edit));
let marks: ClaimMarks | undefined;
const settings = new SettingsStore(connection);

let engine: OscarFacts | undefined;
let loadError: string | undefined;
try {
  engine = new OscarFacts(loadDataset());
} catch (e) {
  loadError = (e as Error).message;
}

let diagnostics: Diagnostics | undefined;
let checker: Checker | undefined;
let caps: ClientCaps | undefined;

connection.onInitialize((params): InitializeResult => {
  caps = readCaps(params.capabilities);
  settings.setSupport(caps.configuration);
  const options = (params.initializationOptions ?? {}) as { debounceMs?: number; sheetCommand?: string };
  const debounce = typeof options.debounceMs === "number" ? options.debounceMs : 150;
  if (engine) {
    checker = new Checker(connection, engine, settings, documents);
    diagnostics = new Diagnostics(connection, documents, checker, caps, debounce);
    registerHover(connection, documents, checker, engine, caps);
    registerCodeActions(connection, documents, checker, caps);
    registerCheckRequest(connection, checker, diagnostics);
    const hintRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    marks = new ClaimMarks(connection, documents, checker, engine, hintRefresh);
    registerClaimsRequest(connection, documents, checker, engine);
    registerCompletion(connection, documents, checker, engine);
    registerSheets(connection, checker, engine);
    // A client that can run commands from hover links (VS Code) names the one that opens a sheet.
    if (typeof options.sheetCommand === "string") engine.hoverOptions.sheetCommand = options.sheetCommand;
  }
  registerMemoryRequest(connection);
  // Without CodeAction literals a fix is a Command the server carries out, which needs workspace/applyEdit.
  const commands = engine && !caps.codeActionLiterals && caps.applyEdit ? { commands: [APPLY_FIX] } : undefined;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: !!engine,
      codeActionProvider: engine
        ? caps.codeActionLiterals
          ? { codeActionKinds: [CodeActionKind.QuickFix] }
          : true
        : undefined,
      executeCommandProvider: commands,
      diagnosticProvider:
        engine && caps.pull ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      inlayHintProvider: !!engine,
      completionProvider: engine ? { resolveProvider: true } : undefined,
      workspace: engine ? { textDocumentContent: { schemes: [SHEET_SCHEME] } } : undefined,
    },
    serverInfo: { name: "oscar-facts", version: typeof OSCAR_FACTS_VERSION === "string" ? OSCAR_FACTS_VERSION : "dev" },
  };
});

declare const OSCAR_FACTS_VERSION: string;

connection.onInitialized(() => {
  if (loadError) {
    connection.console.error(`oscar-facts: ${loadError}`);
    logFailure(
      connection,
      "showErrorMessage",
      connection.window.showErrorMessage(`Oscar Facts cannot check drafts: ${loadError}`),
    );
  }
  if (caps?.dynamicConfiguration)
    logFailure(
      connection,
      "client/registerCapability",
      connection.client.register(DidChangeConfigurationNotification.type, undefined),
    );
});

connection.onDidChangeConfiguration(
  guard(connection, "didChangeConfiguration", undefined, (params) => {
    settings.changed(params.settings);
    checker?.settingsChanged();
    diagnostics?.refreshAll();
    marks?.refresh();
  }),
);

// The last line of defence: log, keep serving other documents.
process.on("uncaughtException", (e) => connection.console.error(`oscar-facts: uncaught: ${e.stack ?? e}`));
process.on("unhandledRejection", (e) =>
  connection.console.error(`oscar-facts: unhandled rejection: ${(e as Error)?.stack ?? e}`),
);

documents.listen(connection);
connection.listen();

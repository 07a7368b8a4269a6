/**
 * oscar-facts-server: the engine behind the Language Server Protocol, over IPC (VS Code)
 * or --stdio (Neovim, Helix, Emacs). A thin adapter: each feature is a file in lsp/.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, CodeActionKind, DidChangeConfigurationNotification, type InitializeResult } from "vscode-languageserver/node";
import { OscarFacts } from "./engine";
import { loadDataset } from "./data/load";
import { Checker } from "./lsp/checker";
import { Diagnostics } from "./lsp/diagnostics";
import { registerHover } from "./lsp/hover";
import { registerCodeActions } from "./lsp/code-actions";
import { registerCheckRequest } from "./lsp/check-request";
import { ClaimMarks } from "./lsp/inlay-hints";
import { registerClaimsRequest } from "./lsp/claims-request";
import { registerCompletion } from "./lsp/completion";
import { registerSheets } from "./lsp/sheets";
import { reportingEdits } from "./lsp/edits";
import { SHEET_SCHEME } from "./engine";
import { SettingsStore } from "./lsp/settings";
import { guard } from "./lsp/guard";

const connection = createConnection(ProposedFeatures.all);
// Edits are reported so that the ✓ marks move with the text between checks.
const documents = new TextDocuments(reportingEdits((uri, edit) => marks?.edited(uri, edit)));
const settings = new SettingsStore(connection);
let marks: ClaimMarks | undefined;

let engine: OscarFacts | undefined;
let loadError: string | undefined;
try {
  engine = new OscarFacts(loadDataset());
} catch (e) {
  loadError = (e as Error).message;
}

let diagnostics: Diagnostics | undefined;
let dynamicConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  const pull = !!caps.textDocument?.diagnostic;
  settings.setSupport(!!caps.workspace?.configuration);
  dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  const options = (params.initializationOptions ?? {}) as { debounceMs?: number; sheetCommand?: string };
  const debounce = typeof options.debounceMs === "number" ? options.debounceMs : 150;
  if (engine) {
    const checker = new Checker(connection, engine, settings);
    diagnostics = new Diagnostics(connection, documents, checker, pull, debounce);
    registerHover(connection, documents, checker, engine);
    registerCodeActions(connection, documents, checker);
    registerCheckRequest(connection, documents, checker, diagnostics);
    marks = new ClaimMarks(connection, documents, checker, engine, !!caps.workspace?.inlayHint?.refreshSupport);
    registerClaimsRequest(connection, documents, checker, engine);
    registerCompletion(connection, documents, checker, engine);
    registerSheets(connection, checker, engine);
    // A client that can run commands from hover links (VS Code) names the one that opens a sheet.
    if (typeof options.sheetCommand === "string") engine.hoverOptions.sheetCommand = options.sheetCommand;
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: !!engine,
      codeActionProvider: engine ? { codeActionKinds: [CodeActionKind.QuickFix] } : undefined,
      diagnosticProvider: engine && pull ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
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
    void connection.window.showErrorMessage(`Oscar Facts cannot check drafts: ${loadError}`);
  }
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
});

connection.onDidChangeConfiguration(
  guard(connection, "didChangeConfiguration", undefined, (params) => {
    settings.changed(params.settings);
    diagnostics?.refreshAll();
    marks?.refresh();
  }),
);

// The last line of defence: log, keep serving other documents.
process.on("uncaughtException", (e) => connection.console.error(`oscar-facts: uncaught: ${e.stack ?? e}`));
process.on("unhandledRejection", (e) => connection.console.error(`oscar-facts: unhandled rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();

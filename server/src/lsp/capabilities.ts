import { MarkupKind, type ClientCapabilities } from "vscode-languageserver/node";

/** What the client said it can do, read once at initialize; the server sends nothing else. */
export interface ClientCaps {
  /** textDocument/diagnostic: the client pulls diagnostics. */
  pull: boolean;
  /** workspace/diagnostic/refresh: the client re-pulls when asked. */
  refresh: boolean;
  /** workspace/configuration: settings per document. */
  configuration: boolean;
  dynamicConfiguration: boolean;
  /** Hover content as Markdown; otherwise plain text. */
  hoverMarkdown: boolean;
  /** CodeAction literals; otherwise Commands the server carries out. */
  codeActionLiterals: boolean;
  /** Versioned document edits: the client refuses an edit made for another version. */
  documentChanges: boolean;
  /** workspace/applyEdit: the server can ask for an edit (needed by Commands). */
  applyEdit: boolean;
}

export function readCaps(caps: ClientCapabilities): ClientCaps {
  const formats = caps.textDocument?.hover?.contentFormat;
  return {
    pull: !!caps.textDocument?.diagnostic,
    refresh: !!caps.workspace?.diagnostics?.refreshSupport,
    configuration: !!caps.workspace?.configuration,
    dynamicConfiguration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    // No list: an older client, which takes Markdown. A list: the first is the client's preference.
    hoverMarkdown: !formats?.length || formats[0] === MarkupKind.Markdown,
    codeActionLiterals: !!caps.textDocument?.codeAction?.codeActionLiteralSupport,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    applyEdit: !!caps.workspace?.applyEdit,
  };
}

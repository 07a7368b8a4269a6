import { DocumentDiagnosticReportKind, type Connection, type TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Checker } from "./checker";
import { guard } from "./guard";

/**
 * Diagnostics, pulled (textDocument/diagnostic) when the client supports it, pushed
 * otherwise. Pushes are debounced per document and never published for a version
 * older than the document's current one.
 */
export class Diagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly checker: Checker,
    private readonly pull: boolean,
    private readonly debounceMs: number,
  ) {
    if (pull) {
      connection.languages.diagnostics.on(
        guard(connection, "textDocument/diagnostic", { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params) => {
          const doc = documents.get(params.textDocument.uri);
          return { kind: DocumentDiagnosticReportKind.Full, items: doc ? await checker.diagnostics(doc) : [] };
        }),
      );
    } else {
      documents.onDidChangeContent(guard(connection, "didChange", undefined, (e) => this.schedule(e.document.uri)));
    }
    documents.onDidClose(
      guard(connection, "didClose", undefined, (e) => {
        clearTimeout(this.timers.get(e.document.uri));
        this.timers.delete(e.document.uri);
        checker.forget(e.document.uri);
        checker.settings.forget(e.document.uri);
        if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      }),
    );
  }

  schedule(uri: string, delay = this.debounceMs): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.publish(uri), delay));
  }

  private readonly publish = (uri: string) => guard(this.connection, "publishDiagnostics", undefined, () => this.publishNow(uri))();

  private async publishNow(uri: string): Promise<void> {
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const diagnostics = await this.checker.diagnostics(doc);
    // A newer version arrived while settings were read: its own check will publish.
    if (this.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** After settings change or an explicit check: everything again. */
  refreshAll(): void {
    if (this.pull) {
      void this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }
}

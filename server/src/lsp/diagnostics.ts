import { DocumentDiagnosticReportKind, type Connection, type TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ClientCaps } from "./capabilities";
import type { Checker } from "./checker";
import { guard, logFailure } from "./guard";
import { collectWhenQuiet } from "./memory";

/**
 * Diagnostics, pulled (textDocument/diagnostic) when the client supports it, pushed
 * otherwise. Pushes are debounced per document and always describe the text open when
 * they are sent, at that text's version.
 */
export class Diagnostics {
  /** Per document, what cancels its pending publish. */
  private readonly timers = new Map<string, () => void>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly checker: Checker,
    private readonly caps: ClientCaps,
    private readonly debounceMs: number,
  ) {
    if (caps.pull) {
      connection.languages.diagnostics.on(
        guard(
          connection,
          "textDocument/diagnostic",
          { kind: DocumentDiagnosticReportKind.Full, items: [] },
          async (params, token) => {
            const c = await checker.current(params.textDocument.uri, token);
            return { kind: DocumentDiagnosticReportKind.Full, items: c ? checker.diagnostics(c) : [] };
          },
        ),
      );
    } else {
      documents.onDidChangeContent(guard(connection, "didChange", undefined, (e) => this.schedule(e.document.uri)));
    }
    documents.onDidClose(
      guard(connection, "didClose", undefined, (e) => {
        this.cancel(e.document.uri);
        this.timers.delete(e.document.uri);
        checker.forget(e.document.uri);
        checker.settings.forget(e.document.uri);
        collectWhenQuiet();
        if (!caps.pull)
          logFailure(
            connection,
            "publishDiagnostics",
            connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }),
          );
      }),
    );
  }

  schedule(uri: string, delay = this.debounceMs): void {
    this.cancel(uri);
    const publish = () => void this.publish(uri);
    // No debounce asked: the next turn of the event loop, not a timer's minimum of a millisecond.
    if (delay > 0) {
      const timer = setTimeout(publish, delay);
      this.timers.set(uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(publish);
      this.timers.set(uri, () => clearImmediate(immediate));
    }
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.();
  }

  private readonly publish = (uri: string) =>
    guard(this.connection, "publishDiagnostics", undefined, () => this.publishNow(uri))();

  private async publishNow(uri: string): Promise<void> {
    this.timers.delete(uri);
    const c = await this.checker.current(uri);
    if (!c) return;
    await this.connection.sendDiagnostics({ uri, version: c.doc.version, diagnostics: this.checker.diagnostics(c) });
  }

  /** After settings change or an explicit check: everything again. */
  refreshAll(): void {
    if (!this.caps.pull) {
      for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
    } else if (this.caps.refresh) {
      logFailure(this.connection, "workspace/diagnostic/refresh", this.connection.languages.diagnostics.refresh());
    }
    // A pull client that cannot be asked to pull again sees new settings at its next pull.
  }
}

import {
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type TextDocuments,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { NameCompletion, OscarFacts } from "../engine";
import type { Checker } from "./checker";
import { toCompletionItem } from "./convert";
import { guard } from "./guard";

/**
 * Names of people, films, categories and characters, on request (no trigger characters).
 * The list is incomplete by design (the best 50), so clients ask again as the writer types.
 */
export function registerCompletion(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  checker: Checker,
  engine: OscarFacts,
): void {
  // The name index takes a tenth of a second to build: in the writer's first pause, not
  // on the first completion nor between two keystrokes, nor between two slices of a long
  // draft's first check (whose diagnostics it would delay, and whose memory peak it would raise).
  let warm: NodeJS.Timeout | undefined;
  let built = false;
  const warmInPause = (e: { document: TextDocument }) => {
    if (built) return;
    clearTimeout(warm);
    const uri = e.document.uri;
    warm = setTimeout(
      guard(connection, "name index", undefined, async () => {
        // Only for a draft that is checked: a skipped one (too large, another language) asks nothing.
        const doc = documents.get(uri);
        if (!doc || checker.skipReason(doc, await checker.settings.get(uri))) return;
        if (checker.analysing) return warmInPause({ document: doc });
        built = !!engine.names;
      }),
      1500,
    ).unref();
  };
  documents.onDidOpen(warmInPause);
  documents.onDidChangeContent(warmInPause);
  connection.onCompletion(
    guard(connection, "textDocument/completion", null as CompletionList | null, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const s = await checker.settings.get(doc.uri);
      if (checker.skipReason(doc, s)) return null;
      const offset = doc.offsetAt(params.position);
      // The last check's ceremony: completing waits for a check only when there was none.
      const last = checker.lastChecked(doc.uri) ?? (await checker.check(doc));
      const ceremony = last?.analysis.ceremonyAt(offset) ?? s.defaultCeremony ?? undefined;
      const r = engine.doComplete(doc.getText(), offset, ceremony);
      if (!r) return null;
      return { isIncomplete: true, items: r.items.map((item) => toCompletionItem(doc, r, item)) };
    }),
  );
  connection.onCompletionResolve((item: CompletionItem) =>
    guard(connection, "completionItem/resolve", item, (): CompletionItem => {
      const card = engine.completionCard(item.data as NameCompletion["ref"]);
      return card ? { ...item, documentation: { kind: MarkupKind.Markdown, value: card } } : item;
    })(),
  );
}

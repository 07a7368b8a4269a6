import type { Connection, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { OscarFacts } from "../engine";
import type { ClientCaps } from "./capabilities";
import type { Checker } from "./checker";
import { toHover } from "./convert";
import { guard } from "./guard";

/** Hover cards, from the last complete analysis while a newer one runs, if the words under the cursor are unchanged. */
export function registerHover(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  checker: Checker,
  engine: OscarFacts,
  caps: ClientCaps,
): void {
  connection.onHover(
    guard(connection, "textDocument/hover", null, async (params, token) => {
      const uri = params.textDocument.uri;
      const doc = documents.get(uri);
      if (!doc) return null;
      const last = checker.latest(uri, doc);
      if (last) {
        const offset = last.map.toOld(doc.offsetAt(params.position));
        const h =
          offset === undefined ? undefined : engine.doHover(last.checked.text, offset, {}, last.checked.analysis);
        const at = h && last.map.rangeToNew(h.start, h.end);
        if (h && at) return toHover(doc, { ...h, ...at }, caps.hoverMarkdown);
        if (!h && last.checked.text === doc.getText()) return null;
      }
      const c = await checker.current(uri, token);
      if (!c?.checked) return null;
      const h = engine.doHover(c.checked.text, c.doc.offsetAt(params.position), {}, c.checked.analysis);
      return h ? toHover(c.doc, h, caps.hoverMarkdown) : null;
    }),
  );
}

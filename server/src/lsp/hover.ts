import type { Connection, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { OscarFacts } from "../engine";
import type { Checker } from "./checker";
import { toHover } from "./convert";
import { guard } from "./guard";

export function registerHover(connection: Connection, documents: TextDocuments<TextDocument>, checker: Checker, engine: OscarFacts): void {
  connection.onHover(
    guard(connection, "textDocument/hover", null, async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const checked = await checker.check(doc);
      if (!checked) return null;
      const h = engine.doHover(doc.getText(), doc.offsetAt(params.position), {}, checked.analysis);
      return h ? toHover(doc, h) : null;
    }),
  );
}

import type { CodeAction, Connection, Diagnostic, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { disableNextLineEdit } from "../engine";
import type { Checker } from "./checker";
import { SOURCE, fixAction, insertAction } from "./convert";
import { guard } from "./guard";

/** Quick fixes for findings in range, and "ignore this claim" as an inline directive. */
export function registerCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, checker: Checker): void {
  connection.onCodeAction(
    guard(connection, "textDocument/codeAction", [] as CodeAction[], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const checked = await checker.check(doc);
      if (!checked) return [];
      const from = doc.offsetAt(params.range.start);
      const to = doc.offsetAt(params.range.end);
      const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
      const text = doc.getText();
      const style = doc.languageId === "plaintext" ? "slash" : "html";
      const out: CodeAction[] = [];
      for (const f of checked.findings) {
        if (f.end < from || f.start > to) continue;
        const diagnostic: Diagnostic | undefined = ours.find((d) => d.code === f.rule && doc.offsetAt(d.range.start) === f.start);
        for (const fix of f.fixes) out.push(fixAction(doc, fix, diagnostic));
        const edit = disableNextLineEdit(text, f.start, style);
        out.push(insertAction(doc, `Ignore this claim (${f.rule}) with an inline directive`, edit.at, edit.insert, diagnostic));
      }
      return out;
    }),
  );
}

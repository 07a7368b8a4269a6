import { RequestType, type Connection, type TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { skipMessage, type Checker } from "./checker";
import type { Diagnostics } from "./diagnostics";
import { guard } from "./guard";

export interface CheckResult {
  checked: boolean;
  reason?: string;
  findings: number;
}

/** `oscarFacts/check`: the client's "Check current document" command. */
export const CheckRequest = new RequestType<{ uri: string }, CheckResult, void>("oscarFacts/check");

export function registerCheckRequest(connection: Connection, documents: TextDocuments<TextDocument>, checker: Checker, diagnostics: Diagnostics): void {
  connection.onRequest(
    CheckRequest,
    guard(connection, "oscarFacts/check", { checked: false, reason: "internal error (see the output channel)", findings: 0 }, async ({ uri }) => {
      const doc = documents.get(uri);
      if (!doc) return { checked: false, reason: "the document is not open", findings: 0 };
      const s = await checker.settings.get(uri);
      const skip = checker.skipReason(doc, s);
      if (skip) return { checked: false, reason: skipMessage(skip, doc), findings: 0 };
      const d = await checker.diagnostics(doc);
      diagnostics.refreshAll();
      return { checked: true, findings: d.length };
    }),
  );
}

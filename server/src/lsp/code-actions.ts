import type {
  CodeAction,
  CodeActionParams,
  Command,
  Connection,
  Diagnostic,
  TextDocuments,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { disableNextLineEdit } from "../engine";
import type { ClientCaps } from "./capabilities";
import type { Checked, Checker } from "./checker";
import { APPLY_FIX, SOURCE, quickFix, toEdit, workspaceEdit, type ApplyFixArgs } from "./convert";
import { guard, logFailure } from "./guard";
import type { TextMap } from "./text-map";

/**
 * Quick fixes for findings in range, and "ignore this claim" as an inline directive. A fix
 * is offered only where the text it replaces is, to the character, the text it was made
 * for; clients without CodeAction literals get Commands, checked again when run.
 */
export function registerCodeActions(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  checker: Checker,
  caps: ClientCaps,
): void {
  connection.onCodeAction(
    guard(connection, "textDocument/codeAction", [] as (CodeAction | Command)[], async (params, token) => {
      const uri = params.textDocument.uri;
      const doc = documents.get(uri);
      if (!doc) return [];
      // The last complete analysis answers at once when the range lies outside what changed since.
      const last = checker.latest(uri, doc);
      if (last) {
        const from = last.map.toOld(doc.offsetAt(params.range.start));
        const to = last.map.toOld(doc.offsetAt(params.range.end));
        if (from !== undefined && to !== undefined && from <= to)
          return actions(doc, params, last.checked, from, to, caps, last.map);
      }
      const c = await checker.current(uri, token);
      if (!c?.checked) return [];
      return actions(
        c.doc,
        params,
        c.checked,
        c.doc.offsetAt(params.range.start),
        c.doc.offsetAt(params.range.end),
        caps,
      );
    }),
  );
  if (caps.codeActionLiterals) return;
  connection.onExecuteCommand(
    guard(connection, "workspace/executeCommand", null, async (params) => {
      if (params.command !== APPLY_FIX || !params.arguments?.[0]) return null;
      const { edit, expected } = params.arguments[0] as ApplyFixArgs;
      const change = edit.documentChanges?.[0];
      const target =
        change && "edits" in change
          ? { uri: change.textDocument.uri, edit: change.edits[0] }
          : Object.entries(edit.changes ?? {}).map(([uri, edits]) => ({ uri, edit: edits[0] }))[0];
      const doc = target && documents.get(target.uri);
      if (!doc || !("range" in target.edit) || doc.getText(target.edit.range) !== expected) {
        logFailure(
          connection,
          "showWarningMessage",
          connection.window.showWarningMessage(
            "Oscar Facts: the draft changed since this fix was offered; ask for the fix again.",
          ),
        );
        return null;
      }
      await connection.workspace.applyEdit(edit);
      return null;
    }),
  );
}

/** Actions from `checked` (made for the text `map` starts from) for the old range [from, to]. */
function actions(
  doc: TextDocument,
  params: CodeActionParams,
  checked: Checked,
  from: number,
  to: number,
  caps: ClientCaps,
  map?: TextMap,
): (CodeAction | Command)[] {
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
  const text = doc.getText();
  const style = doc.languageId === "plaintext" ? "slash" : "html";
  const where = (start: number, end: number) => (map ? map.rangeToNew(start, end) : { start, end });
  const out: (CodeAction | Command)[] = [];
  for (const f of checked.findings) {
    if (f.end < from || f.start > to) continue;
    const at = where(f.start, f.end);
    if (!at) continue; // the finding's words changed since
    const diagnostic: Diagnostic | undefined = ours.find(
      (d) => d.code === f.rule && doc.offsetAt(d.range.start) === at.start,
    );
    for (const fix of f.fixes) {
      const r = where(fix.start, fix.end);
      const was = checked.text.slice(fix.start, fix.end);
      if (!r || text.slice(r.start, r.end) !== was) continue;
      const edit = workspaceEdit(doc, toEdit(doc, r.start, r.end, fix.replacement), caps.documentChanges);
      out.push(quickFix(fix.title, edit, was, diagnostic, caps.codeActionLiterals, fix.preferred));
    }
    const ignore = disableNextLineEdit(text, at.start, style);
    const edit = workspaceEdit(doc, toEdit(doc, ignore.at, ignore.at, ignore.insert), caps.documentChanges);
    out.push(
      quickFix(`Ignore this claim (${f.rule}) with an inline directive`, edit, "", diagnostic, caps.codeActionLiterals),
    );
  }
  return out;
}

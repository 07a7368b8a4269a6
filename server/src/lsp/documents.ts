import { TextDocuments, type Position, type TextDocumentContentChangeEvent } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit } from "../engine";

/**
 * Applies a didChange the way the text document library means to, for any positions a
 * client sends. The library's incremental update trusts a change's line numbers: a range
 * starting past the last line (or at a line or character that is no integer) leaves holes
 * in its line table, after which positions come out as NaN and the text drifts from the
 * client's. Each change is first read as offsets (clamped into the text, as the library's
 * offsetAt does) and sent on as the range those offsets really have.
 */
export function applyChanges(
  doc: TextDocument,
  changes: TextDocumentContentChangeEvent[],
  version: number,
  onEdit?: (uri: string, edit: TextEdit) => void,
): TextDocument {
  for (const change of changes) {
    const text = String(change.text ?? "");
    if (!("range" in change) || !change.range) {
      const edit = { start: 0, end: doc.getText().length, length: text.length };
      TextDocument.update(doc, [{ text }], version);
      onEdit?.(doc.uri, edit);
      continue;
    }
    const a = doc.offsetAt(position(change.range.start));
    const b = doc.offsetAt(position(change.range.end));
    const [start, end] = [Math.min(a, b), Math.max(a, b)];
    TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text }], version);
    // Reported as offsets in the text before it, so the ✓ marks move with the text between checks.
    onEdit?.(doc.uri, { start, end, length: text.length });
  }
  return TextDocument.update(doc, [], version);
}

/** A position with whole, non-negative numbers: anything else is read as 0. */
function position(p: Position | undefined): Position {
  const whole = (n: unknown) => (typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  return { line: whole(p?.line), character: whole(p?.character) };
}

/** The open documents, kept with `applyChanges`; a text that is no string (a client's bug) is read as one. */
export function openDocuments(onEdit?: (uri: string, edit: TextEdit) => void): TextDocuments<TextDocument> {
  const create = (uri: string, languageId: string, version: number, text: unknown) =>
    TextDocument.create(uri, languageId, version, typeof text === "string" ? text : String(text ?? ""));
  const update = (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) =>
    applyChanges(doc, changes, version, onEdit);
  return new TextDocuments({ create, update });
}

import { TextDocuments, type Position, type TextDocumentContentChangeEvent } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";

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
): TextDocument {
  for (const change of changes) {
    if (!("range" in change) || !change.range) {
      TextDocument.update(doc, [{ text: String(change.text ?? "") }], version);
      continue;
    }
    const start = doc.offsetAt(position(change.range.start));
    const end = doc.offsetAt(position(change.range.end));
    const range = { start: doc.positionAt(Math.min(start, end)), end: doc.positionAt(Math.max(start, end)) };
    TextDocument.update(doc, [{ range, text: String(change.text ?? "") }], version);
  }
  return TextDocument.update(doc, [], version);
}

/** A position with whole, non-negative numbers: anything else is read as 0. */
function position(p: Position | undefined): Position {
  const whole = (n: unknown) => (typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  return { line: whole(p?.line), character: whole(p?.character) };
}

/** The open documents, kept with `applyChanges`; a text that is no string (a client's bug) is read as one. */
export function openDocuments(): TextDocuments<TextDocument> {
  const create = (uri: string, languageId: string, version: number, text: unknown) =>
    TextDocument.create(uri, languageId, version, typeof text === "string" ? text : String(text ?? ""));
  return new TextDocuments({ create, update: applyChanges });
}

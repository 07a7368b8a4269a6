import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit } from "../engine";

/**
 * The documents' configuration, reporting each change as offsets in the text before it
 * (for marks that move with the text between checks). Changes apply in order, as LSP says.
 */
export function reportingEdits(
  onEdit: (uri: string, edit: TextEdit) => void,
): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
      for (const c of changes) {
        const edit =
          "range" in c
            ? { start: doc.offsetAt(c.range.start), end: doc.offsetAt(c.range.end), length: c.text.length }
            : { start: 0, end: doc.getText().length, length: c.text.length };
        doc = TextDocument.update(doc, [c], version);
        onEdit(doc.uri, edit);
      }
      return doc;
    },
  };
}

/** Every conversion between the engine's offsets and LSP types, in one place. */
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type Hover, type TextEdit } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding, Fix, HoverResult, Severity } from "../engine";

export const SOURCE = "oscar-facts";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function range(doc: TextDocument, start: number, end: number) {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding, severity: Severity): Diagnostic {
  const evidence = f.evidence.slice(0, 3).map((e) => `${e.category}, ${e.year}: ${e.nominees.join(", ")}${e.films.length ? ` (${e.films.join(" / ")})` : ""}${e.won ? " — won" : ""}`);
  return {
    range: range(doc, f.start, f.end),
    severity: SEVERITY[severity],
    source: SOURCE,
    code: f.rule,
    message: f.message,
    // The evidence lines are in the message's related information for clients that show it.
    relatedInformation: evidence.map((message) => ({ location: { uri: doc.uri, range: range(doc, f.start, f.end) }, message: `Evidence: ${message}` })),
    data: { start: f.start, end: f.end, rule: f.rule, version: doc.version },
  };
}

export function toHover(doc: TextDocument, h: HoverResult): Hover {
  return { contents: { kind: "markdown", value: h.markdown }, range: range(doc, h.start, h.end) };
}

export function toEdit(doc: TextDocument, start: number, end: number, newText: string): TextEdit {
  return { range: range(doc, start, end), newText };
}

export function fixAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic | undefined): CodeAction {
  const action = CodeAction.create(fix.title, { changes: { [doc.uri]: [toEdit(doc, fix.start, fix.end, fix.replacement)] } }, CodeActionKind.QuickFix);
  if (diagnostic) action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  return action;
}

export function insertAction(doc: TextDocument, title: string, at: number, text: string, diagnostic: Diagnostic | undefined): CodeAction {
  const action = CodeAction.create(title, { changes: { [doc.uri]: [toEdit(doc, at, at, text)] } }, CodeActionKind.QuickFix);
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}

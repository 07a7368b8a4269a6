/** Every conversion between the engine's offsets and LSP types, in one place. */
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type Hover, type TextEdit } from "vscode-languageserver/node";
import { CompletionItemKind, MarkupKind, type CompletionItem, type InlayHint, type Range } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { ordinalSuffix, type Finding, type Fix, type HoverResult, type Severity } from "../engine";
import type { ClaimMark, CompletionResult, Evidence, ListedClaim, NameCompletion, NameKind } from "../engine";

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

/** Evidence as at most three lines: each record, or for many records one summary. */
function evidenceLines(f: Finding): string[] {
  const line = (e: Finding["evidence"][number]) => `${e.category}, ${e.year}: ${e.nominees.join(", ")}${e.films.length ? ` (${e.films.join(" / ")})` : ""}${e.won ? " — won" : ""}`;
  if (f.evidence.length <= 3) return f.evidence.map(line);
  const won = f.evidence.filter((e) => e.won);
  const films = [...new Set(f.evidence.flatMap((e) => e.films))];
  const subject = films.length === 1 ? `${films[0]}: ` : "";
  return [`${subject}${f.evidence.length} nominations at the ${ordinalSuffix(f.evidence[0].ceremony)} (${f.evidence[0].year}): ${f.evidence.map((e) => `${e.category}${e.won ? " (won)" : ""}`).join(", ")}`, ...(won.length ? [`Won: ${won.map((e) => e.category).join(", ")}`] : [])];
}


export function toDiagnostic(doc: TextDocument, f: Finding, severity: Severity): Diagnostic {
  const where = range(doc, f.start, f.end);
  return {
    range: where,
    severity: SEVERITY[severity],
    source: SOURCE,
    code: f.rule,
    message: f.message,
    // Evidence as one related-information line: VS Code lists it under the problem. One
    // line, not one per record, keeps each publish small on long drafts.
    relatedInformation: f.evidence.length ? [{ location: { uri: doc.uri, range: where }, message: `Evidence: ${evidenceLines(f).join("; ")}` }] : undefined,
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

/** A ✓ or ? mark after a claim, its evidence as the tooltip. */
export function toInlayHint(doc: TextDocument, m: ClaimMark): InlayHint {
  const tooltip = { kind: MarkupKind.Markdown, value: m.tooltip };
  return { position: doc.positionAt(m.offset), label: m.label, tooltip, paddingLeft: true };
}

const NAME_KIND: Record<NameKind, CompletionItemKind> = {
  person: CompletionItemKind.Reference,
  film: CompletionItemKind.Module,
  category: CompletionItemKind.Enum,
  character: CompletionItemKind.Field,
};

/** A name to complete; it replaces the partial name typed (`r.start`–`r.end`). */
export function toCompletionItem(doc: TextDocument, r: CompletionResult, item: NameCompletion): CompletionItem {
  return {
    label: item.label,
    // Shown on every row: who or what each name is.
    labelDetails: { description: item.detail },
    kind: NAME_KIND[item.kind],
    detail: item.detail,
    filterText: item.filterText,
    sortText: item.sortText,
    textEdit: { range: range(doc, r.start, r.end), newText: item.label },
    data: item.ref,
  };
}

/** One claim of `oscarFacts/claims`. */
export interface ClaimInfo {
  verdict: ListedClaim["verdict"];
  kind: ListedClaim["kind"];
  rule: string;
  statement: string;
  message: string;
  evidence: Evidence[];
  text: string;
  range: Range;
  /** The claim, verdict and evidence as Markdown, ready for a tooltip. */
  summary: string;
}

export function toClaimInfo(doc: TextDocument, c: ListedClaim): ClaimInfo {
  const { verdict, kind, rule, statement, message, evidence, text, summary } = c;
  return { verdict, kind, rule, statement, message, evidence, text, range: range(doc, c.start, c.end), summary };
}

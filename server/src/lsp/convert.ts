/** Every conversion between the engine's offsets and LSP types, in one place. */
import {
  CodeAction,
  CodeActionKind,
  Command,
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  TextDocumentEdit,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type InlayHint,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { ordinalSuffix, type Finding, type HoverResult, type Severity } from "../engine";
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
  const line = (e: Finding["evidence"][number]) =>
    `${e.category}, ${e.year}: ${e.nominees.join(", ")}${e.films.length ? ` (${e.films.join(" / ")})` : ""}${e.won ? " — won" : ""}`;
  if (f.evidence.length <= 3) return f.evidence.map(line);
  const won = f.evidence.filter((e) => e.won);
  const films = [...new Set(f.evidence.flatMap((e) => e.films))];
  const subject = films.length === 1 ? `${films[0]}: ` : "";
  return [
    `${subject}${f.evidence.length} nominations at the ${ordinalSuffix(f.evidence[0].ceremony)} (${f.evidence[0].year}): ${f.evidence.map((e) => `${e.category}${e.won ? " (won)" : ""}`).join(", ")}`,
    ...(won.length ? [`Won: ${won.map((e) => e.category).join(", ")}`] : []),
  ];
}

/**
 * The evidence line of a finding, built once per evidence list: a finding of a paragraph
 * that did not change keeps its list from one check to the next, and every check republishes it.
 */
const evidenceText = new WeakMap<Finding["evidence"], string>();

function evidenceOf(f: Finding): string {
  let text = evidenceText.get(f.evidence);
  if (text === undefined) evidenceText.set(f.evidence, (text = `Evidence: ${evidenceLines(f).join("; ")}`));
  return text;
}

export function toDiagnostic(
  doc: TextDocument,
  f: Finding,
  severity: Severity,
  where: Range = range(doc, f.start, f.end),
): Diagnostic {
  return {
    range: where,
    severity: SEVERITY[severity],
    source: SOURCE,
    code: f.rule,
    message: f.message,
    // Evidence as one related-information line: VS Code lists it under the problem. One
    // line, not one per record, keeps each publish small on long drafts.
    relatedInformation: f.evidence.length
      ? [{ location: { uri: doc.uri, range: where }, message: evidenceOf(f) }]
      : undefined,
  };
}

/**
 * The diagnostic of a finding, frozen, and the same object as at the last check while nothing
 * shown of it changed: a finding of a paragraph not edited keeps its evidence list (the key here)
 * and, unless lines above it moved, its range. The --stdio writer keeps each object's encoding.
 */
const lastDiagnostic = new WeakMap<Finding["evidence"], Diagnostic>();

export function stableDiagnostic(doc: TextDocument, f: Finding, severity: Severity): Diagnostic {
  const where = range(doc, f.start, f.end);
  const prior = lastDiagnostic.get(f.evidence);
  if (prior && sameDiagnostic(prior, doc.uri, f, SEVERITY[severity], where)) return prior;
  const d = frozenDiagnostic(toDiagnostic(doc, f, severity, where));
  lastDiagnostic.set(f.evidence, d);
  return d;
}

function sameDiagnostic(d: Diagnostic, uri: string, f: Finding, severity: DiagnosticSeverity, where: Range): boolean {
  const related = d.relatedInformation?.[0];
  return (
    d.message === f.message &&
    d.code === f.rule &&
    d.severity === severity &&
    samePosition(d.range.start, where.start) &&
    samePosition(d.range.end, where.end) &&
    // (The evidence line is made from the evidence list alone, so it is the same.)
    (related ? related.location.uri === uri && f.evidence.length > 0 : f.evidence.length === 0)
  );
}

function samePosition(a: Range["start"], b: Range["start"]): boolean {
  return a.line === b.line && a.character === b.character;
}

function frozenDiagnostic(d: Diagnostic): Diagnostic {
  for (const r of d.relatedInformation ?? []) Object.freeze(Object.freeze(r).location);
  Object.freeze(d.relatedInformation);
  Object.freeze(d.range.start);
  Object.freeze(d.range.end);
  Object.freeze(d.range);
  return Object.freeze(d);
}

export function toHover(doc: TextDocument, h: HoverResult, markdown: boolean): Hover {
  const contents = markdown
    ? { kind: MarkupKind.Markdown, value: h.markdown }
    : { kind: MarkupKind.PlainText, value: plainText(h.markdown) };
  return { contents, range: range(doc, h.start, h.end) };
}

/** A hover card for clients that show plain text: tables as rows of cells, no emphasis marks or escapes. */
export function plainText(markdown: string): string {
  const rows: string[] = [];
  for (const line of markdown.split("\n")) {
    if (/^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(line)) continue; // a table's header rule
    const cells = line.startsWith("|")
      ? line
          .replace(/^\|\s*|\s*\|\s*$/g, "")
          .split(/\s*(?<!\\)\|\s*/)
          .join(" · ")
      : line;
    rows.push(
      cells
        .replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, "$1")
        .replace(/(?<![\\\w])_(.+?)(?<!\\)_(?!\w)/g, "$1")
        .replace(/\\([\\`*_{}[\]()#+!|<>])/g, "$1"),
    );
  }
  return rows.join("\n");
}

export function toEdit(doc: TextDocument, start: number, end: number, newText: string): TextEdit {
  return { range: range(doc, start, end), newText };
}

/** One edit to one document: versioned when the client can refuse an edit made for another version. */
export function workspaceEdit(doc: TextDocument, edit: TextEdit, versioned: boolean): WorkspaceEdit {
  if (versioned) return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, [edit])] };
  return { changes: { [doc.uri]: [edit] } };
}

/** A quick fix as a CodeAction literal, or as a Command for clients without literal support. */
export function quickFix(
  title: string,
  edit: WorkspaceEdit,
  expected: string,
  diagnostic: Diagnostic | undefined,
  literal: boolean,
  preferred?: boolean,
): CodeAction | Command {
  if (!literal) return Command.create(title, APPLY_FIX, { edit, expected } satisfies ApplyFixArgs);
  const action = CodeAction.create(title, edit, CodeActionKind.QuickFix);
  if (diagnostic) action.diagnostics = [diagnostic];
  if (preferred !== undefined) action.isPreferred = preferred;
  return action;
}

/** The command behind a quick fix for clients that take only Commands. */
export const APPLY_FIX = "oscarFacts.applyFix";

export interface ApplyFixArgs {
  edit: WorkspaceEdit;
  /** The text the edit's range held when the fix was made: applied only while it still does. */
  expected: string;
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

import type { Connection, InlayHint, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import {
  carryMarks,
  type Analysis,
  type ClaimMark,
  type OscarFacts,
  type ShowVerified,
  type TextEdit,
} from "../engine";
import type { Cached, Checker } from "./checker";
import { toInlayHint } from "./convert";
import { guard } from "./guard";

/** Edits carried before the marks are taken afresh. */
const MAX_EDITS = 500;

interface Snapshot {
  analysis: Analysis;
  marks: Partial<Record<ShowVerified, ClaimMark[]>>;
  /** The edits since that version, in order. */
  edits: TextEdit[];
}

/**
 * textDocument/inlayHint: ✓ and ? after checked claims. The marks are those of the last
 * version whose diagnostics were computed, carried through later edits, so they change
 * when the findings do and not on every keystroke in between.
 */
export class ClaimMarks {
  private readonly snapshots = new Map<string, Snapshot>();
  private refreshPending = false;

  constructor(
    private readonly connection: Connection,
    documents: TextDocuments<TextDocument>,
    private readonly checker: Checker,
    private readonly engine: OscarFacts,
    private readonly refreshSupport: boolean,
  ) {
    checker.onDiagnosed((doc, checked) => this.diagnosed(doc, checked));
    documents.onDidClose((e) => this.snapshots.delete(e.document.uri));
    connection.languages.inlayHint.on(
      guard(connection, "textDocument/inlayHint", [] as InlayHint[], async (params) => {
        const doc = documents.get(params.textDocument.uri);
        if (!doc) return [];
        const s = await checker.settings.get(doc.uri);
        if (s.showVerified === "off" || checker.skipReason(doc, s)) return [];
        let snap = this.snapshots.get(doc.uri);
        if (!snap) {
          // Asked before the first diagnostics: this version's marks start the series.
          const checked = await checker.check(doc);
          if (!checked) return [];
          snap = this.snapshot(checked);
          this.snapshots.set(doc.uri, snap);
        }
        const from = doc.offsetAt(params.range.start);
        const to = doc.offsetAt(params.range.end);
        const marks = carryMarks(this.marksOf(snap, s.showVerified), snap.edits);
        return marks.filter((m) => m.offset >= from && m.offset <= to).map((m) => toInlayHint(doc, m));
      }),
    );
  }

  /** Asks the client to read the marks again (after settings change or new marks). */
  refresh(): void {
    if (!this.refreshSupport || this.refreshPending) return;
    this.refreshPending = true;
    setTimeout(() => {
      this.refreshPending = false;
      this.connection.languages.inlayHint.refresh().catch(() => undefined);
    }, 0);
  }

  /** An edit of an open document (from the documents' configuration). */
  edited(uri: string, edit: TextEdit): void {
    const snap = this.snapshots.get(uri);
    if (!snap) return;
    snap.edits.push(edit);
    // Long without a check (a client that stopped asking for diagnostics): start again at the next request.
    if (snap.edits.length > MAX_EDITS) this.snapshots.delete(uri);
  }

  private snapshot(checked: Cached): Snapshot {
    return { analysis: checked.analysis, marks: {}, edits: [] };
  }

  private marksOf(snap: Snapshot, show: ShowVerified): ClaimMark[] {
    return (snap.marks[show] ??= this.engine.claimMarks(snap.analysis, show));
  }

  private diagnosed(doc: TextDocument, checked: Cached | undefined): void {
    const prior = this.snapshots.get(doc.uri);
    if (!checked) {
      if (prior) this.snapshots.delete(doc.uri);
      if (prior) this.refresh();
      return;
    }
    if (prior?.analysis === checked.analysis) return;
    const next = this.snapshot(checked);
    this.snapshots.set(doc.uri, next);
    if (!this.refreshSupport) return;
    // Off the diagnostics' path: the client re-reads marks only when those it shows changed.
    setImmediate(
      guard(this.connection, "inlayHint refresh", undefined, async () => {
        const { showVerified } = await this.checker.settings.get(doc.uri);
        if (showVerified === "off") return;
        const before = prior ? carryMarks(this.marksOf(prior, showVerified), prior.edits) : [];
        if (!sameMarks(before, this.marksOf(next, showVerified))) this.refresh();
      }),
    );
  }
}

function sameMarks(a: ClaimMark[], b: ClaimMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => m.offset === b[i].offset && m.label === b[i].label && m.tooltip === b[i].tooltip)
  );
}

import { Analyzer, type AnalyzeOptions, type Analysis, type BlockResult } from "./analysis";
import type { Dataset } from "./dataset";
import { KnowledgeBase } from "./kb";
import { Lexicon } from "./mentions/lexicon";
import type { Claim, Evidence, Fix, Severity } from "./claims/types";
import { hoverAt, nameCard, type HoverOptions, type HoverResult } from "./hover";
import { NameIndex, type CompletionResult, type NameCompletion } from "./completion";
import { claimMarks, listClaims, type ClaimMark, type ListedClaim, type ShowVerified } from "./marks";
import { ceremonyChoices, ceremonyOfSheetUri, ceremonySheet, type CeremonyChoice } from "./sheet";
import { isSilenced, silencedRanges, type Silenced } from "./directives";

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  evidence: Evidence[];
  fixes: Fix[];
}

export interface ValidationOptions extends AnalyzeOptions {
  /** Severity per rule id; "off" drops the rule. */
  severity?: Record<string, Severity | "off">;
}

/**
 * The engine's face, in the style of vscode-css-languageservice: built once from the
 * dataset, then pure functions of (text, options).
 */
export class OscarFacts {
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;
  /** How hover cards link (set once by the host, e.g. from the editor's initialization options). */
  readonly hoverOptions: HoverOptions = {};
  private nameIndex?: NameIndex;

  constructor(dataset: Dataset) {
    this.kb = new KnowledgeBase(dataset);
    this.lexicon = new Lexicon(this.kb);
    // Built into the lexicon's maps now, and films known only by id are never shown:
    // neither needs to stay in memory.
    (dataset as Partial<Dataset>).lexicon = undefined;
    dataset.awards.extraFilmIds = [];
  }

  /** One-off analysis. For a document edited over time, keep an `analyzer()` and reuse it. */
  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    return this.analyzer().analyze(text, options);
  }

  /** An analyzer that remembers block results between calls: one per open document. */
  analyzer(): Analyzer {
    return new Analyzer(this.kb, this.lexicon);
  }

  /** Markdown card for the mention at `offset`, if any. */
  doHover(
    text: string,
    offset: number,
    options: AnalyzeOptions = {},
    analysis = this.analyze(text, options),
  ): HoverResult | undefined {
    return hoverAt(this.kb, analysis, offset, this.hoverOptions);
  }

  /** The name index, built on first use (about a tenth of a second). */
  get names(): NameIndex {
    return (this.nameIndex ??= new NameIndex(this.kb));
  }

  /** Names completing the word(s) before `offset`; `ceremony` ranks its nominees first. */
  doComplete(text: string, offset: number, ceremony?: number): CompletionResult | undefined {
    return this.names.complete(text, offset, ceremony);
  }

  /** The card shown beside a completion item. */
  completionCard(ref: NameCompletion["ref"]): string | undefined {
    return nameCard(this.kb, ref, this.hoverOptions);
  }

  /** ✓ and ? marks for verified and unverifiable claims. */
  claimMarks(analysis: Analysis, show: ShowVerified): ClaimMark[] {
    return claimMarks(analysis, show);
  }

  /** Every claim with its verdict, evidence and range. */
  listClaims(analysis: Analysis): ListedClaim[] {
    return listClaims(analysis);
  }

  /** Every ceremony, newest first, with its sheet's URI. */
  ceremonies(): CeremonyChoice[] {
    return ceremonyChoices(this.kb);
  }

  /** A ceremony sheet (Markdown) by number or by its `oscar-facts:` URI. */
  ceremonySheet(ceremony: number | string): string | undefined {
    const n = typeof ceremony === "number" ? ceremony : ceremonyOfSheetUri(this.kb, ceremony);
    return n === undefined ? undefined : ceremonySheet(this.kb, n);
  }

  /** Refuted claims as findings, in document order. */
  doValidation(text: string, options: ValidationOptions = {}, analysis = this.analyze(text, options)): Finding[] {
    const out: Finding[] = [];
    // (A draft without markup has no directive: not searched for one again.)
    const silenced = analysis.plain && analysis.text === text ? NONE_SILENCED : silencedRanges(text);
    for (const b of analysis.blocks)
      for (const c of refutedOf(b.result)) {
        const start = c.start + b.start;
        if (isSilenced(silenced, start)) continue;
        const severity = options.severity?.[c.rule] ?? c.severity ?? "error";
        if (severity === "off") continue;
        out.push({
          rule: c.rule,
          severity,
          message: c.message,
          start,
          end: c.end + b.start,
          evidence: c.evidence,
          fixes: b.start ? c.fixes.map((f) => ({ ...f, start: f.start + b.start, end: f.end + b.start })) : c.fixes,
        });
      }
    return out;
  }
}

/**
 * A block's refuted claims, in its own offsets, found once per block result: a check after a
 * keystroke filters the claims of the one paragraph read again, not of every paragraph.
 */
function refutedOf(r: BlockResult): Claim[] {
  let list = refuted.get(r);
  if (!list) refuted.set(r, (list = r.claims.filter((c) => c.verdict === "refuted")));
  return list;
}

const refuted = new WeakMap<BlockResult, Claim[]>();

const NONE_SILENCED: Silenced = { ranges: [] };

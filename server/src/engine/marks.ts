/**
 * What was checked, for the editor: a mark at the end of each verified ("✓") or
 * unverifiable ("?") claim, and every claim listed with its verdict (the claims view).
 * Refuted claims are findings; they get no mark.
 */
import type { Analysis } from "./analysis";
import type { Claim, Evidence, Verdict } from "./claims/types";
import { isSilenced, silencedRanges, type Silenced } from "./directives";
import { ordinalSuffix } from "./text/fold";

/** Which marks to show: ✓ and ?, ✓ only, or none (setting `oscarFacts.showVerified`). */
export type ShowVerified = "all" | "verified" | "off";

export interface ClaimMark {
  /** Where the mark goes: the end of the claim (UTF-16 offset). */
  offset: number;
  label: "✓" | "?";
  /** Markdown: each claim ending here, with its evidence or the reason it could not be checked. */
  tooltip: string;
}

export interface ListedClaim {
  verdict: Verdict;
  kind: Claim["kind"];
  rule: string;
  statement: string;
  message: string;
  evidence: Evidence[];
  /** The claim's words in the draft. */
  text: string;
  start: number;
  end: number;
  /** Markdown: the claim, its verdict and evidence (tooltips). */
  summary: string;
}

const VERDICT_TITLE: Record<Verdict, string> = {
  supported: "✓ Verified",
  refuted: "✗ Wrong",
  unverifiable: "? Not verifiable",
};

/** "Actress in a Leading Role, 97th Academy Awards (2025): Mikey Madison — Anora (won), as Ani". */
export function evidenceLine(e: Evidence): string {
  const result = e.won ? "won" : "nominated";
  const films = e.films.join(" / ");
  if (e.body) return `${e.body} ${e.year}, ${e.category}: ${films || e.nominees.join(", ")} (${result})`;
  const who = e.nominees.join(", ");
  const what = who && films ? `${who} — ${films}` : who || films;
  return `${e.category}, ${ordinalSuffix(e.ceremony)} Academy Awards (${e.year}): ${what} (${result})${e.detail ? `, as ${e.detail}` : ""}`;
}

function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]<>|])/g, "\\$1");
}

/** One claim as Markdown: verdict and statement, then the fact or reason, then at most five records. */
export function claimSummary(c: Pick<Claim, "verdict" | "statement" | "message" | "evidence">): string {
  const lines = [`**${VERDICT_TITLE[c.verdict]}:** ${esc(c.statement)}`];
  if (c.message) lines.push("", c.verdict === "supported" ? `Evidence: ${esc(c.message)}` : esc(c.message));
  if (c.evidence.length) {
    lines.push("", ...c.evidence.slice(0, 5).map((e) => `- ${esc(evidenceLine(e))}`));
    if (c.evidence.length > 5) lines.push(`- …and ${c.evidence.length - 5} more`);
  }
  return lines.join("\n");
}

/** A draft's directives, read once per analysis. */
function silencedIn(a: Analysis): Silenced {
  let s = silencedCache.get(a);
  if (!s) silencedCache.set(a, (s = a.plain ? { ranges: [] } : silencedRanges(a.text)));
  return s;
}

const silencedCache = new WeakMap<Analysis, Silenced>();

/** Claims not switched off by an inline directive, in document order. */
function liveClaims(a: Analysis): Claim[] {
  const silenced = silencedIn(a);
  return a.claims.filter((c) => !isSilenced(silenced, c.start));
}

/**
 * Marks for the claims a writer asked to see, one per end offset: claims ending at the
 * same place share a mark (✓ when one of them is verified); none where a refuted claim
 * ends, since the finding is shown there. Computed per paragraph and kept with its
 * result, so a check after a keystroke builds the marks of one paragraph.
 */
export function claimMarks(a: Analysis, show: ShowVerified): ClaimMark[] {
  if (show === "off") return [];
  const silenced = silencedIn(a);
  // A draft with directives: claims are silenced one by one (rare, so not cached).
  if (silenced.ranges.length) return marksOf(liveClaims(a), show);
  const out: ClaimMark[] = [];
  for (const b of a.blocks) {
    let cached = blockMarks.get(b.result);
    if (!cached) blockMarks.set(b.result, (cached = {}));
    for (const m of (cached[show] ??= marksOf(b.result.claims, show)))
      out.push(b.start ? { ...m, offset: m.offset + b.start } : m);
  }
  return out;
}

const blockMarks = new WeakMap<Analysis["blocks"][number]["result"], Partial<Record<ShowVerified, ClaimMark[]>>>();

function marksOf(list: Claim[], show: ShowVerified): ClaimMark[] {
  const byEnd = new Map<number, Claim[]>();
  const wrongEnds = new Set<number>();
  for (const c of list) {
    if (c.verdict === "refuted") wrongEnds.add(c.end);
    else if (c.verdict === "supported" || show === "all") {
      const claims = byEnd.get(c.end);
      if (claims) claims.push(c);
      else byEnd.set(c.end, [c]);
    }
  }
  const out: ClaimMark[] = [];
  for (const [offset, claims] of byEnd) {
    if (wrongEnds.has(offset)) continue;
    const label = claims.some((c) => c.verdict === "supported") ? "✓" : "?";
    out.push({ offset, label, tooltip: claims.map(claimSummary).join("\n\n---\n\n") });
  }
  return out.sort((x, y) => x.offset - y.offset);
}

/** Every claim with its verdict, for a claims list; claims under an "off" directive are left out. */
export function listClaims(a: Analysis): ListedClaim[] {
  return liveClaims(a).map((c) => ({
    verdict: c.verdict,
    kind: c.kind,
    rule: c.rule,
    statement: c.statement,
    message: c.message,
    evidence: c.evidence,
    text: a.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    summary: claimSummary(c),
  }));
}

/** One edit of a draft: the text between `start` and `end` (offsets before the edit) replaced by `length` characters. */
export interface TextEdit {
  start: number;
  end: number;
  length: number;
}

/**
 * Marks computed on an earlier text, placed in the text as edited since: marks before an
 * edit stay, marks after it move with the text, a mark whose claim's last words were
 * edited is dropped until the next check. So marks stay put while a writer types.
 */
export function carryMarks(marks: ClaimMark[], edits: TextEdit[]): ClaimMark[] {
  let out = marks;
  for (const e of edits) {
    const delta = e.length - (e.end - e.start);
    const next: ClaimMark[] = [];
    for (const m of out) {
      // A mark sits after its claim's last character: text typed right there leaves it in place.
      if (m.offset <= e.start) next.push(m);
      else if (m.offset > e.end || (m.offset === e.end && e.end === e.start))
        next.push({ ...m, offset: m.offset + delta });
    }
    out = next;
  }
  return out;
}

/**
 * Blanks out what is not prose (front matter, code, URLs, HTML comments and tags),
 * keeping every offset and line break, so findings map straight back to the draft.
 *
 * Every pass is linear in the draft's length: a pattern that may fail after a long scan
 * either stops at the next place a new attempt could start (`[^<>\n]*` in a tag) or is a
 * scanner that gives up once nothing later can match (an unclosed `<!--`).
 */
import { holds } from "./search";
function blank(s: string): string {
  return s.replace(/[^\n]/g, " ");
}

/** `text` with each [start, end) range blanked; ranges sorted and disjoint. */
function blankRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), blank(text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** Fenced code blocks (``` or ~~~, up to three spaces in), each to its closing fence or the end. */
function fences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const OPEN = /^ {0,3}(`{3,}|~{3,})/;
  let open: { start: number; fence: string } | undefined;
  for (let lineStart = 0; lineStart < text.length;) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    // Only the first few characters decide: a fence line is short at its start.
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 16));
    const m = OPEN.exec(head);
    if (!open) {
      // "```code```" on one line is inline code, not a fence: a backtick fence's info string has no backtick.
      if (m && (m[1][0] === "~" || text.lastIndexOf("`", lineEnd - 1) < lineStart + m[0].length))
        open = { start: lineStart, fence: m[1] };
    } else if (
      m &&
      m[1][0] === open.fence[0] &&
      m[1].length >= open.fence.length &&
      onlySpaceAfter(text, lineStart + m[0].length, lineEnd, m[1][0])
    ) {
      out.push([open.start, lineEnd]);
      open = undefined;
    }
    lineStart = lineEnd + 1;
  }
  if (open) out.push([open.start, text.length]);
  return out;
}

/** Whether text[from, to) is only more fence characters, then spaces (a closing fence). */
function onlySpaceAfter(text: string, from: number, to: number, fenceChar: string): boolean {
  let i = from;
  while (i < to && text[i] === fenceChar) i++;
  for (; i < to; i++) if (text[i] !== " " && text[i] !== "\t" && text[i] !== "\r") return false;
  return true;
}

/** HTML comments. An opener without a closer leaves the rest as prose, and so does every later one. */
function comments(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = text.indexOf("<!--");
  while (at >= 0) {
    const close = text.indexOf("-->", at + 4);
    if (close < 0) break;
    out.push([at, close + 3]);
    at = text.indexOf("<!--", close + 3);
  }
  return out;
}

/** A regex pass: each match blanked, skipped when the draft lacks a string every match holds. */
function regexPass(re: RegExp, needs: string, rarePart = needs): (text: string) => string {
  // Keep the "]" of a link target so the link text stays a separate word.
  const replace = (m: string) => (m.startsWith("](") ? "]" + blank(m.slice(1)) : blank(m));
  return (text) => (holds(text, needs, rarePart) ? text.replace(re, replace) : text);
}

const INLINE_CODE = /(?<![\p{L}\p{N}`])(`+)(?!`)[^`\n]+?(?<!`)\1(?![`\p{L}\p{N}])/gu;
/** ``Rain Man``: words in double backticks, as old newswire copy quotes titles. */
const NEWSWIRE_QUOTE = /^``\p{Lu}[\p{L}\p{N} ,.'\u2019!?:&-]*``$/u;

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** In order: what an earlier pass blanked is not seen by a later one. */
const PASSES: ((text: string) => string)[] = [
  (t) => (t.startsWith("---") || t.startsWith("+++") ? t.replace(FRONT_MATTER, blank) : t), // front matter
  (t) => (t.includes("```") || t.includes("~~~") ? blankRanges(t, fences(t)) : t),
  // Inline code; "MGM`s" is an apostrophe and ``Rain Man`` a newswire quote, not code. A run of
  // backticks is one candidate (the look-behind), so this stays linear.
  (t) => (t.includes("`") ? t.replace(INLINE_CODE, (m) => (NEWSWIRE_QUOTE.test(m) ? m : blank(m))) : t),
  (t) => (t.includes("<!--") ? blankRanges(t, comments(t)) : t), // comments (directives are read separately)
  regexPass(/^[ \t]*\/\/[ \t]*oscar-facts\b.*$/gm, "oscar-facts", "-f"), // plain-text directives
  // link targets, with one level of brackets ("Anora_(film)") and an optional title
  regexPass(/\]\((?:[^()\s]|\([^()\s]*\)){0,2000}(?:[ \t]+"[^"\n]{0,500}")?\)/g, "]("),
  regexPass(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S.*$/gm, "]:"), // reference definitions
  regexPass(/<https?:[^<>\s]+>/g, "<http"), // autolinks
  regexPass(/\bhttps?:\/\/[^\s)<>\]]+/g, "://"), // bare URLs
  regexPass(/\bwww\.[^\s)<>\]]+/g, "www."),
  regexPass(/<\/?[a-zA-Z][^<>\n]*>/g, "<"), // HTML tags
];

export function maskNonProse(text: string): string {
  let out = text;
  for (const pass of PASSES) out = pass(out);
  return out;
}

/**
 * What every pass above needs to find before it blanks anything (the directives' "oscar-facts" by its "-f";
 * "<" stands for comments, autolinks and tags, "`" for fences and inline code). A draft holding none of
 * them, and opening on no front matter, is all prose.
 */
const MARKUP = ["`", "~~~", "<", "-f", "](", "]:", "://", "www."];
const LONGEST_MARKUP = 4;

/** Whether `text` holds nothing `maskNonProse` blanks, so that its prose is the text itself. */
export function markupFree(text: string): boolean {
  return !opensOnFrontMatter(text) && !MARKUP.some((m) => text.includes(m));
}

function opensOnFrontMatter(text: string): boolean {
  return text.startsWith("---") || text.startsWith("+++");
}

/**
 * Whether `after`, an edit of `before` that `markupFree` passed, still passes: only the edited
 * stretch (and the few characters either side a marker could run across) is searched, not the
 * draft, so a keystroke in a long plain draft scans a handful of characters.
 */
export function markupFreeAfterEdit(before: string, after: string): boolean {
  const head = sharedStart(before, after);
  const tail = sharedEnd(before, after, Math.min(before.length, after.length) - head);
  const edited = after.slice(Math.max(0, head - LONGEST_MARKUP + 1), after.length - tail + LONGEST_MARKUP - 1);
  return !opensOnFrontMatter(after) && !MARKUP.some((m) => edited.includes(m));
}

/** Chunk lengths to compare, longest first: equal slices are compared natively, far faster than by character. */
const CHUNKS = [4096, 256, 16, 1];

/** Length of the start two strings share. */
function sharedStart(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  for (const c of CHUNKS) while (n + c <= max && a.slice(n, n + c) === b.slice(n, n + c)) n += c;
  return n;
}

/** Length of the end two strings share, up to `max`. */
function sharedEnd(a: string, b: string, max: number): number {
  let n = 0;
  for (const c of CHUNKS)
    while (n + c <= max && a.slice(a.length - n - c, a.length - n) === b.slice(b.length - n - c, b.length - n)) n += c;
  return n;
}

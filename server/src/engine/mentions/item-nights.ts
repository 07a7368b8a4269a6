import type { KnowledgeBase } from "../kb";
import { ordinalValue } from "../text/fold";
import type { Mention } from "./types";
import { MONTH_RE, monthIndex } from "../context";

/**
 * A list item's heading dates its night in brackets after the film or person it is about:
 * "3. Ordinary People over Raging Bull (1981)", '16. Paul Thomas Anderson, "One Battle After Another"
 * (98th, 2026).', "Leo McCarey, Going My Way (17th ceremony, 1945)". The night is the one the named
 * film or person competed at that the brackets agree with (the year held or the films' year), so a
 * year never picks a night by itself; the item's lines below it are about that night.
 */
const ORDINAL = String.raw`(\d{1,3}(?:st|nd|rd|th))(?:\s+(?:ceremony|academy\s+awards|oscars))?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const BRACKETED = new RegExp(String.raw`\((?:the\s+)?(?:${ORDINAL}(?:,?\s+(?:in\s+)?${YEAR})?|${YEAR})\)`, "gi");
/** Between the name and the bracket: a closing quote or a comma at most. */
const ADJOINS = /^["'\u201d\u2019,]*\s*$/;
/** After it: the line ends, or the heading's sentence does ("(98th, 2026). With Conan O'Brien …"). */
const CLOSES_HEADING = /^\s*(?:[.:\u2014\u2013-](?:\s|$)|\n|$)/;
/** The line before a heading: blank, or closed by a full stop or a colon. */
const AFTER_LINE = /(?:^|\n)[ \t]*\n$|[.!?:]["'\u201d\u2019)]*[ \t]*\n$/;
/** A list item's marker before its heading ("16. ", "## ", "- "). */
const MARKER = /^\s*(?:\d{1,3}[.)]|#{1,6}|[-*\u2022])\s+/;

/**
 * Ceremony mentions for the heading brackets of list items; `mentions` sorted, films and people found.
 * A paragraph opening on a short sentence that ends on one film and its year ("The peak came with F (1986).")
 * is about that film's night too, for that paragraph only: its mention goes to `opening`, not to the heads.
 */
export function itemNights(kb: KnowledgeBase, text: string, mentions: Mention[], opening: Mention[] = []): Mention[] {
  const out: Mention[] = [...datedItems(kb, text), ...yearItems(kb, text, mentions)];
  if (!text.includes("(")) return out;
  for (const m of text.matchAll(BRACKETED)) {
    const at = m.index!;
    const end = at + m[0].length;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    // (A line of hard-wrapped prose may open mid-sentence: the heading's line follows a blank line or a full stop.)
    if (lineStart > 0 && !AFTER_LINE.test(text.slice(Math.max(0, lineStart - 80), lineStart))) continue;
    const lineEnd = text.indexOf("\n", end);
    if (!CLOSES_HEADING.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) continue;
    const adjoining = nameBefore(mentions, at);
    const adjoins = !!adjoining && adjoining.start >= lineStart && ADJOINS.test(text.slice(adjoining.end, at));
    // ("4. Gravity wins seven and loses the big one (2014)": a numbered headline, its night the film's.)
    const named =
      adjoins && headingBefore(text, lineStart, at, mentions) ? adjoining : headlineFilm(text, lineStart, at, mentions);
    const opener = !named && adjoins && opensParagraph(text, lineStart, at, mentions) ? adjoining : undefined;
    if (!named && !opener) continue;
    const night = nightOf(kb, (named ?? opener)!, m[1], m[2] ?? m[3]);
    if (night === undefined) continue;
    const said = m[0].slice(1, -1);
    (named ? out : opening).push({
      kind: "ceremony",
      start: at + 1,
      end: end - 1,
      first: -1,
      last: -1,
      text: said,
      ids: [night],
      explicit: true,
      possessive: false,
    });
  }
  return out;
}

/** "3. April 14, 1969. The show moves …": a numbered item opening on the date a night was held. */
const DATED_ITEM = new RegExp(
  String.raw`^[ \t]*\d{1,3}[.)][ \t]+(${MONTH_RE}\.?[ \t]+(\d{1,2}),?[ \t]+((?:19|20)\d\d))\b`,
  "gim",
);

function datedItems(kb: KnowledgeBase, text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(DATED_ITEM)) {
    const night = kb.ceremonyOn(Number(m[4]), monthIndex(m[2]) + 1, Number(m[3]));
    if (night === undefined) continue;
    const start = m.index! + m[0].length - m[1].length;
    const said = { start, end: start + m[1].length, first: -1, last: -1, text: m[1], ids: [night] };
    out.push({ kind: "ceremony", ...said, explicit: true, possessive: false });
  }
  return out;
}

/** Words a heading joins its names with ("Ordinary People over Raging Bull", "Tomei for My Cousin Vinny"). */
const LINKS = new Set(["over", "for", "and", "vs", "v", "in", "of", "the", "a", "an", "at", "with", "by", "on"]);

/**
 * The line up to the bracket is a heading: names and linking words, no sentence ("after Gandhi (1982)."
 * in a sentence is the film's year, not the night of what the sentence says).
 */
function headingBefore(text: string, lineStart: number, at: number, mentions: Mention[]): boolean {
  let rest = "";
  let from = lineStart;
  for (let k = firstFrom(mentions, lineStart); k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start >= at) break;
    rest += text.slice(from, m.start) + " ";
    from = m.end;
  }
  rest += text.slice(from, at);
  const words = rest.replace(MARKER, "").match(/[\p{L}'\u2019]+/gu) ?? [];
  return !/[.!?](?:\s|$)/.test(rest.replace(MARKER, "")) && words.every((w) => !/^\p{Ll}/u.test(w) || LINKS.has(w));
}

/** A short numbered line ("4. ", no full stop before the bracket): its one film, whatever words join it. */
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;
function headlineFilm(text: string, lineStart: number, at: number, mentions: Mention[]): Mention | undefined {
  const line = text.slice(lineStart, at);
  if (!NUMBERED.test(line) || line.length > 90 || /[.!?](?:\s|$)/.test(line.replace(NUMBERED, ""))) return undefined;
  const films: Mention[] = [];
  for (let k = firstFrom(mentions, lineStart); k < mentions.length && mentions[k].start < at; k++)
    if (mentions[k].kind === "film") films.push(mentions[k]);
  return films.length === 1 ? films[0] : undefined;
}

/** A paragraph's first line, one short sentence up to the bracket, naming one film and nothing else. */
function opensParagraph(text: string, lineStart: number, at: number, mentions: Mention[]): boolean {
  const line = text.slice(lineStart, at);
  if (lineStart > 0 && !/\n[ \t]*\n$/.test(text.slice(Math.max(0, lineStart - 8), lineStart))) return false;
  if (line.length > 90 || /[.!?;:](?:\s|$)/.test(line)) return false;
  const named = mentions.slice(firstFrom(mentions, lineStart), firstFrom(mentions, at));
  if (named.length !== 1 || named[0].kind !== "film") return false;
  // ("came with F (1986)", "was F (1999)": what the line is about; not "recalled nothing so much as F (1998)",
  // "since F (2008)", a comparison.)
  const before = text.slice(lineStart, named[0].start).replace(/["\u201c\s]+$/, "");
  return before === "" || /\b(?:with|was|is|came|:)$/.test(before);
}

function nameBefore(mentions: Mention[], at: number): Mention | undefined {
  const lo = firstFrom(mentions, at);
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--)
    if (mentions[k].kind === "film" || mentions[k].kind === "person") return mentions[k];
  return undefined;
}

/** The index of the first mention starting at or after `at` (mentions are sorted: found by halves). */
function firstFrom(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The one night the name competed at that the ordinal and the year (either may be missing) agree with. */
function nightOf(kb: KnowledgeBase, named: Mention, ordinal?: string, year?: string): number | undefined {
  const competed = new Set<number>();
  for (const id of named.ids)
    for (const n of named.kind === "film" ? kb.ceremoniesOfFilm(id) : kb.ceremoniesOfPerson(id)) competed.add(n);
  const ofYear = year ? kb.ceremoniesOfYear(Number(year)) : undefined;
  if (ordinal) {
    const n = ordinalValue(ordinal.toLowerCase());
    return n !== undefined && competed.has(n) && (!ofYear || ofYear.includes(n)) ? n : undefined;
  }
  const nights = ofYear!.filter((n) => competed.has(n));
  return nights.length === 1 ? nights[0] : undefined;
}

/** A year labelling a timeline's entry: "1975 — ", "1975: ". */
const YEAR_LABEL = String.raw`(?:19|20)\d\d[ \t]*[\u2014\u2013:-]`;
/** A numbered item, a Markdown heading or a year's entry ("3. ", "## ", "1975 — "); not a bullet (one night's). */
const MARKED_LINE = new RegExp(String.raw`^[ \t]*(?:\d{1,3}[.)]|#{1,6}|${YEAR_LABEL})[ \t]+`, "gm");

/** "1975 — The sequel wins. The Godfather Part II became …": a timeline's entry opening on a year. */
const YEAR_ITEM = new RegExp(String.raw`^[ \t]*(?=(\d{4}))${YEAR_LABEL}[ \t]+`, "gm");

/**
 * A year's entry is about the night, of those held that year or honouring its films, at which the first film or
 * person the entry names competed (a year alone picks no night).
 */
function yearItems(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(YEAR_ITEM)) {
    const end = m.index! + m[0].length;
    const next = text.indexOf("\n", end);
    const named = mentions.find(
      (x) => x.start >= end && (next < 0 || x.start < next) && (x.kind === "film" || x.kind === "person"),
    );
    const night = named ? nightOf(kb, named, undefined, m[1]) : undefined;
    if (night === undefined) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    const said = { start, end: start + 4, first: -1, last: -1, text: m[1], ids: [night] };
    out.push({ kind: "ceremony", ...said, explicit: true, possessive: false });
  }
  return out;
}

/** Where each numbered item or Markdown heading starts: a new item ends the night of the one before. */
export function itemStarts(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(MARKED_LINE)) out.add(m.index! + m[0].length - m[0].trimStart().length);
  return out;
}

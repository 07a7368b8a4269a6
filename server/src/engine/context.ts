import type { KnowledgeBase } from "./kb";
import type { Mention } from "./mentions/types";
import type { Sentence } from "./text/sentences";

/** How sure the engine is about which ceremony a sentence is about. */
export type ContextStrength = "sentence" | "paragraph" | "film" | "document" | "dateline" | "setting";

export interface CeremonyContext {
  ceremony: number;
  strength: ContextStrength;
  /** The next night after a dateline near the top: what "the Academy Awards will be presented" means. */
  ahead?: number;
}

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** A month's name or abbreviation, as one group. */
const MONTH_FORMS = [
  ...["jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?"],
  ...["sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?"],
];
export const MONTH_RE = `(${MONTH_FORMS.join("|")})`;
const DATE_RE = new RegExp(
  String.raw`\b${MONTH_RE}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`,
  "i",
);

export function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n));
}

/** A dateline or "date 2025-03-03" near the top of the draft, as YYYY-MM-DD. */
export function findDateline(text: string): string | undefined {
  const head = text.slice(0, 600);
  const m = DATE_RE.exec(head);
  if (!m) return undefined;
  if (m[1]) return `${m[3]}-${String(monthIndex(m[1]) + 1).padStart(2, "0")}-${m[2].padStart(2, "0")}`;
  return `${m[4]}-${m[5]}-${m[6]}`;
}

const DAY = 86_400_000;

/** The ceremony an article dated `iso` is most likely about. */
export function ceremonyNearDate(kb: KnowledgeBase, iso: string): number | undefined {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  let best: number | undefined;
  for (const c of kb.data.ceremonies) {
    const d = Date.parse(c.date);
    if (d <= t && t - d < 300 * DAY) best = c.n;
    if (d > t && d - t < 75 * DAY && best === undefined) return c.n; // preview of the coming night
  }
  return best;
}

/** The first night held within 120 days after `iso`, if any. */
function nextAfter(kb: KnowledgeBase, iso: string): number | undefined {
  const t = Date.parse(iso);
  const next = kb.data.ceremonies.find((c) => Date.parse(c.date) >= t);
  return next && Date.parse(next.date) - t < 120 * DAY ? next.n : undefined;
}

/** The article's ceremony: most-mentioned explicit one, else its dateline, else the setting. */
export function documentCeremony(
  kb: KnowledgeBase,
  text: string,
  ceremonies: Mention[],
  fallback?: number,
): CeremonyContext | undefined {
  const counts = new Map<number, number>();
  for (const m of ceremonies) {
    if (m.ids.length === 1 && !m.relative && !m.implicit) counts.set(m.ids[0], (counts.get(m.ids[0]) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [n, c] of counts) if (best === undefined || c > counts.get(best)!) best = n;
  const dateline = findDateline(text);
  const ahead = dateline ? nextAfter(kb, dateline) : undefined;
  if (best !== undefined) return { ceremony: best, strength: "document", ahead };
  const near = dateline ? ceremonyNearDate(kb, dateline) : undefined;
  if (near !== undefined) return { ceremony: near, strength: "dateline", ahead };
  if (fallback !== undefined && kb.ceremony(fallback)) return { ceremony: fallback, strength: "setting" };
  return undefined;
}

/** "March 28, 1977:" (or a dash after the year) at a paragraph's start: a dated item of a column. */
const DATED_OPENING = new RegExp(String.raw`^${MONTH_RE}\.?\s+(\d{1,2}),\s+((?:19|20)\d\d)\s*[:\u2014\u2013]`, "i");

/** "March 28, 1977: …" opening a paragraph, on the day a ceremony was held: that night. */
export function nightOfDatedOpening(kb: KnowledgeBase, opening: string): number | undefined {
  const m = DATED_OPENING.exec(opening);
  if (!m) return undefined;
  return kb.ceremonyOn(Number(m[3]), monthIndex(m[1]) + 1, Number(m[2]));
}

/** "the 1985 Oscar nominees": a year that may be its films' year (the next night). */
export const FILM_YEAR_NOUN = /\b(?:nomin|winner|contender|race)/i;

const WILL_BE = /^\s*(?:will|is set to|are set to|is scheduled to|are scheduled to)\b/i;

/** Resolves relative ceremony mentions ("this year's Oscars") against the article's ceremony. */
export function resolveRelative(
  kb: KnowledgeBase,
  ceremonies: Mention[],
  doc: CeremonyContext | undefined,
  /** The block's text, which the mentions' offsets index. */
  text = "",
): void {
  if (!doc) return;
  for (const m of ceremonies) {
    // "The Academy Awards will be presented on Sunday": a night to come is the one after the dateline,
    // not a past night the article names most.
    if (m.implicit && doc.ahead !== undefined && WILL_BE.test(text.slice(m.end, m.end + 40))) {
      // (The dateline fixes which night: the sentence's own, as if named.)
      m.ids = [doc.ahead];
      m.implicit = false;
      continue;
    }
    // "the 1985 Oscar nominees" in an article on the 58th: the year of its films ("the 2024 Oscars" is the night).
    const ofFilms = m.year !== undefined && FILM_YEAR_NOUN.test(m.text) && m.ids[0] !== doc.ceremony;
    if (ofFilms && kb.ceremoniesOfYear(m.year!).includes(doc.ceremony)) {
      m.ids = [doc.ceremony];
    }
    if (m.relative === "this") m.ids = [doc.ceremony];
    else if (m.relative === "last") m.ids = [doc.ceremony - 1];
    else if (m.relative === "next") m.ids = [doc.ceremony + 1];
    else if (m.implicit) m.ids = [doc.ceremony];
  }
}

/** Ceremony context per sentence: its own mention, then its paragraph's, then the article's. */
export function sentenceContexts(
  sentences: Sentence[],
  mentions: Mention[],
  doc: CeremonyContext | undefined,
  /** The night of the section the block is in (asked only when a sentence needs it). */
  section: () => number | undefined = () => undefined,
  /** List items' dated headings ("3. Ordinary People over Raging Bull (1981)"): the lines under one are its. */
  heads: ReadonlySet<Mention> = new Set(),
  /** Where list items and headings start: each ends the night of the item before. */
  items: ReadonlySet<number> = new Set(),
  /** The night a paragraph's opening date labels ("March 28, 1977: …"), if one was held that day. */
  dated: (s: Sentence) => number | undefined = () => undefined,
): (CeremonyContext | undefined)[] {
  const out: (CeremonyContext | undefined)[] = [];
  let paragraph = -1;
  let paragraphCeremony: number | undefined;
  let item: number | undefined;
  let ended = false;
  let mi = 0;
  for (const s of sentences) {
    const opens = s.paragraph !== paragraph;
    if (opens) {
      paragraph = s.paragraph;
      // (A new item ends the one before, and the section a heading above opened.)
      if (items.has(s.start)) [item, ended] = [undefined, true];
      paragraphCeremony = dated(s) ?? item;
    }
    const own = new Set<number>();
    let headed = false;
    while (mi < mentions.length && mentions[mi].start < s.end) {
      const m = mentions[mi++];
      if (m.kind === "ceremony" && m.start >= s.start && m.ids.length === 1 && !m.implicit) own.add(m.ids[0]);
      if (heads.has(m)) headed = true;
    }
    if (own.size === 1) {
      const n = [...own][0];
      out.push({ ceremony: n, strength: "sentence" });
      paragraphCeremony = n;
      if (headed) item = n;
    } else if (own.size > 1) {
      out.push(undefined); // a sentence comparing ceremonies: no single context
    } else if (paragraphCeremony !== undefined) {
      out.push({ ceremony: paragraphCeremony, strength: "paragraph" });
    } else {
      const n = ended ? undefined : section();
      out.push(n !== undefined && n !== doc?.ceremony ? { ceremony: n, strength: "paragraph" } : doc);
    }
  }
  return out;
}

import { monthIndex, type CeremonyContext } from "../context";
import type { KnowledgeBase } from "../kb";
import { listText } from "../kb";
import type { Mention } from "../mentions/types";
import type { Claim, Evidence, Fix } from "./types";
import { numberLike } from "../text/fold";
import { extend } from "../objects";
import type { SentenceView } from "./view";

/** Who or what a claim is about. */
export interface Subject {
  kind: "person" | "film";
  ids: number[];
  mention: Mention;
  /** Found through "the film" / "it" rather than named in the sentence. */
  coref: boolean;
}

export const STRONG = new Set(["sentence", "paragraph", "film"]);

export function subjectOf(m: Mention, coref = false): Subject | undefined {
  if (m.kind !== "person" && m.kind !== "film") return undefined;
  return { kind: m.kind, ids: m.ids, mention: m, coref };
}

export function nameOf(kb: KnowledgeBase, s: Subject): string {
  return s.kind === "person" ? kb.data.people[s.ids[0]].name : kb.data.films[s.ids[0]].title;
}

/** A subject's nominations as the index holds them: no copy for one id (the usual case); read only. */
export function recordsOf(kb: KnowledgeBase, s: Pick<Subject, "kind" | "ids">): readonly number[] {
  if (s.ids.length !== 1) return nominationsOf(kb, s as Subject);
  return s.kind === "person" ? kb.nominationsOfPerson(s.ids[0]) : kb.nominationsOfFilm(s.ids[0]);
}

/** Nominations of a subject, optionally at one ceremony. */
export function nominationsOf(kb: KnowledgeBase, s: Subject, ceremony?: number): number[] {
  const set = new Set<number>();
  for (const id of s.ids) {
    const list = s.kind === "person" ? kb.nominationsOfPerson(id) : kb.nominationsOfFilm(id);
    for (const i of list) if (ceremony === undefined || kb.data.nominations.ceremony[i] === ceremony) set.add(i);
  }
  return [...set].sort((a, b) => a - b);
}

export function involves(kb: KnowledgeBase, i: number, s: Subject): boolean {
  const nom = kb.data.nominations;
  const list = s.kind === "person" ? nom.people[i] : nom.films[i];
  return list.some((x) => s.ids.includes(x));
}

/**
 * The ceremony a claim is about: the sentence's, unless it names a film that was not
 * in that ceremony but in exactly one other ("Brody won for The Pianist").
 */
export function ceremonyFor(v: SentenceView, films: number[][]): CeremonyContext | undefined {
  const ctx = v.ctx;
  for (const ids of films) {
    const cers = new Set<number>();
    for (const f of ids) for (const c of v.kb.ceremoniesOfFilm(f)) cers.add(c);
    if (ctx && cers.has(ctx.ceremony)) continue;
    if (cers.size === 1 && (!ctx || ctx.strength !== "sentence")) return { ceremony: [...cers][0], strength: "film" };
  }
  return ctx;
}

export function evidence(kb: KnowledgeBase, i: number): Evidence {
  const v = kb.view(i);
  return {
    ceremony: v.ceremony,
    year: v.year,
    category: v.category,
    films: v.films,
    nominees: v.nominees,
    won: v.won,
    detail: v.detail || undefined,
  };
}

/** "Sound and Visual Effects": the categories a subject won at a ceremony. */
export function winsText(kb: KnowledgeBase, wins: number[], lower: boolean): string {
  const names = [...new Set(wins.map((i) => kb.view(i).category))];
  const text = listText(names);
  return lower ? text.toLowerCase() : text;
}

export function claim(partial: Omit<Claim, "fixes" | "evidence"> & Partial<Pick<Claim, "fixes" | "evidence">>): Claim {
  return { fixes: [], evidence: [], ...partial };
}

/** A refuted claim: an error unless settings say otherwise. */
export function refuted(partial: Omit<Claim, "fixes" | "verdict" | "severity"> & Partial<Pick<Claim, "fixes">>): Claim {
  return claim(extend(partial, { verdict: "refuted" as const, severity: "error" as const }));
}

export function fix(title: string, replacement: string, start: number, end: number, preferred = false): Fix {
  return { title, replacement, start, end, preferred };
}

/** Marks the only fix preferred. */
export function settle(c: Claim): Claim {
  if (c.fixes.length === 1) c.fixes[0].preferred = true;
  return c;
}

/** Latest film named before this sentence, for "the film" / "it" in a claim of another body's season. */
export function corefFilm(v: SentenceView): Subject | undefined {
  const last = v.prior.lastFilm();
  if (!last || last.ids.length !== 1) return undefined;
  return subjectOf(last, true);
}

/** The film "the film" / "it" stands for in an Oscar claim (see guessedFilm). */
export function oscarCorefFilm(v: SentenceView): Subject | undefined {
  const f = guessedFilm(v);
  return f && subjectOf(f, true);
}

/**
 * The film "the film", "it" or "its" stands for in an Oscar claim: the last one named, unless
 * the sentence states a night it did not compete at. Then the words mean another film.
 */
export function guessedFilm(v: SentenceView): Mention | undefined {
  const named = v.prior.lastFilm();
  const last = named && named.ids.length > 1 ? namesakeOfTheNight(v, named) : named;
  if (!last || last.ids.length !== 1) return undefined;
  const night = v.ctx?.strength === "sentence" ? v.ctx.ceremony : undefined;
  return night === undefined || v.kb.ceremoniesOfFilm(last.ids[0]).includes(night) ? last : undefined;
}

export function corefPerson(v: SentenceView, word = ""): Subject | undefined {
  const last = guessedPerson(v, word);
  return last && subjectOf(last, true);
}

/**
 * "Cameron's epic" after Titanic was named: a film described by its maker is the last film named
 * when the maker is credited on it; any other film is one we do not know (null).
 */
export function possessedFilm(v: SentenceView, maker: Mention): Mention | null {
  const last = v.prior.lastFilm();
  if (!last || maker.kind !== "person" || maker.ids.length !== 1) return null;
  // (A title several films share is the maker's one: "Cameron's epic" is the 1997 Titanic.)
  const ids = creditedOn(v.kb, maker.ids, last.ids);
  if (ids.length === 1) return { ...last, ids };
  // ("Zhao's pic" after a paragraph ending on another film: the one film named so far the maker is credited on.)
  const theirs = new Set(v.prior.namedFilms().flatMap((f) => creditedOn(v.kb, maker.ids, f)));
  return theirs.size === 1 ? { ...last, ids: [...theirs] } : null;
}

/** The films of `films` a record of one of `people` names (the films they are credited on). */
export function creditedOn(kb: KnowledgeBase, people: number[], films: number[]): number[] {
  const nom = kb.data.nominations;
  const records = recordsOf(kb, { kind: "person", ids: people });
  return films.filter((id) => records.some((i) => nom.films[i].includes(id)));
}

/** The films of `films` that competed on `night`. */
export function ofNight(kb: KnowledgeBase, films: number[], night: number): number[] {
  return films.filter((id) => kb.ceremoniesOfFilm(id).includes(night));
}

/**
 * A title several films share ("Titanic", 1953 and 1997) is the one that competed on the night the
 * paragraph last told of or the article is about, when that is one of them.
 */
function namesakeOfTheNight(v: SentenceView, m: Mention): Mention | undefined {
  for (const night of [v.prior.lastNight, v.ctx?.ceremony]) {
    if (night === undefined) continue;
    const ids = ofNight(v.kb, m.ids, night);
    if (ids.length === 1) return { ...m, ids };
  }
  return undefined;
}

/** "won", "took home", "claimed", "secured". */
const WIN_TAKE = String.raw`won|wins|win|winning|took home|takes home|take home|taking home|took|takes|taking|taken`;
const WIN_CLAIM = String.raw`claimed|claims|claiming|claim|secured|secures|securing|secure`;
/** "picked up", "earned", "scooped up", "collected", "landed", "nabbed", "bagged". */
const WIN_PICK = String.raw`picked up|picks up|picking up|pick up|earned|earns|earning|scooped up|scooped`;
const WIN_COLLECT = String.raw`collected|collects|collecting|landed|lands|nabbed|nabbing|bagged|bagging`;
/** "grabbed", "snagged", "received", "accepted", "captured", "clinched". */
const WIN_GRAB = String.raw`grabbed|grabbing|snagged|snagging|received|receives|accepted|accepts|accept|accepting`;
const WIN_CLINCH = String.raw`captured|captures|capturing|clinched|clinches|clinching|clinch`;
/** "racked up", "scored", "went home with", "walked away with". */
const WIN_HOME = String.raw`racked up|racking up|scored|scoring|went home with|walked away with|won over`;
const WIN_VERBS = [WIN_TAKE, WIN_CLAIM, WIN_PICK, WIN_COLLECT, WIN_GRAB, WIN_CLINCH, WIN_HOME];
export const WIN_VERB = `(?:${WIN_VERBS.join("|")})`;
export const AWARD_NOUN = String.raw`(?:oscars?|academy awards?|awards?|prizes?|statuettes?|trophy|trophies|honou?rs?|wins?|victory|victories|gold|oscar wins?)`;
export const TARGET = String.raw`(?:(?:" |' )?<[PF]\d+>(?: "| ')?)`;
export const ITEM = String.raw`(?:<C\d+>(?: (?:award|oscar|statuette|trophy|prize))?(?: for ${TARGET})?)`;
/** A category followed by its own verb opens a clause, it ends no list: "won C1, and the C2 was also honoured". */
const VERB_NEXT = "was|were|is|are|has|had|have|went|goes|won|wins|also";
const OWN_VERB = String.raw`(?!(?: (?:award|oscar|statuette|trophy|prize))? (?:${VERB_NEXT})\b)`;
const LIST_JOIN = String.raw`(?: ,)?(?: and| &| plus| as well as)?(?: (?:wins? for|the|best))? `;
export const LIST = String.raw`${ITEM}(?:${LIST_JOIN}${ITEM}${OWN_VERB})*`;

/**
 * A claimed number against the data's: supported when equal, else refuted with a fix
 * that writes the right number the way the draft wrote it ("Four" → "Three").
 */
export function numberClaim(
  v: SentenceView,
  base: Pick<Claim, "kind" | "rule" | "start" | "end" | "statement">,
  claimed: number,
  actual: number,
  supported: string,
  refuted: string,
  ev: Evidence[],
): Claim {
  if (claimed === actual) return claim({ ...base, verdict: "supported", message: supported, evidence: ev });
  const said = v.text.slice(base.start, base.end);
  const right = numberLike(actual, said);
  return settle(
    claim({
      ...base,
      verdict: "refuted",
      severity: "error",
      message: refuted,
      evidence: ev,
      fixes: [fix(`Replace "${said}" with "${right}"`, right, base.start, base.end)],
    }),
  );
}

/** A wrong winner's fix: the night's one winner in the holder's place ("Replace "Demi Moore" with "Mikey Madison""). */
export function winnerFix(kb: KnowledgeBase, holder: Subject, winners: number[]): Fix | undefined {
  // "It" or "the film" standing for a film named elsewhere is not rewritten into a name.
  if (winners.length !== 1 || holder.coref) return undefined;
  const w = kb.view(winners[0]);
  const single = holder.kind === "person" ? w.personIds.length === 1 : w.films.length === 1;
  const replacement = holder.kind === "person" ? w.nominees[0] : w.films[0];
  const m = holder.mention;
  return single ? fix(`Replace "${m.text}" with "${replacement}"`, replacement, m.start, m.end) : undefined;
}

/** The other fix: the one category the holder did win that night in place of the one written. */
export function categoryFix(kb: KnowledgeBase, own: number[], category: Mention, ceremony: number): Fix | undefined {
  const keys = [...new Set(own.map((i) => kb.keyOf(i)))];
  if (keys.length !== 1 || !category.explicit) return undefined;
  const other = kb.categoryNameAt(ceremony, keys[0]);
  const best = /^best\b/i.test(category.text) ? `Best ${other}` : other;
  return fix(`Replace "${category.text}" with "${best}"`, best, category.start, category.end);
}

/** A list of wins rewritten to what the film did win, in the list's case. */
export function listFix(v: SentenceView, name: string, own: number[], list: { start: number; end: number }): Fix {
  const lower = /^\p{Ll}/u.test(v.text.slice(list.start, list.end));
  const text = winsText(v.kb, own, lower);
  return fix(`Replace the list with what ${name} won: ${text}`, text, list.start, list.end);
}

const countsMemo = new WeakMap<KnowledgeBase, Map<string, Map<number, number>>>();

/** Each film's competitive nominations (or wins) at ceremony c, memoised per night. */
export function countsAt(kb: KnowledgeBase, c: number, wins: boolean): ReadonlyMap<number, number> {
  let byNight = countsMemo.get(kb);
  if (!byNight) countsMemo.set(kb, (byNight = new Map()));
  const key = `${c}:${wins}`;
  let counts = byNight.get(key);
  if (!counts) {
    counts = new Map();
    for (const i of kb.nominationsAt(c)) {
      if (!kb.isCompetitive(i) || (wins && !kb.won(i))) continue;
      for (const f of new Set(kb.data.nominations.films[i])) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    byNight.set(key, counts);
  }
  return counts;
}

/** A refutation the reading is too unsure of to show: kept as unverifiable, with no fix. */
export function quiet(c: Claim): Claim {
  return { ...c, verdict: "unverifiable", fixes: [] };
}

const pronounMemo = new WeakMap<KnowledgeBase, Map<number, "he" | "she" | "it" | undefined>>();

/** A nominee that is a company ("20th Century-Fox", "Walt Disney Productions"): "it", never "he" or "she". */
const COMPANY_WORDS = "pictures|productions|studios?|corporation|corp|company|inc|ltd|bros|century-fox";
const COMPANY_WORD = String.raw`\b(?:${COMPANY_WORDS})\b`;
const STUDIO = String.raw`^(?:fox|paramount|universal|columbia|mgm|rko|united artists|metro-goldwyn-mayer)$`;
const COMPANY = new RegExp(`${COMPANY_WORD}|${STUDIO}`, "i");

/** Whether a nominee the data lists among people is a company ("Columbia", "20th Century-Fox Film Corp."). */
export function isCompany(kb: KnowledgeBase, person: number): boolean {
  return COMPANY.test(kb.data.people[person].name);
}

/** "he" or "she" as the data shows it (an actor's or an actress's category), "it" for a company; else unknown. */
function pronounOf(kb: KnowledgeBase, person: number): "he" | "she" | "it" | undefined {
  let memo = pronounMemo.get(kb);
  if (!memo) pronounMemo.set(kb, (memo = new Map()));
  if (memo.has(person)) return memo.get(person);
  if (isCompany(kb, person)) {
    memo.set(person, "it");
    return "it";
  }
  const said = new Set<string>();
  for (const i of kb.nominationsOfPerson(person)) {
    const key = kb.keyOf(i);
    if (key === "actor" || key === "supporting-actor") said.add("he");
    if (key === "actress" || key === "supporting-actress") said.add("she");
  }
  // (Both, in a data slip: unknown.)
  const found = said.size === 1 ? (said.has("he") ? "he" : "she") : undefined;
  memo.set(person, found);
  return found;
}

/** "he" for he/his/him, "she" for she/her/hers; else none. */
function pronounWanted(word: string): "he" | "she" | undefined {
  return /^(?:he|his|him)$/.test(word) ? "he" : /^(?:she|her|hers)$/.test(word) ? "she" : undefined;
}

/** Whether a person may be what a pronoun stands for: "she" is no one the data nominated as an actor. */
export function fitsPronoun(kb: KnowledgeBase, m: Mention, word: string): boolean {
  const want = pronounWanted(word);
  if (!want || m.kind !== "person") return true;
  return m.ids.every((id) => (pronounOf(kb, id) ?? want) === want);
}

/**
 * The paragraph so far names one person only whom the data shows a pronoun fits ("Cate Blanchett
 * won best actress. It was her second Oscar."): the guess is sure enough to be checked.
 */
export function onlyFit(v: SentenceView, word: string): boolean {
  const want = pronounWanted(word);
  const people = v.prior.people;
  if (!want || people.length === 0) return false;
  const ids = new Set(people.flatMap((m) => m.ids));
  return ids.size === 1 && pronounOf(v.kb, [...ids][0]) === want;
}

/**
 * "Meryl Streep has been nominated 21 times. She has won four times.": a pronoun whose paragraph has
 * named no one else it could stand for is no guess.
 */
export function onlyAntecedent(v: SentenceView, h: Subject): boolean {
  if (h.kind !== "person" || h.ids.length !== 1) return false;
  const people = v.prior.people;
  return (
    people.length > 0 && people.every((m) => m.ids.length === 1 && m.ids[0] === h.ids[0]) && !!pronounOf(v.kb, h.ids[0])
  );
}

/**
 * "X won two. The first came early: he was named … Later he won C for F": the pronoun goes on with
 * the subject the sentences before kept, so a film of theirs makes the guess sure.
 */
export function continuedSubject(v: SentenceView, h: Subject): boolean {
  const s = v.prior.subject;
  return h.kind === "person" && h.ids.length === 1 && s?.ids.length === 1 && s.ids[0] === h.ids[0];
}

/**
 * The person an earlier sentence named last that a pronoun ("she", "his") may stand for: in
 * "Fonda won best actress and Hackman best actor. She played Bree Daniel", Fonda.
 */
export function guessedPerson(v: SentenceView, word: string, not?: Mention): Mention | undefined {
  const own = v.prior.people;
  const fits = (m: Mention) => fitsPronoun(v.kb, m, word) && !(not && m.ids.some((id) => not.ids.includes(id)));
  // A subject pronoun goes on with the sentence before's subject, not with its object (unless its own
  // sentence named someone: "Driver lost, and he …").
  const subject = v.prior.subject;
  // (Only someone named before the pronoun: "He won, beating X and Y" goes on with the subject.)
  const at = v.sk.search(/\b(?:he|she)\b/);
  const ownPerson = at < 0 || v.sk.slice(0, at).includes("<P");
  if ((word === "he" || word === "she") && !ownPerson && subject?.ids.length === 1 && fits(subject)) return subject;
  let p = own.length ? undefined : v.prior.lastPerson();
  // ("X won, beating Y and Z. He had already …": someone beaten is not who "he" goes on with.)
  for (let i = own.length - 1; i >= 0 && !p; i--) if (fits(own[i]) && !v.prior.objects.has(own[i])) p = own[i];
  return p && p.ids.length === 1 && fits(p) ? p : undefined;
}

/** "… for the first time since the 43rd ceremony", "… since 1971, when the 43rd ceremony …": a night compared with. */
export function comparedNight(v: SentenceView, m: Mention): boolean {
  return (
    SINCE_BEFORE.test(v.text.slice(Math.max(0, m.start - 16), m.start)) ||
    SINCE_WHEN.test(v.text.slice(Math.max(0, m.start - 40), m.start)) ||
    recordSetAt(v.text, m.start)
  );
}

/** Whether the year or night at `at` in `text` is when a record was set ("the record Ben-Hur set in 1960"). */
export function recordSetAt(text: string, at: number): boolean {
  return RECORD_SET_IN.test(text.slice(Math.max(0, at - 80), at));
}

/** "equaling the record Ben-Hur set in 1960": the night the record was set, not the one told of. */
const RECORD_SET_IN = /\brecords?\b[^,;.]{0,50}\b(?:set|established|held)\s+(?:back\s+)?(?:in|at)\s+(?:the\s+)?$/i;

const SINCE_BEFORE = /\b(?:since|than|until|unlike|like)\s+(?:the\s+)?$/i;
const SINCE_WHEN = /\bsince\s+\S+,?\s+when\s+(?:the\s+)?$/i;

/** "the 1999 ceremony", "the 71st ceremony": a night named by its year or ordinal without "Academy Awards". */
const BARE_NIGHT = new RegExp(
  String.raw`\bthe\s+(?:(?<year>(?:19|20)\d\d)|(?<nth>\d{1,2}(?:st|nd|rd|th)))\s+(?:ceremony|show|telecast|edition)\b`,
  "i",
);
const YEAR_BEFORE_OR_AFTER = String.raw`the\s+(?:previous|following|next|prior)\s+year|the\s+year\s+(?:before|after)`;
const YEARS_AWAY = String.raw`an?\s+(?:\w+\s+)?years?\s+(?:earlier|later|before)|years\s+(?:earlier|later)`;
/** "The previous year, X hosted", "a year earlier": another night than the one the paragraph is about. */
const OTHER_NIGHT = new RegExp(String.raw`\b(?:${YEAR_BEFORE_OR_AFTER}|${YEARS_AWAY})\b`, "i");

/**
 * The night a sentence's ceremony facts (host, venue) are about: the one it names, by name,
 * year or ordinal, else the paragraph's; none when it points to another night by time alone.
 */
export function sentenceNight(v: SentenceView): number | undefined {
  // ("… for the first time since the 43rd ceremony": a night compared with is not the sentence's.)
  const compared = (m: Mention) => comparedNight(v, m);
  const named = v.mentions.filter((m) => m.kind === "ceremony" && !m.implicit && m.ids.length === 1);
  const own = named.filter((m) => !compared(m));
  if (own.length === 1) return own[0].ids[0];
  // (Every night it names is compared with: the article's night, not the one the sentence's context took.)
  if (named.length && !own.length) return v.doc?.ceremony !== named[0].ids[0] ? v.doc?.ceremony : undefined;
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const bare = BARE_NIGHT.exec(text);
  if (bare?.groups?.nth) return Number.parseInt(bare.groups.nth, 10);
  if (bare?.groups?.year) {
    const held = v.kb.ceremoniesHeldIn(Number(bare.groups.year));
    return held.length === 1 ? held[0] : undefined;
  }
  // ("…accepted his Oscar in February 2016, on a night hosted by X": the night held that month; not a
  // birth or a later event: "born in April 1978", "who would be slapped in March 2022".)
  const month = MONTH_YEAR.exec(text);
  if (month && !OTHER_EVENT.test(text)) {
    const held = v.kb.ceremoniesHeldIn(Number(month[2])).filter((n) => heldInMonth(v.kb, n, month[1]));
    if (held.length === 1) return held[0];
  }
  if (OTHER_NIGHT.test(text)) return undefined;
  // "In 1995, at a ceremony hosted by X, …": a sentence set in a year is about the night held then.
  const year = OPENING_YEAR.exec(text)?.[1];
  if (year) {
    const held = v.kb.ceremoniesHeldIn(Number(year));
    return held.length === 1 ? held[0] : undefined;
  }
  return v.ctx?.ceremony;
}

const OTHER_EVENT = /\b(?:born|died|would|will|later|married|released|premiered|opened)\b/i;
const MONTH_YEAR = /\b(?:in|on)\s+(January|February|March|April|May|June)\s+(?:\d{1,2},\s+)?((?:19|20)\d\d)\b/;
function heldInMonth(kb: KnowledgeBase, n: number, month: string): boolean {
  const date = kb.ceremony(n)?.date ?? "";
  return Number(date.slice(5, 7)) === monthIndex(month) + 1;
}

const OPENING_YEAR = /^\s*(?:In|By|Back in)\s+((?:19|20)\d\d)\s*,/;

/** "Bernardo and Anita", "X, Y and Z" at `from`: where each capitalised name of the list starts. */
export function namesListAt(text: string, from: number, to: number): number[] {
  const m = NAMES_LIST.exec(text.slice(from, Math.min(to, from + 160)));
  if (!m) return [];
  const starts: number[] = [];
  for (const n of m[0].matchAll(/(?:^|,\s+|\s+and\s+)(?=\p{Lu})/gu)) starts.push(from + n.index! + n[0].length);
  return starts;
}
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*`;
const NAMES_LIST = new RegExp(String.raw`^${CAPITALISED}(?:,\s+${CAPITALISED})*,?\s+and\s+${CAPITALISED}`, "u");

/** "X's competitive Oscars were for A, B and 3 more; none was for F." */
export function noneWasFor(kb: KnowledgeBase, name: string, wins: readonly number[], title: string): string {
  const titles = [...new Set(wins.flatMap((i) => kb.data.nominations.films[i]).map((x) => kb.data.films[x].title))];
  const shown = titles.length > 5 ? [...titles.slice(0, 4), `${titles.length - 4} more`] : titles;
  return `${name}'s competitive Oscars were for ${listText(shown)}; none was for ${title}.`;
}

/** The night a ceremony named just before offset `index` of the sentence stands for ("the 80th Awards, hosted"). */
export function nightJustBefore(v: SentenceView, index: number): number | undefined {
  const at = v.sentence.start + index;
  const m = v.mentions.find(
    (x) =>
      x.kind === "ceremony" &&
      !x.implicit &&
      !x.relative &&
      x.ids.length === 1 &&
      x.end <= at &&
      /^[\s,]*$/.test(v.text.slice(x.end, at)),
  );
  return m?.ids[0];
}

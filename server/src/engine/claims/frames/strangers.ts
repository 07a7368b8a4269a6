/**
 * Names no nominee bears: "Greta Lee (Past Lives) and X were also nominated", "which earned Orlando Bloom a
 * best actor nomination", "Y won best actor", "she beat Z". A run of capitalised words led by a first name of
 * the data, that no person of any ceremony bears (nor one spelled nearly so), was never nominated: a clause
 * that says otherwise is refuted. Hedged, denied, asked, or said of another body, it is left alone.
 */
import type { KnowledgeBase } from "../../kb";
import { givenOf } from "../../mentions/family-first";
import { WORDS } from "../../mentions/given-names";
import type { Mention } from "../../mentions/types";
import { editDistance } from "../../title-slips";
import { wordKeys } from "../../text/fold";
import { evidence, fix, refuted } from "../common";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import { modal, statedCeremonies } from "./bind";
import type { Unit } from "./clauses";
import { BEATING } from "./cues";
import { recordIn } from "./keys";

/** Capitalised words that end no person's name: places, institutions, the award itself. */
const NOT_SURNAMES = new Set(
  (
    "academy award awards oscar oscars hollywood theatre theater hall studios studio pictures center centre " +
    "street avenue boulevard festival prize film films movie show university college school january february " +
    "march april may june july august september october november december monday tuesday wednesday thursday " +
    "friday saturday sunday"
  ).split(" "),
);
/** Words before a name that make it someone's role or a title, not a nominee. */
const ROLE_BEFORE = new Set(["as", "playing", "played", "plays", "portraying", "of", "the", "a", "an", "role"]);
/** Verbs whose agent after "by" runs the show: "hosted by X", "presented by X". */
const SHOW_ROLE_BY = new Set(["hosted", "co-hosted", "emceed", "presented", "introduced", "announced"]);
const BE = new Set(["was", "were", "is", "are", "been"]);
const ADVERBS = new Set(["also", "both", "all", "too", "each", "likewise", "again", "later", "then", "previously"]);
const GIVING = new Set(["earned", "earns", "earning", "gave", "gives", "brought", "brings", "landed", "won", "got"]);
const OWNERS = new Set(["a", "an", "her", "his", "their", "its"]);
const NOMINATION = /^(?:nomination|nominations|nod|nods)$/;
/** Casting, not a race: "she beat Z for the role". */
const CASTING = /\b(?:role|part|audition|auditions|cast|casting)\b/;

interface Stranger {
  from: number;
  to: number;
  name: string;
}

/** Claims about the strangers of a sentence that no other body's prize and no question is about. */
export function strangerClaims(v: SentenceView, units: Unit[]): Claim[] {
  if (units[units.length - 1]?.text === "?") return [];
  const out: Claim[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const s = strangerAt(v, units, i);
    if (!s) continue;
    i = s.to - 1;
    const said = saidOf(v, units, s);
    if (said) out.push(said);
  }
  return out;
}

/** The run of two or three capitalised words at i that may be a name (whether the data knows it is asked later). */
function strangerAt(v: SentenceView, units: Unit[], i: number): Stranger | undefined {
  const first = units[i];
  if (!plainCap(first) || plainCap(units[i - 1]) || ROLE_BEFORE.has(units[i - 1]?.text ?? "")) return undefined;
  // ("hosted by Johnny Carson, De Niro won best actor": the night's host or presenter, not a nominee.)
  if (units[i - 1]?.text === "by" && SHOW_ROLE_BY.has(units[i - 2]?.text ?? "")) return undefined;
  let to = i + 1;
  while (to < units.length && to < i + 3 && plainCap(units[to])) to++;
  if (to === i + 1 || plainCap(units[to]) || units[to]?.text === "'s") return undefined;
  const words = units.slice(i, to).map((u) => u.text);
  if (NOT_SURNAMES.has(words[words.length - 1])) return undefined;
  return { from: i, to, name: v.text.slice(first.start, units[to - 1].end) };
}

/** Words that open names in the data without being anyone's first name ("The Edge", "Dame Edna"). */
const NOT_GIVEN = new Set(["the", "a", "an", "de", "la", "le", "van", "von", "el", "mr", "mrs", "dr", "sir", "dame"]);

/** A first name of the data (the one set the family readers use), not a common word ("Will") nor a title. */
function givenName(kb: KnowledgeBase, word: string): boolean {
  return givenOf(kb).has(word) && !NOT_GIVEN.has(word) && !WORDS.has(word);
}

const plainCap = (u: Unit | undefined) => !!u?.cap && !u.mention && /^[a-z][a-z'-]+$/.test(u.text);

/** What the sentence says of the stranger: a nomination or a win, as a refuted claim; else nothing. */
function saidOf(v: SentenceView, units: Unit[], s: Stranger): Claim | undefined {
  const rival = beaten(units, s);
  const verb = passiveNominated(units, s) ?? givenNomination(units, s) ?? rival;
  const won = verb === undefined ? wonBy(units, s) : undefined;
  const at = verb ?? won?.at;
  if (at === undefined) return undefined;
  const end = Math.max(at + 1, won ? won.at + 2 : at + 1);
  if (modal(units, { from: 0, to: end }) || units.slice(s.to, at).some(denies)) return undefined;
  // About the Oscars: a category or the award said; only a plain "were also nominated" may rest on the
  // article's night ("Ali beat Foreman in Kinshasa", "nominated for the Booker" are no Oscar race).
  const clause = { from: 0, to: units.length };
  const stated = statedCeremonies(v, units, clause).stated;
  const night = stated.length === 1 ? stated[0] : stated.length ? undefined : v.ctx?.ceremony;
  const oscars = units.some((u) => u.mention?.kind === "category" || /^(?:oscars?|academy)$/.test(u.text));
  const bare = verb !== undefined && units[verb].text === "nominated" && !units[verb + 1]?.text.match(/^(?:for|in)$/);
  if (!oscars && !(bare && v.ctx)) return undefined;
  // ("Ali beat George Foreman in Kinshasa, won best documentary": a race is an Oscar's where its own stretch
  // of the sentence, between pauses, names the award.)
  if (verb !== undefined && verb === rival && !awardNear(units, verb, s.to)) return undefined;
  if (stated.some((n) => n > v.kb.latestCeremony) || (night ?? 0) > v.kb.latestCeremony) return undefined;
  const category = won?.category ?? categoryNear(units, s, at);
  // ("Walter Salles won best international feature", "Irving Thalberg won best picture": a prize the data
  // credits to a country or a studio; "Harry Potter was nominated again": a series the titles are named for.)
  if (category?.category && !creditsPeople(v.kb, category.category, night)) return undefined;
  if (seriesNamed(v.kb, units, s)) return undefined;
  // (Last, as the dearest: the indexes of the data's names are built on the first stranger that gets this far.)
  const words = units.slice(s.from, s.to).map((u) => u.text);
  if (!givenName(v.kb, words[0]) || nearKnown(v.kb, words)) return undefined;
  return strangerClaim(v, units, s, { category, night, won: !!won });
}

/** "S (F), T and U were also nominated", "S, who was nominated": the unit of "nominated", or undefined. */
function passiveNominated(units: Unit[], s: Stranger): number | undefined {
  if (!subjectStart(units, s.from)) return undefined;
  let k = pastList(units, s.to);
  if (units[k]?.text === "," && units[k + 1]?.text === "who") k += 2;
  else if (units[k]?.text === ",") k++;
  if (units[k]?.text === "had" || units[k]?.text === "has" || units[k]?.text === "have") k++;
  if (!BE.has(units[k]?.text ?? "")) return undefined;
  k++;
  while (ADVERBS.has(units[k]?.text ?? "")) k++;
  return units[k]?.text === "nominated" && nominatedForOscar(units, k) ? k : undefined;
}

/** After "nominated": a prize, a film, a work or a time; not "nominated to the board", "nominated by". */
function nominatedForOscar(units: Unit[], k: number): boolean {
  const next = units[k + 1];
  if (!next || /^[,.;:)]$/.test(next.text) || next.mention?.kind === "ceremony") return true;
  if (/^(?:that|this|last|too|again|also|alongside|along|twice|once|the)$/.test(next.text))
    return next.text !== "the" || units[k + 2]?.text === "same";
  if (next.text === "in") return units.slice(k + 2, k + 4).some((u) => u.mention?.kind === "category");
  if (next.text !== "for") return false;
  // ("for the Booker Prize", "for a Nobel": an article leads to the prize, which must be the Oscar or a category.)
  const at = /^(?:an?|the)$/.test(units[k + 2]?.text ?? "") ? k + 3 : k + 2;
  const what = units[at];
  if (what?.mention?.kind === "category" || what?.mention?.kind === "film") return true;
  if (at === k + 3) return /^(?:oscars?|academy)$/.test(what?.text ?? "");
  return /^(?:oscars?|academy|her|his|their|playing)$/.test(what?.text ?? "");
}

/** "earned S a best actor nomination": the unit of the nomination noun, or undefined. */
function givenNomination(units: Unit[], s: Stranger): number | undefined {
  if (!GIVING.has(units[s.from - 1]?.text ?? "") || !OWNERS.has(units[s.to]?.text ?? "")) return undefined;
  for (let k = s.to + 1; k < units.length && k < s.to + 6; k++) {
    if (NOMINATION.test(units[k].text)) return k;
    // ("a Booker nomination": a capitalised prize between is another body's.)
    const plain = /^[a-z-]+$/.test(units[k].text) && !units[k].cap;
    if (units[k].mention?.kind !== "category" && !plain) return undefined;
  }
  return undefined;
}

/** "she beat S (F), T and U", "lost to S": a rival in an Oscar race, never for a part. */
function beaten(units: Unit[], s: Stranger): number | undefined {
  const k = listBefore(units, s.from);
  const lostTo = units[k]?.text === "to" && /^(?:lost|losing|loses)$/.test(units[k - 1]?.text ?? "");
  const out = units[k]?.text === "out" && /^(?:edged|edging)$/.test(units[k - 1]?.text ?? "") ? k - 1 : -1;
  const at = lostTo ? k - 1 : out >= 0 ? out : BEATING.has(units[k]?.text ?? "") && k >= 0 ? k : -1;
  if (at < 0 || CASTING.test(units.map((u) => u.text).join(" "))) return undefined;
  return at;
}

/** "S won best actor", "S won the Oscar": the win's unit and the category it names. */
function wonBy(units: Unit[], s: Stranger): { at: number; category?: Mention } | undefined {
  if (!subjectStart(units, s.from)) return undefined;
  const at = pastList(units, s.to);
  if (units[at]?.text !== "won") return undefined;
  let k = at + 1;
  if (/^(?:the|an|a|her|his|their)$/.test(units[k]?.text ?? "")) k++;
  const u = units[k];
  if (u?.mention?.kind === "category") return { at, category: u.mention };
  return /^(?:oscars?|academy)$/.test(u?.text ?? "") ? { at } : undefined;
}

/** The list the stranger stands in ends here: past "(F)", ", T", "and U" items. */
function pastList(units: Unit[], k: number): number {
  for (;;) {
    if (units[k]?.text === "(") {
      const close = units.findIndex((u, j) => j > k && j < k + 10 && u.text === ")");
      if (close < 0) return k;
      k = close + 1;
      continue;
    }
    const joined = units[k]?.text === "," || units[k]?.text === "and";
    const nextAnd = units[k]?.text === "," && units[k + 1]?.text === "and" ? k + 2 : k + 1;
    if (joined && isItem(units, nextAnd)) {
      k = itemEnd(units, nextAnd);
      continue;
    }
    return k;
  }
}

/** A name in a list: a person we know, or capitalised words. */
function isItem(units: Unit[], k: number): boolean {
  return units[k]?.mention?.kind === "person" || plainCap(units[k]);
}

function itemEnd(units: Unit[], k: number): number {
  if (units[k].mention) return k + 1;
  while (plainCap(units[k])) k++;
  return k;
}

/** The stretch around units [from, to) up to the pauses either side names a category or the Oscar. */
function awardNear(units: Unit[], from: number, to: number): boolean {
  const pause = (u: Unit) => /^[,;:()-]$/.test(u.text);
  let a = from;
  while (a > 0 && !pause(units[a - 1])) a--;
  let b = to;
  while (b < units.length && !pause(units[b])) b++;
  const award = (u: Unit) => u.mention?.kind === "category" || /^(?:oscars?|academy)$/.test(u.text);
  return units.slice(a, b).some(award);
}

/** The unit before the list of names the one at `from` stands in ("A (F), B and S"), back past its items. */
function listBefore(units: Unit[], from: number): number {
  let k = from - 1;
  while (k >= 0 && (isItem(units, k) || units[k].text === "," || units[k].text === "and" || units[k].text === ")"))
    k = units[k].text === ")" ? openParen(units, k) - 1 : k - 1;
  return k;
}

function openParen(units: Unit[], close: number): number {
  for (let j = close - 1; j >= 0 && j > close - 10; j--) if (units[j].text === "(") return j;
  return -1;
}

/**
 * The stranger opens the subject: the sentence or a clause starts at it, perhaps after a few plain words
 * ("Her co-star S", "its star, S,") or other names of the list ("A, B and S were nominated").
 */
function subjectStart(units: Unit[], from: number): boolean {
  let k = listBefore(units, from);
  // ("At the 89th Academy Awards, S won": a fronted phrase with no verb or name of its own.)
  const fronted = (u: Unit) => !u.cue && u.mention?.kind !== "person" && u.mention?.kind !== "film";
  if (units[k + 1]?.text === "," && units.slice(0, k + 1).every(fronted)) return true;
  // ("Her co-star S": a few plain words, a hyphen not counted.)
  const plain = (u: Unit) => u.text === "-" || (/^[a-z]+$/.test(u.text) && !u.mention && !u.cue);
  for (let n = 0; k >= 0 && n < 3 && plain(units[k]); k--) if (units[k].text !== "-") n++;
  return k < 0 || /^[;:]$/.test(units[k].text) || (units[k].text === "," && units.slice(0, k).every(fronted));
}

const denies = (u: Unit) => u.cue === "neg" || /^(?:never|not|n't|no)$/.test(u.text);

/** A category named right after the predicate ("nominated for best actress", "a best actor nomination"). */
function categoryNear(units: Unit[], s: Stranger, at: number): Mention | undefined {
  const near = units.slice(Math.min(s.to, at), Math.min(units.length, at + 5));
  return near.find((u) => u.mention?.kind === "category")?.mention;
}

/**
 * Whether the category's records name people: not a country's, a studio's or a producer's prize (best picture's
 * holders are studios in the early years and producers an article rarely names), on that night if known.
 */
function creditsPeople(kb: KnowledgeBase, category: string, night: number | undefined): boolean {
  if (/international|foreign|picture|production/.test(category)) return false;
  if (night === undefined) return true;
  const field = kb.nominationsAt(night).filter((i) => recordIn(kb, category, i));
  return field.length > 0 && field.every((i) => kb.data.nominations.people[i].length > 0);
}

const seriesCache = new WeakMap<KnowledgeBase, Set<string>>();

/** The stranger's words open a film title of the data ("Harry Potter and the …"): a series, not a person. */
function seriesNamed(kb: KnowledgeBase, units: Unit[], s: Stranger): boolean {
  let starts = seriesCache.get(kb);
  if (!starts) {
    starts = new Set();
    for (const f of kb.data.films) {
      const w = wordKeys(f.title);
      if (w.length > 2) starts.add(`${w[0]} ${w[1]}`);
    }
    seriesCache.set(kb, starts);
  }
  return starts.has(`${units[s.from].text} ${units[s.from + 1].text}`);
}

function strangerClaim(
  v: SentenceView,
  units: Unit[],
  s: Stranger,
  said: { category?: Mention; night?: number; won: boolean },
): Claim {
  const kb = v.kb;
  const range = { start: units[s.from].start, end: units[s.to - 1].end };
  const field =
    said.category?.category && said.night !== undefined
      ? kb.nominationsAt(said.night).filter((i) => kb.isCompetitive(i) && recordIn(kb, said.category!.category!, i))
      : [];
  const where = said.night !== undefined ? ` at the ${kb.ceremonyLabel(said.night)}` : "";
  const what = said.category ? ` ${said.won ? "" : "for "}${said.category.text}` : said.won ? " an Oscar" : "";
  const statement = `${s.name} ${said.won ? "won" : "was nominated"}${what}${where}`;
  const nominees = field.length ? ` The nominees were ${names(kb, field)}.` : "";
  // A win said of a stranger: the one who won, when one person did.
  const winners = said.won ? field.filter((i) => kb.won(i)).flatMap((i) => kb.view(i).nominees) : [];
  const fixes =
    winners.length === 1 ? [fix(`Replace with ${winners[0]}`, winners[0], range.start, range.end, true)] : [];
  return refuted({
    kind: said.won ? "win" : "nomination",
    rule: said.won ? "wrong-winner" : "wrong-nomination",
    ...range,
    statement,
    message:
      `${s.name} has never been nominated for an Academy Award: no nomination of the ` +
      `${kb.latestCeremony} ceremonies names anyone so.${nominees}`,
    evidence: field.map((i) => evidence(kb, i)),
    fixes,
  });
}

function names(kb: KnowledgeBase, field: number[]): string {
  const list = field.map((i) => kb.view(i).nominees.join(" and ") + (kb.won(i) ? " (won)" : ""));
  return list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}` : list[0];
}

/** Names by first word and by last word, for "spelled nearly so" (built once per dataset). */
const nameIndex = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/**
 * A person the data knows by a name close to these words: the same surname with the same initial ("Jim
 * Cameron"), or a name within two letters of one with the same first or last word ("Greta Gerwick").
 */
function nearKnown(kb: KnowledgeBase, words: string[]): boolean {
  let index = nameIndex.get(kb);
  if (!index) {
    index = new Map();
    for (const p of kb.data.people)
      for (const name of [p.name, ...(p.aliases ?? [])]) {
        const w = wordKeys(name);
        if (w.length < 2) continue;
        const key = w.join(" ");
        for (const slot of [`f:${w[0]}`, `l:${w[w.length - 1]}`]) {
          const l = index.get(slot) ?? [];
          l.push(key);
          index.set(slot, l);
        }
      }
    nameIndex.set(kb, index);
  }
  const key = words.join(" ");
  const last = words[words.length - 1];
  const sameLast = index.get(`l:${last}`) ?? [];
  if (sameLast.some((k) => k[0] === key[0])) return true;
  const close = (k: string) => editDistance(k, key, 2) <= 2;
  return sameLast.some(close) || (index.get(`f:${words[0]}`) ?? []).some(close);
}

/**
 * Misspelled names: a run of capitalised words one or two letters away from a person
 * or film of the sentence's ceremony ("Adrian Brody", "Mikey Maddison"). Only names of
 * that ceremony are candidates, so an unknown name is never an error.
 */
import type { KnowledgeBase } from "../kb";
import { fold, numberValue } from "../text/fold";
import type { Token } from "../text/tokens";
import { shortForm } from "../text/nicknames";
import { KIN_WORDS } from "./frames/cues";
import { givenOf } from "../mentions/family-first";
import { claim, fix, settle } from "./common";
import type { Claim } from "./types";
import type { SentenceView } from "./view";
import { american, commonSlip, editDistance, nightSlip, sameTitle, slipKey, titleKey } from "../title-slips";

interface Candidate {
  text: string;
  key: string;
  words: number;
}

/** Candidates by word count and first letter: a typo rarely changes either. */
type Index = Map<string, Candidate[]>;

const cache = new WeakMap<KnowledgeBase, Map<number, Index>>();

function candidates(kb: KnowledgeBase, c: number): Index {
  let byCeremony = cache.get(kb);
  if (!byCeremony) cache.set(kb, (byCeremony = new Map()));
  const known = byCeremony.get(c);
  if (known) return known;
  const seen = new Set<string>();
  const index: Index = new Map();
  const nom = kb.data.nominations;
  for (const i of kb.nominationsAt(c)) {
    const names = [
      // Every spelling the data credits the person under ("Will Jennings", "Wilbur Jennings").
      ...nom.people[i].flatMap((p) => [kb.data.people[p].name, ...(kb.data.people[p].aliases ?? [])]),
      ...nom.films[i].map((f) => kb.data.films[f].title),
    ];
    for (const text of names) {
      const key = keyOf(text);
      const words = key.split(" ").length;
      if (words < 2 || key.length < 8 || seen.has(key)) continue;
      seen.add(key);
      const slot = `${words}:${key[0]}`;
      const l = index.get(slot) ?? [];
      l.push({ text, key, words });
      index.set(slot, l);
    }
  }
  byCeremony.set(c, index);
  return index;
}

const famousCache = new WeakMap<KnowledgeBase, Index>();

/** People with several nominations, indexed like the night's candidates. */
function famousIndex(kb: KnowledgeBase): Index {
  let index = famousCache.get(kb);
  if (index) return index;
  index = new Map();
  kb.data.people.forEach((p, id) => {
    if (kb.nominationsOfPerson(id).length < 2) return;
    const key = keyOf(p.name);
    const words = key.split(" ").length;
    if (words < 2 || key.length < 8) return;
    const slot = initialsOf(key);
    const l = index!.get(slot) ?? [];
    l.push({ text: p.name, key, words });
    index!.set(slot, l);
  });
  famousCache.set(kb, index);
  return index;
}

/** "joanne woodward" → "jw": a typo rarely changes the first letter of a word. */
function initialsOf(key: string): string {
  return key
    .split(" ")
    .map((w) => w[0])
    .join("");
}

/**
 * The one well-known person a run of words is a typo of: every word starts as the name's does,
 * the spelling is within `max` edits, and no other known name is within one edit more.
 */
const famousMemo = new WeakMap<KnowledgeBase, Map<string, Candidate[]>>();

/** Memoised: the same unknown run of words recurs across a draft and across drafts. */
function famous(kb: KnowledgeBase, key: string, max: number): Candidate[] {
  let memo = famousMemo.get(kb);
  if (!memo) famousMemo.set(kb, (memo = new Map()));
  let hit = memo.get(key);
  if (!hit) {
    if (memo.size > 5000) memo.clear(); // bounded: a long session must not grow it forever
    memo.set(key, (hit = closestFamous(kb, key, max)));
  }
  return hit;
}

function closestFamous(kb: KnowledgeBase, key: string, max: number): Candidate[] {
  const close = (famousIndex(kb).get(initialsOf(key)) ?? []).filter(
    (c) =>
      c.key !== key && Math.abs(c.key.length - key.length) <= max + 1 && editDistance(key, c.key, max + 1) <= max + 1,
  );
  const within = close.filter((c) => editDistance(key, c.key, max) <= max);
  // ("John Cusack" near Joan Cusack: a surname kept and a first name that is another common one is a
  // relative or a namesake, not a slip.)
  if (within.length === 1 && namesake(kb, key, within[0].key)) return [];
  return within.length === 1 && close.length === 1 ? within : [];
}

const givenCache = new WeakMap<KnowledgeBase, Map<string, number>>();

/** The same surname and a first name that five people or more in the data bear. */
function namesake(kb: KnowledgeBase, key: string, cand: string): boolean {
  const a = key.indexOf(" ");
  const b = cand.indexOf(" ");
  if (a < 0 || b < 0 || key.slice(a) !== cand.slice(b) || key.slice(0, a) === cand.slice(0, b)) return false;
  return bearers(kb, key.slice(0, a)) >= 5;
}

/** How many people in the data bear this first name. */
function bearers(kb: KnowledgeBase, first: string): number {
  let given = givenCache.get(kb);
  if (!given) {
    given = new Map();
    for (const p of kb.data.people) {
      const word = keyOf(p.name).split(" ")[0];
      given.set(word, (given.get(word) ?? 0) + 1);
    }
    givenCache.set(kb, given);
  }
  return given.get(first) ?? 0;
}

/**
 * "Frank Zinnemann" for Fred Zinnemann: a nominee of the night with the same surname (five
 * letters or more) and the same first initial, the first name written as another.
 */
/** "Penelope Cruise" for Penélope Cruz: the same first name, a surname begun alike and within three edits. */
function sameButLast(key: string, cand: string): boolean {
  const space = key.indexOf(" ");
  if (space < 4 || key.lastIndexOf(" ") !== space || !cand.startsWith(key.slice(0, space + 4))) return false;
  const [a, b] = [key.slice(space + 1), cand.slice(space + 1)];
  return b.indexOf(" ") < 0 && a !== b && editDistance(a, b, 3) <= 3;
}

function sameButFirst(key: string, cand: string): boolean {
  // Cheap test first: most candidates end otherwise.
  const space = key.lastIndexOf(" ");
  if (space < 0 || !cand.endsWith(key.slice(space))) return false;
  const a = key.split(" ");
  const b = cand.split(" ");
  if (a.length !== 2 || b.length !== 2 || a[1] !== b[1] || a[1].length < 5) return false;
  const [x, y] = [a[0], b[0]];
  return x[0] === y[0] && !shortForm(x, y);
}

/**
 * "Robbie Williams" for a well-known Robin Williams: the same surname and a first name of its own, another of the
 * data's first names two letters or more away, is another person ("Jon" for "John" is still a slip).
 */
function anotherGiven(kb: KnowledgeBase, key: string, cand: string): boolean {
  const a = key.split(" ");
  const b = cand.split(" ");
  if (a.length !== 2 || b.length !== 2 || a[1] !== b[1]) return false;
  return givenOf(kb).has(a[0]) && editDistance(a[0], b[0], 1) > 1;
}

/** The same surname, and first names one a short form of the other ("charlie chaplin", "charles chaplin"). */
function nicknamed(key: string, cand: string): boolean {
  const a = key.indexOf(" ");
  const b = cand.indexOf(" ");
  return a > 0 && b > 0 && key.slice(a) === cand.slice(b) && shortForm(key.slice(0, a), cand.slice(0, b), true);
}

const surnameCache = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/**
 * "Joe Mankiewicz" for Joseph L. Mankiewicz, "Roger Deakins" for Roger A. Deakins: a surname the data knows, with
 * that person's first name or a short form of it (the middle names left out), is that person, no one's slip.
 */
function knownUnder(kb: KnowledgeBase, key: string): boolean {
  let index = surnameCache.get(kb);
  if (!index) {
    index = new Map();
    for (const p of kb.data.people) {
      const words = keyOf(p.name).split(" ");
      if (words.length < 2) continue;
      const last = words[words.length - 1];
      index.set(last, [...(index.get(last) ?? []), words[0]]);
    }
    surnameCache.set(kb, index);
  }
  const words = key.split(" ");
  if (words.length !== 2) return false;
  return (index.get(words[1]) ?? []).some((f) => f === words[0] || shortForm(words[0], f, true));
}

function keyOf(s: string): string {
  return american(fold(s))
    .replace(/[^a-z0-9 ]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A win, a nomination or a category word. */
const AWARD_TOLD = /\b(?:won|wins|win|winning|winner|nominated|nomination|nominee|oscars?|award|lost|beat)\b/i;

/** A win or a nomination told of the name at [start, end): just before it, or after it up to its clause's end. */
function toldOf(v: SentenceView, start: number, end: number): boolean {
  const before = v.text.slice(Math.max(v.sentence.start, start - 25), start);
  const after = v.text.slice(end, Math.min(v.sentence.end, end + 60)).split(/[,;:()\u2014\u2013]/)[0];
  const category = v.mentions.some((m) => m.kind === "category" && m.start >= end && m.start < end + after.length);
  return AWARD_TOLD.test(before) || AWARD_TOLD.test(after) || category;
}

/** Words before a name made plural: "the Steven Soderberghs", "two Black Panthers". */
const PLURAL_BEFORE = /^(?:the|two|three|four|both|all|these|those|many|several|more|\d+)$/;

const KIN = `(?:${KIN_WORDS.join("|")})s?|children|grandchildren`;
/** A kin word, then at most a comma and a word or two ("his son, composer "). */
const KIN_BEFORE = new RegExp(String.raw`\b(?:${KIN})(?:,?\s+[a-z-]+){0,2},?\s+$`);

/** Words that open sentences and are no one's first name. */
const OPENING_WORDS = new Set(
  (
    "whether when while if though although after before because since until once where so yet but and or then " +
    "still even only just now here there this that these those what which who how why whatever however"
  ).split(" "),
);
/** Titles before a surname: "Miss Streep", "Mr. Kingsley". */
export const HONORIFICS = new Set(["mr", "mrs", "miss", "ms", "mister", "dr"]);
const ROLE_BEFORE = new Set(["as", "playing", "played", "plays", "portraying", "portrayed", "portrays"]);

/** "as the FBI agent Rupert Anderson", "playing a young Elsa": a role word, an article and a description. */
function describedRole(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // (Not a job, "as the director X", nor a preposition, "as the trainee opposite X": the name is a person's.)
  const describing = (t: Token | undefined) =>
    !!t?.word && (!t.cap || /^[A-Z]{2,}$/.test(t.raw)) && !JOBS.has(t.norm) && !NOT_DESCRIBING.has(t.norm);
  while (k > i - 4 && describing(tokens[k])) k--;
  if (k === i - 1 || !ARTICLE.test(tokens[k]?.norm ?? "")) return false;
  return ROLE_BEFORE.has(tokens[k - 1]?.norm ?? "");
}
const ARTICLE = /^(?:the|a|an)$/;
const JOBS = new Set(["director", "producer", "writer", "screenwriter", "composer", "cinematographer", "editor"]);
const NOT_DESCRIBING = new Set(["the", "a", "an", "opposite", "with", "to", "for", "of", "in", "alongside", "and"]);

/** Every character the data names (an acting nomination's detail): spelled so, it is no slip for a person. */
function characterKeys(kb: KnowledgeBase): ReadonlyMap<string, number[]> {
  const acting = (i: number) => kb.data.categories[kb.data.nominations.category[i]].cls === "Acting";
  return kb.detailIndex("characters", acting, (d) => d.split("|").map(keyOf));
}

/** A character of a film the sentence names, by its key in the data ("singer"). */
function roleInFilmHere(v: SentenceView, key: string): boolean {
  const records = characterKeys(v.kb).get(key);
  if (!records) return false;
  const films = v.mentions.filter((m) => m.kind === "film").flatMap((m) => m.ids);
  return records.some((i) => v.kb.data.nominations.films[i].some((f) => films.includes(f)));
}

export function checkNames(v: SentenceView): Claim[] {
  // Without the article's night, only the well-known names (several nominations) are compared.
  // ("Jon Stewart did it in 2006": a sentence dated to another year is not about the inherited night.)
  const said = v.text.slice(v.sentence.start, v.sentence.end).match(/\b(?:19|20)\d\d\b/g) ?? [];
  const ctx = v.ctx;
  const yearOfNight = (y: string) => !!ctx && v.kb.ceremoniesOfYear(Number(y)).includes(ctx.ceremony);
  const elsewhen = !!ctx && ctx.strength !== "sentence" && said.length > 0 && !said.some(yearOfNight);
  const c = ctx?.ceremony;
  const out: Claim[] = [];
  const { tokens, sentence } = v;
  const covered = new Uint8Array(sentence.last - sentence.first);
  for (const m of v.mentions)
    for (let k = Math.max(m.first, sentence.first); k < Math.min(m.last, sentence.last); k++)
      covered[k - sentence.first] = 1;
  const inMention = (k: number) => covered[k - sentence.first] === 1;
  const index = c === undefined ? new Map<string, Candidate[]>() : candidates(v.kb, c);
  for (let i = sentence.first; i < sentence.last; i++) {
    if (!tokens[i].word || !tokens[i].cap || inMention(i)) continue;
    let j = i;
    while (
      j < sentence.last &&
      j - i < 4 &&
      tokens[j].word &&
      tokens[j].cap &&
      !inMention(j) &&
      (j === i || (tokens[j].breaks === 0 && tokens[j - 1].fullEnd + 1 >= tokens[j].start))
    ) {
      if (tokens[j].possessive && j > i) {
        j++;
        break;
      }
      j++;
    }
    // ("Yang Jin-mo", "Bong Joon-ho": a name that goes on past a hyphen is written as the data may not write it.)
    const hyphen = tokens[j];
    if (hyphen?.raw === "-" && hyphen.start === tokens[j - 1].end && tokens[j + 1]?.start === hyphen.end) continue;
    // ("Whether Smith's moment …": a sentence's opening word that is a common word is no first name.)
    if (i === sentence.first && OPENING_WORDS.has(tokens[i].norm)) continue;
    // ("Three Godfather actors": a number counts what the capitalised words describe; it is no first name.)
    if (numberValue(tokens[i].norm) !== undefined) continue;
    // ("Miss Streep", "Mr. Kingsley": a title, then the surname; no first name to be misspelt.)
    if (HONORIFICS.has(tokens[i].norm)) continue;
    // ("… for CODA as Frank Rossi": a character's name, not a person's slip.)
    const role = ROLE_BEFORE.has(tokens[i - 1]?.norm ?? "") || describedRole(tokens, i);
    // ("survived by his son, composer Joel Goldsmith": a relative shares the surname, and is someone else.)
    const kin = KIN_BEFORE.test(v.text.slice(Math.max(0, tokens[i].start - 30), tokens[i].start));
    const text = j - i >= 2 && !role ? v.text.slice(tokens[i].start, tokens[j - 1].end) : "";
    const key = text && keyOf(text);
    // ("John Singer, the deaf-mute of F": the data names the character by one of its words, in a film named here;
    // "Joe Mankiewicz": a known surname under its bearer's first name or a short form of it.)
    // (Asked only of a name that would otherwise be flagged: most capitalised pairs are no slip.)
    const excused = () =>
      [tokens[i], tokens[j - 1]].some((t) => roleInFilmHere(v, keyOf(t.raw))) || knownUnder(v.kb, key);
    // ("plays the fisherman Frank Rossi": a character the data names, wherever it stands.)
    if (key && !characterKeys(v.kb).has(key)) {
      const max = key.length < 12 ? 1 : 2;
      const near = index.get(`${j - i}:${key[0]}`) ?? [];
      // Not a name of the night: a well-known name elsewhere, if it is the only one that close.
      const ofNight = near.some(
        (x) =>
          x.key !== key &&
          (editDistance(key, x.key, max) <= max || sameButFirst(key, x.key) || sameButLast(key, x.key)),
      );
      const cands = ofNight ? near : famous(v.kb, key, max);
      // A name cut short where the text ends ("… and Sid Rami"): still being typed, or truncated.
      const atEnd = !/\S/.test(v.text.slice(tokens[j - 1].fullEnd));
      for (const cand of cands) {
        // ("Charlie Chaplin" is Charles Chaplin: a short form of the first name is the same name.)
        if (cand.key === key || nicknamed(key, cand.key)) continue;
        // (Beside a nominee of the night, another first name is a slip: "Frank Zinnemann" for Fred.)
        // (In a sentence naming a category, a well-known nominee's surname is likely theirs.)
        const elsewhere = !ofNight && !v.mentions.some((m) => m.kind === "category");
        if ((kin && sameButFirst(key, cand.key)) || (elsewhere && anotherGiven(v.kb, key, cand.key))) continue;
        // ("the John Singletons, the Steven Soderberghs": a name made plural stands for a kind of filmmaker.)
        // ("two Black Panthers": after a number or a determiner too.)
        if (key === cand.key + "s" && PLURAL_BEFORE.test(tokens[i - 1]?.norm ?? "")) continue;
        // ("Add Hopkins and that is four": a sentence's first word is a first name only if someone bears it.)
        const given = i !== sentence.first || bearers(v.kb, key.split(" ")[0]) > 0;
        // (Another first name is a slip only in a sentence about that night: "Jon Stewart did it in 2006" is not.)
        // ("Tex Ritter sang the song" beside Thelma Ritter: another first name is a slip only where the sentence
        // tells of a win or a nomination, as the nominee's would.)
        // (Or first names begun alike, "Mark" for Matthew: a slip whatever the sentence tells.)
        const told = toldOf(v, tokens[i].start, tokens[j - 1].end) || key.slice(0, 2) === cand.key.slice(0, 2);
        const alike =
          ofNight && ((given && !elsewhen && told && sameButFirst(key, cand.key)) || sameButLast(key, cand.key));
        const nominee = ofNight ? ` (${v.kb.ceremonyLabel(c!)} nominee)` : "";
        if (editDistance(key, cand.key, max) > max && !alike) continue;
        if ((atEnd && cand.key.startsWith(key)) || excused()) break;
        const base = {
          kind: "name" as const,
          rule: "misspelled-name",
          start: tokens[i].start,
          end: tokens[j - 1].end,
          statement: `"${text}" names ${cand.text}`,
        };
        out.push(
          settle(
            claim({
              ...base,
              verdict: "refuted",
              severity: "warning",
              message: `"${text}" looks like a misspelling of ${cand.text}${nominee}.`,
              fixes: [fix(`Replace with "${cand.text}"`, cand.text, base.start, base.end)],
            }),
          ),
        );
        break;
      }
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

const QUOTED = /[“"‘']([^“”"‘’'\n]{4,60})[”"’']/g;

/**
 * A quoted title one letter off a film of the article's night ("“Sinner”" for Sinners), and no
 * title of its own. Marked where the draft first writes it: the same slip further on is the
 * same finding.
 */
export function checkTitles(v: SentenceView): Claim[] {
  const ctx = v.ctx ?? v.doc;
  const c = ctx?.ceremony;
  if (c === undefined || ctx!.strength === "setting") return [];
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const out: Claim[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const said = m[1];
    const start = v.sentence.start + m.index! + 1;
    const named = v.mentions.some((x) => !x.slip && x.start < start + said.length && start < x.end);
    if (!/^\p{Lu}/u.test(said) || named) continue;
    const slip = nightSlip(v.kb, c, said);
    if (!slip) continue;
    const near = [slip];
    // Marked once: where the draft first writes it (this paragraph, or one before).
    const before = v.text.slice(0, start - 1);
    if ([..."“\"‘'"].some((q) => before.includes(`${q}${said}`))) continue;
    if (v.prior.surname(slipKey(said))) continue;
    const base = { kind: "name" as const, rule: "misspelled-name", start, end: start + said.length };
    const message = `"${said}" looks like a misspelling of ${near[0].text} (${v.kb.ceremonyLabel(c)} nominee).`;
    const fixes = [fix(`Replace with "${near[0].text}"`, near[0].text, base.start, base.end)];
    const statement = `"${said}" names ${near[0].text}`;
    out.push(settle(claim({ ...base, statement, verdict: "refuted", severity: "warning", message, fixes })));
  }
  const listed = listedSlip(v, c, text);
  if (listed) out.push(listed);
  return out;
}

const LIST_ENTRY = /^([-*\u2022][ \t]*)([\p{Lu}\d][^|(\n]{0,59}?)[ \t]*(?:[|(]|$)/u;
/** Letters and digits a typist or a scanner confuses: "FI" for F1, "Se7en" for Seven. */
const LOOKALIKE = new Map([
  ["1", "il"],
  ["0", "o"],
  ["5", "s"],
  ["7", "t"],
]);

/**
 * A list entry under a category heading ("Best Picture" then "- FI") that names no known film
 * but is one letter off exactly one nominee of that category at the article's night.
 */
function listedSlip(v: SentenceView, c: number, text: string): Claim | undefined {
  if (!v.heading) return undefined;
  const m = LIST_ENTRY.exec(text);
  if (!m) return undefined;
  const said = m[2].trim();
  const start = v.sentence.start + m[1].length;
  if (v.mentions.some((x) => !x.slip && x.start < start + said.length && start < x.end)) return undefined;
  const key = titleKey(said);
  const nominees = v.kb.field(c, v.heading).flatMap((i) => v.kb.data.nominations.films[i]);
  const titles = [...new Set(nominees.map((f) => v.kb.data.films[f].title))];
  const near = titles.filter((t) => {
    const k = titleKey(t);
    return (
      !sameTitle(k, key) && editDistance(key, k, 1) <= 1 && (key.length >= 5 ? commonSlip(key, k) : lookalike(key, k))
    );
  });
  if (near.length !== 1 || v.prior.surname(slipKey(said))) return undefined;
  // Marked once: a quoted "Sinner" earlier in the draft was marked there.
  const before = v.text.slice(0, start);
  if ([..."“\"‘'"].some((q) => before.includes(`${q}${said}`))) return undefined;
  const base = { kind: "name" as const, rule: "misspelled-name", start, end: start + said.length };
  const message = `"${said}" looks like a misspelling of ${near[0]} (${v.kb.ceremonyLabel(c)} nominee).`;
  const fixes = [fix(`Replace with "${near[0]}"`, near[0], base.start, base.end)];
  return settle(
    claim({
      ...base,
      statement: `"${said}" names ${near[0]}`,
      verdict: "refuted",
      severity: "warning",
      message,
      fixes,
    }),
  );
}

/** Same length, one place differs, and there a digit stands for the letter it looks like. */
function lookalike(said: string, title: string): boolean {
  if (said.length !== title.length) return false;
  for (let i = 0; i < said.length; i++) {
    if (said[i] === title[i]) continue;
    return !!LOOKALIKE.get(title[i])?.includes(said[i]) || !!LOOKALIKE.get(said[i])?.includes(title[i]);
  }
  return false;
}

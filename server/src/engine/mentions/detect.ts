import { MONTHS } from "../context";
import type { KnowledgeBase } from "../kb";
import { fold, numberValue, wordsOf } from "../text/fold";
import { firstEndingAfter } from "../text/search";
import type { Token } from "../text/tokens";
import type { Sentence } from "../text/sentences";
import { surnameOf, type LexEntry, type Lexicon } from "./lexicon";
import type { Mention } from "./types";
import { addFamilyFirst } from "./family-first";
import { addGivenNames, addSharedSurnames, givenKey, shortName } from "./given-names";
import { addShortTitles } from "./short-titles";
import { addSlippedTitles } from "./slipped-titles";

const OPEN_QUOTES = new Set(['"', "\u201c", "\u2018", "'", "*", "_", "`", "``"]);
const CLOSE_QUOTES = new Set(['"', "\u201d", "\u2019", "'", "*", "_", "`", "``", "''"]);
/** Nouns that say a title follows ("the film Flow", "Cameron's epic, Titanic"). */
const FILM_NOUNS = new RegExp(
  "^(?:film|movie|documentary|musical|drama|comedy|thriller|picture|epic|biopic|blockbuster|western|romance|" +
    "predecessor|sequel|prequel|original|remake|portrait)$",
);
/** Words after a sentence-initial ordinary title that show it is the film acting. */
const FILM_VERBS = new Set([
  "won",
  "wins",
  "took",
  "takes",
  "claimed",
  "claims",
  "earned",
  "earns",
  "scored",
  "picked",
  "secured",
  "led",
  "leads",
  "received",
  "dominated",
  "swept",
  "triumphed",
  "follows",
  "tells",
  "stars",
  "starring",
  "made",
  "emerged",
  "faced",
  "beat",
  "beats",
  "topped",
  "landed",
  "collected",
  "also",
  "was",
  "is",
  "has",
  "had",
  "became",
  "went",
  "competed",
  "competes",
  "garnered",
  // "Titanic matched it", "Parasite broke the record": a film measured against another.
  "matched",
  "equalled",
  "equaled",
  "tied",
  "surpassed",
  "broke",
]);
/** Words that start sentences as pronouns or determiners, never as a film acting ("She won"). */
const NOT_TITLES = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "you",
  "i",
  "who",
  "what",
  "this",
  "that",
  "these",
  "those",
  "there",
  "here",
  "one",
  "all",
  "some",
  "many",
  "most",
  "everyone",
  "nobody",
  "everybody",
  "someone",
  "nothing",
  "everything",
  "his",
  "her",
]);
/** Month names, which a surname may share (Fredric March, Elaine May): beside a day they are a date. */
const MONTH_NAMES = new Set(MONTHS);

/** Words capitalised only because they open a sentence: "While McDaniel …" is a surname after one. */
const OPENERS = new Set(
  ["while", "when", "after", "before", "as", "but", "and", "although", "though", "since", "because", "if"].concat([
    "with",
    "then",
    "so",
    "yet",
    "still",
    "even",
    "once",
    "until",
    "like",
    "unlike",
    "for",
    "at",
    "in",
    "by",
  ]),
);
/** The sentence's opening word, capitalised only for that, stands before token i ("Did Forrest Gump …"). */
function openerBefore(tokens: Token[], sentenceStart: Uint8Array, i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !sentenceStart[i - 1]) return false;
  return OPENERS.has(before.norm) || QUESTION_OPENERS.has(before.norm) || openingThe(tokens, i);
}

/** "The" opening a sentence before token i, outside quotes ('"The Morning After," the theme …' is one title). */
function openingThe(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.norm === "the" && !/^["\u201c\u2018']$/.test(tokens[i - 2]?.raw ?? "");
}

/** The auxiliaries a yes-or-no question opens on: "Did Forrest Gump sweep the Globes?". */
export const AUXILIARIES = [
  "did",
  "does",
  "do",
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "can",
  "could",
].concat(["will", "would", "should"]);
const QUESTION_OPENERS = new Set(AUXILIARIES);
/** Words that may sit between two words of a name. */
const JOINERS = new Set([":", "-", "\u2013", "\u2014", ",", "'", "\u2019", "&", "/", "*"]);
const ARTICLE_WORDS = new Set(["the", "a", "an"]);
/** Nouns that say a person's name follows ("the comedian Lenny Bruce"). */
const PERSON_NOUNS = new Set(
  [
    "comedian",
    "singer",
    "boxer",
    "painter",
    "poet",
    "president",
    "senator",
    "king",
    "queen",
    "activist",
    "artist",
  ].concat([
    "composer",
    "dancer",
    "writer",
    "novelist",
    "journalist",
    "musician",
    "gangster",
    "scientist",
    "mathematician",
  ]),
);
/** What a number counts within two words ("12 Oscars", "12 acting nominations"): then no title "12". */
const COUNTED_NOUN = /^(?:oscars?|awards?|academy|nominations?|nods?|wins?|statuettes?|trophies|categories)$/;
/** Words after which "for" names what an award was for: "his Oscar for Milk", "the win came for Lincoln". */
const AWARD_FOR = new Set(
  ["oscar", "oscars", "nomination", "nominations", "nominated", "nod", "win", "won", "came", "award", "again"].concat(
    // "won Best Supporting Actor for Glory": after a category's last word.
    ["actor", "actress", "director", "directing", "picture", "screenplay", "score", "song", "cinematography"],
  ),
);
/** Titles made only of these words ("The Oscar") are the awards talking, unless quoted. */
const AWARDS_WORDS = new Set([
  "the",
  "oscar",
  "oscars",
  "academy",
  "award",
  "awards",
  "hollywood",
  "best",
  "picture",
  "ceremony",
  "night",
  "winner",
  "winners",
  "nominee",
  "nominees",
  "red",
  "carpet",
  "statuette",
  "envelope",
  "stage",
]);
const PERSON_PARTICLES = new Set([
  "de",
  "da",
  "di",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "y",
  "bin",
  "al",
  "of",
  "the",
  "and",
]);

export interface DetectInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  ceremonies: Mention[];
  docCeremony?: number;
  /** Surnames of people named in full before this text (empty list: ambiguous). */
  surname?: (key: string) => number[] | undefined;
}

/** ", Sean Baker's film,", ", Alfonso Cuarón's drama,": a comma, a capitalised possessor, a film noun. */
function makersFilmAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.raw !== ",") return false;
  for (let k = end + 1; k < tokens.length && k <= end + 5; k++) {
    // (Only the maker's name between: "Morgan, took best actor for Ford's film" is no appositive.)
    if (!tokens[k].word || !tokens[k].cap) return false;
    if (tokens[k].possessive) return FILM_NOUNS.test(tokens[k + 1]?.norm ?? "");
  }
  return false;
}

/** ", the boxing picture …", ", the coming-of-age drama …": an appositive after a title naming its kind. */
function kindAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.raw !== "," || tokens[end + 1]?.norm !== "the") return false;
  for (let k = end + 2; k < tokens.length && k <= end + 8; k++) {
    const t = tokens[k];
    if (t.raw === "-") continue;
    if (!t.word || t.cap) return false;
    if (FILM_NOUNS.test(t.norm) || GENRE.test(t.norm)) return true;
  }
  return false;
}

/** Nouns of a kind of film, after a word that describes it ("Cold War farce"). */
const GENRE = /^(?:farce|satire|melodrama|saga|fable|tale|pic)$/;

/** A genre noun at `end`, then a title: an opening quote or a capitalised word. */
function describesTitle(tokens: Token[], end: number): boolean {
  const noun = tokens[end];
  if (!noun?.word || noun.cap || !(FILM_NOUNS.test(noun.norm) || GENRE.test(noun.norm))) return false;
  const next = tokens[end + 1];
  return !!next && next.breaks === 0 && (/^["“]$/.test(next.raw) || (next.word && next.cap));
}

/** What a film's possessive owns when the title is one: "Encanto's win", "Flow's nomination". */
const OWNED_AWARD = /^(?:wins?|victory|nominations?|nods?|oscars?|sweep|triumph)$/;

/** People, films and categories, around the ceremony mentions already found. */
export function detectMentions(input: DetectInput, kb: KnowledgeBase, lex: Lexicon): Mention[] {
  const { tokens, sentences } = input;
  const taken = new Uint8Array(tokens.length);
  const sentenceStart = new Uint8Array(tokens.length);
  const headline = new Uint8Array(tokens.length);
  for (const s of sentences) {
    let i = s.first;
    while (i < s.last && !tokens[i].word) i++;
    if (i < s.last) sentenceStart[i] = 1;
    if (isHeadline(tokens, s.first, s.last)) headline.fill(1, s.first, s.last);
  }
  const out: Mention[] = [];
  for (const m of input.ceremonies) {
    const [first, last] = tokenRange(tokens, m.start, m.end);
    m.first = first;
    m.last = last;
    for (let i = first; i < last; i++) taken[i] = 1;
    out.push(m);
  }
  const season = seasonOf(kb, input.docCeremony);

  /** The first of `entries` that matches at token i and is accepted, taken; the end of its match, or -1. */
  const tryEntries = (entries: LexEntry[] | undefined, i: number): number => {
    if (!entries) return -1;
    for (let x = 0; x < entries.length; x++) {
      const e = entries[x];
      const end = matchWords(tokens, taken, i, e);
      if (end < 0) continue;
      const m = accept(e, i, end, input, sentenceStart, headline, season, kb, taken);
      if (!m) continue;
      out.push(m);
      for (let k = i; k < end; k++) taken[k] = 1;
      return end;
    }
    return -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || taken[i]) continue;
    // "Schindler's List": a title may hold a possessive, keyed with it.
    const withOwn = t.possessive ? lex.starts(t.norm + "'s") : undefined;
    const starts = withOwn ?? lex.starts(t.norm);
    if (!starts) continue;
    const pairs = starts.pairs;
    // ("Baker's" without a title keyed "baker's" starts only one-word names: "Baker's Anora" is two mentions.)
    const next = pairs && (!t.possessive || withOwn) ? nextToken(tokens, i) : undefined;
    let end = -1;
    if (next) {
      // "Baker's Anora" tries "baker" ("Sean Baker"); "Schindler's List" tries "schindler's".
      if (next.possessive) end = tryEntries(pairs!.get(`${next.norm}'s`), i);
      if (end < 0) end = tryEntries(pairs!.get(next.norm), i);
      // "Robert L. Surtees": the name as the data writes it, without the middle initial.
      const n = end < 0 ? tokens.indexOf(next, i + 1) : -1;
      if (n > 0 && isInitial(tokens, n)) end = tryEntries(pairs!.get(tokens[n + 2].norm), i);
    }
    if (end < 0) end = tryEntries(starts.single, i);
    if (end > 0) i = end - 1;
  }
  addFamilyFirst(out, tokens, taken, headline, lex, kb);
  addSurnames(out, tokens, taken, lex, kb, input.surname);
  addShortTitles(out, tokens, taken, kb, input.surname);
  addSlippedTitles(out, tokens, taken, kb, input.docCeremony);
  return hyphenated(out, tokens, kb).sort((a, b) => a.start - b.start);
}

interface Season {
  ceremony?: number;
  films: Set<number>;
  people: Set<number>;
}

const seasonCache = new WeakMap<KnowledgeBase, Map<number | undefined, Season>>();

/** Films and people of the article's ceremony, built once per ceremony. */
function seasonOf(kb: KnowledgeBase, ceremony?: number): Season {
  let byCeremony = seasonCache.get(kb);
  if (!byCeremony) seasonCache.set(kb, (byCeremony = new Map()));
  let season = byCeremony.get(ceremony);
  if (!season) byCeremony.set(ceremony, (season = buildSeason(kb, ceremony)));
  return season;
}

function buildSeason(kb: KnowledgeBase, ceremony?: number): Season {
  const films = new Set<number>();
  const people = new Set<number>();
  if (ceremony !== undefined) {
    const nom = kb.data.nominations;
    for (const i of kb.nominationsAt(ceremony)) {
      for (const f of nom.films[i]) films.add(f);
      for (const p of nom.people[i]) people.add(p);
    }
  }
  return { ceremony, films, people };
}

/** The next word after token i, across joiners (":" in "Dune: Part Two"), as the lexicon keys it. */
function nextToken(tokens: Token[], i: number): Token | undefined {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (tokens[k].word || tokens[k].raw === "&") return tokens[k]; // "Julie & Julia": "&" is the title's "and"
    if (!JOINERS.has(tokens[k].raw) && tokens[k].raw !== ".") return undefined;
  }
  return undefined;
}

/** Token index just past the match of entry e starting at i, or -1. */
function matchWords(tokens: Token[], taken: Uint8Array, i: number, e: LexEntry): number {
  let k = i;
  for (let w = 0; w < e.words.length; w++) {
    if (w > 0) {
      // "Baker's Anora" is two mentions; "Schindler's List" one, whose key holds the "'s".
      if (tokens[k - 1].possessive && !e.words[w - 1].endsWith("'s")) return -1;
      // Allow joiners ("Dune: Part Two") and an initial's full stop ("D.J."), nothing else.
      let gap = 0;
      // ("Julie & Julia": an ampersand is the entry's "and", not a joiner.)
      while (k < tokens.length && !tokens[k].word && !(tokens[k].raw === "&" && e.words[w] === "and")) {
        const raw = tokens[k].raw;
        const prev = tokens[k - 1];
        const okStop = raw === "." && prev.word && (prev.raw.length <= 2 || /^(Jr|Sr|St|Dr|Mr|Mrs|Ms)$/.test(prev.raw));
        if (!JOINERS.has(raw) && !okStop) return -1;
        // ("prizes for art direction, sound, editing": a comma parts a list of categories, never joins one.)
        if (raw === "," && e.category) return -1;
        if (++gap > 2) return -1;
        k++;
      }
      if (k >= tokens.length || tokens[k].breaks >= 2) return -1;
      // "Robert L. Surtees" for the data's "Robert Surtees": a middle initial the data leaves out.
      if (
        tokens[k].raw.length === 1 &&
        isInitial(tokens, k) &&
        tokens[k].norm !== e.words[w] &&
        e.people.length &&
        !e.films.length
      ) {
        k += 2;
        if (k >= tokens.length || tokens[k].breaks > 0) return -1;
      }
    }
    const word = tokens[k]?.possessive && e.words[w].endsWith("'s") ? tokens[k].norm + "'s" : tokens[k]?.norm;
    if (k >= tokens.length || taken[k] || word !== e.words[w]) return -1;
    k++;
  }
  return k;
}

/** A capital letter and its full stop, written close: "L." */
function isInitial(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const stop = tokens[k + 1];
  return t.word && t.raw.length === 1 && t.cap && stop?.raw === "." && stop.start === t.end && !!tokens[k + 2]?.word;
}

function capsMatch(tokens: Token[], i: number, end: number, e: LexEntry, person: boolean): boolean {
  let w = 0;
  for (let k = i; k < end; k++) {
    const t = tokens[k];
    // ("Julie & Julia": the ampersand is the entry's word "and".)
    if (!t.word && t.raw !== "&") continue;
    // "Bong Joon-ho" for the data's "Bong Joon Ho": after a hyphen inside a name, lower case is usual.
    const hyphen = person && k > i && tokens[k - 1].raw === "-" && tokens[k - 1].end === t.start;
    const needCap = !hyphen && ((e.caps & (1 << w)) !== 0 || (w === 0 && !person));
    const particle = person && PERSON_PARTICLES.has(t.norm) && w > 0;
    if (needCap && !particle && !t.cap && !isDigit(t.raw)) return false;
    w++;
  }
  return true;
}

function quoted(tokens: Token[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  let after = tokens[end];
  // A possessive on the last word sits inside the quotes: "Anora's" is rare; allow 'Anora'.
  // "“The Silence of the Lambs,” the thriller": a full stop or comma inside the closing quote.
  const stop = after && (after.raw === "." || after.raw === ",") && after.start === tokens[end - 1].fullEnd;
  if (stop && tokens[end + 1] && CLOSE_QUOTES.has(tokens[end + 1].raw)) after = tokens[end + 1];
  const closes = !!after && (after.start === tokens[end - 1].fullEnd || (stop && after.start === tokens[end].end));
  // (A curly close quote with its opening lost at the very start of the text or a line: "Rocky” and …".)
  const lostOpening = (!before || before.breaks > 0 || tokens[i].breaks > 0) && after?.raw === "\u201d";
  return (
    !!after &&
    CLOSE_QUOTES.has(after.raw) &&
    closes &&
    (lostOpening || (!!before && OPEN_QUOTES.has(before.raw) && before.end === tokens[i].start))
  );
}

/** Words before "in" that make what follows a place: "died in", "was born in", "grew up in". */
const PLACE_VERB = /\b(?:died|born|lived|grew up|raised|settled|moved|based|buried)\b(?:\s+\S+){0,3}\s+in\s+$/;
/** Nouns after a place's name: "the San Francisco supervisor", "a Philadelphia native". */
const PLACE_NOUN =
  /^\s+(?:supervisor|mayor|native|resident|office|bureau|police|district|area|bay|suburb|apartment)s?\b/;

function placeNamed(text: string, start: number, end: number): boolean {
  // (Cheap tests first: most titles follow no "in " and precede no lowercase noun.)
  const afterIn = text.charCodeAt(start - 1) === 32 && text.slice(start - 3, start - 1) === "in";
  if (afterIn && PLACE_VERB.test(text.slice(Math.max(0, start - 40), start))) return true;
  const lower = text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) >= 97 && text.charCodeAt(end + 1) <= 122;
  return lower && PLACE_NOUN.test(text.slice(end, end + 16));
}

/** The award named with a bare category word: "the Oscar for makeup", "the editing award". */
const AWARD_WORDS = new Set(["oscar", "award", "statuette", "prize", "trophy"]);
/** Words of competing before "in lead", "in supporting" (trade shorthand for the acting races). */
const RACE_WORDS = /^(?:w[io]ns?|winning|nominated|nominations?|nods?|noms?|compet(?:e[sd]?|ing)|contention)$/;
/** "a supporting role", "the lead actor": the word describes a part, not a race. */
const PART_WORDS =
  /^(?:roles?|parts?|actor|actress|actors|actresses|performers?|performances?|cast|characters?|players?)$/;
/** The acting groups said by one word ("lead", "supporting"): a category only as "won in lead". */
const GROUP_WORDS = new Set(["lead", "supporting"]);

/** "won in lead", "a nod in supporting": the one-word group after "in" and a word of competing. */
function inRace(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.word && PART_WORDS.test(next.norm)) return false;
  return tokens[i - 1]?.norm === "in" && RACE_WORDS.test(tokens[i - 2]?.norm ?? "");
}

function accept(
  e: LexEntry,
  i: number,
  end: number,
  input: DetectInput,
  sentenceStart: Uint8Array,
  headline: Uint8Array,
  season: Season,
  kb: KnowledgeBase,
  taken: Uint8Array,
): Mention | undefined {
  const { tokens } = input;
  const first = tokens[i];
  const lastTok = tokens[end - 1];
  const words = e.words.length;
  const isQuoted = quoted(tokens, i, end);
  const titleCased = headline[i] === 1;
  // In a title-case headline every word is capitalised: treat each like a sentence start.
  const initial = sentenceStart[i] === 1 || titleCased;
  const next = tokens[end];
  // ("and Nomadland Best Picture": a category after the title is no second name.)
  const nextIsName =
    !titleCased && !!next && next.word && next.cap && next.breaks === 0 && !lastTok.possessive && next.norm !== "best";
  // (Mentions below are Object.assign({ kind }, base, { … }), not literals spreading base then adding
  // fields: V8's slow path, see extend.)
  const base = {
    start: first.start,
    end: lastTok.end,
    first: i,
    last: end,
    text: input.text.slice(first.start, lastTok.end),
    possessive: lastTok.possessive,
  };

  if (e.category) {
    // ("the Spirit Award for best first screenplay", "Best First Feature": another body's category of debuts.)
    if (tokens[i - 1]?.norm === "first" && tokens[i - 2]?.norm === "best") return undefined;
    if (words === 1 && GROUP_WORDS.has(e.category)) {
      if (!inRace(tokens, i)) return undefined;
      return Object.assign({ kind: "category" as const }, base, { ids: [], category: e.category, explicit: true });
    }
    const capitalised = first.cap;
    // "the Oscar for makeup", "the sound award": a bare word named as the award is the category.
    const named =
      e.bare &&
      ((AWARD_WORDS.has(tokens[i - 2]?.norm ?? "") && tokens[i - 1]?.norm === "for") ||
        (AWARD_WORDS.has(next?.norm ?? "") && next!.breaks === 0 && tokens[i - 1]?.norm === "the"));
    if (named)
      return Object.assign({ kind: "category" as const }, base, { ids: [], category: e.category, explicit: true });
    const explicit = !e.bare && (capitalised || first.norm === "best" || words >= 2);
    if (e.bare && !capitalised && words === 1) {
      return Object.assign({ kind: "category" as const }, base, { ids: [], category: e.category, explicit: false });
    }
    if (e.bare && capitalised && (e.words.length === 1 || initial)) {
      // "Director Sean Baker", "Editing" at a sentence start: too weak alone.
      return Object.assign({ kind: "category" as const }, base, { ids: [], category: e.category, explicit: false });
    }
    return Object.assign({ kind: "category" as const }, base, { ids: [], category: e.category, explicit });
  }

  // ("died on Friday in San Francisco", "the San Francisco supervisor": a title that names a place, unquoted.)
  if (e.films.length && !isQuoted && placeNamed(input.text, first.start, lastTok.end)) return undefined;
  // ('Jewison's Cold War farce "The Russians Are Coming"': a title before a genre and the film's own title
  // describes the film.)
  if (e.films.length && !e.people.length && !isQuoted && describesTitle(tokens, end)) return undefined;

  // People first when the season says so; a film otherwise.
  let people = e.people;
  let films = e.films;
  // Filter only when needed: most names are all in season or all out of it.
  const seasonPeople =
    people.length === 0
      ? people
      : people.every((p) => season.people.has(p))
        ? people
        : people.filter((p) => season.people.has(p));
  const seasonFilms =
    films.length === 0
      ? films
      : films.every((f) => season.films.has(f))
        ? films
        : films.filter((f) => season.films.has(f));
  if (seasonPeople.length) people = seasonPeople;
  // "Titanic (1997)", "1997's Titanic": a year beside a shared title picks the version, over the season's
  // ("3. A Star Is Born (1976)" in a piece on the 27th).
  const dated =
    films.length > 1
      ? (byYear(kb, films, yearNear(tokens, i, end)) ??
        byMaker(kb, films, tokens, i) ??
        bySentenceNight(kb, films, input, i))
      : undefined;
  if (dated) films = dated;
  else if (seasonFilms.length) films = seasonFilms;

  if (people.length && (seasonPeople.length || !seasonFilms.length)) {
    if (capsMatch(tokens, i, end, e, true) || isQuoted) {
      const single = words === 1;
      if (!single || (seasonPeople.length > 0 && !initial && !nextIsName)) {
        return Object.assign({ kind: "person" as const }, base, { ids: people, explicit: true, via: "name" as const });
      }
    }
  }
  if (films.length) {
    // '"The Morning After" from The Poseidon Adventure', 'the song "Shallow"': a song, not a film.
    if (songTitle(kb, tokens, i, end) || songOfTheSentence(kb, tokens, i, end)) return undefined;
    // "the comedian Lenny Bruce", "the singer Judy Garland": a person named, not a film of that title.
    if (!isQuoted && PERSON_NOUNS.has(tokens[i - 1]?.norm ?? "") && words >= 2) return undefined;
    if (!isQuoted && !capsMatch(tokens, i, end, e, false)) return undefined;
    if (!isQuoted && e.words.every((w) => AWARDS_WORDS.has(w))) return undefined;
    const ordinary = films.every((f) => kb.data.films[f].ordinary);
    const weak = ordinary || words === 1;
    // "Vincent Van Gogh": a title ending a longer capitalised name we do not know is part of that name.
    const before = tokens[i - 1];
    const partOfName =
      !isQuoted &&
      !titleCased &&
      !sentenceStart[i] &&
      !!before?.word &&
      before.cap &&
      !before.possessive &&
      !taken[i - 1] &&
      first.breaks === 0 &&
      !ARTICLE_WORDS.has(first.norm) && // ("… Western The Power of the Dog": a title opened by "The" starts anew.)
      // ("Did Forrest Gump …", "The KPop Demon Hunters team …": a sentence's opening word is no part of a name.)
      !openerBefore(tokens, sentenceStart, i);
    if (partOfName && words >= 2) return undefined;
    // ("the film's 38-year-old producer": a number joined to a word by a hyphen is a compound modifier.)
    const joined = words === 1 && /^\d+$/.test(first.raw) && next?.raw === "-" && next.start === lastTok.end;
    if (joined && !isQuoted) return undefined;
    // ("Awards: Nine, including Best Picture": a number word after a count's label is the count, not the film "Nine".)
    const label = tokens[i - 2]?.norm ?? "";
    if (words === 1 && tokens[i - 1]?.raw === ":" && COUNT_LABELS.has(label) && numberValue(first.norm) !== undefined)
      return undefined;
    // ("won the Oscar for his Joker": a one-word title after "his" or "her" is the part played, not the film.)
    if (!isQuoted && words === 1 && /^(?:his|her)$/.test(tokens[i - 1]?.norm ?? "")) return undefined;
    // ("Lanthimos's Frankenstein fantasia": a one-word title before a noun of kind describes another work.)
    if (!isQuoted && words === 1 && next && !next.cap && kindOfWork(tokens, end)) return undefined;
    // ("Pixar's third Toy Story": an ordinal before a title counts the films of its series, a later one.)
    if (!isQuoted && SERIES_ORDINAL.test(tokens[i - 1]?.norm ?? "") && !tokens[i - 1].cap) return undefined;
    // ("the four Toy Story films", "the Godfather trilogy": a title before a plural of its kind names a series.)
    // (Not a verb: "Minari films a family farm" has no determiner before the title.)
    const series = /^(?:the|these|those|all|both|\d+|two|three|four|five|six)$/.test(tokens[i - 1]?.norm ?? "");
    if (!isQuoted && next && !next.cap && SERIES_OF.has(next.norm) && (series || !!tokens[i - 1]?.possessive))
      return undefined;
    if (!weak || isQuoted) return Object.assign({ kind: "film" as const }, base, { ids: films, explicit: true });
    // ("Birdman (2014)", "Nomadland (93rd, 2021)": a year or a night in brackets after it.)
    const yearAfter =
      next?.raw === "(" && /^(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th))$/.test(tokens[end + 1]?.raw ?? "");
    // "Gone With the Wind (8 wins)", "The Song of Bernadette (10)": a count in brackets after it, as in a tally.
    const countAfter =
      next?.raw === "(" &&
      /^\d{1,2}$/.test(tokens[end + 1]?.raw ?? "") &&
      /^(?:\)|wins?|nominations?|nods?|oscars?|awards?)$/.test(tokens[end + 2]?.norm ?? "");
    // "Kieran Culkin (A Real Pain)": a title alone in brackets after a name is the name's film.
    const bracketed =
      tokens[i - 1]?.raw === "(" &&
      next?.raw === ")" &&
      !!tokens[i - 2]?.word &&
      tokens[i - 2].cap &&
      !/^\d+$/.test(first.raw);
    // ("Pesci's Tommy DeVito": a name goes on after a one-word title; "Nolan's Oppenheimer Oscar sweep" is no name.)
    const nameGoesOn = nextIsName && !AWARDS_WORDS.has(next!.norm);
    // ("nominated for 12 Oscars", "The Sting's 10 nominations": a number before a count's noun is the count,
    // not the film "12".)
    const counted =
      /^\d+$/.test(first.raw) &&
      (COUNTED_NOUN.test(next?.norm ?? "") || COUNTED_NOUN.test(tokens[end + 1]?.norm ?? ""));
    // "the film Flow", "Milos Forman's Amadeus": the word before says a title follows.
    // "Cameron's epic, Titanic, which …": the noun may stand before an appositive comma.
    const nounBefore = tokens[i - 1]?.raw === "," ? tokens[i - 2] : tokens[i - 1];
    const cueBefore =
      FILM_NOUNS.test(nounBefore?.norm ?? "") ||
      // ("Joe Pesci's Tommy DeVito": a one-word title that a capitalised name goes on from is that name.)
      (!!tokens[i - 1]?.possessive && tokens[i - 1].cap && !initial && !(words === 1 && nameGoesOn) && !counted) ||
      (!!tokens[i - 1] && /^\d{4}$/.test(tokens[i - 1].raw) && tokens[i - 1].possessive);
    // "for The Iron Lady": several words, each capitalised, mid-sentence, is a title in any year.
    // ("In the Bedroom": title case leaves the short words inside in lower case.)
    const titled = words >= 2 && !initial && first.cap && inTitleCase(tokens, i, end);
    // "his second Oscar came for Milk", "a nomination for Lincoln": what an award or nomination is for.
    // ("won best actor for Arthur Fleck in Joker": a one-word title a capitalised name goes on from is the name.)
    const awardFor =
      tokens[i - 1]?.norm === "for" &&
      !initial &&
      !counted &&
      !(words === 1 && nameGoesOn && !isQuoted) &&
      (AWARD_FOR.has(tokens[i - 2]?.norm ?? "") ||
        // ("won Best Actor at the 64th for Philadelphia", "… at the Academy Awards for Parasite".)
        /^(?:\d{1,3}(?:st|nd|rd|th)|awards|oscars|ceremony)$/.test(tokens[i - 2]?.norm ?? "") ||
        AWARD_FOR.has(tokens[i - 3]?.norm ?? "") ||
        AWARD_FOR.has(tokens[i - 4]?.norm ?? "") ||
        forAfterWinner(tokens, i));
    // ("the guild gave its cast award to Conclave", "BAFTA chose Conclave as best film": what a prize went to.)
    const awardTo =
      !initial &&
      ((tokens[i - 1]?.norm === "to" && /^(?:award|prize|honou?r|trophy|statuette)$/.test(tokens[i - 2]?.norm ?? "")) ||
        (/^(?:chose|picked|crowned)$/.test(tokens[i - 1]?.norm ?? "") && tokens[end]?.norm === "as"));
    // "Peter Finch played Howard Beale in Network": the film a role is played in.
    // ("as the stuntman Cliff Booth in Once Upon a Time…": not a word that a longer capitalised title goes on from.)
    const goesOn = words === 1 && !!next?.word && next.cap;
    const roleIn = tokens[i - 1]?.norm === "in" && !initial && !goesOn && playedBefore(tokens, i - 1);
    const made = !initial && madeBefore(tokens, i);
    const rival = !initial && (rivalBefore(tokens, i) || givenPrize(tokens, i, end));
    const labelled = afterLabel(tokens, i, end);
    // ("Then there is Amadeus, for which X adapted his play", "Chicago, in which she played Velma": a work.)
    const workAfter =
      next?.raw === "," &&
      /^(?:for|in)$/.test(tokens[end + 1]?.norm ?? "") &&
      tokens[end + 2]?.norm === "which" &&
      !ordinary;
    const cued =
      yearAfter || countAfter || cueBefore || bracketed || titled || awardFor || awardTo || roleIn || workAfter;
    if (cued || made || rival || labelled)
      return Object.assign({ kind: "film" as const }, base, { ids: films, explicit: true });
    // "Titanic won 11 Oscars": a title that acts as a film does is one, whatever the year.
    // ("A Beautiful Mind's four wins": a title of several words that owns something acts as one.)
    const acts =
      (!!next && FILM_VERBS.has(next.norm) && next.breaks === 0 && !NOT_TITLES.has(first.norm) && !tally(tokens, i)) ||
      (words >= 2 && lastTok.possessive) ||
      // ("Encanto's win for best animated feature": a one-word title owning a win or a nomination.)
      (words === 1 && lastTok.possessive && !!next && OWNED_AWARD.test(next.norm)) ||
      // ("Anora, Sean Baker's film, won": an appositive naming it a maker's film, or a kind of film.)
      makersFilmAfter(tokens, end) ||
      kindAfter(tokens, end) ||
      // ("before Moonlight, with three Oscars, took the prize back": a count of awards set off after it.)
      withCountAfter(tokens, end);
    // "Slumdog Millionaire, a joyous story, …": a capitalised title set off by an aside.
    const capitalisedTitle = words >= 2 && !titleCased && (e.caps & (e.caps - 1)) !== 0;
    const aside = !!next && (next.raw === "," || next.raw === "-" || next.raw === "\u2013" || next.raw === "\u2014");
    if (!seasonFilms.length && !acts && !(capitalisedTitle && aside)) return undefined;
    if (words === 1 && nextIsName) return undefined; // "Maria Callas", "Anora 'Ani' Mikheeva" handled by caller quotes
    const prev = tokens[i - 1];
    if (
      words === 1 &&
      !titleCased &&
      prev &&
      prev.word &&
      prev.cap &&
      first.breaks === 0 &&
      !sentenceStart[i] &&
      !prev.possessive &&
      !openerBefore(tokens, sentenceStart, i)
    )
      return undefined;
    if (words === 1 && !titleCased && insideTitle(tokens, i)) return undefined; // "Return of the King"
    if (initial && ordinary) {
      // "Avatar - the highest grossing film ever - won": an aside after the title also shows it;
      // "Hurt Locker blasts …": two capitalised words of a season's title are no sentence's ordinary opening.
      // In a title-case line the capitals say nothing, but a season's full title of two words or more still holds.
      const inSeason = words >= 2 && (e.caps & (e.caps - 1)) !== 0 && seasonFilms.length > 0;
      const cue = lastTok.possessive || inSeason || (next && (FILM_VERBS.has(next.norm) || aside));
      if (!cue) return undefined;
    }
    if (prev && /^as$/.test(prev.norm) && words === 1) return undefined; // "as Anora": the character
    return Object.assign({ kind: "film" as const }, base, { ids: films, explicit: true });
  }
  return undefined;
}

/** ", with three Oscars", ", with eight nominations" right after the title at `end`. */
function withCountAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.raw !== "," || tokens[end + 1]?.norm !== "with") return false;
  const n = tokens[end + 2];
  return (
    !!n &&
    (/^\d{1,2}$/.test(n.raw) || numberValue(n.norm) !== undefined) &&
    COUNTED_NOUN.test(tokens[end + 3]?.norm ?? "")
  );
}

const SERIES_ORDINAL = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|next)$/;
const SERIES_OF = new Set([
  "films",
  "movies",
  "pictures",
  "installments",
  "instalments",
  "entries",
  "trilogy",
  "series",
  "franchise",
  "saga",
  "cycle",
]);

/** The lower-case noun at `end` names a kind of work ("fantasia"; "follow-up" comes as three tokens). */
function kindOfWork(tokens: Token[], end: number): boolean {
  if (KIND_OF_WORK.has(tokens[end].norm)) return true;
  return tokens[end + 1]?.raw === "-" && KIND_OF_WORK.has(`${tokens[end].norm}-${tokens[end + 2]?.norm ?? ""}`);
}

/** Nouns of a kind of work a one-word title may describe: "a Frankenstein fantasia", "the Dracula story". */
const KIND_OF_WORK = new Set([
  ...["fantasia", "fantasy", "tale", "story", "saga", "riff", "retelling", "update", "pastiche", "homage", "parody"],
  ...["spoof", "myth", "legend", "mythos", "franchise", "universe", "novel", "book", "character", "monster", "figure"],
  ...["sequel", "prequel", "remake", "reboot", "follow-up", "spin-off", "spinoff", "series", "adaptation"],
]);

/**
 * "Visual Effects: Contact", "Makeup: Brazil.": a title alone after a short label and a colon at a line's
 * (or sentence's) start, ending its entry, is the entry's film.
 */
function afterLabel(tokens: Token[], i: number, end: number): boolean {
  // ("Oscar Nominations: 10": a number after a label is the label's value, not the film "10".)
  if (tokens[i - 1]?.raw !== ":" || /^\d+$/.test(tokens[i].raw)) return false;
  const closes = (t: Token | undefined) => !t || t.breaks > 0 || /^[,.;(\u2014\u2013-]$/.test(t.raw);
  if (!closes(tokens[end])) return false;
  let k = i - 2;
  let words = 0;
  for (; k >= 0 && words <= 5; k--) {
    const t = tokens[k];
    if (!t.word) return t.raw === "." || t.raw === ":" || /^\d/.test(t.raw);
    words++;
    if (t.breaks > 0) return true;
  }
  return k < 0 && words <= 5;
}

/**
 * "Zeta-Jones", "Spider-Man": the word after a hyphen inside a word is no name or title of its own; a surname
 * whose person's name ends with the whole word ("Day-Lewis" for Daniel Day Lewis) takes the word in.
 */
function hyphenated(out: Mention[], tokens: Token[], kb: KnowledgeBase): Mention[] {
  const kept: Mention[] = [];
  for (const m of out) {
    const dash = tokens[m.first - 1];
    const word = tokens[m.first - 2];
    if (dash?.raw !== "-" || dash.end !== m.start || !word?.word || word.end !== dash.start) {
      kept.push(m);
      continue;
    }
    const whole = `${word.norm} ${m.text.toLowerCase()}`;
    const named = (id: number) => fold(kb.data.people[id].name.replace(/-/g, " ")).endsWith(whole);
    if (m.kind === "person" && m.ids.some(named))
      kept.push({
        ...m,
        ids: m.ids.filter(named),
        start: word.start,
        first: m.first - 2,
        text: `${word.raw}-${m.text}`,
      });
  }
  return kept;
}

/** "lost to Moonlight", "beating Lion": what a race was lost to or won over is a rival, a title when it is one. */
function rivalBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? "";
  return (prev === "to" && LOSING.has(tokens[i - 2]?.norm ?? "")) || BEATING_WORDS.has(prev);
}

/**
 * "the jury handed Parasite the Palme d'Or", "BAFTA gave Gravity best film": a title given a prize by name,
 * the object of a verb of giving with the prize right after it.
 */
function givenPrize(tokens: Token[], i: number, end: number): boolean {
  if (!GIVING.has(tokens[i - 1]?.norm ?? "")) return false;
  const next = tokens[end]?.norm ?? "";
  if (next === "best" || next === "its") return true;
  const prize = tokens.slice(end + 1, end + 4).some((t) => PRIZE_WORDS.has(t.norm));
  return next === "the" && prize;
}

const GIVING = new Set(["gave", "handed", "awarded", "presented"]);
const PRIZE_WORDS = new Set(["prize", "award", "palme", "golden", "oscar", "statuette", "lion", "bear", "top"]);
const COUNT_LABELS = new Set(["awards", "oscars", "wins", "won", "nominations", "nods", "line", "tally", "count"]);
const LOSING = new Set(["lost", "losing", "lose", "loses"]);
const BEATING_WORDS = new Set(["beat", "beating", "beats", "defeated", "defeating", "edging"]);

/**
 * "Three wins from 21 nominations": a number word before "wins" used as a noun (no object after it)
 * is a count, not the film "Three" winning.
 */
function tally(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.norm !== "wins" || numberValue(tokens[i].norm) === undefined) return false;
  const after = tokens[i + 2];
  return !after || (!after.cap && !WIN_OBJECT.test(after.norm) && numberValue(after.norm) === undefined);
}

const WIN_OBJECT = /^(?:\d+|an?|the|its|his|her|their|best|big|top|every|all|both|oscars?|awards?)$/;

/** "Return of the King", "Planet of the Apes": a word joined by "of (the)" to a capitalised word ends a longer name. */
function insideTitle(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.raw === "the" || tokens[k]?.raw === "a") k--;
  if (tokens[k]?.raw !== "of" || k === i - 1) return false;
  const head = tokens[k - 1];
  return !!head && head.word && head.cap && !head.possessive;
}

/** Every word capitalised but the short ones inside ("In the Bedroom", "Gone with the Wind"). */
function inTitleCase(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const t = tokens[k];
    if (t.word && !t.cap && (k === i || k === end - 1 || !TITLE_MINOR.has(t.norm))) return false;
  }
  return tokens[end - 1].cap;
}

const TITLE_MINOR = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from"]);

/** The year written right after a title in brackets, or before it as "1997's". */
function yearNear(tokens: Token[], i: number, end: number): number | undefined {
  const after = tokens[end]?.raw === "(" ? tokens[end + 1]?.raw : undefined;
  const before = tokens[i - 1]?.possessive ? tokens[i - 1].raw : undefined;
  const y = [after, before].find((x) => x && /^(19|20)\d\d$/.test(x));
  return y ? Number(y) : undefined;
}

/** Of films sharing a title, those a year names (held that year or honouring its films). */
function byYear(kb: KnowledgeBase, films: number[], year: number | undefined): number[] | undefined {
  if (year === undefined) return undefined;
  const hit = competedAt(kb, films, new Set(kb.ceremoniesOfYear(year)));
  return hit.length ? hit : undefined;
}

/** The films that competed at one of the nights. */
function competedAt(kb: KnowledgeBase, films: number[], nights: ReadonlySet<number>): number[] {
  return films.filter((f) => kb.ceremoniesOfFilm(f).some((c) => nights.has(c)));
}

/**
 * "Little Women had won best adapted screenplay in 1934", in a piece on the 2019 film: of films sharing a title,
 * those that competed on a night the sentence names, over the season's.
 */
function bySentenceNight(kb: KnowledgeBase, films: number[], input: DetectInput, i: number): number[] | undefined {
  const s = input.sentences.find((x) => x.first <= i && i < x.last);
  if (!s) return undefined;
  const nights = new Set(
    input.ceremonies.filter((m) => m.start >= s.start && m.end <= s.end && m.ids.length).flatMap((m) => m.ids),
  );
  // ("… in 1934": a year after "in" names the nights held that year or honouring its films.)
  for (let k = s.first + 1; k < s.last; k++) {
    if (input.tokens[k - 1].norm !== "in" || !/^(?:19|20)\d\d$/.test(input.tokens[k].raw)) continue;
    for (const c of kb.ceremoniesOfYear(Number(input.tokens[k].raw))) nights.add(c);
  }
  if (!nights.size) return undefined;
  const hit = competedAt(kb, films, nights);
  return hit.length && hit.length < films.length ? hit : undefined;
}

/**
 * "Laurence Olivier's 'Hamlet'": of a title several films share, the one a nominee of that surname is
 * credited on, when one is.
 */
function byMaker(kb: KnowledgeBase, films: number[], tokens: Token[], i: number): number[] | undefined {
  let p = i - 1;
  while (p > 0 && !tokens[p].word && /^["'\u201c\u2018]$/.test(tokens[p].raw)) p--;
  const owner = tokens[p];
  if (!owner?.possessive || !owner.cap) return undefined;
  const nom = kb.data.nominations;
  const surnameOn = (f: number) =>
    kb.nominationsOfFilm(f).some((r) => nom.people[r].some((x) => personSurname(kb, x) === owner.norm));
  const hit = films.filter(surnameOn);
  return hit.length === 1 ? hit : undefined;
}

const personSurname = (kb: KnowledgeBase, x: number) => wordsOf(kb.data.people[x].name).split(" ").pop();

/** "Baker" after "Sean Baker" in the same draft. */
function addSurnames(
  out: Mention[],
  tokens: Token[],
  taken: Uint8Array,
  lex: Lexicon,
  kb: KnowledgeBase,
  carried?: (key: string) => number[] | undefined,
): void {
  const seen = new Map<string, { person: number[]; at: number }>();
  const full = out.filter((m) => m.kind === "person");
  for (const m of full) {
    const keys = [surnameOf(tokens, m.first, m.last)];
    if (m.last - m.first >= 2 && m.via === "name") keys.push(givenKey(tokens[m.first]));
    for (const key of keys) {
      const prior = seen.get(key);
      if (prior && prior.person.join() !== m.ids.join()) seen.set(key, { person: [], at: prior.at });
      else if (!prior) seen.set(key, { person: m.ids, at: m.start });
    }
  }
  // "Ali won best supporting actor" after "Mahershala Ali": an unquoted one-word title that is the
  // surname of a person named in full is that person, not the film ("Ali", 2001).
  for (let n = 0; n < out.length; n++) {
    const m = out[n];
    if (m.kind !== "film" || m.last - m.first !== 1) continue;
    const t = tokens[m.first];
    if (!lex.surnames.has(t.norm) || OPEN_QUOTES.has(tokens[m.first - 1]?.raw ?? "")) continue;
    const s = combine(seen.get(t.norm), carried?.(t.norm), t.start);
    if (!s || s.person.length === 0 || !lex.surnames.get(t.norm)?.some((p) => s.person.includes(p))) continue;
    out[n] = { ...m, kind: "person", ids: s.person, via: "surname", explicit: true };
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || !t.word || !t.cap || !lex.surnames.has(t.norm)) continue;
    const s = combine(seen.get(t.norm), carried?.(t.norm), t.start);
    if (!s || s.person.length === 0) continue;
    if (!lex.surnames.get(t.norm)?.some((p) => s.person.includes(p))) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // (A capitalised word after it goes on with the name, unless another mention holds it: "and Griffith
    // Supporting Actor as …" is the surname, then a category.)
    if (!t.possessive && next && next.word && next.cap && next.breaks === 0 && !taken[i + 1]) continue;
    // ("March 28, 1977:", "on 4 March" after Fredric March: a month's name beside a day is a date.)
    if (
      MONTH_NAMES.has(t.norm) &&
      (/^\d{1,2}(?:st|nd|rd|th)?$/.test(next?.raw ?? "") || /^\d{1,2}$/.test(prev?.raw ?? ""))
    )
      continue;
    // ("De Niro", "Del Toro" after "Robert De Niro", "Guillermo del Toro": the particle is the surname's.)
    // (Not "the other Del Toro, Guillermo": someone else of the surname.)
    const other = /^(?:other|different|another)$/.test(tokens[i - 2]?.norm ?? "");
    if (prev && !taken[i - 1] && prev.breaks === 0 && !other && particleOf(kb, s.person, prev.norm)) {
      taken[i - 1] = taken[i] = 1;
      const m = shortName(t, i, s.person);
      out.push({ ...m, start: prev.start, first: i - 1, text: `${prev.raw} ${t.raw}` });
      continue;
    }
    // ("a season that Return of the King had dominated" after "Peter King": the end of a title.)
    if (prev?.norm === "the" && tokens[i - 2]?.norm === "of" && tokens[i - 3]?.cap && !taken[i - 3]) continue;
    if (
      prev &&
      prev.word &&
      prev.cap &&
      prev.breaks === 0 &&
      !prev.possessive &&
      !taken[i - 1] &&
      !/^(director|producer|actor|actress|star|writer|filmmaker|miss|mr|mrs|ms|mx|dr)$/.test(prev.norm) &&
      !OPENERS.has(prev.norm)
    )
      continue;
    taken[i] = 1;
    out.push(shortName(t, i, s.person));
  }
  // ("Ryan and Zinzi Coogler": two of one family, each with the surname and Ryan by his first name.)
  for (const m of addSharedSurnames(out, tokens, taken, lex)) {
    const surname = surnameOf(tokens, m.first + 2, m.first + 4);
    seen.set(surname, { person: [], at: Math.min(m.start, seen.get(surname)?.at ?? m.start) });
    const given = givenKey(tokens[m.first]);
    if (!seen.has(given)) seen.set(given, { person: m.ids, at: m.start });
  }
  addGivenNames(out, tokens, taken, kb, (key, at) => combine(seen.get(key), carried?.(key), at));
}

/** Whether `word` is a particle ("de", "del", "van") standing right before the surname in one of these names. */
function particleOf(kb: KnowledgeBase, people: number[], word: string): boolean {
  if (!PARTICLES.has(word)) return false;
  return people.some((p) => {
    const words = wordsOf(kb.data.people[p].name).split(" ");
    return words[words.length - 2] === word;
  });
}

const PARTICLES = new Set(["de", "del", "della", "di", "da", "van", "von", "der", "le", "la", "du", "dos", "ter"]);

/** A surname's people: named in full earlier in this text, or before it; both and different: ambiguous. */
function combine(
  local: { person: number[]; at: number } | undefined,
  before: number[] | undefined,
  at: number,
): { person: number[] } | undefined {
  const here = local && local.at <= at ? local : undefined;
  if (before === undefined) return here;
  if (here && here.person.join() !== before.join()) return { person: [] };
  return { person: before };
}

/**
 * A title-case line ("Anora Conquers At The 97th Oscars"): capitals say nothing there.
 * Headlines capitalise short words too and do not end in a full stop; a sentence dense
 * with names ("Kieran Culkin won Best Supporting Actor for A Real Pain.") does.
 */
function isHeadline(tokens: Token[], first: number, last: number): boolean {
  // (Most sentences end in a full stop: no need to count their capitals.)
  const lastTok = last > first ? tokens[last - 1] : undefined;
  if (lastTok && !lastTok.word && (lastTok.raw === "." || lastTok.raw === "!" || lastTok.raw === "?")) return false;
  let words = 0;
  let caps = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (!t.word || t.raw.length < 2 || isDigit(t.raw)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}

export function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  const lo = firstEndingAfter(tokens, start, (t) => t.fullEnd);
  let last = lo;
  while (last < tokens.length && tokens[last].start < end) last++;
  return [lo, last];
}

/** Starts with a digit ("1997", "97th"). */
function isDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Song rows by their title folded to its words (a song category's detail): every song the data names. */
export function songRows(kb: KnowledgeBase): Map<string, number[]> {
  return kb.detailIndex(
    "songs",
    (i) => /song/.test(kb.keyOf(i)),
    (d) => [wordsOf(d)],
  );
}

/**
 * '"Glory" won Best Original Song', '"Mona Lisa" won Best Song': a quoted title the data knows as
 * a song, in a sentence that speaks of songs, is the song, not a film of that name.
 */
function songOfTheSentence(kb: KnowledgeBase, tokens: Token[], i: number, end: number): boolean {
  if (!quoted(tokens, i, end)) return false;
  let song = false;
  for (let k = end; k < tokens.length && k < end + 12 && tokens[k].breaks === 0 && !song; k++)
    song = tokens[k].norm === "song" || tokens[k].norm === "songs";
  if (!song) return false;
  return songRows(kb).has(wordsOf(titleText(tokens, i, end)));
}

const SONG_NOUN = /^(?:song|songs|ballad|anthem|tune|track|number|theme|love-theme)$/;

function songTitle(kb: KnowledgeBase, tokens: Token[], i: number, end: number): boolean {
  // The quotes around the words (a shorter title inside them counts too: "The Morning After").
  let open = i - 1;
  while (open >= 0 && open >= i - 6 && tokens[open].word) open--;
  let close = end;
  while (close < tokens.length && close < end + 6 && tokens[close].word) close++;
  // ('"Mona Lisa," by …': American style puts the comma inside the quotes; then only a song the data knows.)
  const inside = /^[,.]$/.test(tokens[close]?.raw ?? "") && CLOSE_QUOTES.has(tokens[close + 1]?.raw ?? "");
  if (inside) close++;
  if (!OPEN_QUOTES.has(tokens[open]?.raw ?? "") || !CLOSE_QUOTES.has(tokens[close]?.raw ?? "")) return false;
  const before = tokens[open - 1];
  if (before?.word && SONG_NOUN.test(before.norm)) return true;
  // ('won original song for "Remember Me,"': what the song prize was for is a song the data knows, unless a
  // film of that title had a song nominated ('best original song for "Philadelphia"').
  // (A comma may set the title off: 'won best song, for "Remember Me"'.)
  const prize = tokens[open - 2]?.raw === "," ? tokens[open - 3] : tokens[open - 2];
  if (before?.norm === "for" && SONG_NOUN.test(prize?.norm ?? "")) {
    const title = titleText(tokens, i, end);
    const songFilm = kb.filmsTitled(title).some((f) => kb.nominationsOfFilm(f).some((r) => /song/.test(kb.keyOf(r))));
    return songRows(kb).has(wordsOf(title)) && !songFilm;
  }
  let a = close + 1;
  while (a < tokens.length && !tokens[a].word && a - close < 3) a++;
  // ('"Mona Lisa," by Ray Evans and Jay Livingston, from F': the songwriters' credit may come first.)
  const credited = tokens[a]?.norm === "by";
  if (credited) {
    const comma = tokens.findIndex((t, k) => k > a && k < a + 12 && t.raw === ",");
    if (comma > 0) a = comma + 1;
  }
  // ('"The Morning After," the theme from F': an appositive naming a song, then its film.)
  const noun = /^(?:the|a)$/.test(tokens[a]?.norm ?? "") ? (tokens[a + 1]?.norm ?? "") : "";
  // ('"Chariots of Fire," the theme from Chariots of Fire': a theme may be the score's; only a known song is one.)
  const described = SONG_NOUN.test(noun) && (noun !== "theme" || songRows(kb).has(wordsOf(titleText(tokens, i, end))));
  if (described) a += 2;
  // ('"Mona Lisa", from the now-forgotten F': a film described first; then only a song the data knows.)
  const after = describedAfter(tokens, a + 1);
  const skipped = after > 0;
  const f = skipped ? after : a + 1;
  const film = OPEN_QUOTES.has(tokens[f]?.raw ?? "") ? tokens[f + 1] : tokens[f];
  if (tokens[a]?.norm !== "from" || !film?.cap) return false;
  const known = () => songRows(kb).has(wordsOf(titleText(tokens, i, end)));
  return skipped ? known() : (!inside && !credited) || described || known();
}

/** Words that describe a film before its title: "now-forgotten", "little-seen", "forgotten" (not "veteran"). */
const DESCRIBING = /-|(?:ed|en)$|^(?:now|little|long|once)$/;
/** Who, not what, a name after "from the" is ("from the director Edward Zwick"). */
const MAKER = /^(?:director|filmmaker|producer|actor|actress|star|studio)s?$/;

/**
 * "the now-forgotten F": where the capitalised name starts after "the" and a few lower-case words; else -1
 * (also when the words describe a person: "the director X").
 */
function describedAfter(tokens: Token[], at: number): number {
  if (tokens[at]?.norm !== "the") return -1;
  for (let k = at + 1; k < at + 7 && k < tokens.length; k++) {
    if (tokens[k].cap) {
      const noun = tokens[k - 1].norm;
      const described = tokens.slice(at + 1, k).every((t) => !t.word || DESCRIBING.test(t.norm));
      return k > at + 1 && described && !MAKER.test(noun) && !PERSON_NOUNS.has(noun) ? k : -1;
    }
    if (tokens[k].raw === "," || tokens[k].breaks > 0) return -1;
  }
  return -1;
}

function titleText(tokens: Token[], i: number, end: number): string {
  return tokens
    .slice(i, end)
    .map((t) => t.raw)
    .join(" ");
}

/** Verbs of playing a role (the role readers' too). */
export const PLAY_VERBS = new Set(["play", "plays", "played", "playing", "portrays", "portrayed", "portraying"]);

/** Nouns that take "as" or "of" before the character ("his turn as", "her portrayal of"); the role readers' too. */
export const ROLE_NOUNS = new Set(["portrayal", "performance", "role", "turn"]);

/**
 * A verb of playing a role a few words before token k ("played Howard Beale in"), or "as" before
 * a capitalised name ("won Best Actress as Loretta Castorini in", "her portrayal of Lydia Tár in"):
 * the role, then the film it is in.
 */
function playedBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    if (PLAY_VERBS.has(tokens[j].norm)) return true;
    if (tokens[j].norm === "as" || (tokens[j].norm === "of" && ROLE_NOUNS.has(tokens[j - 1]?.norm ?? "")))
      return j < k - 1 && namedRole(tokens.slice(j + 1, k));
    if (!tokens[j].word) return false;
  }
  return false;
}

/** "Juan", "the drug dealer Juan": a name, perhaps after an article and a few plain words that describe it. */
function namedRole(words: Token[]): boolean {
  let a = /^(?:the|a|an)$/.test(words[0]?.norm ?? "") && !words[0].cap ? 1 : 0;
  const from = a;
  while (a < words.length && a - from < 3 && words[a].word && !words[a].cap) a++;
  if (a > from && from === 0) return false; // ("as good as Juan": plain words need an article before them.)
  return a < words.length && words.slice(a).every((t) => t.word && t.cap);
}

/** Verbs whose object is a film someone made ("directed Parasite", "co-wrote Network"). */
const MADE_VERBS = new Set([
  ...["directed", "co-directed", "helmed", "produced", "co-produced", "wrote", "co-wrote"],
  ...["scripted", "edited", "photographed"],
]);
/** Verbs a film follows after "in" ("starred in Titanic", "was cast in Gravity"). */
const ACTED_IN = new Set(["starred", "co-starred", "appeared", "acted", "cast"]);

/** "James Cameron directed Titanic", "Kate Winslet starred in Titanic": the title after is a film. */
/**
 * "lost to Sean Penn for Milk", "was beaten by Jodie Foster for The Accused", "went to X for F":
 * after the name of the one who won, "for" gives what they won for.
 */
function forAfterWinner(tokens: Token[], i: number): boolean {
  let k = i - 2;
  while (k >= i - 5 && tokens[k]?.word && tokens[k].cap && !tokens[k].possessive) k--;
  if (k === i - 2 || (tokens[k]?.norm !== "to" && tokens[k]?.norm !== "by")) return false;
  for (let b = k - 1; b >= k - 4 && b >= 0; b--) if (WON_BY.has(tokens[b].norm)) return true;
  return false;
}

const WON_BY = new Set(["lost", "losing", "loses", "went", "goes", "beaten", "bested", "defeated", "edged", "out"]);

function madeBefore(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1]?.norm ?? "";
  if (MADE_VERBS.has(verb)) return true;
  return verb === "in" && ACTED_IN.has(tokens[i - 2]?.norm ?? "");
}

/**
 * Short references to a film named in full before: "Lawrence of Arabia" … "“Lawrence” also
 * won", "To Kill a Mockingbird" … "Mockingbird also was cited". Like a surname after a full
 * name: a distinctive word of a title the draft named, quoted or acting as the film acts.
 * A word two named titles share refers to neither.
 */
import type { KnowledgeBase } from "../kb";
import type { Token } from "../text/tokens";
import type { Mention } from "./types";

/** Key prefix in the carried surname map: film words share the people's cache and its invalidation. */
export const FILM_WORD = "\u00a7";

const MINOR = new Set([
  ...["the", "a", "an", "and", "of", "in", "on", "for", "to", "with", "from", "at", "by", "vs", "or", "my", "your"],
  ...["best", "picture", "part", "two", "one", "man", "woman", "story", "life", "love", "time", "day", "night"],
  ...["world", "king", "lady", "girl", "boy", "city", "house", "american", "movie", "film", "new", "last", "great"],
]);
/** After the word: it acts as a film does ("Mockingbird also was cited", "Lawrence won"). */
const ACTS = new Set([
  ...["won", "wins", "took", "earned", "scored", "also", "was", "is", "has", "had", "swept", "led"],
  // "Mockingbird gave him his only nomination", "Lawrence brought Lean his first Oscar".
  ...["gave", "gives", "brought", "landed", "earns", "garnered"],
]);
/** Nouns of a film's making a short title stands before ("Rodat's Ryan script", "the Ryan score"). */
const MAKING = new Set(["script", "screenplay", "score", "cast", "crew", "team", "star", "stars", "director"]);
const QUOTES = new Set(['"', "\u201c", "\u201d", "\u2018", "\u2019", "'"]);

const wordsMemo = new WeakMap<KnowledgeBase, { byFilm: Map<number, string[]>; all?: Set<string> }>();

function memo(kb: KnowledgeBase) {
  let m = wordsMemo.get(kb);
  if (!m) wordsMemo.set(kb, (m = { byFilm: new Map() }));
  return m;
}

/** The distinctive words of a film's title: those a writer shortens it to (memoised per film). */
export function titleWords(kb: KnowledgeBase, film: number): string[] {
  const m = memo(kb);
  let words = m.byFilm.get(film);
  if (!words) m.byFilm.set(film, (words = distinctive(kb.data.films[film]?.title ?? "")));
  return words;
}

function distinctive(title: string): string[] {
  const all = title.toLowerCase().split(/[^\p{L}\p{N}']+/u);
  // (A three-letter word stands for the title only as its last word: "All About Eve" … "Eve".)
  const long = (w: string, k: number) => w.length >= 4 || (w.length === 3 && k === all.length - 1);
  const words = all.filter((w, k) => long(w, k) && !MINOR.has(w) && !/^\d/.test(w));
  return words.length >= 1 && title.split(/\s+/).length >= 2 ? words : [];
}

/** Every distinctive title word of the data: a word outside it is never a short title (no lookup, no read). */
function anyTitleWord(kb: KnowledgeBase): Set<string> {
  const m = memo(kb);
  if (!m.all) {
    m.all = new Set();
    kb.data.films.forEach((f) => {
      for (const w of distinctive(f?.title ?? "")) m.all!.add(w);
    });
  }
  return m.all;
}

export function addShortTitles(
  out: Mention[],
  tokens: Token[],
  taken: Uint8Array,
  kb: KnowledgeBase,
  carried?: (key: string) => number[] | undefined,
): void {
  // Films named in full in this text, by word; a word of two films is ambiguous ([]).
  const seen = new Map<string, { films: number[]; at: number }>();
  for (const m of out) {
    if (m.kind !== "film" || m.ids.length !== 1 || m.last - m.first < 2) continue;
    for (const w of titleWords(kb, m.ids[0])) {
      const prior = seen.get(w);
      if (prior && prior.films[0] !== m.ids[0]) seen.set(w, { films: [], at: prior.at });
      else if (!prior) seen.set(w, { films: m.ids, at: m.start });
    }
  }
  addSubtitles(out, tokens, taken, kb, carried);
  const known = anyTitleWord(kb);
  // A one-word film that is a word of a film named in full before: before a noun of the film's making it is that
  // film said short ("Saving Private Ryan" … "Rodat's Ryan script", not the 2004 short "Ryan"), unless the longer
  // title opens with it ("Avatar: The Way of Water" … "Avatar" is the film it follows). Elsewhere it is itself
  // ("Philadelphia won" after "The Philadelphia Story"), or either film when the longer one opens with it or it
  // was read only as the head of a longer title.
  for (const m of out) {
    const word = tokens[m.first].norm;
    if (m.kind !== "film" || m.last - m.first !== 1 || !known.has(word)) continue;
    const local = seen.get(word);
    const films = local && local.at < m.start ? local.films : carried?.(FILM_WORD + word);
    if (films?.length !== 1 || m.ids.includes(films[0])) continue;
    const opens = kb.data.films[films[0]].title.toLowerCase().startsWith(word);
    if (MAKING.has(tokens[m.last]?.norm ?? "")) {
      if (!opens) m.ids = films;
    }
    // ("Sunset Boulevard" … "Sunset had eleven": the one-word film "Sunset" or the longer one said short; the
    // night the paragraph tells of chooses between them, as between films that share a title.)
    else if (opens) m.ids = [...m.ids, films[0]];
    // ('Peter Jackson\'s "King Kong" … "Kong" took visual effects': a word read as the head of a longer title
    // ("Kong: Skull Island") may be the film named in full before that has it; the night chooses.)
    else if (m.ids.every((f) => kb.data.films[f].title.toLowerCase() !== word)) m.ids = [...m.ids, films[0]];
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || !t.word || !t.cap || t.raw.length < 3 || !known.has(t.norm)) continue;
    const local = seen.get(t.norm);
    const here = local && local.at < t.start ? local.films : undefined;
    const before = here ? undefined : carried?.(FILM_WORD + t.norm);
    const films = here ?? before;
    if (!films || films.length !== 1) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Part of a longer name ("Jennifer Lawrence", "Lawrence Kasdan") is not the title.
    if ((prev?.word && prev.cap && prev.breaks === 0) || (next?.word && next.cap && next.breaks === 0)) continue;
    const quoted = !!prev && !!next && QUOTES.has(prev.raw) && (QUOTES.has(next.raw) || next.raw === ",");
    const acts = t.possessive || (!!next && next.word && ACTS.has(next.norm));
    if (!quoted && !acts) continue;
    taken[i] = 1;
    out.push({
      kind: "film",
      start: t.start,
      end: t.end,
      first: i,
      last: i + 1,
      text: t.raw,
      ids: films,
      explicit: true,
      possessive: t.possessive,
    });
  }
}

/**
 * "The Lord of the Rings: The Return of the King" … "Return of the King": a subtitle of at
 * least three words, capitalised as a title is, stands for the film named in full before it
 * (in this text, or in an earlier paragraph: `carried` keys a subtitle by its first word).
 */
function addSubtitles(
  out: Mention[],
  tokens: Token[],
  taken: Uint8Array,
  kb: KnowledgeBase,
  carried?: (key: string) => number[] | undefined,
): void {
  const local = new Map<string, { film: number; at: number }>();
  for (const m of out) {
    const words = m.kind === "film" && m.ids.length === 1 ? subtitleOf(kb, m.ids[0]) : undefined;
    if (words && !local.has(words[0])) local.set(words[0], { film: m.ids[0], at: m.end });
  }
  const known = longSubtitles(kb);
  const starts = subtitleStarts(kb);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most capitalised words start no subtitle: one set lookup spares the carried-state read.
    if (taken[i] || !t.cap || !starts.has(t.norm)) continue;
    const here = local.get(t.norm);
    // A long subtitle is distinctive on its own ("The Fellowship of the Ring"), once it opens in capitals.
    const film = here && here.at <= t.start ? [here.film] : (carried?.(SUBTITLE + t.norm) ?? known.get(t.norm));
    if (!film || film.length !== 1) continue;
    const words = subtitleOf(kb, film[0])!;
    const last = i + words.length;
    if (last > tokens.length || words.some((w, k) => tokens[i + k].norm !== w) || !tokens[last - 1].cap) continue;
    // A shorter film read inside the subtitle ("King") gives way; any other name keeps its words.
    const inside = out.filter((m) => m.first >= i && m.last <= last);
    if (inside.some((m) => m.kind !== "film") || words.some((_, k) => taken[i + k] && !inside.length)) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    for (let k = i; k < last; k++) taken[k] = 1;
    const end = tokens[last - 1];
    const text = tokens
      .slice(i, last)
      .map((x) => x.raw)
      .join(" ");
    const [start, possessive] = [t.start, end.possessive];
    out.push({ kind: "film", start, end: end.end, first: i, last, text, ids: film, explicit: true, possessive });
  }
}

const startsCache = new WeakMap<KnowledgeBase, Set<string>>();

/** The first word of every subtitle of three words or more. */
function subtitleStarts(kb: KnowledgeBase): Set<string> {
  let set = startsCache.get(kb);
  if (!set) {
    set = new Set();
    for (let f = 0; f < kb.data.films.length; f++) {
      const words = subtitleOf(kb, f);
      if (words) set.add(words[0]);
    }
    startsCache.set(kb, set);
  }
  return set;
}

const longCache = new WeakMap<KnowledgeBase, Map<string, number[]>>();

/** Subtitles of four words or more, by first word, for each film that alone has one starting so. */
function longSubtitles(kb: KnowledgeBase): Map<string, number[]> {
  let byWord = longCache.get(kb);
  if (byWord) return byWord;
  byWord = new Map();
  kb.data.films.forEach((_, f) => {
    const words = subtitleOf(kb, f);
    if (!words || words.length < 4) return;
    const list = byWord!.get(words[0]) ?? [];
    if (!list.includes(f)) list.push(f);
    byWord!.set(words[0], list);
  });
  longCache.set(kb, byWord);
  return byWord;
}

/** Key prefix in the carried map for a subtitle, by its first word. */
export const SUBTITLE = FILM_WORD + ":";

const subtitles = new WeakMap<KnowledgeBase, Map<number, string[] | undefined>>();

/** The words of a film's subtitle after "The" ("return of the king"), if it has three or more. */
export function subtitleOf(kb: KnowledgeBase, film: number): string[] | undefined {
  let byFilm = subtitles.get(kb);
  if (!byFilm) subtitles.set(kb, (byFilm = new Map()));
  if (byFilm.has(film)) return byFilm.get(film);
  const title = kb.data.films[film]?.title ?? "";
  const colon = title.indexOf(": ");
  const words =
    colon < 0
      ? []
      : title
          .slice(colon + 2)
          .toLowerCase()
          .split(/[^\p{L}\p{N}']+/u)
          .filter(Boolean);
  if (words[0] === "the") words.shift();
  const out = words.length >= 3 ? words : undefined;
  byFilm.set(film, out);
  return out;
}

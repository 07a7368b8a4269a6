import type { KnowledgeBase } from "../kb";
import type { Dataset, LexiconData } from "../dataset";
import { CATEGORY_DEFS } from "../categories";
import { wordKeys } from "../text/fold";
import { shortFormsOf } from "../text/nicknames";

/** Everything one word sequence can name. */
export interface LexEntry {
  words: string[];
  /** Source spelling's capitalisation as a bit mask: bit i set where word i is capitalised. */
  caps: number;
  people: number[];
  films: number[];
  category?: string;
  /** Category phrase that is an ordinary word or too general to stand alone. */
  bare?: boolean;
}

/** Phrases that name a category only when capitalised or inside a claim. */
const GENERIC_PHRASES = new Set([
  "best film",
  "top prize",
  "top award",
  "top honor",
  "top honour",
  "best story",
  "original story",
  "best direction",
  "directing",
  "special effects",
]);

/** The names starting with one word: by their second word (longest first), and the one-word names. */
export interface Starts {
  pairs?: Map<string, LexEntry[]>;
  single?: LexEntry[];
}

export class Lexicon {
  /**
   * First word → the names it starts: most words of a draft are ruled out by this one lookup.
   * "The" starts hundreds of titles: the second word narrows them to a handful.
   */
  private readonly byFirst = new Map<string, Starts>();
  /** Surname → people, for "Baker" after "Sean Baker". */
  readonly surnames = new Map<string, number[]>();

  constructor(kb: KnowledgeBase) {
    const data = kb.data.lexicon ?? buildLexiconData(kb.data);
    const entries = new Map<string, LexEntry>();
    for (let i = 0; i < data.keys.length; i++) {
      const key = data.keys[i];
      entries.set(key, {
        words: key.split(" "),
        caps: data.caps[i],
        people: data.people[i].length ? data.people[i] : NONE,
        films: data.films[i].length ? data.films[i] : NONE,
      });
    }
    for (const [surname, ids] of data.surnames) this.surnames.set(surname, ids);
    // Category phrases are the engine's own table, not data: added here.
    for (const d of CATEGORY_DEFS) {
      const add = (ph: string, bare: boolean) => {
        const words = wordKeys(ph);
        const key = words.join(" ");
        let e = entries.get(key);
        if (!e) entries.set(key, (e = { words, caps: capsMask(titleish(ph)), people: NONE, films: NONE }));
        if (!e.category) {
          e.category = d.key;
          e.bare = bare;
        }
      };
      for (const ph of d.phrases) add(ph, GENERIC_PHRASES.has(ph));
      for (const ph of d.bare ?? []) add(ph, true);
    }
    for (const e of entries.values()) {
      let starts = this.byFirst.get(e.words[0]);
      if (!starts) this.byFirst.set(e.words[0], (starts = {}));
      // (Lists start as literals: an array pushed from empty keeps room for 17, and most lists hold one name.)
      if (e.words.length === 1) {
        if (starts.single) starts.single.push(e);
        else starts.single = [e];
      } else {
        const inner = (starts.pairs ??= new Map());
        const l2 = inner.get(e.words[1]);
        if (l2) l2.push(e);
        else inner.set(e.words[1], [e]);
      }
    }
    for (const starts of this.byFirst.values())
      for (const list of starts.pairs?.values() ?? []) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The names starting with this word, if any. */
  starts(word: string): Starts | undefined {
    return this.byFirst.get(word);
  }

  /** Names of two words or more starting with `first second`, longest first. */
  twoWord(first: string, second: string): LexEntry[] | undefined {
    return this.byFirst.get(first)?.pairs?.get(second);
  }
}

/** Shared by the many entries that name no person (or no film): fewer small arrays in memory. */
const NONE: number[] = [];

/** Bit i set where word i of the source is capitalised. */
function capsMask(source: string): number {
  let mask = 0;
  let w = 0;
  let inWord = false;
  for (let i = 0; i < source.length && w < 31; i++) {
    const ch = source[i];
    const isWord = /[\p{L}\p{M}\p{N}'\u2019]/u.test(ch) || ch === "&";
    if (isWord && !inWord) {
      if (ch === "&")
        mask |= 0; // "&" reads as the word "and"
      else if (ch !== ch.toLowerCase()) mask |= 1 << w;
      w++;
    }
    inWord = isWord && ch !== "&";
  }
  return mask;
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** The surname of the name on tokens [first, last): its last word before a suffix ("Downey Jr." is "Downey"). */
export function surnameOf(tokens: readonly { norm: string; word: boolean }[], first: number, last: number): string {
  let k = last - 1;
  while (k > first && (!tokens[k].word || SUFFIXES.has(tokens[k].norm))) k--;
  return tokens[k].norm;
}

/** "Michael A. Jackman" is also written "Michael Jackman"; "Sammy Davis Jr." as "Sammy Davis". */
function personVariants(name: string): string[][] {
  const words = wordKeys(name);
  const out = [words];
  const core = words.filter((w, i) => !(i > 0 && i < words.length - 1 && w.length === 1) && !SUFFIXES.has(w));
  if (core.length >= 2 && core.length !== words.length) out.push(core);
  return out;
}

/** Category phrases are stored lower case; capitalise content words for the caps check. */
function titleish(ph: string): string {
  return ph.replace(/\b(\p{L})(\p{L}*)/gu, (m, a: string, b: string) =>
    /^(a|an|and|in|of|the|by|for)$/.test(m) ? m : a.toUpperCase() + b,
  );
}

/** Build time (and a fallback for datasets without it): people's and films' names, folded. */
export function buildLexiconData(data: Pick<Dataset, "people" | "films">): LexiconData {
  const index = new Map<string, number>();
  const out: LexiconData = { keys: [], caps: [], people: [], films: [], surnames: [] };
  const entry = (source: string, words = wordKeys(source)): number | undefined => {
    if (words.length === 0) return undefined;
    const key = words.join(" ");
    let i = index.get(key);
    if (i === undefined) {
      i = out.keys.push(key) - 1;
      out.caps.push(capsMask(source));
      out.people.push([]);
      out.films.push([]);
      index.set(key, i);
    }
    return i;
  };
  const surnames = new Map<string, number[]>();
  data.people.forEach((p, i) => {
    for (const name of p.aliases ? [p.name, ...p.aliases] : [p.name]) {
      for (const said of [name, ...familyFirst(name)])
        for (const v of personVariants(said)) {
          const e = entry(said, v);
          if (e !== undefined && !out.people[e].includes(i)) out.people[e].push(i);
        }
      const words = wordKeys(name).filter((w) => !SUFFIXES.has(w));
      if (words.length >= 2) {
        const last = words[words.length - 1];
        const list = surnames.get(last) ?? [];
        if (!list.includes(i)) list.push(i);
        surnames.set(last, list);
      }
    }
  });
  // "Charlie Chaplin" for Charles Chaplin: a short form of the first name, where no one else has it.
  const nicknamed = new Map<string, number[]>();
  data.people.forEach((p, i) => {
    const [first, ...rest] = wordKeys(p.name);
    if (rest.length === 0) return;
    for (const short of shortFormsOf(first)) {
      const key = [short, ...rest].join(" ");
      if (!index.has(key)) nicknamed.set(key, [...(nicknamed.get(key) ?? []), i]);
    }
  });
  for (const [key, ids] of nicknamed) {
    const e = entry(
      key.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
      key.split(" "),
    )!;
    out.people[e].push(...ids);
  }
  data.films.forEach((f, i) => {
    if (!f.title) return;
    for (const t of [f.title, ...f.aliases].flatMap(withCamelSplit).flatMap(withSpelledOut)) {
      const e = entry(t);
      if (e !== undefined && !out.films[e].includes(i)) out.films[e].push(i);
    }
  });
  out.surnames = [...surnames];
  return out;
}

/** Abbreviations a title writes that prose spells out, and the other way round ("Sunset Blvd.", "Sunset Boulevard"). */
const SPELLED = [
  ["Blvd.", "Boulevard"],
  ["vs.", "versus"],
  ["&", "and"],
];

/** "Sunset Blvd." is also written "Sunset Boulevard", "Kramer vs. Kramer" "Kramer versus Kramer". */
function withSpelledOut(title: string): string[] {
  const out = [title];
  for (const [short, long] of SPELLED) {
    const words = title.split(" ");
    if (words.includes(short)) out.push(words.map((w) => (w === short ? long : w)).join(" "));
    else if (words.includes(long)) out.push(words.map((w) => (w === long ? short : w)).join(" "));
  }
  return out;
}

/** "KPop Demon Hunters" is written "K-Pop Demon Hunters": a word joined in camel case also as its parts. */
function withCamelSplit(title: string): string[] {
  const split = title.replace(/(\p{Lu})(?=\p{Lu}\p{Ll})|(\p{Ll})(?=\p{Lu})/gu, "$1$2 ");
  return split === title ? [title] : [title, split];
}

/**
 * "Youn Yuh-jung" for the data's "Yuh-Jung Youn": a two-word name whose given name is hyphenated, as Korean
 * names are (and French ones: "Godard Jean-Luc" does no harm), is also written family name first.
 */
function familyFirst(name: string): string[] {
  const parts = name.split(" ");
  return parts.length === 2 && /^\p{L}+-\p{L}+$/u.test(parts[0]) ? [`${parts[1]} ${parts[0]}`] : [];
}

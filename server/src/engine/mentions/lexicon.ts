import type { KnowledgeBase } from "../kb";
import { CATEGORY_DEFS } from "../categories";
import { wordKeys } from "../text/fold";

/** Everything one word sequence can name. */
export interface LexEntry {
  words: string[];
  /** Source spelling's capitalisation, word by word: true where the source word is capitalised. */
  caps: boolean[];
  people: number[];
  films: number[];
  category?: string;
  /** Category phrase that is an ordinary word or too general to stand alone. */
  bare?: boolean;
}

/** Phrases that name a category only when capitalised or inside a claim. */
const GENERIC_PHRASES = new Set(["best film", "top prize", "top honor", "top honour", "best story", "original story", "best direction", "directing", "special effects"]);

export class Lexicon {
  /** First word → entries starting with it, longest first. */
  private readonly byFirst = new Map<string, LexEntry[]>();
  /**
   * First and second word → entries, longest first; and first word → one-word entries.
   * "The" starts hundreds of titles: the second word narrows them to a handful.
   */
  private readonly byTwo = new Map<string, LexEntry[]>();
  private readonly single = new Map<string, LexEntry[]>();
  /** Surname → people, for "Baker" after "Sean Baker". */
  readonly surnames = new Map<string, number[]>();

  constructor(kb: KnowledgeBase) {
    const entries = new Map<string, LexEntry>();
    const entry = (source: string, words = wordKeys(source)): LexEntry | undefined => {
      if (words.length === 0) return undefined;
      const key = words.join(" ");
      let e = entries.get(key);
      if (!e) {
        const sourceWords = source.replace(/&/g, " and ").split(/[^\p{L}\p{M}\p{N}'\u2019]+/u).filter(Boolean);
        const caps = words.map((_, i) => /^\p{Lu}/u.test(sourceWords[i] ?? ""));
        e = { words, caps, people: [], films: [] };
        entries.set(key, e);
      }
      return e;
    };
    kb.data.people.forEach((p, i) => {
      for (const v of personVariants(p.name)) entry(p.name, v)?.people.push(i);
      const words = wordKeys(p.name).filter((w) => !SUFFIXES.has(w));
      if (words.length >= 2) {
        const last = words[words.length - 1];
        const list = this.surnames.get(last) ?? [];
        list.push(i);
        this.surnames.set(last, list);
      }
    });
    kb.data.films.forEach((f, i) => {
      for (const t of [f.title, ...f.aliases]) {
        const e = entry(t);
        if (e && !e.films.includes(i)) e.films.push(i);
      }
    });
    for (const d of CATEGORY_DEFS) {
      for (const ph of d.phrases) {
        const e = entry(titleish(ph));
        if (e && !e.category) {
          e.category = d.key;
          e.bare = GENERIC_PHRASES.has(ph);
        }
      }
      for (const ph of d.bare ?? []) {
        const e = entry(ph);
        if (e && !e.category) {
          e.category = d.key;
          e.bare = true;
        }
      }
    }
    for (const e of entries.values()) {
      const list = this.byFirst.get(e.words[0]) ?? [];
      list.push(e);
      this.byFirst.set(e.words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const e of entries.values()) {
      const map = e.words.length === 1 ? this.single : this.byTwo;
      const key = e.words.length === 1 ? e.words[0] : `${e.words[0]} ${e.words[1]}`;
      const list = map.get(key) ?? [];
      list.push(e);
      map.set(key, list);
    }
    for (const list of this.byTwo.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  startingWith(word: string): LexEntry[] | undefined {
    return this.byFirst.get(word);
  }

  /** Whether any entry starts with this word (a cheap first test). */
  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Candidates for a name starting with `first` then `second` (longest first), then one-word ones. */
  candidates(first: string, second: string | undefined): LexEntry[] {
    const two = second !== undefined ? this.byTwo.get(`${first} ${second}`) : undefined;
    const one = this.single.get(first);
    if (!two) return one ?? [];
    return one ? [...two, ...one] : two;
  }
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

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
  return ph.replace(/\b(\p{L})(\p{L}*)/gu, (m, a: string, b: string) => (/^(a|an|and|in|of|the|by|for)$/.test(m) ? m : a.toUpperCase() + b));
}

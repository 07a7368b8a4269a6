/**
 * Name completion: people, films, categories and characters, matched by word prefix
 * regardless of case and diacritics ("Gudn" → Hildur Guðnadóttir, "Zoe Sal" → Zoe
 * Saldaña), spelled as in the data. The ceremony in context ranks first, then fame.
 */
import { CATEGORY_DEFS } from "./categories";
import { friendlyCategory, titleCase, type KnowledgeBase } from "./kb";
import { fold, ordinalSuffix, wordKeys } from "./text/fold";

export type NameKind = "person" | "film" | "category" | "character";

interface NameEntry {
  kind: NameKind;
  label: string;
  /** Person or film index; for a category its key; for a character the nominations naming it. */
  id: number;
  key?: string;
  noms: number[];
  /** Nominations (people, films, characters) or nominations in the category. */
  fame: number;
}

export interface NameCompletion {
  label: string;
  kind: NameKind;
  /** Who or what it is: "Actress in a Supporting Role, 97th (2025), winner". */
  detail: string;
  /** What the client filters on: the typed text continued by the name's folded spelling. */
  filterText: string;
  /** Rank as a sortable string. */
  sortText: string;
  /** For resolving the card: person or film index, category key, or the character's first nomination. */
  ref: { kind: NameKind; id: number; key?: string; ceremony?: number };
}

export interface CompletionResult {
  /** The range replaced (UTF-16 offsets): the partial name before the cursor and the rest of the word. */
  start: number;
  end: number;
  items: NameCompletion[];
}

const MAX_ITEMS = 50;
/** Ceremonies per small integer of the index's ceremony bits (V8 keeps integers under 2^30 unboxed). */
const CEREMONY_BITS = 30;
/** Up to this many words before the cursor can be one partial name ("Wallace & Gromit: Venge"). */
const MAX_WORDS = 4;
const WORD = /[\p{L}\p{M}\p{N}'\u2019-]/u;
/** What may separate the words of one name as typed: spaces and the punctuation titles carry. */
const GAP = /[ \t:&,.!?]/;

export class NameIndex {
  private readonly entries: NameEntry[] = [];
  /** Folded word sequences from each word of each name on, sorted; `owner[i]` is the entry of `keys[i]`. */
  private keys: string[] = [];
  private owner: number[] = [];
  /** Each entry's rank by fame, and the entry at each rank. */
  private place: number[] = [];
  private byFame: number[] = [];
  /**
   * Ceremonies per entry, for "is this name in the draft's ceremony": a bit per ceremony,
   * `words` small integers per entry (a Set per entry took 2.8 of the index's 6.4 MB).
   */
  private readonly ceremonies: { words: number; bits: number[] };

  constructor(private readonly kb: KnowledgeBase) {
    this.ceremonies = { words: Math.ceil((kb.data.ceremonies.length + 1) / CEREMONY_BITS), bits: [] };
    const nom = kb.data.nominations;
    kb.data.people.forEach((p, i) => {
      const noms = kb.nominationsOfPerson(i);
      if (p.name && noms.length) this.add({ kind: "person", label: p.name, id: i, noms, fame: noms.length });
    });
    kb.data.films.forEach((f, i) => {
      const noms = kb.nominationsOfFilm(i);
      if (f.title && noms.length) this.add({ kind: "film", label: f.title, id: i, noms, fame: noms.length });
    });
    // Characters: the roles of acting nominations, one entry per name.
    const roles = new Map<string, { label: string; noms: number[] }>();
    for (let i = 0; i < nom.ceremony.length; i++) {
      if (kb.data.categories[nom.category[i]].cls !== "Acting" || !nom.detail[i]) continue;
      for (const role of nom.detail[i].split("|").map((r) => r.trim())) {
        const k = fold(role);
        if (!k) continue;
        const r = roles.get(k);
        if (r) r.noms.push(i);
        else roles.set(k, { label: role, noms: [i] });
      }
    }
    for (const r of roles.values())
      this.add({ kind: "character", label: r.label, id: r.noms[0], noms: r.noms, fame: r.noms.length });
    // Categories: as articles name them, and as the data named them (each name where it was given).
    const byKey = new Map<string, number[]>();
    const byName = new Map<number, number[]>();
    for (let i = 0; i < nom.ceremony.length; i++) {
      const key = kb.keyOf(i);
      if (!key) continue;
      push(byKey, key, i);
      push(byName, nom.categoryName[i], i);
    }
    const seen = new Set<string>();
    const category = (label: string, key: string, noms: number[]) => {
      const k = fold(label);
      if (seen.has(k)) return;
      seen.add(k);
      this.add({ kind: "category", label, id: -1, key, noms, fame: new Set(noms.map((i) => nom.ceremony[i])).size });
    };
    for (const d of CATEGORY_DEFS) if (byKey.has(d.key)) category(d.label, d.key, byKey.get(d.key)!);
    for (const [name, noms] of byName)
      category(friendlyCategory(titleCase(kb.data.categoryNames[name])), kb.keyOf(noms[0]), noms);
    // Sorted once: keys for prefix search, and each entry's place by fame (then name).
    const order = this.keys
      .map((_, i) => i)
      .sort((a, b) => (this.keys[a] < this.keys[b] ? -1 : this.keys[a] > this.keys[b] ? 1 : 0));
    this.keys = order.map((i) => this.keys[i]);
    this.owner = order.map((i) => this.owner[i]);
    const byFame = this.entries
      .map((_, i) => i)
      .sort(
        (a, b) =>
          this.entries[b].fame - this.entries[a].fame || (this.entries[a].label < this.entries[b].label ? -1 : 1),
      );
    this.byFame = byFame;
    this.place = new Array<number>(byFame.length);
    byFame.forEach((e, rank) => (this.place[e] = rank));
  }

  private add(e: NameEntry): void {
    const id = this.entries.push(e) - 1;
    const bits = this.ceremonies.bits;
    const base = bits.length;
    for (let w = 0; w < this.ceremonies.words; w++) bits.push(0);
    for (const i of e.noms) {
      const c = this.kb.data.nominations.ceremony[i];
      bits[base + Math.floor(c / CEREMONY_BITS)] |= 1 << (c % CEREMONY_BITS);
    }
    const words = wordKeys(e.label);
    for (let w = 0; w < words.length; w++) {
      this.keys.push(words.slice(w).join(" "));
      this.owner.push(id);
    }
  }

  /** Whether entry `i` was nominated at ceremony `c`. */
  private inCeremony(i: number, c: number): boolean {
    const { words, bits } = this.ceremonies;
    if (!Number.isInteger(c) || c < 0 || c >= words * CEREMONY_BITS) return false;
    return (bits[i * words + Math.floor(c / CEREMONY_BITS)] & (1 << (c % CEREMONY_BITS))) !== 0;
  }

  /** Entries with a word sequence starting with `prefix`, each once, with the key that matched. */
  private search(prefix: string): Map<number, string> {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Map<number, string>();
    for (let i = lo; i < this.keys.length && this.keys[i].startsWith(prefix); i++) {
      const prior = out.get(this.owner[i]);
      // The longest match is the start of the name: prefer it for the filter text.
      if (prior === undefined || this.keys[i].length > prior.length) out.set(this.owner[i], this.keys[i]);
    }
    return out;
  }

  /**
   * Completions at `offset`: the longest run of up to four words before the cursor that
   * starts some name wins ("Zoe Sal" before "Sal"). With nothing typed, the ceremony's
   * nominees. `ceremony` is the one in context (the sentence's, else the article's).
   */
  complete(text: string, offset: number, ceremony?: number): CompletionResult | undefined {
    let end = offset;
    while (end < text.length && WORD.test(text[end])) end++;
    const starts = wordStarts(text, offset);
    for (let k = starts.length - 1; k >= 0; k--) {
      const typed = text.slice(starts[k], offset);
      const words = wordKeys(typed);
      if (words.length === 0) continue;
      // A space after the last word: that word is complete ("Zoe " offers "Zoe Saldaña").
      const prefix = words.join(" ") + (/\s$/.test(typed) ? " " : "");
      const found = this.search(prefix);
      if (found.size) return { start: starts[k], end, items: this.rank(found, typed, prefix, ceremony) };
    }
    // Nothing typed that starts a name: on request, the ceremony's names.
    const word = text.slice(starts[0] ?? offset, offset);
    if (wordKeys(word).length > 0 || ceremony === undefined) return { start: offset, end, items: [] };
    const found = new Map<number, string>();
    this.entries.forEach((e, i) => {
      if ((e.kind === "person" || e.kind === "film") && this.inCeremony(i, ceremony)) found.set(i, fold(e.label));
    });
    return { start: offset, end, items: this.rank(found, "", "", ceremony) };
  }

  private rank(
    found: Map<number, string>,
    typed: string,
    prefix: string,
    ceremony: number | undefined,
  ): NameCompletion[] {
    // Names in the ceremony in context first, then by fame: one number each, sorted as numbers.
    const n = this.entries.length;
    const scores = Float64Array.from(
      found.keys(),
      (i) => (ceremony !== undefined && this.inCeremony(i, ceremony) ? 0 : n) + this.place[i],
    ).sort();
    const scored = Array.from(scores.subarray(0, MAX_ITEMS), (score) => {
      const i = this.byFame[score % n];
      return { i, key: found.get(i)! };
    });
    return scored.slice(0, MAX_ITEMS).map(({ i, key }, rank) => {
      const e = this.entries[i];
      return {
        label: e.label,
        kind: e.kind,
        detail: this.detail(e, ceremony),
        filterText: typed + key.slice(prefix.length),
        sortText: String(rank).padStart(4, "0"),
        ref: {
          kind: e.kind,
          id: e.kind === "character" ? this.nominationFor(e, ceremony) : e.id,
          key: e.key,
          ceremony: this.ceremonyFor(e, ceremony),
        },
      };
    });
  }

  /** The nomination that says most about a name here: at the ceremony in context, else the latest win, else the latest. */
  private nominationFor(e: NameEntry, ceremony: number | undefined): number {
    const nom = this.kb.data.nominations;
    const at = ceremony === undefined ? [] : e.noms.filter((i) => nom.ceremony[i] === ceremony);
    const pool = at.length ? at : e.noms;
    const wins = pool.filter((i) => nom.won[i] === 1);
    return (wins.length ? wins : pool).reduce((a, b) => (nom.ceremony[b] > nom.ceremony[a] ? b : a));
  }

  private ceremonyFor(e: NameEntry, ceremony: number | undefined): number {
    return this.kb.data.nominations.ceremony[this.nominationFor(e, ceremony)];
  }

  private detail(e: NameEntry, ceremony: number | undefined): string {
    const kb = this.kb;
    const v = kb.view(this.nominationFor(e, ceremony));
    const at = `${ordinalSuffix(v.ceremony)} (${v.year})`;
    const result = v.won ? "winner" : "nominee";
    if (e.kind === "person") {
      const wins = e.noms.filter((i) => kb.won(i)).length;
      const career = e.noms.length > 1 ? `; ${e.noms.length} nominations, ${wins} win${wins === 1 ? "" : "s"}` : "";
      return `${v.category}, ${at}, ${result}${career}`;
    }
    if (e.kind === "film") {
      const noms = e.noms.filter((i) => kb.isCompetitive(i) && kb.data.nominations.ceremony[i] === v.ceremony);
      const wins = noms.filter((i) => kb.won(i)).length;
      return `Film, ${at}: ${noms.length} nomination${noms.length === 1 ? "" : "s"}, ${wins} win${wins === 1 ? "" : "s"}`;
    }
    if (e.kind === "character")
      return `Character: ${v.nominees.join(", ")} in ${v.films.join(" / ")}, ${at}, ${result}`;
    const field = ceremony === undefined ? [] : kb.field(ceremony, e.key!);
    if (field.length)
      return `Category: ${kb.view(field[0]).category} at the ${ordinalSuffix(ceremony!)} (${kb.heldYearOf(ceremony!)}), ${field.length} nominees`;
    return `Category, awarded at ${new Set(e.noms.map((i) => kb.data.nominations.ceremony[i])).size} ceremonies`;
  }
}

/**
 * Where each candidate query starts, nearest first: the word at the cursor, then up to
 * three words before it on the same line (only those separated by spaces or title punctuation).
 */
function wordStarts(text: string, offset: number): number[] {
  const out: number[] = [];
  let i = offset;
  for (let n = 0; n < MAX_WORDS; n++) {
    let s = i;
    while (s > 0 && WORD.test(text[s - 1])) s--;
    if (s === i && n > 0) break;
    out.push(s);
    let g = s;
    while (g > 0 && GAP.test(text[g - 1])) g--;
    if (g === s || g === 0 || !WORD.test(text[g - 1]) || s - g > 3) break;
    i = g;
  }
  return out;
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

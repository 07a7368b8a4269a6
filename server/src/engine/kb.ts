import type { CeremonyRecord, Dataset } from "./dataset";
import { CATEGORY_DEFS, COMPETITIVE_CLASSES, FILM_CREDITED } from "./categories";
import { ordinalSuffix, wordsOf } from "./text/fold";
import { AwardIndex } from "./award-index";

/** One nomination, described for messages, hovers and evidence. */
export interface NominationView {
  index: number;
  ceremony: number;
  /** Year the ceremony was held. */
  year: number;
  /** Category as named at that ceremony, title-cased. */
  category: string;
  categoryKey: string;
  films: string[];
  filmIds: number[];
  nominees: string[];
  personIds: number[];
  won: boolean;
  detail: string;
}

const SMALL = new Set(["a", "an", "and", "or", "the", "of", "in", "for", "by", "to", "on", "with", "from", "its"]);

/** "ACTRESS IN A LEADING ROLE" → "Actress in a Leading Role". */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+|\(|-)/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join("");
}

/** Read-only indexes over the dataset, built once per service. */
export class KnowledgeBase {
  readonly categoryKey: string[];
  readonly competitive: boolean[];
  private readonly honoraryName: boolean[];
  private readonly byPerson = new Map<number, number[]>();
  private readonly byFilm = new Map<number, number[]>();
  private readonly byCeremony: number[][] = [];
  private readonly heldYear = new Map<number, number[]>();
  private awardIndex?: AwardIndex;
  private readonly detailIndexes = new Map<string, Map<string, number[]>>();
  private titleIndex?: Map<string, number[]>;

  constructor(readonly data: Dataset) {
    const keyOfCanonical = new Map<string, string>();
    for (const d of CATEGORY_DEFS) for (const c of d.canonical) keyOfCanonical.set(c, d.key);
    this.categoryKey = data.categories.map((c) => keyOfCanonical.get(c.canonical) ?? "");
    this.competitive = data.categories.map((c) => COMPETITIVE_CLASSES.has(c.cls));
    // "an honorary award" is any of the data's honorary or special awards, whatever that night called it.
    this.honoraryName = data.categoryNames.map((n) => /^(?:HONORARY|SPECIAL (?:AWARD|ACHIEVEMENT|FOREIGN))/.test(n));
    const nom = data.nominations;
    for (let i = 0; i < nom.ceremony.length; i++) {
      for (const p of nom.people[i]) push(this.byPerson, p, i);
      for (const f of nom.films[i]) push(this.byFilm, f, i);
      (this.byCeremony[nom.ceremony[i]] ??= []).push(i);
    }
    for (const c of data.ceremonies) push(this.heldYear, Number(c.date.slice(0, 4)), c.n);
  }

  /**
   * The rows `keep` picks, by the keys of their detail (a song's title, a character's name), built once
   * per `name` on first use: most drafts name no song and no character the names check has to spare.
   */
  detailIndex(name: string, keep: (i: number) => boolean, keys: (detail: string) => string[]): Map<string, number[]> {
    let index = this.detailIndexes.get(name);
    if (index) return index;
    index = new Map();
    const detail = this.data.nominations.detail;
    for (let i = 0; i < detail.length; i++)
      if (detail[i] && keep(i)) for (const k of keys(detail[i])) push(index, k, i);
    this.detailIndexes.set(name, index);
    return index;
  }

  /** Films whose title, folded to its words, is the one given ("Gigi" in a table's film column). */
  filmsTitled(title: string): number[] {
    if (!this.titleIndex) {
      this.titleIndex = new Map();
      this.data.films.forEach((f, id) => push(this.titleIndex!, wordsOf(f.title), id));
    }
    return this.titleIndex.get(wordsOf(title)) ?? [];
  }

  /** The other bodies' awards by film, built on first use: most drafts name no other body (a twentieth of a start). */
  get awards(): AwardIndex {
    return (this.awardIndex ??= new AwardIndex(this.data));
  }

  get latestCeremony(): number {
    return this.data.ceremonies.length;
  }

  ceremony(n: number): CeremonyRecord | undefined {
    return this.data.ceremonies[n - 1];
  }

  /** Ceremonies held in a calendar year (1930 held two). */
  ceremoniesHeldIn(year: number): number[] {
    return this.heldYear.get(year) ?? [];
  }

  /** The ceremony held on a day ("March 28, 1977": 1977, 3, 28), if one was; the month counts from 1. */
  ceremonyOn(year: number, month: number, day: number): number | undefined {
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return this.ceremoniesHeldIn(year).find((n) => this.ceremony(n)?.date === iso);
  }

  private readonly yearCache = new Map<number, number[]>();

  /** Ceremonies a year names: the one(s) held that year and the one honouring that year's films. */
  ceremoniesOfYear(year: number): number[] {
    let out = this.yearCache.get(year);
    if (!out) {
      const set = new Set(this.ceremoniesHeldIn(year));
      for (const c of this.data.ceremonies) {
        const [a, b] = c.filmYear.split("/");
        if (Number(a) === year || (b && Number(a.slice(0, 2) + b) === year)) set.add(c.n);
      }
      this.yearCache.set(year, (out = [...set]));
    }
    return out;
  }

  heldYearOf(n: number): number {
    return Number(this.ceremony(n)?.date.slice(0, 4) ?? 0);
  }

  /** "97th Academy Awards (2025)". */
  ceremonyLabel(n: number): string {
    let label = this.labels.get(n);
    if (label === undefined) this.labels.set(n, (label = `${ordinalSuffix(n)} Academy Awards (${this.heldYearOf(n)})`));
    return label;
  }

  /** Labels are asked for in every claim about a night: built once each. */
  private readonly labels = new Map<number, string>();

  nominationsOfPerson(p: number): number[] {
    return this.byPerson.get(p) ?? [];
  }

  nominationsOfFilm(f: number): number[] {
    return this.byFilm.get(f) ?? [];
  }

  nominationsAt(ceremony: number): number[] {
    return this.byCeremony[ceremony] ?? [];
  }

  isCompetitive(i: number): boolean {
    return this.competitive[this.data.nominations.category[i]];
  }

  keyOf(i: number): string {
    return this.categoryKey[this.data.nominations.category[i]];
  }

  /** The nomination's award was called honorary or special that night. */
  honorary(i: number): boolean {
    return this.honoraryName[this.data.nominations.categoryName[i]];
  }

  won(i: number): boolean {
    return this.data.nominations.won[i] === 1;
  }

  private readonly fieldCache = new Map<string, number[]>();
  private readonly filmCeremonies = new Map<number, number[]>();

  /** Nominations in a category (by key) at a ceremony (memoised: claims ask often). */
  field(ceremony: number, key: string): number[] {
    const k = `${ceremony}:${key}`;
    let f = this.fieldCache.get(k);
    if (!f) this.fieldCache.set(k, (f = this.nominationsAt(ceremony).filter((i) => this.keyOf(i) === key)));
    return f;
  }

  private readonly personCeremonies = new Map<number, number[]>();

  /** Ceremonies at which a film was nominated. */
  ceremoniesOfFilm(film: number): number[] {
    let c = this.filmCeremonies.get(film);
    if (!c) this.filmCeremonies.set(film, (c = this.nightsOf(this.nominationsOfFilm(film))));
    return c;
  }

  /** Ceremonies at which a person was nominated (memoised: a prolific name recurs across a draft). */
  ceremoniesOfPerson(person: number): number[] {
    let c = this.personCeremonies.get(person);
    if (!c) this.personCeremonies.set(person, (c = this.nightsOf(this.nominationsOfPerson(person))));
    return c;
  }

  private nightsOf(rows: number[]): number[] {
    return [...new Set(rows.map((i) => this.data.nominations.ceremony[i]))].sort((a, b) => a - b);
  }

  private readonly views = new Map<number, NominationView>();

  /** A nomination described (memoised: messages and hovers ask for the same few many times). */
  view(i: number): NominationView {
    let v = this.views.get(i);
    if (!v) this.views.set(i, (v = this.describe(i)));
    return v;
  }

  private describe(i: number): NominationView {
    const nom = this.data.nominations;
    const ceremony = nom.ceremony[i];
    const personIds = nom.people[i];
    return {
      index: i,
      ceremony,
      year: this.heldYearOf(ceremony),
      category: friendlyCategory(titleCase(this.data.categoryNames[nom.categoryName[i]])),
      categoryKey: this.keyOf(i),
      films: nom.films[i].map((f) => this.data.films[f].title),
      filmIds: nom.films[i],
      nominees:
        personIds.length > 0 ? personIds.map((p) => this.data.people[p].name) : nom.name[i] ? [nom.name[i]] : [],
      personIds,
      won: nom.won[i] === 1,
      detail: nom.detail[i],
    };
  }

  /** Human name of the category at a ceremony ("Production Design" at the 97th). */
  categoryNameAt(ceremony: number, key: string): string {
    const i = this.field(ceremony, key)[0];
    if (i !== undefined) return this.view(i).category;
    return CATEGORY_DEFS.find((d) => d.key === key)?.label ?? key;
  }

  /** "Lol Crawley for The Brutalist" / "The Brutalist" / "Brazil for I'm Still Here". */
  describeWinner(i: number): string {
    const v = this.view(i);
    const film = v.films.join(" / ");
    if (v.nominees.length === 0) return film;
    const who = v.personIds.length > 0 ? listText(v.nominees) : v.nominees[0];
    if (!film) return who;
    // Best Picture credits producers; the film is the winner people name.
    const key = v.categoryKey;
    if (key === "international-feature") return `${film} (${who})`;
    if (FILM_CREDITED.has(key)) return film;
    return `${who} for ${film}`;
  }
}

/** "Writing (Original Screenplay)" → "Original Screenplay"; "Short Film (Animated)" → "Animated Short Film". */
export function friendlyCategory(name: string): string {
  const m = /^(Writing|Music) \((.+)\)$/.exec(name);
  if (m) return m[2].replace(/^./, (c) => c.toUpperCase());
  const s = /^(Documentary|Short Film|Short Subject) \(([^)]+)\)$/.exec(name);
  if (s) return `${s[2]} ${s[1]}`;
  return name;
}

export function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

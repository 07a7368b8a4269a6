/**
 * What a block may ask of the blocks before it, answered and recorded. The incremental
 * cache reuses a block's result only if every recorded question still gets the same
 * answer from the new state, so an edit elsewhere invalidates exactly the blocks that
 * read what it changed.
 */
import type { Mention } from "./mentions/types";
import type { ReusedMap } from "./reused-map";

export interface CarriedState {
  /** Surname → people named in full earlier (empty: two people share it). */
  surnames: ReusedMap<string, number[]>;
  /** Films named so far and how often, in first-mention order (for "the film" and the main film). */
  filmCounts: ReusedMap<number, number>;
  lastFilm?: Mention;
  lastPerson?: Mention;
  priorCategory?: string;
  /** A category heading whose list is still running at the end of the block. */
  heading?: string;
  /** A list lead-in ("The main winners:") whose entries, in blocks of their own, still run. */
  leadIn?: "win" | "nominate";
  /** The night a section heading above names ("## The 26th Academy Awards (1954)"), until the next heading. */
  section?: number;
  /** The text of that heading ("Our predictions for the 97th Oscars"). */
  title?: string;
}

export interface Read {
  q: "surname" | "lastFilm" | "lastPerson" | "otherFilm" | "focus" | "section" | "title" | "named";
  arg: string;
  /** Films and people of the block seen before the question was asked. */
  films: number;
  people: number;
  answer: string;
}

const ids = (m?: Mention) => (m ? m.ids.join(",") : "");

export class Prior {
  readonly reads: Read[] = [];
  readonly films: Mention[] = [];
  readonly people: Mention[] = [];
  private described = -1;
  /** Films and people named as what another lost to or beat ("lost to Gandhi"): no antecedent of "it", "he". */
  readonly objects = new Set<Mention>();
  /** The person the last sentence opened on, if it did ("X thanked Y. He then won …": X). */
  subject?: Mention;
  /** The film the last sentence opened on, if it did ("F beat A and B. It had won …": F). */
  filmSubject?: Mention;
  /** The night the block's sentences named or bore out last ("at the 77th Academy Awards"), for "that ceremony". */
  lastNight?: number;
  /** A sentence of the block moved off the night its paragraph named ("two years later"). */
  shifted = false;
  /** The one night the block's last sentence with Oscar claims was borne out on, when one. */
  toldOf?: number;
  /** The one night a frame of the sentence starting at `at` was borne out at, for its later conjuncts. */
  private conjunctNight?: { at: number; night: number };
  /** The night of each person's win a sentence of this block bore out, latest last. */
  /** Each person's win night last borne out, and where in the block its sentence starts. */
  private readonly wins = new Map<number, { night: number; at: number }>();

  constructor(readonly carried: CarriedState) {}

  private read(q: Read["q"], arg: string, answer: string): void {
    this.reads.push({ q, arg, films: this.films.length, people: this.people.length, answer });
  }

  surname(key: string): number[] | undefined {
    const v = this.carried.surnames.get(key);
    this.read("surname", key, v ? v.join(",") : "-");
    return v;
  }

  /**
   * A sentence's subject was a film described, not named ("Polanski's thriller was the night's big
   * loser"): until a film is named again, "the film" is that one, which we do not know.
   */
  describedFilm(): void {
    this.described = this.films.length;
  }

  /** "A won C1, B won C2, and C took C3": a conjunct with no night of its own shares the one borne out before it. */
  boreOut(at: number, night: number): void {
    this.conjunctNight = { at, night };
  }

  /** The night an earlier conjunct of the sentence starting at `at` was borne out at, if any. */
  nightOfConjuncts(at: number): number | undefined {
    return this.conjunctNight?.at === at ? this.conjunctNight.night : undefined;
  }

  /** A sentence of the block bore out a person's win that night ("X won C for F in 2009"). */
  noteWin(person: number, ceremony: number, at: number): void {
    this.wins.set(person, { night: ceremony, at });
    // ("X won for F in 2012. Billy Crystal hosted that year.": the night last told of.)
    this.lastNight = ceremony;
  }

  /** The night of the person's win an earlier sentence of the block told ("It was his second Oscar"). */
  winNight(person: number, before: number): number | undefined {
    // ("… earned X his second Oscar, having won … at the first ceremony": not a win the sentence tells later.)
    const w = this.wins.get(person);
    return w && w.at < before ? w.night : undefined;
  }

  lastFilm(): Mention | undefined {
    if (this.described === this.films.length) return undefined;
    // ("E.T. lost best picture to Gandhi. It won four": a film beaten or lost to is no "it".)
    for (let k = this.films.length - 1; k >= 0; k--) if (!this.objects.has(this.films[k])) return this.films[k];
    if (this.films.length) return this.films[this.films.length - 1];
    this.read("lastFilm", "", ids(this.carried.lastFilm));
    return this.carried.lastFilm;
  }

  lastPerson(): Mention | undefined {
    if (this.people.length) return this.people[this.people.length - 1];
    this.read("lastPerson", "", ids(this.carried.lastPerson));
    return this.carried.lastPerson;
  }

  /** The night of the section the block is in, if its heading names one. */
  section(): number | undefined {
    this.read("section", "", String(this.carried.section));
    return this.carried.section;
  }

  /** The heading of the section the block is in. */
  title(): string | undefined {
    this.read("title", "", this.carried.title ?? "");
    return this.carried.title;
  }

  /** Every film named so far, the block's latest first, then earlier blocks' in the order they were named. */
  namedFilms(): number[][] {
    const before = earlierFilms(this.carried);
    this.read("named", "", before.join(","));
    return [...this.films.map((m) => m.ids).reverse(), ...before.map((id) => [id])];
  }

  /** Whether any film other than `id` has been named before. */
  otherFilm(id: number): boolean {
    const answer = otherFilm(this.carried, this.films, id);
    this.read("otherFilm", String(id), String(answer));
    return answer;
  }

  /** The most-named film so far (first named wins a tie). */
  focus(): number | undefined {
    const answer = focus(this.carried, this.films);
    this.read("focus", "", String(answer));
    return answer;
  }
}

function earlierFilms(c: CarriedState): number[] {
  const ids: number[] = [];
  c.filmCounts.forEach((_, id) => ids.push(id));
  return ids;
}

/** Whether a film other than `id` was named before: in earlier blocks, or among the block's first `upTo` films. */
function otherFilm(c: CarriedState, films: Mention[], id: number, upTo = films.length): boolean {
  let other = false;
  c.filmCounts.forEach((_, f) => (other ||= f !== id));
  for (let k = 0; k < upTo && !other; k++) other = films[k].ids[0] !== id;
  return other;
}

/** The most-named film so far, the first named winning a tie (the block's first `upTo` films included). */
function focus(c: CarriedState, films: Mention[], upTo = films.length): number | undefined {
  const own = (id: number) => {
    let n = 0;
    for (let k = 0; k < upTo; k++) if (films[k].ids[0] === id) n++;
    return n;
  };
  let best: number | undefined;
  let bestCount = 0;
  let bestOrder = Infinity;
  c.filmCounts.forEach((n, id, order) => {
    const total = n + own(id);
    if (total > bestCount || (total === bestCount && order < bestOrder))
      [best, bestCount, bestOrder] = [id, total, order];
  });
  // Films first named in this block come after every earlier one, in their order.
  for (let k = 0; k < upTo; k++) {
    const id = films[k].ids[0];
    if (c.filmCounts.get(id) !== undefined || films.findIndex((f) => f.ids[0] === id) !== k) continue;
    const total = own(id);
    if (total > bestCount) [best, bestCount] = [id, total];
  }
  return best;
}

/** Whether a block's recorded reads get the same answers from a new carried state. */
export function stillValid(reads: Read[], c: CarriedState, films: Mention[]): boolean {
  for (const r of reads) {
    let answer: string;
    switch (r.q) {
      case "surname": {
        const v = c.surnames.get(r.arg);
        answer = v ? v.join(",") : "-";
        break;
      }
      case "lastFilm":
        answer = ids(c.lastFilm);
        break;
      case "lastPerson":
        answer = ids(c.lastPerson);
        break;
      case "otherFilm":
        // The film questions count the block's own films up to the moment they were asked.
        answer = String(otherFilm(c, films, Number(r.arg), r.films));
        break;
      case "focus":
        answer = String(focus(c, films, r.films));
        break;
      case "section":
        answer = String(c.section);
        break;
      case "title":
        answer = c.title ?? "";
        break;
      case "named":
        answer = earlierFilms(c).join(",");
        break;
    }
    if (answer !== r.answer) return false;
  }
  return true;
}

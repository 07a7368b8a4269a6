import type { AwardColumns, Dataset } from "./dataset";

/** Film-level lookups over the other bodies' data. */
export class AwardIndex {
  private readonly byFilm = new Map<number, number[]>();
  private readonly bodyIdx = new Map<string, number>();

  constructor(private readonly data: Dataset) {
    const a = data.awards;
    a.bodies.forEach((b, i) => this.bodyIdx.set(b.key, i));
    for (let i = 0; i < a.body.length; i++) {
      for (const f of new Set([...a.nominees[i], ...a.winners[i]])) {
        const list = this.byFilm.get(f);
        if (list) list.push(i);
        else this.byFilm.set(f, [i]);
      }
    }
  }

  get columns(): AwardColumns {
    return this.data.awards;
  }

  hasBody(key: string): boolean {
    return this.bodyIdx.has(key);
  }

  bodyName(key: string): string {
    const i = this.bodyIdx.get(key);
    return i === undefined ? (GUILDS[key] ?? key) : this.data.awards.bodies[i].name;
  }

  isFestival(key: string): boolean {
    const i = this.bodyIdx.get(key);
    return i !== undefined && this.data.awards.bodies[i].festival;
  }

  /** Rows of a body, filtered by a predicate on the row. */
  rows(body: string, keep: (row: number) => boolean): number[] {
    const b = this.bodyIdx.get(body);
    if (b === undefined) return [];
    const a = this.data.awards;
    const out: number[] = [];
    for (let i = 0; i < a.body.length; i++) if (a.body[i] === b && keep(i)) out.push(i);
    return out;
  }

  /** The first season (the Oscar year) the data has for a body; undefined for a body it lacks. */
  firstSeason(body: string): number | undefined {
    if (!this.firstSeasons.has(body)) {
      const seasons = this.rows(body, () => true).map((r) => this.data.awards.season[r]);
      this.firstSeasons.set(body, seasons.length ? Math.min(...seasons) : undefined);
    }
    return this.firstSeasons.get(body);
  }
  private readonly firstSeasons = new Map<string, number | undefined>();

  rowsOfFilm(film: number): number[] {
    return this.byFilm.get(film) ?? [];
  }

  /** A film's title, or undefined for a film the Oscar data does not know (never shown as an id). */
  title(ref: number): string | undefined {
    return ref < this.data.films.length ? this.data.films[ref].title : undefined;
  }

  /**
   * "Best Leading Actress" at the award ceremonies; at festivals the prize with its
   * category ("Volpi Cup for Best Actor"), or the prize alone ("Palme d'Or").
   */
  categoryLabel(row: number): string {
    const a = this.data.awards;
    const award = a.award[row];
    const category = a.category[row].replace(/\s*\([^)]*\)/g, "");
    const festival = a.bodies[a.body[row]].festival;
    const name =
      category === award ? award : festival && !GENERIC_GROUP.test(award) ? `${award} for ${category}` : category;
    return name
      .replace(/(^|[\s-])(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase())
      .replace(/\b(Or|And|In|A|An|Of|The|By|For)\b/g, (w) => w.toLowerCase())
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/d'or/gi, "d'Or");
  }

  /**
   * Of several rows answering one claim, those of the body's principal prize for it: the
   * award group that gives this category most often (the Volpi Cup, not Venice Horizons).
   */
  principal(rows: number[]): number[] {
    if (rows.length <= 1) return rows;
    const a = this.data.awards;
    const count = new Map<string, number>();
    for (let i = 0; i < a.body.length; i++) {
      if (a.body[i] !== a.body[rows[0]] || a.key[i] !== a.key[rows[0]]) continue;
      count.set(a.award[i], (count.get(a.award[i]) ?? 0) + 1);
    }
    const best = Math.max(...rows.map((r) => count.get(a.award[r]) ?? 0));
    return rows.filter((r) => (count.get(a.award[r]) ?? 0) === best);
  }

  /** "a BAFTA", "three Independent Spirit Awards": the noun for one of a body's awards. */
  awardNoun(key: string, n: number): string {
    const noun = NOUNS[key] ?? `${this.bodyName(key)} award`;
    return n === 1 ? noun : noun.replace(/(Award|Globe|BAFTA|César)$/, "$1s");
  }

  /** Winners of a row as a readable list: known titles, then how many others. */
  winnersText(row: number): string {
    const w = this.data.awards.winners[row];
    const titles = w.map((f) => this.title(f)).filter((t): t is string => !!t);
    const unknown = w.length - titles.length;
    if (w.length === 0) return "no winner recorded";
    return [
      ...titles,
      ...(unknown
        ? [
            unknown === 1 && titles.length === 0
              ? "a film not in the Oscar data"
              : `${unknown} film${unknown > 1 ? "s" : ""} not in the Oscar data`,
          ]
        : []),
    ].join(", ");
  }
}

/** Award groups that are just the body's own name for its prizes. */
const GENERIC_GROUP = /^(?:best actor|best actress|best director|best screenplay|best short film)$/;

const NOUNS: Record<string, string> = {
  bafta: "BAFTA",
  globes: "Golden Globe",
  critics: "Critics' Choice Award",
  sag: "SAG Award",
  spirit: "Independent Spirit Award",
  cesar: "César",
  cannes: "Cannes award",
  venice: "Venice award",
  berlin: "Berlin award",
  sundance: "Sundance award",
  tiff: "TIFF award",
};

const GUILDS: Record<string, string> = {
  dga: "Directors Guild of America Awards",
  pga: "Producers Guild of America Awards",
  wga: "Writers Guild of America Awards",
};

/** Oscar category keys and the other bodies' names for the same prize. */
const OSCAR_TO_BODY: Record<string, string[]> = {
  "documentary-feature": ["documentary"],
  "international-feature": ["international"],
  "animated-feature": ["animated"],
  picture: ["top-prize"],
};

/** Whether a row's category answers a claimed category (e.g. "actress" ← Spirit's "lead-performance"). */
export function compatible(want: string, variant: string | undefined, rowKey: string, rowVariant: string): boolean {
  if (variant && rowVariant && variant !== rowVariant) return false;
  if (want === rowKey || OSCAR_TO_BODY[want]?.includes(rowKey)) return true;
  const lead = new Set(["actor", "actress", "lead-performance"]);
  if (want === "lead" || want === "volpi") return lead.has(rowKey);
  if ((want === "actor" || want === "actress") && rowKey === "lead-performance") return true;
  if (want.startsWith("supporting-") && rowKey === "supporting-performance") return true;
  if (want === "screenplay" && /screenplay/.test(rowKey) && rowKey !== "first-screenplay") return true;
  if ((want === "original-screenplay" || want === "adapted-screenplay") && rowKey === "screenplay") return true;
  return false;
}

/**
 * The compiled dataset as the engine sees it. The build writes this shape as JSON
 * (columnar nomination arrays keep it small and JSON.parse fast); the engine never
 * reads files itself: the host (server, CLI, tests) hands it the parsed object.
 */
export interface CeremonyRecord {
  /** Ordinal, 1-based. */
  n: number;
  /** Film year label from the data, e.g. "2024" or "1927/28". */
  filmYear: string;
  /** Date held, ISO YYYY-MM-DD. */
  date: string;
  hosts: string[];
  venue: string[];
  city: string[];
  broadcaster: string;
  bestPicture: string;
}

export interface FilmRecord {
  /** IMDb id, or "" when the data has none. */
  id: string;
  title: string;
  /** Other spellings seen in the data. */
  aliases: string[];
  /** Every word of the title is an ordinary English word ("Flow", "Sing Sing"). */
  ordinary: boolean;
}

export interface PersonRecord {
  id: string;
  name: string;
}

export interface CategoryRecord {
  /** Stable name across eras (CanonicalCategory), e.g. "ACTRESS IN A LEADING ROLE". */
  canonical: string;
  /** Class column: Acting, Directing, Title, Production, Music, Writing, Special, SciTech. */
  cls: string;
}

/** Nominations as parallel columns, index i describes one nomination. */
export interface NominationColumns {
  ceremony: number[];
  /** Index into categories. */
  category: number[];
  /** Index into categoryNames: the name the category had at that ceremony. */
  categoryName: number[];
  /** Film indices (a nomination may cite several films in early years). */
  films: number[][];
  /** Person indices. */
  people: number[][];
  won: (0 | 1)[];
  /** Character names or song titles, "|"-separated as in the data; "" when none. */
  detail: string[];
  /** The Name cell as printed (country for international features, credits text). */
  name: string[];
}

export interface Dataset {
  version: number;
  ceremonies: CeremonyRecord[];
  categories: CategoryRecord[];
  categoryNames: string[];
  films: FilmRecord[];
  people: PersonRecord[];
  nominations: NominationColumns;
  /** Where the data came from, for hovers and --version. */
  sources: { name: string; licence: string }[];
}

export const DATASET_VERSION = 1;

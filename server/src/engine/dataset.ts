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
  /** The data says "none": the ceremony had no host (an empty cell means not recorded). */
  noHost?: boolean;
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
  /** Other spellings the data credits the same person under ("Will Jennings" for "Wilbur Jennings"). */
  aliases?: string[];
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

/** Another award body (BAFTA, Golden Globes, Cannes, ...). */
export interface BodyRecord {
  /** IMDb event id, e.g. "ev0000123". */
  id: string;
  /** Short key used by the engine: "bafta", "globes", "cannes", ... */
  key: string;
  name: string;
  /** Festivals are held the year before the Oscars their films compete at. */
  festival: boolean;
}

/**
 * Other award bodies, film-level, as parallel columns: row i is one category of one
 * body's edition. Film references below films.length index `extraFilmIds` (films the
 * Oscar data does not know; kept by id, never shown).
 */
export interface AwardColumns {
  bodies: BodyRecord[];
  body: number[];
  /** Calendar year of the edition. */
  year: number[];
  /**
   * Year of the Oscar ceremony whose season the edition belongs to: festivals run the year
   * before; award ceremonies (BAFTA, Globes, ...) in the same winter, except a second
   * edition in one calendar year (Critics' Choice "2016-2", December 2016).
   */
  season: number[];
  /** Award group and category as the source names them ("bafta film award", "best leading actress"). */
  award: string[];
  category: string[];
  /** Engine category key derived from the name ("actress", "picture", "top-prize", "tv", ...). */
  key: string[];
  /** "drama" or "comedy" for the Golden Globes' split categories, else "". */
  variant: string[];
  nominees: number[][];
  winners: number[][];
  extraFilmIds: string[];
}

/** Records the data can prove, derived at build time. */
export interface RecordEntry {
  /** Who or what holds it: person or film index. */
  holder: number;
  kind: "person" | "film";
  ceremony: number;
  count: number;
}

export interface Records {
  /** Most competitive wins by one person at one ceremony (all holders at the top, in order). */
  personWinsInNight: RecordEntry[];
  /** Most wins by one film at one ceremony. */
  filmWinsInNight: RecordEntry[];
  /** Most nominations for one film at one ceremony. */
  filmNominations: RecordEntry[];
  /** Most nominations for a film that won nothing. */
  filmNominationsWithoutWin: RecordEntry[];
  /** Most competitive wins by one person over a career (ceremony = last win). */
  personCareerWins: RecordEntry[];
}

/**
 * The name lexicon, folded and split at build time so start-up only fills maps:
 * entry i is the words `keys[i]` (space-separated), their capitalisation mask, and the
 * people and films they name.
 */
export interface LexiconData {
  keys: string[];
  caps: number[];
  people: number[][];
  films: number[][];
  /** Surname → people with that surname (for "Baker" after "Sean Baker"). */
  surnames: [string, number[]][];
}

export interface Dataset {
  version: number;
  ceremonies: CeremonyRecord[];
  categories: CategoryRecord[];
  categoryNames: string[];
  films: FilmRecord[];
  people: PersonRecord[];
  nominations: NominationColumns;
  awards: AwardColumns;
  records: Records;
  lexicon: LexiconData;
  /** Where the data came from, for hovers and --version. */
  sources: { name: string; licence: string }[];
}

export const DATASET_VERSION = 3;

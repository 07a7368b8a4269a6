/**
 * Build step: compiles ../shared/data (or $OSCAR_FACTS_DATA_DIR) into dist/data/oscars.json.
 * Stops with "file:line: problem" on missing or malformed input.
 */
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CeremonyRecord, Dataset, FilmRecord, PersonRecord } from "../engine/dataset";
import { DATASET_VERSION } from "../engine/dataset";
import { wordKeys } from "../engine/text/fold";
import { DataError, readTsv } from "./tsv";
import { isOrdinaryTitle } from "./ordinary-words";
import { compileAwards } from "./awards";
import { deriveRecords } from "../engine/records";
import { buildLexiconData } from "../engine/mentions/lexicon";

const OSCAR_COLUMNS = [
  "Ceremony",
  "Year",
  "Class",
  "CanonicalCategory",
  "Category",
  "Film",
  "FilmId",
  "Name",
  "Nominees",
  "NomineeIds",
  "Winner",
  "Detail",
];
const CEREMONY_COLUMNS = ["ceremony", "date", "hosts", "venue", "city", "broadcaster", "best_picture"];

const UNOFFICIAL = /NOT AN OFFICIAL NOMINATION/i;

/** Credit prefixes that leak into nominee names in a few rows. */
const NAME_PREFIX = /^(?:in collaboration with|screenplay\s*-|story by|screenplay by)\s+/i;

function split(cell: string): string[] {
  return cell === "" ? [] : cell.split("|").map((s) => s.trim());
}

function unescape(s: string): string {
  return s.replace(/\\"/g, '"');
}

export function compile(dataDir: string): Dataset {
  const oscarFile = join(dataDir, "oscar_data", "oscars.csv");
  const ceremonyFile = join(dataDir, "ceremonies", "ceremonies.tsv");
  const oscars = readTsv(oscarFile, OSCAR_COLUMNS);
  const cer = readTsv(ceremonyFile, CEREMONY_COLUMNS);

  const categories: Dataset["categories"] = [];
  const categoryIdx = new Map<string, number>();
  const categoryNames: string[] = [];
  const categoryNameIdx = new Map<string, number>();
  const films: FilmRecord[] = [];
  const filmIdx = new Map<string, number>();
  const people: PersonRecord[] = [];
  const personIdx = new Map<string, number>();
  const filmYears = new Map<number, string>();
  const nom: Dataset["nominations"] = {
    ceremony: [],
    category: [],
    categoryName: [],
    films: [],
    people: [],
    won: [],
    detail: [],
    name: [],
  };

  oscars.rows.forEach((r, i) => {
    const line = oscars.lines[i];
    const n = Number(r.Ceremony);
    if (!Number.isInteger(n) || n < 1)
      throw new DataError(oscarFile, line, `Ceremony "${r.Ceremony}" is not a positive whole number`);
    if (!r.CanonicalCategory) throw new DataError(oscarFile, line, "empty CanonicalCategory");
    if (r.Winner !== "" && r.Winner !== "True")
      throw new DataError(oscarFile, line, `Winner "${r.Winner}" is neither empty nor True`);
    if (!filmYears.has(n)) filmYears.set(n, r.Year);
    // The data keeps some announced names that were no nomination (early nights' "honorable
    // mentions", a withdrawn score): not nominations unless they won.
    if (r.Winner !== "True" && UNOFFICIAL.test(r.Note ?? "")) return;

    let c = categoryIdx.get(r.CanonicalCategory);
    if (c === undefined) {
      c = categories.push({ canonical: r.CanonicalCategory, cls: r.Class }) - 1;
      categoryIdx.set(r.CanonicalCategory, c);
    }
    const shown = r.Category || r.CanonicalCategory;
    let cn = categoryNameIdx.get(shown);
    if (cn === undefined) {
      cn = categoryNames.push(shown) - 1;
      categoryNameIdx.set(shown, cn);
    }

    const titles = split(r.Film).map(unescape);
    const filmIds = split(r.FilmId);
    const fIdx = titles.map((title, j) => {
      const id = filmIds[j] && filmIds[j] !== "?" ? filmIds[j] : "";
      const key = id || `?${title}#${n}`;
      let f = filmIdx.get(key);
      if (f === undefined) {
        f = films.push({ id, title, aliases: [], ordinary: false }) - 1;
        filmIdx.set(key, f);
      } else if (films[f].title !== title && !films[f].aliases.includes(title)) {
        films[f].aliases.push(title);
      }
      return f;
    });

    const names = split(r.Nominees).map((s) => unescape(s).replace(NAME_PREFIX, ""));
    const ids = split(r.NomineeIds);
    if (ids.length > 0 && ids.length !== names.length) {
      throw new DataError(oscarFile, line, `${names.length} Nominees but ${ids.length} NomineeIds`);
    }
    const pIdx = names.map((name, j) => {
      const id = ids[j] && ids[j] !== "?" ? ids[j] : "";
      const key = id || `?${name}`;
      let p = personIdx.get(key);
      if (p === undefined) {
        p = people.push({ id, name }) - 1;
        personIdx.set(key, p);
      } else if (people[p].name !== name && !people[p].aliases?.includes(name) && sameSurname(people[p].name, name)) {
        // "Will Jennings" one night, "Wilbur Jennings" another: each night's credit is the person's name.
        // (Not a pen name or a mismatched id: "Gregory Rogers" is not "Darryl F. Zanuck" in a reader's eyes.)
        (people[p].aliases ??= []).push(name);
      }
      return p;
    });

    nom.ceremony.push(n);
    nom.category.push(c);
    nom.categoryName.push(cn);
    nom.films.push(fIdx);
    nom.people.push(pIdx);
    nom.won.push(r.Winner === "True" ? 1 : 0);
    nom.detail.push(unescape(r.Detail ?? ""));
    nom.name.push(unescape(r.Name ?? ""));
  });

  for (const f of films) f.ordinary = isOrdinaryTitle(f.title);
  addShortTitles(films);
  addOwnedTitles(films, new Set(people.flatMap((p) => [p.name, ...(p.aliases ?? [])])));

  const ceremonies: CeremonyRecord[] = cer.rows.map((r, i) => {
    const line = cer.lines[i];
    const n = Number(r.ceremony);
    if (!Number.isInteger(n) || n !== i + 1)
      throw new DataError(ceremonyFile, line, `ceremony "${r.ceremony}" out of order (expected ${i + 1})`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date))
      throw new DataError(ceremonyFile, line, `date "${r.date}" is not YYYY-MM-DD`);
    return {
      n,
      filmYear: filmYears.get(n) ?? "",
      date: r.date,
      hosts: split(r.hosts).filter((h) => h !== "none"),
      ...(r.hosts.trim() === "none" ? { noHost: true } : {}),
      venue: split(r.venue),
      city: split(r.city),
      broadcaster: r.broadcaster,
      bestPicture: r.best_picture,
    };
  });
  for (const n of filmYears.keys()) {
    if (n > ceremonies.length) throw new DataError(ceremonyFile, 0, `no row for ceremony ${n}, which ${oscarFile} has`);
  }

  const byImdb = new Map<string, number>();
  films.forEach((f, i) => f.id && byImdb.set(f.id, i));
  const awards = compileAwards(join(dataDir, "imdb_awards"), byImdb, films.length);
  const records = deriveRecords({ nominations: nom, categories });

  return {
    version: DATASET_VERSION,
    ceremonies,
    categories,
    categoryNames,
    films,
    people,
    nominations: nom,
    awards,
    records,
    lexicon: buildLexiconData({ people, films }),
    sources: [
      { name: "DLu/oscar_data (oscars.csv)", licence: "BSD-2-Clause" },
      { name: "Academy Awards ceremonies table (ceremonies.tsv)", licence: "facts, sourced per row" },
      { name: "Kometa-Team/IMDb-Awards (imdb_awards/events)", licence: "MIT" },
    ],
  };
}

/** Entry point used by scripts/build.mjs. */
export function main(outDir: string): void {
  const dataDir = resolve(process.env.OSCAR_FACTS_DATA_DIR ?? join(process.cwd(), "..", "shared", "data"));
  try {
    if (!existsSync(dataDir))
      throw new DataError(
        dataDir,
        0,
        "data folder not found (set OSCAR_FACTS_DATA_DIR to the folder holding oscar_data/ and ceremonies/)",
      );
    const started = Date.now();
    const data = compile(dataDir);
    mkdirSync(outDir, { recursive: true });
    const json = asciiOnly(JSON.stringify(data));
    writeFileSync(join(outDir, "oscars.json"), json);
    // Licence notices travel with the compiled data.
    copyFileSync(join(dataDir, "oscar_data", "LICENSE"), join(outDir, "LICENSE-oscar_data.txt"));
    const awardsLicence = join(dataDir, "imdb_awards", "LICENSE");
    if (existsSync(awardsLicence)) copyFileSync(awardsLicence, join(outDir, "LICENSE-imdb_awards.txt"));
    console.log(
      `oscar-facts: compiled ${data.nominations.ceremony.length} nominations, ${data.films.length} films, ` +
        `${data.people.length} people, ${data.ceremonies.length} ceremonies, ${data.awards.body.length} categories of ${data.awards.bodies.length} other bodies from ${dataDir} ` +
        `into ${join(outDir, "oscars.json")} (${(json.length / 1024 / 1024).toFixed(2)} MB, ${Date.now() - started} ms)`,
    );
  } catch (e) {
    if (e instanceof DataError) {
      console.error(`oscar-facts: data build failed: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

/**
 * Articles name a film by its main title ("Birdman", "Dr. Strangelove", "Borat Subsequent
 * Moviefilm"): the part before " or (", " or:" or ": " becomes an alias (and each half of "X ('Y')"), unless another
 * film has that title ("Dune: Part Two" is not "Dune") or it is a number ("2001").
 */
function addShortTitles(films: FilmRecord[]): void {
  const titles = new Set(films.map((f) => f.title.toLowerCase()));
  // A title without its article ("Hurt Locker") when what remains is two words or more and no other title.
  const bare = new Map<string, number>();
  for (const f of films) {
    const key = withoutArticle(f.title)?.toLowerCase();
    if (key) bare.set(key, (bare.get(key) ?? 0) + 1);
  }
  for (const f of films) {
    const short = f.title.split(/ or[:(]| or \(|: /)[0].trim();
    // "Volver a Empezar ('To Begin Again')": the original title and its translation, each alone.
    const translated = /^(.+?) \('(.+)'\)$/.exec(f.title);
    const shorts = [short, withoutArticle(short), ...(translated ? [translated[1], translated[2]] : [])];
    for (const s of shorts) {
      if (!s || s === f.title || !/\p{L}/u.test(s) || titles.has(s.toLowerCase())) continue;
      if (s !== short && bare.get(s.toLowerCase())! > 1) continue;
      if (!f.aliases.includes(s)) f.aliases.push(s);
    }
  }
}

/**
 * "Guillermo del Toro's Pinocchio" is "Pinocchio" in an article, as "Meredith Willson's The Music Man" is
 * "The Music Man": a title a nominee owns goes by what follows the possessive, even when an older film
 * has that title (the night or the owner tells them apart, as for remakes).
 */
function addOwnedTitles(films: FilmRecord[], names: Set<string>): void {
  for (const f of films) {
    const owned = /^(.+?)['\u2019]s (\p{Lu}.*)$/u.exec(f.title);
    if (!owned || !names.has(owned[1]) || f.aliases.includes(owned[2])) continue;
    f.aliases.push(owned[2]);
  }
}

function withoutArticle(title: string): string | undefined {
  const m = /^The (\S+ \S.*)$/.exec(title);
  return m ? m[1] : undefined;
}

/** Two spellings of one name end in the same word ("Will Jennings", "Wilbur Jennings"). */
function sameSurname(a: string, b: string): boolean {
  const last = (s: string) =>
    wordKeys(s)
      .filter((w) => !/^(?:jr|sr|ii|iii)$/.test(w))
      .pop();
  return last(a) !== undefined && last(a) === last(b);
}

/**
 * JSON with every character past ASCII written as a \u escape (the same data once parsed).
 * A few thousand accented names would otherwise make the text the server reads at each start
 * a two-byte string: twice the memory while it is parsed, and a quarter slower to read and parse.
 */
function asciiOnly(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Records the data can prove, derived once at build time: most wins in a night by a
 * person and by a film, most nominations, most nominations without a win, most career
 * wins. Each list keeps every entry within three of the top count, so that the record
 * as it stood at any earlier ceremony can be read off too.
 */
import type { Dataset, RecordEntry, Records } from "./dataset";

export const RECORD_LABEL: Record<keyof Records, string> = {
  personWinsInNight: "Oscars won by one person in a night",
  filmWinsInNight: "Oscars won by a film in a night",
  filmNominations: "nominations for a film",
  filmNominationsWithoutWin: "nominations for a film that won nothing",
  personCareerWins: "career Oscars",
};
import { COMPETITIVE_CLASSES } from "./categories";

type Base = Pick<Dataset, "nominations" | "categories">;

function top(entries: RecordEntry[]): RecordEntry[] {
  const max = Math.max(0, ...entries.map((e) => e.count));
  return entries
    .filter((e) => e.count >= max - 3 && e.count > 1)
    .sort((a, b) => b.count - a.count || a.ceremony - b.ceremony);
}

export function deriveRecords(data: Base): Records {
  const nom = data.nominations;
  const competitive = data.categories.map((c) => COMPETITIVE_CLASSES.has(c.cls));
  const personNight = new Map<string, RecordEntry>();
  const filmNight = new Map<string, RecordEntry>();
  const filmNoms = new Map<string, RecordEntry>();
  const career = new Map<number, RecordEntry>();
  for (let i = 0; i < nom.ceremony.length; i++) {
    if (!competitive[nom.category[i]]) continue;
    const c = nom.ceremony[i];
    const won = nom.won[i] === 1;
    for (const f of new Set(nom.films[i])) {
      const k = `${f}@${c}`;
      const n = filmNoms.get(k) ?? { holder: f, kind: "film" as const, ceremony: c, count: 0 };
      n.count++;
      filmNoms.set(k, n);
      if (won) {
        const w = filmNight.get(k) ?? { holder: f, kind: "film" as const, ceremony: c, count: 0 };
        w.count++;
        filmNight.set(k, w);
      }
    }
    if (!won) continue;
    for (const p of new Set(nom.people[i])) {
      const k = `${p}@${c}`;
      const e = personNight.get(k) ?? { holder: p, kind: "person" as const, ceremony: c, count: 0 };
      e.count++;
      personNight.set(k, e);
      const t = career.get(p) ?? { holder: p, kind: "person" as const, ceremony: c, count: 0 };
      t.count++;
      t.ceremony = Math.max(t.ceremony, c);
      career.set(p, t);
    }
  }
  const winless = [...filmNoms.entries()].filter(([k]) => !filmNight.has(k)).map(([, e]) => e);
  return {
    personWinsInNight: top([...personNight.values()]),
    filmWinsInNight: top([...filmNight.values()]),
    filmNominations: top([...filmNoms.values()]),
    filmNominationsWithoutWin: top(winless),
    personCareerWins: top([...career.values()]),
  };
}

/** The record as it stood after ceremony `upTo`: its count and every holder of that count so far. */
export function recordAsOf(entries: RecordEntry[], upTo: number): { count: number; holders: RecordEntry[] } {
  const seen = entries.filter((e) => e.ceremony <= upTo);
  const count = Math.max(0, ...seen.map((e) => e.count));
  return { count, holders: seen.filter((e) => e.count === count).sort((a, b) => a.ceremony - b.ceremony) };
}

/** Record-level entries of one holder: each with the holders it tied, if any. */
export function heldRecords(
  records: Records,
  kind: "person" | "film",
  holder: number,
): { record: keyof Records; entry: RecordEntry; tied: RecordEntry[] }[] {
  const out: { record: keyof Records; entry: RecordEntry; tied: RecordEntry[] }[] = [];
  for (const record of Object.keys(records) as (keyof Records)[]) {
    for (const entry of records[record]) {
      if (entry.kind !== kind || entry.holder !== holder) continue;
      const before = recordAsOf(records[record], entry.ceremony - 1);
      if (entry.count >= before.count)
        out.push({ record, entry, tied: entry.count === before.count ? before.holders : [] });
    }
  }
  return out;
}

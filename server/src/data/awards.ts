/** Build time: compiles imdb_awards/events/*.yml into the dataset's award columns. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { AwardColumns, BodyRecord } from "../engine/dataset";
import { awardKey } from "./award-keys";
import { DataError, readText } from "./tsv";

/** The bodies the engine knows how to name; other event files are skipped. */
export const BODIES: Record<string, { key: string; name: string; festival: boolean }> = {
  ev0000123: { key: "bafta", name: "BAFTA Film Awards", festival: false },
  ev0000292: { key: "globes", name: "Golden Globes", festival: false },
  ev0000133: { key: "critics", name: "Critics' Choice Awards", festival: false },
  ev0000598: { key: "sag", name: "SAG Awards (Actor Awards)", festival: false },
  ev0000349: { key: "spirit", name: "Independent Spirit Awards", festival: false },
  ev0000157: { key: "cesar", name: "César Awards", festival: false },
  ev0000147: { key: "cannes", name: "Cannes Film Festival", festival: true },
  ev0000681: { key: "venice", name: "Venice Film Festival", festival: true },
  ev0000091: { key: "berlin", name: "Berlin International Film Festival", festival: true },
  ev0000631: { key: "sundance", name: "Sundance Film Festival", festival: true },
  ev0000659: { key: "tiff", name: "Toronto International Film Festival", festival: true },
};

type Yearly = Record<string, Record<string, Record<string, { nominee?: string[]; winner?: string[] }>>>;

/** `filmIndex` maps an IMDb film id to the dataset's film index; unknown ids go to extraFilmIds. */
export function compileAwards(dir: string, filmIndex: Map<string, number>, filmCount: number): AwardColumns {
  const out: AwardColumns = {
    bodies: [],
    body: [],
    year: [],
    season: [],
    award: [],
    category: [],
    key: [],
    variant: [],
    nominees: [],
    winners: [],
    extraFilmIds: [],
  };
  const events = join(dir, "events");
  if (!existsSync(events)) throw new DataError(events, 0, "folder not found");
  const extra = new Map<string, number>();
  const ref = (id: string): number => {
    const known = filmIndex.get(id);
    if (known !== undefined) return known;
    let e = extra.get(id);
    if (e === undefined) {
      e = filmCount + out.extraFilmIds.push(id) - 1;
      extra.set(id, e);
    }
    return e;
  };
  for (const file of readdirSync(events)
    .filter((f) => f.endsWith(".yml"))
    .sort()) {
    const id = file.replace(/\.yml$/, "");
    const meta = BODIES[id];
    if (!meta) continue;
    const path = join(events, file);
    let data: Yearly;
    try {
      data = parse(readText(path)) as Yearly;
    } catch (e) {
      const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
      throw new DataError(path, line, `not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
    if (!data || typeof data !== "object") throw new DataError(path, 0, "expected years at the top level");
    const body: BodyRecord = { id, ...meta };
    const b = out.bodies.push(body) - 1;
    for (const [year, awards] of Object.entries(data)) {
      const y = /^(\d{4})(?:-(\d))?$/.exec(year);
      if (!y) throw new DataError(path, 0, `year "${year}" is neither YYYY nor YYYY-N`);
      const calendar = Number(y[1]);
      const season = meta.festival || (y[2] !== undefined && Number(y[2]) > 1) ? calendar + 1 : calendar;
      for (const [award, categories] of Object.entries(awards ?? {})) {
        for (const [category, entry] of Object.entries(categories ?? {})) {
          const { key, variant } = awardKey(meta.key, award, category);
          if (key === "tv") continue; // never a film claim
          out.body.push(b);
          out.year.push(calendar);
          out.season.push(season);
          out.award.push(award);
          out.category.push(category);
          out.key.push(key);
          out.variant.push(variant);
          out.nominees.push((entry?.nominee ?? []).map(ref));
          out.winners.push((entry?.winner ?? []).map(ref));
        }
      }
    }
  }
  return out;
}

/**
 * A category's whole field: "all five best picture nominees received at least one award",
 * "every Best Picture nominee won at least one Oscar". Each film nominated in the category on
 * the night won some competitive Oscar there, and the field had as many films as said.
 */
import { listText } from "../kb";
import { NUM, numberOf } from "../text/fold";
import { claim, nameOf } from "./common";
import { recordIn } from "./frames/keys";
import type { Claim } from "./types";
import { OTHER_BODY, hedged, saysOscar, spanOf, type SentenceView } from "./view";

/** "all the", "every", "each of the". */
const ALL_OF = String.raw`\b(?:all|every|each of the)(?: (?:the|of the))? `;
/** "(five) <C> nominees" (groups n, c). */
const FIELD = String.raw`(?:(?<n>${NUM}) )?<C(?<c>\d+)> (?:nominees?|nominated films?|contenders?)`;
/** "(have) won", "took home". */
const HAVE = String.raw`(?: (?:has|have|had))? `;
const WON = String.raw`(?:won|received|took home|went home with|earned|collected|picked up|claimed)`;
const AT_LEAST_ONE = String.raw` at least one (?:award|oscar|prize|statuette|trophy)\b`;
const ALL_WON = new RegExp(ALL_OF + FIELD + HAVE + WON + AT_LEAST_ONE, "g");

const FILM_FIELDS = new Set(["picture", "animated-feature", "international-feature", "documentary-feature"]);

export function checkFieldWins(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  const c = v.ctx && v.ctx.strength !== "setting" ? v.ctx.ceremony : undefined;
  // In a Globes or BAFTA piece, or beside another body's name, the award may be that body's.
  if (c === undefined || (v.otherBodies && !saysOscar(v)) || OTHER_BODY.test(v.sk) || /<A\d/.test(v.sk)) return out;
  const kb = v.kb;
  for (const m of v.sk.matchAll(ALL_WON)) {
    if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index! + m[0].length))) continue;
    const key = v.mentions[Number(m.groups!.c)].category;
    // Only a field of films: a person's "at least one award" may be any body's.
    if (!key || !FILM_FIELDS.has(key)) continue;
    const rows = kb.nominationsAt(c).filter((i) => kb.isCompetitive(i) && recordIn(kb, key, i));
    const films = [...new Set(rows.flatMap((i) => kb.data.nominations.films[i]))];
    if (films.length === 0) continue;
    const n = m.groups!.n ? numberOf(m.groups!.n) : films.length;
    const won = (f: number) =>
      kb.nominationsOfFilm(f).some((i) => kb.data.nominations.ceremony[i] === c && kb.isCompetitive(i) && kb.won(i));
    const without = films.filter((f) => !won(f));
    const label = kb.ceremonyLabel(c);
    const base = {
      kind: "count" as const,
      rule: "wrong-count",
      ...spanOf(v, m.index!, m.index! + m[0].length),
      statement: `Every ${v.mentions[Number(m.groups!.c)].text} nominee won an Oscar at the ${label}`,
    };
    const title = (f: number) => nameOf(kb, { kind: "film", ids: [f], mention: v.mentions[0], coref: false });
    if (without.length === 0 && n === films.length)
      out.push(claim({ ...base, verdict: "supported", message: `${films.length} nominees, each with a win` }));
    else if (without.length)
      out.push(
        claim({
          ...base,
          verdict: "refuted",
          severity: "error",
          message: `At the ${label}, ${listText(without.map(title))} won nothing.`,
        }),
      );
  }
  return out;
}

/**
 * The films that hold a count record, listed after it: "the record holders for 14 nominations,
 * which include A (1950 | 23rd Academy Awards); B and C", "the record of 11 Oscars, held by A,
 * B and C". Each film listed had that many on its night.
 */
import { NUM, numberOf } from "../text/fold";
import { claim, countsAt, nameOf, subjectOf } from "./common";
import type { Claim } from "./types";
import { hedged, type SentenceView } from "./view";

/** "14 Oscar nominations": the count of the record (groups n, what). */
const RECORD_NOUN = String.raw`(?<what>nominations|nods|wins|oscars|awards)\b`;
const RECORD_COUNT = String.raw`(?<n>${NUM}) (?:oscar |academy award )?${RECORD_NOUN}(?: ,)? `;
/** "which include", "including", "are". */
const INCLUDING = String.raw`(?:(?:which|who) (?:include|includes|included|are|were)|including|:|are|were)`;
const HOLDERS = new RegExp(String.raw`\brecord(?: -)? holders? (?:for|of|with) ${RECORD_COUNT}${INCLUDING}`, "g");
/** "is now held by", "set by". */
const HELD = String.raw`(?:(?:is |was |are )?(?:now |jointly )?(?:held|set|shared) by)`;
const HELD_BY = new RegExp(String.raw`\brecord (?:of|for) ${RECORD_COUNT}${HELD}`, "g");
/** What may stand between the films of the list: punctuation, "and", years, "(1997 | 70th Academy Awards)". */
const GLUE = /^(?:[,;|()&:]|and|["'`]+|\d{4}|'s|<E\d+>)$/;

export function checkHolders(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  for (const re of [HOLDERS, HELD_BY]) {
    for (const m of v.sk.matchAll(re)) {
      if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      const n = numberOf(m.groups!.n);
      if (n === undefined) continue;
      const wins = !/^n/.test(m.groups!.what);
      const num = v.unitAt(m.index! + m[0].indexOf(` ${m.groups!.n} `) + 1);
      const units = v.sk
        .slice(m.index! + m[0].length)
        .trim()
        .split(" ");
      for (let k = 0; k < units.length; k++) {
        const f = /^<F(\d+)>$/.exec(units[k]);
        if (!f) {
          if (GLUE.test(units[k])) continue;
          break;
        }
        // "Titanic (1997 | 70th Academy Awards)": the night in the bracket picks one of the films of a title.
        let b = k + 1;
        while (/^["'`]+$/.test(units[b] ?? "")) b++;
        const e = units[b] === "(" ? units.slice(b + 1, b + 5).find((u) => /^<E\d+>$/.test(u)) : undefined;
        const night = e ? v.mentions[Number(e.slice(2, -1))].ids[0] : undefined;
        const m2 = v.mentions[Number(f[1])];
        const ids = m2.ids.filter((id) => night === undefined || v.kb.ceremoniesOfFilm(id).includes(night));
        const nights = ids.length === 1 ? v.kb.ceremoniesOfFilm(ids[0]) : [];
        if (nights.length !== 1) continue;
        const c = nights[0];
        const h = subjectOf({ ...m2, ids })!;
        const had = countsAt(v.kb, c, wins).get(ids[0]) ?? 0;
        const noun = wins ? "Oscars" : "nominations";
        const base = {
          kind: "record" as const,
          rule: "wrong-record",
          // (One number shared by the list: like "A and B won two apiece", each claim spans it and its name.)
          start: Math.min(m2.start, num.start),
          end: m2.end,
          statement: `${nameOf(v.kb, h)} holds the record of ${n} ${noun}`,
        };
        const label = v.kb.ceremonyLabel(c);
        out.push(
          had === n
            ? claim({ ...base, verdict: "supported", message: `${had} ${noun} at the ${label}` })
            : claim({
                ...base,
                verdict: "refuted",
                severity: "error",
                message: `${nameOf(v.kb, h)} had ${had} ${noun} at the ${label}, not ${n}.`,
              }),
        );
      }
    }
  }
  return out;
}

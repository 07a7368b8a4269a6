/**
 * The record for a film winning every one of its nominations: "the record for a film winning
 * all its nominations was nine, set by A and B", "the previous sweep record of nine out of
 * nine by A and B". Each holder must have won all its competitive nominations on its night, as
 * many as said, and no film before it may have swept more.
 */
import type { KnowledgeBase } from "../kb";
import { listText } from "../kb";
import { NUM, numberOf } from "../text/fold";
import { claim, nameOf, subjectOf, type Subject } from "./common";
import type { Claim } from "./types";
import { hedged, type SentenceView } from "./view";

const SWEEP_OF = new RegExp(
  String.raw`\bsweep (?:" )?record (?:of )?(?<n>${NUM}) (?:out of|for|of) (?<m>${NUM})(?: nominations| oscars)?`,
  "g",
);
/** "record for (a film) winning all of its". */
const RECORD_FOR = String.raw`\brecord for (?:a (?:film|movie|picture) )?`;
const WINNING_ALL = String.raw`(?:winning|sweeping|taking|converting) (?:all|every one) (?:of )?(?:its |the )?`;
/** "(11) nominations" (group n). */
const ITS_NOMINATIONS = String.raw`(?:(?<n>${NUM}) )?(?:oscar )?(?:nominations|nods|oscars|awards|categories)`;
/** "(it was nominated for)", "(stood at 11)" (group m). */
const IT_WAS_NOMINATED = String.raw`(?: (?:it|for which it) (?:was|had been) nominated(?: for| in)?)?`;
const STOOD_AT = String.raw`(?: (?:was|is|stood at) (?<m>${NUM}))?`;
const ALL_ITS = new RegExp(RECORD_FOR + WINNING_ALL + ITS_NOMINATIONS + IT_WAS_NOMINATED + STOOD_AT, "g");
/** One title of the list: "1997 's <F>", "<F> ( 1959 )", then ",", "and". */
const LISTED_FILM = String.raw`(?:(?:" |' )?(?:\d{4} 's )?<F\d+>(?: ")?(?: \( \d{4} \))?(?: ,| and| , and)? ?)`;
/** A list of films after "by": titles joined by commas and "and", each perhaps with its year. */
const BY_LIST = new RegExp(
  String.raw`^(?: ,)? (?:(?:was |were |is )?(?:set|held|shared) )?by (?<list>${LISTED_FILM}+)`,
);

const SETTER =
  /<F\d+> (?:" )?(?:set|sets|holds|held|broke|breaks|established|tied|ties|matched) (?:a|the) (?:new )?(?:oscar )?$/;

export function checkSweeps(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  for (const re of [SWEEP_OF, ALL_ITS]) {
    for (const m of v.sk.matchAll(re)) {
      if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      const n = numberOf(m.groups!.n ?? m.groups!.m ?? "");
      const m2 = m.groups!.m && m.groups!.n ? numberOf(m.groups!.m) : n;
      if (n === undefined || n !== m2) continue;
      const by = BY_LIST.exec(v.sk.slice(m.index! + m[0].length));
      // "F set a record for winning all 11 …": the film that set it.
      const setter = by ? null : SETTER.exec(v.sk.slice(0, m.index));
      const list = by?.groups!.list ?? setter?.[0] ?? "";
      for (const [, i] of list.matchAll(/<F(\d+)>/g)) {
        const h = subjectOf(v.mentions[Number(i)]);
        if (h?.ids.length === 1) out.push(verifySweep(v, h, n));
      }
    }
  }
  return out;
}

function verifySweep(v: SentenceView, h: Subject, n: number): Claim {
  const kb = v.kb;
  const name = nameOf(kb, h);
  const base = {
    kind: "record" as const,
    rule: "wrong-record",
    start: h.mention.start,
    end: h.mention.end,
    statement: `${name} won all ${n} of its nominations, a record`,
  };
  const mine = sweepsOf(kb).find((s) => s.film === h.ids[0]);
  const before = mine ? sweepsOf(kb).filter((s) => s.ceremony < mine.ceremony && s.count > mine.count) : [];
  if (mine && mine.count === n && before.length === 0)
    return claim({ ...base, verdict: "supported", message: `${n} of ${n} at the ${kb.ceremonyLabel(mine.ceremony)}` });
  const rows = kb.nominationsOfFilm(h.ids[0]).filter((i) => kb.isCompetitive(i));
  const won = rows.filter((i) => kb.won(i)).length;
  const message = mine
    ? mine.count !== n
      ? `${name} won all ${mine.count} of its nominations, not ${n}.`
      : `${listText(before.map((s) => kb.data.films[s.film].title))} had swept more before.`
    : `${name} won ${won} of its ${rows.length} nominations.`;
  return claim({ ...base, verdict: "refuted", severity: "error", message });
}

interface Sweep {
  film: number;
  ceremony: number;
  count: number;
}

const cache = new WeakMap<object, Sweep[]>();

/** Films that won every competitive nomination on their one night (two or more), found once per dataset. */
function sweepsOf(kb: KnowledgeBase): Sweep[] {
  const hit = cache.get(kb.data);
  if (hit) return hit;
  const nom = kb.data.nominations;
  const tally = new Map<string, { film: number; ceremony: number; count: number; won: number }>();
  for (let i = 0; i < nom.ceremony.length; i++) {
    if (!kb.isCompetitive(i)) continue;
    for (const f of new Set(nom.films[i])) {
      const k = `${f}@${nom.ceremony[i]}`;
      const t = tally.get(k) ?? { film: f, ceremony: nom.ceremony[i], count: 0, won: 0 };
      t.count++;
      if (kb.won(i)) t.won++;
      tally.set(k, t);
    }
  }
  const out = [...tally.values()].filter((t) => t.count >= 2 && t.won === t.count);
  cache.set(kb.data, out);
  return out;
}

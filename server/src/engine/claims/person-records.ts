/**
 * A person's career superlative: "…, the most nominations ever earned by a writer", "Streep holds
 * the record for the most acting nominations", "the most Oscar wins of any individual". The role
 * named (writer, director, performer…) picks the categories; the person's count over them, up to
 * the article's night, must top every other person's. Borne out or left unread: a career's span
 * and the categories meant are too open to refute.
 */
import { claim, nameOf, subjectOf, type Subject } from "./common";
import type { Claim } from "./types";
import { hedged, spanOf, type SentenceView } from "./view";
import { isObject } from "./wins";

/** "(acting) nominations". */
const MOST_ADJ = String.raw`(?:(?<adj>acting|directing|writing|screenwriting|oscar|academy award|competitive) )?`;
const MOST_WHAT = String.raw`(?<what>nominations|nods|wins|oscars|awards|<E\d+>)`;
/** "(ever) (earned) by an actress". */
const BY_ANY = String.raw`(?: ever)?(?: (?:earned|received|garnered|won|collected))? by (?:a|an|any) (?<by>[a-z]+)`;
/** "ever", "in Oscar history". */
const EVER = String.raw`(?:ever|in (?:oscar |academy awards? )?history|of all time)`;
const MOST_TAIL = String.raw`(?<tail>${BY_ANY}| of any (?<of>[a-z]+)| ${EVER})?`;
const MOST = new RegExp(String.raw`\bmost ${MOST_ADJ}${MOST_WHAT}${MOST_TAIL}(?= [,.;:)]| \(|$)`, "g");

/** Categories of each role a sentence may name. */
const ROLES: [RegExp, RegExp][] = [
  [
    /^(?:acting|actor|actress|performer|thespian)s?$/,
    /^(?:actor|actress|supporting-actor|supporting-actress|acting|supporting)$/,
  ],
  [/^(?:writing|screenwriting|writer|screenwriter)s?$/, /screenplay|original-story/],
  [/^(?:directing|director|filmmaker)s?$/, /^director$/],
  [/^(?:composer)s?$/, /^(?:score|song|song-score)$/],
  [/^(?:cinematographer)s?$/, /^cinematography$/],
  [/^(?:editor)s?$/, /^editing$/],
  [/^(?:individual|person|one|people|anyone|oscar|academy award|competitive)?$/, /./],
];

export function checkPersonRecords(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  for (const m of v.sk.matchAll(MOST)) {
    const pre = v.sk.slice(0, m.index);
    if (/(?:- |second |third )$/.test(pre) || hedged(pre.slice(-40)) || v.sk.includes("?")) continue;
    const g = m.groups!;
    // A bare "the most nominations" may be a night's: only a scope, a role or a record makes it a career's.
    if (!g.tail && !/\brecord (?:for )?(?:the )?$/.test(pre)) continue;
    const role = g.adj ?? g.by ?? g.of ?? "";
    const keys = ROLES.find(([word]) => word.test(role))?.[1];
    const h = personOf(v, pre);
    if (!keys || !h) continue;
    const wins = !/nomin|nods/.test(g.what);
    // ("An article on a past night may be written long after it: the career then, or in all.)
    const tops = (night: number | undefined) => {
      const tally = tallyOf(v, keys, wins, night);
      const mine = tally.get(h.ids[0]) ?? 0;
      return mine > 0 && mine === Math.max(...tally.values()) ? mine : 0;
    };
    const doc = v.doc?.ceremony ?? v.ctx?.ceremony;
    const then = doc === undefined ? 0 : tops(doc);
    const night = then ? doc : undefined;
    const mine = then || tops(undefined);
    if (!mine) continue;
    const noun = wins ? "Oscars" : "nominations";
    const what = g.adj ? `${g.adj} ${noun}` : role ? `${noun} of any ${role}` : noun;
    const by = night === undefined ? "" : ` by the ${v.kb.ceremonyLabel(night)}`;
    out.push(
      claim({
        kind: "record",
        rule: "wrong-record",
        ...spanOf(v, m.index!, m.index! + m[0].length),
        statement: `${nameOf(v.kb, h)} has the most ${what}`,
        verdict: "supported",
        message: `${mine} ${noun}${by}, more than anyone`,
      }),
    );
  }
  return out;
}

/** The one person of the clause before the phrase who is no object. */
function personOf(v: SentenceView, pre: string): Subject | undefined {
  // The clause: after a full stop, a semicolon or a contrasting conjunction ("…, but F won the most").
  const clause = pre.split(/ [;.] | , (?:but|while|whereas|although|though|yet) /).pop() ?? "";
  const offset = pre.length - clause.length;
  const free = [...clause.matchAll(/<([PF])(\d+)>( 's)?/g)].filter(
    (n) => !isObject(pre.slice(0, offset + n.index!).replace(/(?: ["'`]+)+$/, "")),
  );
  const people = new Set(free.filter((n) => n[1] === "P").map((n) => v.mentions[Number(n[2])].ids.join()));
  if (people.size !== 1) return undefined;
  const m = v.mentions[Number(free.find((n) => n[1] === "P")![2])];
  return m.ids.length === 1 ? subjectOf(m) : undefined;
}

/** Competitive nominations (or wins) per person in categories whose key matches, up to a night. */
function tallyOf(v: SentenceView, keys: RegExp, wins: boolean, night: number | undefined): Map<number, number> {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const out = new Map<number, number>();
  for (let i = 0; i < nom.ceremony.length; i++) {
    if ((night !== undefined && nom.ceremony[i] > night) || !kb.isCompetitive(i) || (wins && !kb.won(i))) continue;
    if (!keys.test(kb.keyOf(i))) continue;
    for (const p of new Set(nom.people[i])) out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/**
 * Count claims: "took home five awards", "a single Oscar", "five out of its six
 * nominations", "won 3 of its 10 nods", "beating nine other contenders".
 */
import { NUM, numberOf } from "../text/fold";
import {
  WIN_VERB,
  ceremonyFor,
  claim,
  evidence,
  nameOf,
  nominationsOf,
  numberClaim,
  winsText,
  type Subject,
} from "./common";
import type { Claim } from "./types";
import { hedged, spanOf, type SentenceView } from "./view";
import { subjectBefore } from "./wins";

const DET = String.raw`(?:its|it 's|their|his|her|the)`;
const WINS = new RegExp(
  String.raw`(?<![\w-])(?<verb>${WIN_VERB}|dominated the (?:night|evening|ceremony) with|with ${DET}|swept)(?: (?:a|an|a total of|an impressive|a whopping|a record|a leading))? (?<n>${NUM}) (?:oscars?|academy awards?|awards?|wins|trophies|statuettes|prizes)\b(?! nominations| nods)`,
  "g",
);
const OUT_OF = new RegExp(
  String.raw`\b(?<n>${NUM}) (?:out )?of ${DET} (?<m>${NUM}) (?:oscar |academy award )?(?:nominations|nods|bids)\b`,
  "g",
);
const OTHER_CONTENDERS = new RegExp(
  String.raw`\b(?:beating|beat|beats|over|against|edging out|topping) (?<n>${NUM}) other (?:contenders|nominees|films|competitors|rivals|pictures)\b`,
  "g",
);

export function checkCounts(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  for (const m of v.sk.matchAll(WINS)) {
    if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // "with its five wins": "its" is the subject, so read up to it.
    const anchor = m.groups!.verb.startsWith("with ") ? m.index! + m.groups!.verb.length : m.index!;
    const subj = subjectBefore(v, anchor);
    if (!subj) continue;
    const nAt = m.index! + m[0].lastIndexOf(m.groups!.n);
    out.push(verifyWins(v, subj, numberOf(m.groups!.n)!, spanOf(v, nAt, nAt + m.groups!.n.length)));
  }
  for (const m of v.sk.matchAll(OUT_OF)) {
    const pre = v.sk.slice(0, m.index!);
    if (hedged(pre.slice(-30))) continue;
    const verbs = [...pre.matchAll(new RegExp(String.raw`(?<![\w-])${WIN_VERB}\b`, "g"))];
    const verb = verbs[verbs.length - 1];
    const subj = subjectBefore(v, verb ? verb.index! : m.index!);
    if (!subj) continue;
    const nAt = m.index!;
    const mAt = m.index! + m[0].indexOf(m.groups!.m, m.groups!.n.length + 1);
    out.push(verifyWins(v, subj, numberOf(m.groups!.n)!, spanOf(v, nAt, nAt + m.groups!.n.length)));
    out.push(verifyNominationTotal(v, subj, numberOf(m.groups!.m)!, spanOf(v, mAt, mAt + m.groups!.m.length)));
  }
  for (const m of v.sk.matchAll(OTHER_CONTENDERS)) {
    const nAt = m.index! + m[0].indexOf(m.groups!.n);
    out.push(verifyFieldSize(v, numberOf(m.groups!.n)!, spanOf(v, nAt, nAt + m.groups!.n.length)));
  }
  return out;
}

function verifyWins(v: SentenceView, subj: Subject, n: number, range: { start: number; end: number }): Claim {
  const kb = v.kb;
  const ctx = ceremonyFor(v, subj.kind === "film" ? [subj.ids] : []);
  const name = nameOf(kb, subj);
  const base = { kind: "count" as const, rule: "wrong-count", ...range };
  if (!ctx)
    return claim({
      ...base,
      statement: `${name} won ${n} Oscars`,
      verdict: "unverifiable",
      message: "No ceremony in context",
    });
  const label = kb.ceremonyLabel(ctx.ceremony);
  const statement = `${name} won ${n} Oscar${n === 1 ? "" : "s"} at the ${label}`;
  const noms = nominationsOf(kb, subj, ctx.ceremony).filter((i) => kb.isCompetitive(i));
  if (noms.length === 0)
    return claim({ ...base, statement, verdict: "unverifiable", message: `${name} has no nomination at the ${label}` });
  const wins = noms.filter((i) => kb.won(i));
  const list = wins.length ? winsText(kb, wins, false) : "";
  const refuted = `At the ${label}, ${name} won ${wins.length} Oscar${wins.length === 1 ? "" : "s"}${list ? ` (${list})` : ""}, not ${n}.`;
  return numberClaim(
    v,
    { ...base, statement },
    n,
    wins.length,
    `${name} won ${list}`,
    refuted,
    wins.map((i) => evidence(kb, i)),
  );
}

function verifyNominationTotal(
  v: SentenceView,
  subj: Subject,
  m: number,
  range: { start: number; end: number },
): Claim {
  const kb = v.kb;
  const ctx = ceremonyFor(v, subj.kind === "film" ? [subj.ids] : []);
  const name = nameOf(kb, subj);
  const base = { kind: "count" as const, rule: "wrong-count", ...range };
  if (!ctx)
    return claim({
      ...base,
      statement: `${name} had ${m} nominations`,
      verdict: "unverifiable",
      message: "No ceremony in context",
    });
  const label = kb.ceremonyLabel(ctx.ceremony);
  const noms = nominationsOf(kb, subj, ctx.ceremony).filter((i) => kb.isCompetitive(i));
  const statement = `${name} had ${m} nominations at the ${label}`;
  if (noms.length === 0)
    return claim({ ...base, statement, verdict: "unverifiable", message: `${name} has no nomination at the ${label}` });
  return numberClaim(
    v,
    { ...base, statement },
    m,
    noms.length,
    `${noms.length} nominations`,
    `At the ${label}, ${name} had ${noms.length} nominations, not ${m}.`,
    noms.map((i) => evidence(kb, i)),
  );
}

/**
 * "Nomadland won best picture over seven other contenders" in a piece on another night: the one night the
 * nearest film before the count competed in the category.
 */
function nightOfFilmIn(v: SentenceView, key: string, before: number): number | undefined {
  const films = v.mentions.filter((m) => m.kind === "film" && m.ids.length === 1 && m.end <= before);
  const film = films.pop();
  if (!film) return undefined;
  const kb = v.kb;
  const nights = kb.nominationsOfFilm(film.ids[0]).filter((i) => kb.keyOf(i) === key);
  const held = [...new Set(nights.map((i) => kb.data.nominations.ceremony[i]))];
  return held.length === 1 ? held[0] : undefined;
}

/** "beating nine other contenders": the category is the sentence's, or the one just before. */
function verifyFieldSize(v: SentenceView, n: number, range: { start: number; end: number }): Claim {
  const kb = v.kb;
  const base = { kind: "count" as const, rule: "wrong-count", ...range };
  const own = v.mentions.filter((m) => m.kind === "category" && m.explicit);
  const inferred = own.length === 0;
  // ("X won best director, beating A and B, and F won best picture over seven other contenders": the
  // category nearest before the count is the field counted.)
  const nearest = own.filter((m) => m.end <= range.start).pop() ?? own[0];
  const key = nearest?.category ?? v.priorCategory;
  const ctx = v.ctx;
  if (!key || !ctx)
    return claim({
      ...base,
      statement: `the category had ${n + 1} nominees`,
      verdict: "unverifiable",
      message: "No category or ceremony in context",
    });
  const night = ctx.strength === "sentence" ? ctx.ceremony : (nightOfFilmIn(v, key, range.start) ?? ctx.ceremony);
  const field = kb.field(night, key);
  const catName = kb.categoryNameAt(night, key);
  const label = kb.ceremonyLabel(night);
  const statement = `${catName} had ${n + 1} nominees at the ${label}`;
  if (field.length !== n + 1 && (inferred || field.length === 0))
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: `The category was inferred; ${catName} had ${field.length} nominees`,
    });
  return numberClaim(
    v,
    { ...base, statement },
    n,
    field.length - 1,
    `${field.length} nominees`,
    `At the ${label}, ${catName} had ${field.length} nominees, so a winner beat ${field.length - 1} others, not ${n}.`,
    field.map((i) => evidence(kb, i)),
  );
}

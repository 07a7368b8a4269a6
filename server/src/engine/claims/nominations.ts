/**
 * Nomination claims: "nominated for Best Actor", "a nomination in the Best Supporting
 * Actor category", "led the nominations with 13", "tying Wicked for the second-most
 * nominations", "going up against Dune: Part Two, Wicked and Conclave".
 */
import type { CeremonyContext } from "../context";
import type { Mention } from "../mentions/types";
import { NUM, numberLike, numberOf, ordinalValue } from "../text/fold";
import { listText } from "../kb";
import {
  LIST,
  STRONG,
  WIN_VERB,
  ceremonyFor,
  claim,
  countsAt,
  evidence,
  fix,
  nameOf,
  nominationsOf,
  quiet,
  settle,
  subjectOf,
  type Subject,
} from "./common";
import type { Claim } from "./types";
import { hedged, markers, otherBody, spanOf, type SentenceView } from "./view";
import { subjectBefore } from "./wins";
import { relativeOpening } from "./frames/bind";
import { unitsOf } from "./frames/clauses";
import { FILM_COREF, FILM_DETERMINERS } from "./frames/cues";

const NOMINATED_FOR = new RegExp(
  String.raw`\b(?:nominated|nomination|nominations|nod|nods|nominee|nominees) (?:for|in)(?: the| best)? (?<list>${LIST})(?: category| categories)?(?: for (?:his|her|their) (?:role|performance|turn|work) in (?:" |' )?<F(?<film>\d+)>)?`,
  "g",
);
const NOMINATIONS_INCLUDING = new RegExp(
  String.raw`\b(?:nominations|nods)(?: in [a-z ]+)? , including (?<list>${LIST})`,
  "g",
);
const COUNT = new RegExp(
  String.raw`\b(?<lead>led (?:the )?(?:nominations|field|pack)(?: with)?(?: an?)?(?: impressive| whopping| leading| record| total of)? )?(?<n>${NUM}) (?:oscar |academy award |total )?(?:nominations|nods)\b`,
  "g",
);
const LED_WITH = new RegExp(
  String.raw`\bled (?:the )?(?:nominations|field|pack|nominees) with (?:an? )?(?:impressive |whopping |leading |record |total of )?(?<n>${NUM})\b`,
  "g",
);
const TYING =
  /\btying (?:" )?<F(?<other>\d+)>(?: ")? for (?:the )?(?<rank>second|third|fourth|fifth|\d(?:nd|rd|th)) ?- ?most (?:nominations|nods)/g;
const FIELD_CUES =
  "going up against|went up against|up against|against|beating out|beating|beat out|beat|competing with|" +
  "competition from|(?:nominees|contenders|competitors|rivals|films|field) ,? including|over";
const RIVAL = String.raw`(?:" )?<[PF]\d+>(?: ,)?(?: ")?`;
/**
 * A name with a verb of its own opens a clause, it ends the rivals: "beating X, and Y won Best Actress"
 * (the full stop of "Jr." may stand between: "…, and Louis Gossett Jr. won").
 */
// (The closing quote may be left unmatched: '… and "Man on Wire" was named' is a clause too.)
// ('… and "Man on Wire," about the walker Philippe Petit, was named': an aside may stand before the verb.)
const ASIDE_BEFORE_VERB = String.raw`(?:(?: ,)? [^,.]{1,80} ,)?`;
const VERB_OF_ITS_OWN = String.raw`(?:${WIN_VERB}|was|were|is|are|has|had|became|went)\b`;
const OWN_VERB = String.raw`(?!(?: ")?${ASIDE_BEFORE_VERB}(?: \.)? ${VERB_OF_ITS_OWN})`;
const RIVALS_LIST = String.raw`${RIVAL}(?:(?: ,)?(?: and| &)? ${RIVAL}${OWN_VERB})*`;
const FIELD = new RegExp(String.raw`\b(?:${FIELD_CUES})(?<filler>(?: [a-z-]+){0,6}?) (?<list>${RIVALS_LIST})`, "g");

const FORECAST_NOUN = /\b(?:favou?rites?|front ?- ?runners?)\s*$/;

export function checkNominations(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  for (const re of [NOMINATED_FOR, NOMINATIONS_INCLUDING]) {
    for (const m of v.sk.matchAll(re)) {
      if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index! + 12))) continue;
      const subj = subjectBefore(v, m.index!);
      if (!subj || subj.coref) continue;
      // ("Curtis played D in the film, which dominated … with 11 nominations, including best picture": "which"
      // is the film's, not the person's.)
      if (subj.kind === "person" && /, which\b/.test(v.sk.slice(0, m.index!))) continue;
      const film = m.groups!.film !== undefined ? v.mentions[Number(m.groups!.film)].ids : undefined;
      if (otherBody(v, m.index!, m.index! + m[0].length)) continue;
      for (const c of markers(m.groups!.list, "C")) out.push(verifyNominated(v, subj, v.mentions[c], film));
    }
  }
  for (const re of [COUNT, LED_WITH]) {
    for (const m of v.sk.matchAll(re)) {
      if (/\b(?:out )?of (?:its|it 's|their|his|her|the) $/.test(v.sk.slice(0, m.index!))) continue; // "five of its six nominations": counts.ts
      if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      const subj = subjectBefore(v, m.index!);
      if (!subj || subj.coref) continue;
      const nAt = m.index! + m[0].indexOf(m.groups!.n, m.groups!.lead ? m.groups!.lead.length : 0);
      out.push(
        verifyCount(
          v,
          subj,
          numberOf(m.groups!.n)!,
          spanOf(v, nAt, nAt + m.groups!.n.length),
          !!m.groups!.lead || re === LED_WITH,
        ),
      );
    }
  }
  for (const m of v.sk.matchAll(TYING)) {
    const subj = subjectBefore(v, m.index!);
    const other = subjectOf(v.mentions[Number(m.groups!.other)]);
    if (subj && other && subj.kind === "film")
      out.push(verifyTie(v, subj, other, ordinalValue(m.groups!.rank)!, spanOf(v, m.index!, m.index! + m[0].length)));
  }
  for (const m of v.sk.matchAll(FIELD)) {
    if (hedged(v.sk.slice(0, m.index!)) || /\b(?:competition|critics|audiences|odds)\b/.test(m.groups!.filler))
      continue;
    // ("the prohibitive favourite over F": a forecast's rivals, not a result's.)
    if (FORECAST_NOUN.test(v.sk.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    const subj = fieldSubject(v, m.index!);
    if (!subj) continue;
    for (const i of markers(m.groups!.list, "PF")) {
      // ('… and Ryan Coogler\'s "Sinners"': the owner of a film beaten is not a rival.)
      if (v.mentions[i].possessive || ownerAt(v, i)) continue;
      const rival = subjectOf(v.mentions[i]);
      // ("… she beat X (F), Y (G)": a pronoun's person, unless the sentence before opened on them, is a guess.)
      if ((rival && rival.kind === subj.kind) || (rival && subj.kind === "person" && rival.kind === "film")) {
        const c = verifyRival(v, subj, rival!, m.index!);
        const guessed = subj.coref && v.prior.subject?.ids[0] !== subj.ids[0];
        out.push(c.verdict === "refuted" && guessed ? quiet(c) : c);
      }
    }
  }
  return out;
}

/** "Madison's victory ... beating out Demi Moore": the winner is the possessive name. */
function fieldSubject(v: SentenceView, at: number): Subject | undefined {
  const pre = v.sk.slice(0, at);
  const own = /<([PF])(\d+)> 's (?:[a-z-]+ )?(?:victory|win|triumph|film|performance)\b/.exec(pre);
  if (own) return subjectOf(v.mentions[Number(own[2])]);
  // "X won C1 for F, which also won C2 over Y": in a relative clause, the antecedent beat Y.
  const relative = /<([PF])(\d+)> , (?:which|who)\b(?:(?! , ).)*$/.exec(pre);
  if (relative) return subjectOf(v.mentions[Number(relative[2])]);
  // ("X won supporting actress, and the film beat Gravity": "the film" beat them; which film, and in
  // which category, the words before do not say.)
  if (FILM_NOUN_SUBJECT.test(pre)) return undefined;
  return subjectBefore(v, at);
}

/** "the film", "the movie" (perhaps "narrowly") before a verb of beating: clauses.ts's test, on the skeleton. */
const FILM_NOUNS = [...FILM_COREF].filter((w) => w !== "it").join("|");
const FILM_NOUN_SUBJECT = new RegExp(String.raw`\b(?:${FILM_DETERMINERS}) (?:${FILM_NOUNS}) (?:[a-z]+ly )?$`);

function verifyNominated(v: SentenceView, subj: Subject, cat: Mention, film?: number[]): Claim {
  const kb = v.kb;
  const key = cat.category!;
  const ctx = ceremonyFor(v, film ? [film] : subj.kind === "film" ? [subj.ids] : []);
  const name = nameOf(kb, subj);
  const base = { kind: "nomination" as const, rule: "wrong-nomination", start: cat.start, end: cat.end };
  if (!ctx)
    return claim({
      ...base,
      statement: `${name} was nominated for ${cat.text}`,
      verdict: "unverifiable",
      message: "No ceremony in context",
    });
  const c = ctx.ceremony;
  const label = kb.ceremonyLabel(c);
  const catName = kb.categoryNameAt(c, key);
  const statement = `${name} was nominated for ${catName} at the ${label}`;
  const mine = nominationsOf(kb, subj, c).filter((i) => kb.isCompetitive(i));
  const hits = mine.filter(
    (i) => kb.keyOf(i) === key && (!film || kb.data.nominations.films[i].some((f) => film.includes(f))),
  );
  if (hits.length)
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${kb.view(hits[0]).category}: ${kb.describeWinner(hits[0])}`,
      evidence: hits.map((i) => evidence(kb, i)),
    });
  const elsewhere = nominationsOf(kb, subj).filter((i) => kb.keyOf(i) === key);
  if (!STRONG.has(ctx.strength) && (elsewhere.length || mine.length === 0)) {
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: `${name} was not nominated for ${catName} at the ${label}; the sentence may be about another year`,
      evidence: elsewhere.map((i) => evidence(kb, i)),
    });
  }
  if (mine.length === 0 && !STRONG.has(ctx.strength))
    return claim({ ...base, statement, verdict: "unverifiable", message: `${name} has no nomination at the ${label}` });
  const own = [...new Set(mine.map((i) => kb.view(i).category))];
  const field = kb.field(c, key);
  const message = `At the ${label}, ${name} ${own.length ? `was nominated for ${listText(own)}` : "was not nominated"}, not ${catName}${field.length ? ` (nominees: ${field.map((i) => kb.describeWinner(i)).join("; ")})` : ""}.`;
  const c1 = claim({
    ...base,
    statement,
    verdict: "refuted",
    severity: "error",
    message,
    evidence: mine.map((i) => evidence(kb, i)),
  });
  const ownKeys = [...new Set(mine.map((i) => kb.keyOf(i)))];
  if (ownKeys.length === 1 && cat.explicit) {
    const other = kb.categoryNameAt(c, ownKeys[0]);
    const text = /^best\b/i.test(cat.text) ? `Best ${other}` : other;
    c1.fixes.push(fix(`Replace "${cat.text}" with "${text}"`, text, cat.start, cat.end));
  }
  return settle(c1);
}

function verifyCount(
  v: SentenceView,
  subj: Subject,
  n: number,
  range: { start: number; end: number },
  led: boolean,
): Claim {
  const kb = v.kb;
  const ctx = ceremonyFor(v, subj.kind === "film" ? [subj.ids] : []);
  const name = nameOf(kb, subj);
  const numText = v.text.slice(range.start, range.end);
  const base = { kind: "nomination" as const, rule: "wrong-count", ...range };
  if (!ctx)
    return claim({
      ...base,
      statement: `${name} had ${n} nominations`,
      verdict: "unverifiable",
      message: "No ceremony in context",
    });
  const c = ctx.ceremony;
  const label = kb.ceremonyLabel(c);
  const mine = nominationsOf(kb, subj, c).filter((i) => kb.isCompetitive(i));
  const statement = `${name} had ${n} nominations at the ${label}${led ? " and led the field" : ""}`;
  if (mine.length === 0)
    return claim({ ...base, statement, verdict: "unverifiable", message: `${name} has no nomination at the ${label}` });
  const counts = countsAt(kb, c, false);
  const top = Math.max(...counts.values());
  const leaders = () => [...counts].filter(([, k]) => k === top).map(([f]) => kb.data.films[f].title);
  if (mine.length === n && (!led || subj.kind !== "film" || n === top)) {
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${name}: ${mine.length} nominations`,
      evidence: mine.map((i) => evidence(kb, i)),
    });
  }
  // A person's count the sentence does not place on a night may be a career's: never refuted.
  if (mine.length !== n && subj.kind === "person" && ctx.strength !== "sentence")
    return claim({ ...base, statement, verdict: "unverifiable", message: "The count may be of a career" });
  if (mine.length !== n) {
    const leader = led ? leaders() : [];
    const ledBy = led && !leader.includes(name) ? `; ${listText(leader)} led with ${top}` : "";
    const had = `${mine.length} nomination${mine.length === 1 ? "" : "s"}`;
    const c1 = claim({
      ...base,
      statement,
      verdict: "refuted",
      severity: "error",
      message: `At the ${label}, ${name} had ${had}, not ${n}${ledBy}.`,
      evidence: mine.map((i) => evidence(kb, i)),
    });
    c1.fixes.push(
      fix(
        `Replace "${numText}" with "${numberLike(mine.length, numText)}"`,
        numberLike(mine.length, numText),
        range.start,
        range.end,
      ),
    );
    return settle(c1);
  }
  return claim({
    ...base,
    statement,
    verdict: "refuted",
    severity: "error",
    message: `At the ${label}, ${listText(leaders())} led the nominations with ${top}; ${name} had ${n}.`,
  });
}

function verifyTie(
  v: SentenceView,
  subj: Subject,
  other: Subject,
  rank: number,
  range: { start: number; end: number },
): Claim {
  const kb = v.kb;
  const ctx = ceremonyFor(v, [subj.ids]);
  const name = nameOf(kb, subj);
  const otherName = nameOf(kb, other);
  const base = { kind: "nomination" as const, rule: "wrong-count", ...range };
  const statement = `${name} tied ${otherName} for the ${rank === 2 ? "second" : rank}-most nominations`;
  if (!ctx) return claim({ ...base, statement, verdict: "unverifiable", message: "No ceremony in context" });
  const c = ctx.ceremony;
  const counts = countsAt(kb, c, false);
  const a = Math.max(...subj.ids.map((f) => counts.get(f) ?? 0));
  const b = Math.max(...other.ids.map((f) => counts.get(f) ?? 0));
  const distinct = [...new Set(counts.values())].sort((x, y) => y - x);
  const actualRank = distinct.indexOf(a) + 1;
  const label = kb.ceremonyLabel(c);
  if (a === b && actualRank === rank)
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${name} and ${otherName}: ${a} nominations each; only ${distinct.slice(0, rank - 1).join(", ")} more`,
    });
  return claim({
    ...base,
    statement,
    verdict: "refuted",
    severity: "error",
    message: `At the ${label}, ${name} had ${a} nominations and ${otherName} ${b}; the highest counts were ${distinct.slice(0, 3).join(", ")}.`,
  });
}

/**
 * The explicit categories named before the verb at `verbAt`, but not inside a closed relative clause
 * ("F, which was up for C, beat Y": C is the relative clause's own).
 */
function categoriesBefore(v: SentenceView, verbAt: number): string[] {
  const units = unitsOf(v);
  const whole = { from: 0, to: units.length };
  const out: string[] = [];
  for (let k = units.findIndex((u) => u.start >= verbAt) - 1; k >= 0; k--) {
    if (units[k].text === ",") k = relativeOpening(units, whole, k);
    const m = units[k].mention;
    if (m?.kind === "category" && m.explicit) out.unshift(m.category!);
  }
  return out;
}

/** Whether the skeleton has "'s" right after mention i's marker. */
function ownerAt(v: SentenceView, i: number): boolean {
  const at = v.sk.indexOf(`<${v.mentions[i].kind === "person" ? "P" : "F"}${i}>`);
  return at >= 0 && v.sk.startsWith(" 's", at + String(i).length + 3);
}

/**
 * The night a rivalry is read at: the context's, unless the subject competed in the category said only on
 * one other night ("Redford won best director over X" in a paragraph on the night he was up for actor).
 */
function nightInCategory(v: SentenceView, subj: Subject, keys: string[], ctx: CeremonyContext): number {
  if (!keys.length || ctx.strength === "sentence") return ctx.ceremony;
  const nom = v.kb.data.nominations;
  const rows = nominationsOf(v.kb, subj).filter((i) => keys.includes(v.kb.keyOf(i)));
  // ("won best director over X": of the subject's nights in the category, the one they won.)
  const won = rows.filter((i) => v.kb.won(i));
  const told = won.length && /\b(?:won|wins|winning)\b/.test(v.sk) ? won : rows;
  const nights = [...new Set(told.map((i) => nom.ceremony[i]))];
  if (rows.some((i) => nom.ceremony[i] === ctx.ceremony)) return ctx.ceremony;
  return nights.length === 1 ? nights[0] : ctx.ceremony;
}

/** "going up against X": X was nominated in a category the subject was nominated in. */
function verifyRival(v: SentenceView, subj: Subject, rival: Subject, at: number): Claim {
  const kb = v.kb;
  const ctx = ceremonyFor(v, subj.kind === "film" ? [subj.ids] : []);
  const name = nameOf(kb, subj);
  const rivalName = nameOf(kb, rival.kind === subj.kind ? rival : rival);
  const base = {
    kind: "nomination" as const,
    rule: "wrong-nomination",
    start: rival.mention.start,
    end: rival.mention.end,
  };
  const statement = `${rivalName} competed with ${name}`;
  if (!ctx) return claim({ ...base, statement, verdict: "unverifiable", message: "No ceremony in context" });
  const explicit = categoriesBefore(v, v.unitAt(at).start);
  const c = nightInCategory(v, subj, explicit, ctx);
  const mine = nominationsOf(kb, subj, c);
  // (An honorary award that night is no competing: "He beat … Paul Newman" is not about the Hersholt.)
  const theirs = nominationsOf(kb, rival, c).filter((i) => kb.isCompetitive(i));
  const keys = explicit.length ? explicit : [...new Set(mine.map((i) => kb.keyOf(i)))];
  const shared = theirs.filter((i) => keys.includes(kb.keyOf(i)) && mine.some((j) => kb.keyOf(j) === kb.keyOf(i)));
  shared.sort((a, b) => Number(kb.keyOf(b) === "picture") - Number(kb.keyOf(a) === "picture"));
  if (shared.length)
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `Both nominated for ${kb.view(shared[0]).category}`,
      evidence: shared.map((i) => evidence(kb, i)),
    });
  // Only an explicit category, or a subject with a single category, decides a refutation.
  const decisive = explicit.length > 0 || new Set(mine.map((i) => kb.keyOf(i))).size === 1;
  // A rival with no nomination that night counts when the category is one they competed in some other
  // year ("He beat … Denzel Washington", nominated in other years): else the rival may be no nominee at all.
  const competed =
    theirs.length > 0 ||
    (rival.kind === "person" &&
      rival.ids.length === 1 &&
      kb.nominationsOfPerson(rival.ids[0]).some((i) => kb.isCompetitive(i) && keys.includes(kb.keyOf(i))));
  // ("Redford won best director over X" read at a night he was up only for actor: the night may be another.)
  const offNight = explicit.length > 0 && !mine.some((i) => keys.includes(kb.keyOf(i)));
  const weak = !STRONG.has(ctx.strength) && ctx.strength !== "document";
  if (!decisive || !competed || mine.length === 0 || offNight || weak) {
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: `No shared category found for ${name} and ${rivalName}`,
    });
  }
  const label = kb.ceremonyLabel(c);
  const key = keys[0];
  return claim({
    ...base,
    statement,
    verdict: "refuted",
    severity: "error",
    message: `At the ${label}, ${rivalName} was not ${withArticle(kb.categoryNameAt(c, key))} nominee (nominees: ${kb
      .field(c, key)
      .map((i) => kb.describeWinner(i))
      .join("; ")}).`,
    evidence: kb.field(c, key).map((i) => evidence(kb, i)),
  });
}

/** "an Actor nominee", "a Directing nominee". */
function withArticle(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? "an" : "a"} ${name}`;
}

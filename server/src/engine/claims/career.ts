/**
 * Career milestones: "a first-time nominee", "her first-ever Oscar", "his second Oscar",
 * "a three-time Oscar winner", counted in the data up to the sentence's ceremony.
 */
import { NUM, numberOf, ordinalValue, ordinalSuffix } from "../text/fold";
import { claim, evidence, fitsPronoun, nameOf, nominationsOf, subjectOf, type Subject } from "./common";
import type { Claim } from "./types";
import { AS_CLAUSE_VERBS } from "./frames/cues";
import { hedged, nightInDoubt, spanOf, type SentenceView } from "./view";
import { HONORIFICS } from "./names";

const ORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;
const FIRST_TIME = /\bfirst - time (?:oscar |academy award )?nominee\b/g;
/** What makes a rank one within a category ("his second Oscar in that category", "for/as <C>"): the frames' to read. */
// (Not "… for <F>": a rank said with its film is the frames' to read, against that film's night.)
// (Nor a first after a gap: "her first Oscar in 29 years", "since 1980"; nor one in a category said after it.)
/** "her first Oscar in 29 years", "his first nomination since 1980": a first after a gap, no rank. */
const GAP = /^ (?:in (?:\S+ ){1,3}(?:years|decades)|since)\b/;
const IN_FIELD = String.raw` in (?:that|the|this) (?:category|race|field)`;
/** "as best director", not "as best picture was announced" (a clause of its own). */
const AS_CATEGORY = String.raw` as <C\d+>(?! (?:${AS_CLAUSE_VERBS})\b)`;
const FOR_NAMED = String.raw` for (?:(?:an?|the) )?<C| for (?:" )?<F|${AS_CATEGORY}`;
const WITHIN = String.raw`(?! nominations|${IN_FIELD}|${FOR_NAMED})`;
const AWARD_NOUN = String.raw`(?:oscar|academy award)(?: (?<nom>nomination|nod))?`;
const NTH = new RegExp(String.raw`\b(?:his|her|their) (?<ord>${ORD})(?: - ever| ever)? ${AWARD_NOUN}${WITHIN}`, "g");
const N_TIME = new RegExp(String.raw`\b(?<n>${NUM}) - time (?:oscar |academy award )?(?<what>winner|nominee)\b`, "g");

/** "X won his first Oscar for F, and at the 98th Academy Awards he won C": the night is the later clause's. */
function nightInLaterClause(sk: string, at: number): boolean {
  const rest = sk.slice(at);
  const night = rest.search(/<E\d+>/);
  return night > 0 && /(?:, (?:and|but|while)|;) /.test(rest.slice(0, night)) && !/<E\d+>/.test(sk.slice(0, at));
}

export function checkCareer(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  const ctx = v.ctx;
  if (!ctx) return v.sk.includes("- time") ? totals(v, v.kb.latestCeremony) : out;
  // The sentence's first person, one "his" or "her" fits ("… where his co-star Helen Hunt won": not Hunt).
  const person = (pronoun?: string): Subject | undefined => {
    const p = v.mentions.find((m) => m.kind === "person" && (!pronoun || fitsPronoun(v.kb, m, pronoun)));
    return p ? subjectOf(p) : undefined;
  };
  for (const m of v.sk.matchAll(FIRST_TIME)) {
    if (hedged(v.sk.slice(0, m.index!))) continue;
    const subj = firstTimer(v, m.index!, m.index! + m[0].length);
    if (subj) out.push(verifyNth(v, subj, 1, "nomination", spanOf(v, m.index!, m.index! + m[0].length), ctx.ceremony));
  }
  for (const m of v.sk.matchAll(NTH)) {
    if (hedged(v.sk.slice(0, m.index!)) || nightInDoubt(v) || nightInLaterClause(v.sk, m.index!)) continue;
    // ("…, following her win for F at the 9th ceremony": that night is the earlier win's.)
    if (
      v.ctx?.strength === "sentence" &&
      /\b(?:following|after|since|before)\b[^<]*(?:<[PFC]\d+>[^<]*)*<E\d+>/.test(v.sk)
    )
      continue;
    // ("whose debut F had brought Hall his second Oscar": the pluperfect tells of before the article's night.)
    if (/\bhad (?:\S+ ){1,4}$/.test(v.sk.slice(0, m.index!)) && v.ctx?.strength !== "sentence") continue;
    if (m.groups!.ord === "first" && GAP.test(v.sk.slice(m.index! + m[0].length))) continue;
    // ("her second win in a row": a streak.)
    if (/^ in a row\b/.test(v.sk.slice(m.index! + m[0].length))) continue;
    // ("… film editing for Thelma Schoonmaker, her third Oscar": a rank set right after a name is that name's.)
    // (Not one beaten or compared: "won over Meryl Streep, her sixth nomination" may be either's.)
    const apposed = /(?<!\b(?:over|than|against|beat|beating|defeating) )<P(\d+)> [,(] $/.exec(v.sk.slice(0, m.index!));
    const beside = apposed ? v.mentions[Number(apposed[1])] : undefined;
    const pronoun = /^(?:his|her)\b/.exec(m[0])?.[0];
    // ("Sean Penn has never had to wait. On Sunday he won his third Oscar … in Anderson's film": "he", said
    // before any name, is the one the sentence before opened on, not a name after the rank.)
    const said = v.sk.slice(0, m.index!);
    const heFirst = /\b(?:he|she)\b/.test(said) && !/<P\d+>/.test(said);
    const opened = v.prior.subject;
    const subj =
      beside?.kind === "person" && (!pronoun || fitsPronoun(v.kb, beside, pronoun))
        ? subjectOf(beside)
        : heFirst
          ? opened && (!pronoun || fitsPronoun(v.kb, opened, pronoun))
            ? subjectOf(opened, true)
            : undefined
          : (clausePerson(v, said, pronoun) ?? person(pronoun));
    if (subj)
      out.push(
        verifyNth(
          v,
          subj,
          ordinalValue(m.groups!.ord)!,
          m.groups!.nom ? "nomination" : "win",
          spanOf(v, m.index!, m.index! + m[0].length),
          ctx.ceremony,
        ),
      );
  }
  out.push(...totals(v, ctx.ceremony));
  return out;
}

/** ", and X", '; "Miss X': a conjunct opening on a person, a title perhaps before the surname. */
const CONJUNCT_OPENER = new RegExp(
  String.raw` (?:, (?:" )?(?:and|but)|;) (?:" )?(?:(?:${[...HONORIFICS].join("|")}) (?:\. )?)?<P(\d+)>`,
  "g",
);

/**
 * "A won C1, and B's victory for F was her second Oscar": the person opening the rank's own conjunct (right after
 * the last ", and", ", but" or ";" before it), if the pronoun fits.
 */
function clausePerson(v: SentenceView, said: string, pronoun?: string): Subject | undefined {
  // (A closing quote may follow the comma: 'for " Tootsie , " and'.)
  // (The conjunct's subject only, right after the conjunction: not "…, and, with X taking C, it was her third".)
  let opened: RegExpExecArray | undefined;
  for (const b of said.matchAll(CONJUNCT_OPENER)) opened = b;
  const p = opened ? v.mentions[Number(opened[1])] : undefined;
  return p?.kind === "person" && (!pronoun || fitsPronoun(v.kb, p, pronoun)) ? subjectOf(p) : undefined;
}

const NAMED_BEFORE = /<P(\d+)> (?:, |(?:is|was|became|remains) )(?:a|an|the) $/;
/** "X, a first-time nominee", "…, Kristen Stewart, the last a first-time nominee": the name it is said of. */
const FIRST_TIMER_BEFORE = /<P(\d+)> (?:, |(?:is|was|became|remains) )(?:the (?:last|latter) )?(?:a|an) $/;

/**
 * Whom "a first-time nominee" is said of: the name it is set beside; in an opening phrase with no name
 * ("Despite being a first-time nominee, Madison …"), the first name after it; else the sentence's one person.
 */
function firstTimer(v: SentenceView, at: number, end: number): Subject | undefined {
  const named = /^ <P(\d+)>/.exec(v.sk.slice(end)) ?? FIRST_TIMER_BEFORE.exec(v.sk.slice(0, at));
  if (named) return subjectOf(v.mentions[Number(named[1])]);
  // ("After losing to a first-time nominee, X …": the object of a preposition or of "beat" is someone else.)
  if (/\b(?:to|against|over|by|than|beat|beating|beats|defeated|defeating)(?: (?:a|an|the))? $/.test(v.sk.slice(0, at)))
    return undefined;
  const opening = !/<P\d+>/.test(v.sk.slice(0, at)) ? /<P(\d+)>/.exec(v.sk.slice(end)) : undefined;
  if (opening) return subjectOf(v.mentions[Number(opening[1])]);
  const people = v.mentions.filter((m) => m.kind === "person");
  return people.length === 1 ? subjectOf(people[0]) : undefined;
}

/** "a three-time Oscar winner", "X, an eight-time nominee", counted as of ceremony c. */
function totals(v: SentenceView, c: number): Claim[] {
  const out: Claim[] = [];
  for (const m of v.sk.matchAll(N_TIME)) {
    const after = v.sk.slice(m.index! + m[0].length);
    // "two-time Oscar winner X", or "X, a two-time Oscar winner": never another name of the sentence.
    // ("X is an eight-time nominee": a copula joins the name to it as the appositive's comma does.)
    const named = /^ <P(\d+)>/.exec(after) ?? NAMED_BEFORE.exec(v.sk.slice(0, m.index!));
    const subj = named ? subjectOf(v.mentions[Number(named[1])]) : undefined;
    if (subj)
      out.push(
        verifyTotal(
          v,
          subj,
          numberOf(m.groups!.n)!,
          m.groups!.what === "winner" ? "win" : "nomination",
          spanOf(v, m.index!, m.index! + m[0].length),
          c,
        ),
      );
  }
  return out;
}

function career(v: SentenceView, subj: Subject, what: "win" | "nomination", upTo: number): number[] {
  const kb = v.kb;
  return nominationsOf(kb, subj).filter(
    (i) => kb.isCompetitive(i) && kb.data.nominations.ceremony[i] <= upTo && (what === "nomination" || kb.won(i)),
  );
}

/** Counts ceremonies, not rows: two nominations on one night make one "first-time nominee". */
function byCeremony(v: SentenceView, list: number[]): number[] {
  return [...new Set(list.map((i) => v.kb.data.nominations.ceremony[i]))];
}

function verifyNth(
  v: SentenceView,
  subj: Subject,
  n: number,
  what: "win" | "nomination",
  range: { start: number; end: number },
  c: number,
): Claim {
  const kb = v.kb;
  const name = nameOf(kb, subj);
  const label = kb.ceremonyLabel(c);
  const all = career(v, subj, what, c);
  const statement = `The ${label} brought ${name}'s ${ordinalSuffix(n)} ${what === "win" ? "Oscar win" : "nominated year"}`;
  const base = { kind: "career" as const, rule: "wrong-career", ...range, statement };
  const here = all.filter((i) => kb.data.nominations.ceremony[i] === c);
  if (here.length === 0)
    return claim({ ...base, verdict: "unverifiable", message: `${name} has no ${what} at the ${label}` });
  // "her second Oscar" counts statuettes; "first-time nominee" counts nights.
  const count = what === "win" ? all.length - here.length + 1 : byCeremony(v, all).length;
  if (count === n)
    return claim({
      ...base,
      verdict: "supported",
      message: `${name}: ${all.length} ${what}${all.length === 1 ? "" : "s"} up to the ${label}`,
      evidence: all.map((i) => evidence(kb, i)),
    });
  const earlier = all.filter((i) => kb.data.nominations.ceremony[i] < c);
  const first = earlier[0] !== undefined ? kb.view(earlier[0]) : undefined;
  return claim({
    ...base,
    verdict: "refuted",
    severity: "error",
    message: `By the ${label}, ${name} had ${what === "win" ? `${all.length} Oscar win${all.length === 1 ? "" : "s"}` : `been nominated at ${count} ceremonies`}${first ? `; the first was ${first.category} for ${first.films.join(" / ")} at the ${kb.ceremonyLabel(first.ceremony)}` : ""}.`,
    evidence: all.map((i) => evidence(kb, i)),
  });
}

function verifyTotal(
  v: SentenceView,
  subj: Subject,
  n: number,
  what: "win" | "nomination",
  range: { start: number; end: number },
  c: number,
): Claim {
  const kb = v.kb;
  const name = nameOf(kb, subj);
  const all = career(v, subj, what, c);
  const count = all.length;
  const base = {
    kind: "career" as const,
    rule: "wrong-career",
    ...range,
    statement: `${name} is a ${n}-time Oscar ${what === "win" ? "winner" : "nominee"}`,
  };
  // Going into the night ("a three-time winner, won again") or after it.
  const before = all.filter((i) => kb.data.nominations.ceremony[i] < c).length;
  if (count === n || before === n)
    return claim({
      ...base,
      verdict: "supported",
      message: `${n} ${what}s ${count === n ? "up to" : "before"} the ${kb.ceremonyLabel(c)}`,
      evidence: all.map((i) => evidence(kb, i)),
    });
  const record = nominationsOf(kb, subj);
  if (record.length === 0)
    return claim({ ...base, verdict: "unverifiable", message: `${name} has no nomination in the data` });
  // An obituary or retrospective counts the whole career ("Gene Hackman, the two-time Oscar winner"),
  // perhaps with honorary awards ("two-time Oscar winner Paul Newman").
  const whole = career(v, subj, what, kb.latestCeremony);
  const everything = what === "win" ? record.filter((i) => kb.won(i)).length : record.length;
  if (whole.length === n || everything === n)
    return claim({ ...base, verdict: "supported", message: `${n} ${what}s in all`, evidence: [] });
  // Fewer than the record holds may be counted at some earlier time: only more than all is wrong.
  if (n < everything)
    return claim({ ...base, verdict: "unverifiable", message: `${name}'s count depends on when it was said` });
  const noun = what === "win" ? "win" : "nomination";
  const plural = whole.length === 1 ? "" : "s";
  const honorary = everything > whole.length ? ` (${everything} with honorary awards)` : "";
  return claim({
    ...base,
    verdict: "refuted",
    severity: "error",
    message: `${name} has ${whole.length} competitive Oscar ${noun}${plural}${honorary}, not ${n}.`,
    evidence: whole.map((i) => evidence(kb, i)),
  });
}

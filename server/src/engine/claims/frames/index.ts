/**
 * Win and nomination claims as frames: each category named in a clause with a win or
 * nomination predicate becomes a frame whose slots (holder, film, ceremony) are filled by
 * role, then checked by the one verifier.
 */
import type { Claim } from "../types";
import { fitsPronoun, quiet } from "../common";
import { OSCAR_MODIFIED, OTHER_BODY, saysOscar, type SentenceView } from "../view";
import { bodyBinds, bodyOf, frontedPhrase, oscarHouse, saysOscarHere, seasonClaims, theAcademy } from "./season";
import { bareWins, verifyBareWin } from "./bare";
import { butWon } from "./but-won";
import { frameFor, modal, statedCeremonies, type Frame } from "./bind";
import { careerFrames, verifyCareer, verifyEarlierWins } from "./career";
import { CATEGORY_DEFS } from "../../categories";
import { fold } from "../../text/fold";
import type { Mention } from "../../mentions/types";
import {
  closedRelatives,
  clausesOf,
  frontedBody,
  inCommaAside,
  relativeAfter,
  unitsOf,
  type Clause,
  type Unit,
} from "./clauses";
import { APPOSITIVE_OPENERS, BEAT_VERBS, BEATEN, BEATEN_VERBS, BEATING } from "./cues";
import { countFrames, soleFrames, verifyCount } from "./counts";
import { headingFrames, isListLine, leadInClaims, listLeadIn } from "./heading";
import { lossFrames, verifyLoss } from "./loss";
import { nightClaims } from "./night";
import { onlyLoss } from "./only-loss";
import { missedFrames, verifyMissed } from "./missed";
import { triesFrames, verifyTries } from "./tries";
import { bareNominated, markedNominees, nominatedFrames, titledNominees, verifyNominated } from "./nominated";
import { pairFrames, verifyPair } from "./pairs";
import { rivalFrames } from "./rivals";
import { strangerClaims } from "./strangers";
import { roleAgainstFrame, roleFrames, verifyRole, type RoleFrame } from "./roles";
import { tallies, verifyTally } from "./tallies";
import { verifyFrames } from "./verify";
import { wentToFrames } from "./went-to";

/** A developer's aid (scripts/debug-sentence.ts): each clause and frame as it is read. */
export const frameTrace: { log?: (line: string) => void } = {};

/** Claims, and the category mentions read (other readers leave those to the frames). */
export function checkFrames(v: SentenceView): { claims: Claim[]; read: { start: number; end: number }[] } {
  const out: Claim[] = [];
  const read: { start: number; end: number }[] = [];
  const hasCategory = /<C/.test(v.sk);
  // ("a five-Oscar night": a noun the gate's list does not hold.)
  const nightCount = v.sk.includes("- oscar ") || v.sk.includes("- award ");
  const hasCount =
    ((nightCount || COUNT_NOUN_GATE.test(v.sk)) && COUNT_GATE.test(v.sk)) ||
    BARE_COUNT.test(v.sk) ||
    TIMES_GATE.test(v.sk) ||
    RECORD_GATE.test(v.sk);
  const hasRole = ROLE_GATE.test(v.sk);
  const hasRank = RANK_GATE.test(v.sk);
  const hasBare = /<P\d+>|\b(?:he|she)\b/.test(v.sk) && BARE_WIN_GATE.test(v.sk);
  const hasLoss =
    // (A quote may open the winner's title: 'lost to "F"'.)
    /\b(?:lost|loses|losing|lose) (?:[a-z' ]+ )?to (?:\S )?</.test(v.sk) ||
    /\blost .{0,60}? to (?:\S )?</.test(v.sk) ||
    PASSIVE_LOSS.test(v.sk);
  const hasPair = v.mentions.some((m) => m.kind === "film") && v.mentions.some((m) => m.kind === "person");
  const underHeading = !!v.heading && !hasCategory && v.mentions.length > 0;
  const hasRivals = RIVALS_GATE.test(v.sk);
  const hasNominated =
    /\b(?:nominated|nomination|nom|nod)(?: [a-z,]+){0,4}? for\b|\b(?:up|one) for\b/.test(v.sk) &&
    /<P\d+>/.test(v.sk) &&
    /<F\d+>/.test(v.sk);
  const hasTally = TALLY_GATE.test(v.sk);
  // ("went to the French musical <F>": a description may stand before the title.)
  const hasWentTo = v.sk.includes(" went to <") || v.sk.includes(" lost to <") || v.sk.includes(" went to the ");
  const hasSole = SOLE_GATE.test(v.sk);
  const hasBareNominated = /\bnominated(?: too| again| also)?(?: [,.;]|$)/.test(v.sk) && /<P\d+>/.test(v.sk);
  const hasTitle = /\b(?:oscars?|award) (?:- )?(?:nominated|nominees?)\b/.test(v.sk) && /<P\d+>/.test(v.sk);
  const hasMark = /<P\d+> \( aan? \)/.test(v.sk);
  const hasTries = /^after \S+ (?:tries|attempts|nominations|nods|bids|losses|defeats)\b/.test(v.sk);
  const hasButWon = /, but <P\d+> won\b/.test(v.sk);
  const hasMissed = /\bmiss(?:es|ed|ing)? out\b|\bempty ?- ?handed\b/.test(v.sk);
  // A short line of names with no category: perhaps an entry under "The nominees:".
  const listEntry =
    !v.heading && !hasCategory && v.mentions.length > 0 && v.sentence.end - v.sentence.start < 120 && ownLine(v);
  const hasNight = /<E\d+>/.test(v.sk) && /<[PF]\d+>|\b(?:he|she)\b/.test(v.sk);
  // (Names no nominee bears are plain words: the sentence's verbs decide.)
  const hasStranger = STRANGER_GATE.test(v.sk);
  // "the only category it didn't win was C": read once per sentence, before the frames.
  const only = /\bonly (?:category|award|oscar|one|loss|defeat)\b/.test(v.sk) ? onlyLoss(v) : undefined;
  if (only) {
    out.push(only);
    read.push({ start: only.start, end: only.end });
  }
  // What the sentence holds, each its readers' gate (hasTally and hasWentTo need a category too).
  const flags: SentenceFlags = {
    hasCategory,
    hasCount,
    hasRole,
    hasRank,
    hasPair,
    hasLoss,
    hasBare,
    hasRivals,
    hasNight,
    hasNominated,
    hasMissed,
    hasTries,
    hasBareNominated,
    hasSole,
    hasTitle,
    hasMark,
    hasTally,
    hasWentTo,
  };
  if (!underHeading && !listEntry && !hasButWon && !Object.values(flags).some(Boolean)) {
    if (hasStranger && !v.mentions.some((m) => m.kind === "award") && !OTHER_BODY.test(v.sk) && !v.otherBodies)
      out.push(...strangerClaims(v, unitsOf(v)));
    return { claims: out, read };
  }
  const units = unitsOf(v);
  frameTrace.log?.(`sentence: ${v.text.slice(v.sentence.start, v.sentence.end)}`);
  frameTrace.log?.(`sk: ${v.sk}`);
  // Most sentences name no other body: one test on the sentence spares a test per clause.
  const sentenceNamesBodies = v.mentions.some((m) => m.kind === "award") || OTHER_BODY.test(v.sk);
  // In a Globes or BAFTA piece, a sentence that does not say "Oscar" is about that body.
  const elsewhere = !!v.otherBodies && !saysOscar(v);
  // A list line under "The nominees:" with no category heading: nominees of the article's night.
  if (listEntry && isListLine(v, units)) {
    const listed = leadInClaims(v, units);
    if (listed.length) return { claims: [...out, ...listed], read };
  }
  if (underHeading && isListLine(v, units)) {
    // A list entry under a category heading: the heading's category, this line's names.
    for (const frame of headingFrames(v, units, { from: 0, to: units.length }, v.heading!)) {
      out.push(...verifyFrames(v, frame));
    }
    return { claims: out, read };
  }
  // "X was nominated for F, but Y won": read over the sentence, whose clauses "but" divides.
  const butClaims = hasButWon && !sentenceNamesBodies && !elsewhere ? butWon(v, units) : [];
  for (const c of butClaims) {
    read.push({ start: c.start, end: c.end });
    out.push(c);
  }
  if (hasStranger && !sentenceNamesBodies && !elsewhere) out.push(...strangerClaims(v, units));
  // (flags nested, not spread: a spread of 18 booleans plus five more fields makes a slow dictionary object.)
  const gates: ClauseGates = { flags, sentenceNamesBodies, elsewhere, butClaims, out, read };

  for (const clause of clausesOf(units)) {
    // ("F took C; its star had won the Globe": a clause closed by ";" before the body is named is the Oscars'.)
    const oscars = elsewhere && v.bodiesAt !== undefined && closedBefore(units, clause, v.bodiesAt);
    readClause(v, units, clause, oscars ? { ...gates, elsewhere: false } : gates);
  }
  return { claims: out, read };
}

/** "over Julia Roberts, the Globe winner for F": a body in an appositive that describes another name. */
function bodyInEpithet(units: Unit[], k: number): boolean {
  // (A rival's: "over", "beating" before the name. The subject's own, "X, the Globe winner, won", is that
  // body's claim.)
  const before = units[k - 4]?.text ?? "";
  const rival = RIVAL_BEFORE.has(before) || before === "against" || before === "than";
  const described = rival && (units[k - 3]?.mention || units[k - 3]?.cap);
  const noun = /^(?:winner|nominee|champion|pick|favou?rite)s?$/.test(units[k + 1]?.text ?? "");
  return noun && /^(?:the|a)$/.test(units[k - 1]?.text ?? "") && units[k - 2]?.text === "," && !!described;
}

/** "since the Globes", "ever since the BAFTAs": a body's night as a time, its words dropped from the clause's text. */
const SINCE_BODY = /\b(?:since|until) the (?:\S+ )?(?:globes?|baftas?|sag awards|critics ' choice|guild awards)\b/g;
function sinceBody(units: Unit[], i: number): boolean {
  return units[i - 1]?.text === "the" && /^(?:since|until)$/.test(units[i - 2]?.text ?? "");
}

/** Whether a ";" or ":" after the clause closes it before the offset `at`. */
function closedBefore(units: Unit[], clause: Clause, at: number): boolean {
  const mark = units[clause.to];
  return !!mark && (mark.text === ";" || mark.text === ":") && mark.end <= at;
}

/**
 * What the sentence holds, tested once on its skeleton, and what its clauses add to. (checkFrames is
 * split in three: V8 optimises a function only after running it a while in proportion to its size,
 * and the one function it was took about ten checks of 10k words to be optimised.)
 */
interface SentenceFlags {
  hasCategory: boolean;
  hasCount: boolean;
  hasRole: boolean;
  hasRank: boolean;
  hasPair: boolean;
  hasLoss: boolean;
  hasBare: boolean;
  hasRivals: boolean;
  hasNight: boolean;
  hasNominated: boolean;
  hasMissed: boolean;
  hasTries: boolean;
  hasBareNominated: boolean;
  hasSole: boolean;
  hasTitle: boolean;
  hasMark: boolean;
  hasTally: boolean;
  hasWentTo: boolean;
}
interface ClauseGates {
  flags: SentenceFlags;
  sentenceNamesBodies: boolean;
  elsewhere: boolean;
  butClaims: Claim[];
  out: Claim[];
  read: { start: number; end: number }[];
}

/** One clause: its frames of every kind, the category frames last. */
function readClause(v: SentenceView, units: Unit[], clause: Clause, g: ClauseGates): void {
  const { sentenceNamesBodies } = g;
  frameTrace.log?.(
    `clause: ${units
      .slice(clause.from, clause.to)
      .map((u) => u.mention?.text ?? u.text)
      .join(" ")}`,
  );
  // (Most sentences name no other body: the clause's text is joined only for those that do.)
  // ("X, a favorite since the Globes, won C": a body after "since the" tells a time, not who gave the award.)
  const text = sentenceNamesBodies ? v.units.slice(clause.from, clause.to).join(" ").replace(SINCE_BODY, "") : "";
  const bodyAt = (i: number) => units[i].mention?.kind === "award" && !bodyInEpithet(units, i) && !sinceBody(units, i);
  const otherBody =
    sentenceNamesBodies &&
    (units.slice(clause.from, clause.to).some((_, i) => bodyAt(clause.from + i)) || OTHER_BODY.test(text));
  // ("F beat G, which had won at the Globes, for C": a relative clause closed inside the clause, naming no
  // category, tells of its own body; the rivals around it are the Oscars'. Asked only of a clause with rivals.)
  const rivalsElsewhere = () => {
    if (!otherBody) return false;
    const bare = closedRelatives(units, clause, true);
    const kept: number[] = [];
    for (let k = clause.from; k < clause.to; k++) if (!bare[k]) kept.push(k);
    return kept.some(bodyAt) || OTHER_BODY.test(kept.map((k) => v.units[k]).join(" "));
  };
  // ("F won best drama at the Golden Globes, and Spielberg was named best director": a clause joined on
  // with no body of its own, the Oscars named only as the race, goes on with the earlier clause's body.)
  // ("At the 84th Academy Awards, F, already a Golden Globe winner, won C, and G was named C2": a body in an
  // aside, or a sentence set at an Oscars night, carries no body.)
  const carried =
    sentenceNamesBodies &&
    !otherBody &&
    units[clause.from]?.text === "and" &&
    units.slice(0, clause.from).some((u, k) => u.mention?.kind === "award" && !inAside(units, k, clause.from)) &&
    !units.slice(0, clause.from).some((u) => u.mention?.kind === "ceremony" && !u.mention.implicit) &&
    !backFromPluperfect(units, clause) &&
    !OSCARS_TOPIC.test(text);
  // ("X, a favorite since the Globes, won C" in a piece on other bodies: the only body named is a time; which
  // body's award it is stays unknown.)
  if (g.elsewhere && !otherBody && units.some((_, i) => sinceBody(units, i))) return;
  const roles = readOthers(v, units, clause, g, otherBody || carried, () => carried || rivalsElsewhere());
  readWins(v, units, clause, g, otherBody || carried, roles, carried);
}

/** A clause's counts, roles, losses, rivals and nominations; its roles, for the category frames. */
function readOthers(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  g: ClauseGates,
  otherBody: boolean,
  rivalsElsewhere: () => boolean,
): RoleFrame[] {
  const { hasCount, hasRole, hasLoss, hasRivals, hasTally, hasSole, hasBareNominated, hasMark, hasTitle } = g.flags;
  const { hasTries, hasMissed, hasNominated } = g.flags;
  const { elsewhere, out, read } = g;
  if (hasCount) {
    for (const f of countFrames(v, units, clause)) {
      read.push({ start: f.start, end: f.end });
      const c = verifyCount(v, f);
      if (c) out.push(c);
    }
  }
  const roles = hasRole ? roleFrames(v, units, clause) : [];
  if (hasRole) {
    // ("X, who played R, was not nominated": a role said of no nomination is checked against none.)
    const unnominated = roles.length > 0 && deniedNomination(units, clause);
    for (const f of roles) {
      const c = verifyRole(v, f);
      if (!c) continue;
      read.push({ start: f.start, end: f.end });
      out.push(unnominated && c.verdict === "refuted" ? quiet(c) : c);
    }
  }
  if (hasLoss) {
    for (const f of lossFrames(v, units, clause)) {
      const c = verifyLoss(v, f);
      if (!c) continue;
      read.push({ start: f.winner.start, end: f.winner.end });
      out.push(c);
    }
  }
  const rivals = hasRivals && !rivalsElsewhere() ? rivalFrames(v, units, clause) : undefined;
  for (const frame of rivals ?? []) {
    read.push({ start: frame.start, end: frame.end });
    // The category and night are the winner's: a refutation blames the rival, with no fix to offer.
    // ("X beat Y for C": X's own win is a frame like any other.)
    // "A year later, … He beat X, Y and Z": a pronoun's night, unstated, is too unsure to refute.
    // ("X won C at the 97th. He beat A, B and C": the night of the win the subject goes on from is sure.)
    const pronoun = units[frame.cueAt - 1]?.text ?? "";
    const guessed = !frame.stated.length && /^(?:he|she|it|they)$/.test(pronoun) && !wonThatNight(v, pronoun);
    for (const c of verifyFrames(v, frame))
      out.push(
        c.verdict === "refuted" && frame.predicate !== "win"
          ? guessed
            ? quiet(c)
            : { ...c, start: frame.start, end: frame.end, fixes: [] }
          : c,
      );
  }
  // A claim read over its own range: no other reader reads those words again.
  const take = (c: Claim | undefined) => {
    if (!c) return;
    read.push({ start: c.start, end: c.end });
    out.push(c);
  };
  if (hasTally && !otherBody) for (const t of tallies(v, units, clause)) take(verifyTally(v, t));
  if (hasSole && !otherBody && !elsewhere && !modal(units, clause))
    for (const f of soleFrames(v, units, clause)) {
      const c = verifyCount(v, f);
      // ("the only nomination" has no number to put right: the message says the count.)
      take(c?.verdict !== "refuted" ? c : f.plain ? { ...c, fixes: [] } : undefined);
    }
  if (hasBareNominated) for (const c of bareNominated(v, units, clause, otherBody || elsewhere)) take(c);
  if (hasMark) for (const c of markedNominees(v, units, clause)) take(c);
  if (hasTitle) for (const c of titledNominees(v, units, clause)) take(c);
  if (hasTries && !otherBody) for (const f of triesFrames(units, clause)) take(verifyTries(v, f));
  // (In a Globes or BAFTA piece, "went home empty-handed" is that night's.)
  if (hasMissed && !otherBody && !v.otherBodies)
    for (const f of missedFrames(v, units, clause)) take(verifyMissed(v, f));
  if (hasNominated)
    for (const f of nominatedFrames(v, units, clause, otherBody || elsewhere)) take(verifyNominated(v, f));
  return roles;
}

/** A clause's wins: bare, career, pairs, nights and the category frames, each where no other read the words. */
function readWins(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  g: ClauseGates,
  otherBody: boolean,
  roles: RoleFrame[],
  carried = false,
): void {
  const { hasBare, hasRank, hasCategory, hasPair, hasNight, hasWentTo } = g.flags;
  const { elsewhere, butClaims, out, read } = g;
  // A claim read over its own range: no other reader reads those words again.
  const take = (c: Claim | undefined) => {
    if (!c) return;
    read.push({ start: c.start, end: c.end });
    out.push(c);
  };
  // Wins without a category stand only where no category frame read the same person.
  const bare: Claim[] = [];
  if (hasBare && !otherBody) {
    for (const f of bareWins(v, units, clause)) {
      const c = verifyBareWin(v, f);
      if (c) bare.push(c);
    }
  }
  // "the first Oscar for X, who … after winning a Golden Globe": the body is the relative clause's.
  const relative = otherBody ? relativeBeforeBodies(units, clause) : undefined;
  // ("X won his first Oscar for F, and at the 98th Academy Awards he won C": that night is the later clause's.)
  if (hasRank && (!otherBody || relative) && !nightOnlyLater(units, clause)) {
    for (const f of careerFrames(v, units, clause, statedCeremonies(v, units, clause).stated)) {
      if (relative && f.start >= relative) continue;
      const c = verifyCareer(v, f);
      if (!c) continue;
      read.push({ start: f.start, end: f.end });
      out.push(c, ...verifyEarlierWins(v, f, c));
    }
  }
  const clauseHasCategory =
    hasCategory && units.slice(clause.from, clause.to).some((u) => u.mention?.kind === "category");
  // Pairs after a category, "X (F)", stand only where the category frames did not read X.
  const pending: Claim[] = [];
  if (hasPair) {
    // List entries only where no category frame reads the clause; "X's film F" anywhere.
    for (const p of pairFrames(units, clause)) {
      // ("…, beating X in F and Y in G": the rivals' films are theirs; the category frames read no rival.)
      const bracketed = (p.bracketed || beatenPair(units, p)) && !otherBody && clauseHasCategory;
      if (!p.possessive && !p.cast && !bracketed && (clauseHasCategory || (otherBody && !epithet(units, p)))) continue;
      const c = verifyPair(v, p);
      if (c) (bracketed ? pending : out).push(c);
    }
  }
  const nights = hasNight && !otherBody ? nightClaims(v, units, clause) : [];
  const before = out.length;
  if (hasCategory) readCategories(v, units, clause, { otherBody, elsewhere, read, out, roles, carried });
  // "…; the award went to X for F": the category named in an earlier clause.
  const earlier = (hasCategory && clause.from > 0) || (!hasCategory && clause.from === 0 && !!v.priorCategory);
  if (hasWentTo && earlier && !otherBody && !elsewhere && !modal(units, clause))
    for (const f of wentToFrames(v, units, clause)) for (const c of verifyFrames(v, f)) take(c);
  const framed = out.slice(before);
  for (const c of pending) if (!framed.some((f) => f.start <= c.start && c.end <= f.end)) out.push(c);
  const overlaps = (c: Claim, f: Claim) => f.start < c.end && c.start < f.end;
  for (const c of bare) if (!framed.some((f) => overlaps(c, f)) && !butClaims.some((f) => overlaps(c, f))) out.push(c);
  // After the frames: a frame that blames the ordinal already says which night it was; one
  // borne out on that night takes the ordinal into its own range (one mark, not two).
  for (const n of nights) {
    if (out.some((c) => c.verdict === "refuted" && c.start < n.end && n.start < c.end)) continue;
    const same =
      n.verdict === "supported" ? framed.find((c) => c.verdict === "supported" && OSCAR_CLAIMS.has(c.kind)) : undefined;
    if (!same) out.push(n);
    else [same.start, same.end] = [Math.min(same.start, n.start), Math.max(same.end, n.end)];
  }
}

/**
 * "was not nominated.", "was never nominated, and …", "went unnominated": a nomination denied outright
 * (not "was not nominated for best actor but for supporting actor").
 */
function deniedNomination(units: Unit[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) {
    const t = units[k].text;
    const bare = (at: number) => at >= clause.to || /^(?:[,.;:]|and)$/.test(units[at]?.text ?? "");
    if (t === "unnominated" && bare(k + 1)) return true;
    if ((t === "not" || t === "never" || t === "n't") && units[k + 1]?.cue === "nominate" && bare(k + 2)) return true;
  }
  return false;
}

/** The sentence names a night only in a clause after this one. */
function nightOnlyLater(units: Unit[], clause: Clause): boolean {
  const isNight = (u: Unit) => u.mention?.kind === "ceremony" && !u.mention.implicit;
  return !units.slice(0, clause.to).some(isNight) && units.slice(clause.to).some(isNight);
}

/**
 * "SAG Award winner Viola Davis for The Help" in a list of Oscar nominees: the other body's
 * award is an epithet of the person; the pair is still the entry (never refuted).
 */
function epithet(units: Unit[], p: { person: Mention }): boolean {
  const k = units.findIndex((u) => u.mention === p.person);
  return /^(?:winner|nominee)$/.test(units[k - 1]?.text ?? "") && units[k - 2]?.mention?.kind === "award";
}

interface Reading {
  otherBody: boolean;
  elsewhere: boolean;
  read: { start: number; end: number }[];
  out: Claim[];
  /** The clause's roles ("for playing R"): a role names the performance a category claim is about. */
  roles: RoleFrame[];
  /** The clause goes on with the body an earlier clause named ("…at the Globes, and X was named C"). */
  carried?: boolean;
}

/** Each category of the clause: a frame checked by the one verifier, or another body's claim. */
function readCategories(v: SentenceView, units: Unit[], clause: Clause, r: Reading): void {
  const { otherBody, elsewhere, read, out } = r;
  const frames: Frame[] = [];
  for (let c = clause.from; c < clause.to; c++) {
    const m = units[c].mention;
    if (m?.kind !== "category" || !m.category) continue;
    // ("Burt Reynolds, the porn director in Boogie Nights, won the Globe": a bare word in an appositive is a job.)
    if (isBare(m) && inAside(units, c, clause.to)) continue;
    // ("for the tyrannical director Eli Cross": a bare word before a name is the job of a character.)
    const next = units[c + 1];
    if (isBare(m) && next?.cap && !next.mention && !next.cue && !/^(?:oscars?|awards?|academy)$/.test(next.text))
      continue;
    // ("… had already won five when best picture was announced": the category of a time clause is no one's win.)
    if (timeClauseSubject(units, c)) continue;
    const bound = otherBody && bodyBinds(v, units, clause, c);
    // A body named only in a relative clause before the category is not the category's; in a piece
    // about other bodies, which one it is stays unknown (nothing is read).
    const span = bound || elsewhere ? relativeSpan(units, clause, c) : undefined;
    const fronted = elsewhere ? frontedPhrase(units, clause, c) : undefined;
    const aside =
      (!!span && bodyOnlyInAside(units, clause, span)) ||
      (!!fronted && !units.slice(fronted.to, clause.to).some(isBodyUnit));
    // ('"Up," only the second animated film nominated for best picture, is a lock after winning the Globe':
    // a category in an appositive is the aside's; which body's it is stays unknown.)
    if (elsewhere && (aside || inAside(units, c, clause.to, APPOSITIVE_OPENERS))) continue;
    // ("…, and Steven Spielberg won Best Director on Oscar night": a clause naming the Oscars and no award is
    // theirs.)
    const oscars = !bound && r.carried && saysOscarHere(units, clause);
    const carried = r.carried && !oscars;
    if (carried || (span && !aside && !oscarNearer(units, clause, c, span) && !bodyInRelative(units, clause, c))) {
      // Another body's category: checked against that body's data, never as an Oscar claim.
      read.push({ start: m.start, end: m.end });
      const body = bodyOf(v, units, clause, c);
      const frame = body ? frameFor(v, units, clause, c) : undefined;
      if (!body || !frame || frame === "silent") continue;
      const claims = seasonClaims(v, units, clause, frame, body);
      // (A body the sentence does not name is a guess from the paragraph or the piece: where that body's data
      // does not bear the claim out and the Oscars' does, it is the Oscars' — "In March, Nolan won Best Director"
      // after a paragraph on the Globes.)
      // (So is one another predicate named: "X won the Globe, as Y had won best actor before him".)
      const guessed =
        (body.paragraph || borrowedBody(units, clause, c)) && claims.some((x) => x.verdict !== "supported");
      out.push(...((guessed && asOscars(v, frame)) || claims));
      continue;
    }
    const frame = frameFor(v, units, clause, c);
    frameTrace.log?.(`  ${m.text}: ${frame === "silent" ? "silent" : frame ? frame.map(describe).join("; ") : "none"}`);
    if (!frame) continue;
    read.push({ start: m.start, end: m.end });
    if (frame === "silent") continue;
    // A list line under "Other winners included:" claims a win; under "The nominees:" a nomination.
    const lead = frame.some((f) => f.predicate === "list") ? listLeadIn(v) : undefined;
    for (const f of frame) frames.push(lead && f.predicate === "list" ? { ...f, predicate: lead } : f);
  }
  markLists(frames);
  for (const frame of frames) {
    for (const found of verifyFrames(v, frame)) {
      const claim = r.roles.length ? roleAgainstFrame(v, frame, found, r.roles) : found;
      if (frame.predicate === "list") v.listed?.push({ view: v, frame, claim });
      // A bare word ("editing", "Director") is too weak to blame; a film it was won for, not another, is not.
      const blamesFilm = frame.films.some((f) => f.start === claim.start && f.end === claim.end);
      if (isBare(frame.category) && claim.verdict === "refuted" && !blamesFilm) out.push(quiet(claim));
      else if (!sameFinding(out, claim)) out.push(claim);
    }
  }
}

/**
 * The body a category is read under was named by another predicate: in another clause, or as the object of a verb
 * of winning or nominating with another such verb after a comma ("X won the Globe for F, as Y had won best actor";
 * not a body fronted on the clause, "At the Globes, X was named best actress").
 */
function borrowedBody(units: Unit[], clause: Clause, c: number): boolean {
  // ("At the Golden Globes, X won for F, and Y won C": a body fronted on the sentence is every clause's.)
  if (frontedBody(units, { from: 0, to: units.length }, c)) return false;
  let award = -1;
  for (let k = clause.from; k < c; k++) if (units[k].mention?.kind === "award") award = k;
  if (award < 0) return !units.slice(c, clause.to).some((u) => u.mention?.kind === "award");
  const verb = (u: Unit) => u.cue === "win" || u.cue === "nominate";
  if (!units.slice(clause.from, award).some(verb)) return false;
  const between = units.slice(award + 1, c);
  const second = between.findIndex(verb);
  return second >= 0 && between.slice(0, second).some((u) => u.text === ",");
}

/** The Oscars' reading of frames, when every claim of it is borne out. */
function asOscars(v: SentenceView, frames: Frame[]): Claim[] | undefined {
  const claims = frames.flatMap((f) => verifyFrames(v, f));
  return claims.length && claims.every((x) => x.verdict === "supported") ? claims : undefined;
}

const TIME_OPENERS = new Set(["when", "before", "until", "as", "once"]);
const ANNOUNCED = /^(?:was|came|arrived|began|started|rolled|approached|neared)$/;

/** "when best picture was announced", "before the best picture came": a category as a time clause's subject. */
function timeClauseSubject(units: Unit[], c: number): boolean {
  const opener = units[c - 1]?.text === "the" ? units[c - 2] : units[c - 1];
  const verb = units[c + 1]?.text ?? "";
  const announced = ANNOUNCED.test(verb) && !/^(?:to|won|given|awarded|presented)$/.test(units[c + 2]?.text ?? "");
  return !!opener && TIME_OPENERS.has(opener.text) && announced;
}

/** The sentence is a line of its own (a list entry is): a line break, or the text's edge, on both sides. */
function ownLine(v: SentenceView): boolean {
  let a = v.sentence.start - 1;
  while (a >= 0 && (v.text[a] === " " || v.text[a] === "\t")) a--;
  let b = v.sentence.end;
  while (b < v.text.length && (v.text[b] === " " || v.text[b] === "\t")) b++;
  return (a < 0 || v.text[a] === "\n") && (b >= v.text.length || v.text[b] === "\n" || v.text[b] === "\r");
}

/** "won", "prevailed for", "took the prize for": a win the bare-win reader may read. */
const WIN_WORD = String.raw`\b(?:won|wins|win|winning|winners?|prevail(?:ed|s)|triumph(?:ed|s))\b`;
const PRIZE_FOR = String.raw`\b(?:the|an|his|her) (?:prize|award|oscar|statuette|trophy) for\b`;
const BARE_WIN_GATE = new RegExp(`${WIN_WORD}|${PRIZE_FOR}`);
/** "X was beaten by Y", "was narrowly edged out by Y". */
const PASSIVE_LOSS = new RegExp(String.raw`\b(?:${BEATEN_VERBS.join("|")})(?: out)? by <`);
/** The Oscars named as a topic, not as the race ("as Oscar nominations voting gets under way"). */
const OSCARS_TOPIC =
  /(?:\b(?:oscars?|academy awards?)\b|<E\d+>)(?! (?:nominations? voting|voting|race|buzz|campaign|hopefuls?))/;
const RIVALS_GATE = new RegExp(
  String.raw`\b(?:${BEAT_VERBS.join("|")}|(?:won|wins|winning|triumphed|prevailed) over)\b`,
);

/** A number followed, within two words, by a wins or nominations noun. */
const NUMBER_WORD = [
  String.raw`\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten`,
  "eleven|twelve|thirteen|fourteen|fifteen|sixteen",
].join("|");
const COUNT_NOUN = [
  "oscars|awards|wins|trophies|statuettes|prizes|gongs|victories|honors",
  "nominations|nods|noms|bids",
].join("|");
const RANK_GATE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b/;
const ROLE_GATE = /\b(?:as|play|plays|played|playing|portray[a-z]*|of)\b|\( <P\d|(?:^|: )(?:his|her) [a-z]/;
/** "had", "with", "won": a word before a bare number. */
/** Verbs a bare count follows ("had five", "with 12", "picked up seven"). */
const TAKING = String.raw`collected|took|netted|grabbed|(?:picked|racked) up`;
const HAD = String.raw`\b(?:had|has|got|gets|earned|received|scored|landed|with|at|won|winning|${TAKING})`;
/** "X (10)", "each got nine": numbers whose noun came earlier in the sentence. */
const BARE_COUNT = new RegExp(
  String.raw`<F\d+> \( \d{1,2} \)|\beach (?:[a-z]+ )?(?:${NUMBER_WORD})\b` +
    String.raw`|${HAD} (?:${NUMBER_WORD})(?: [,.;:)]| total| in (?:all|total)| altogether| overall|$)` +
    String.raw`|\b(?:${NUMBER_WORD}) (?:each|apiece) (?:was|were|to)\b` +
    // "took five from 11", "won five of 12": a share of nominations with their noun left out.
    String.raw`|${HAD} (?:${NUMBER_WORD}) (?:from|of|out of) (?:${NUMBER_WORD})(?: [,.;:)]|$)`,
);
/** What a count before a category counts: "six Best Picture nominations". */
const TALLY_NOUN = String.raw`(?:oscars|awards|wins|trophies|statuettes|nominations|nods|noms|<E\d+>)`;
/** "six for Best Director", "eight-time best actor nominee". */
const TALLY_GATE = new RegExp(
  String.raw`\b(?:${NUMBER_WORD}) (?:for|- time|times for) <C\d+>|\b(?:${NUMBER_WORD}) <C\d+> ${TALLY_NOUN}` +
    String.raw`|<C\d+> (?:${NUMBER_WORD}) times` +
    // "nominated four times as a director".
    String.raw`|\b(?:${NUMBER_WORD}) times as an? (?:actor|actress|performer|director|<C\d+>)` +
    // "three Academy Awards for Best Actress", "four nominations in the Best Director category".
    String.raw`|\b(?:${NUMBER_WORD}) (?:[a-z]+ ){0,3}(?:for|in)(?: the)? <C\d+>`,
);
/** What there may be only one of. */
const SOLE_NOUN = String.raw`(?:nomination|nod|nom|bid|win|victory|trophy|statuette|oscar|award)\b`;
/** A verb that may say a name we do not know was nominated or won ("were also nominated", "beat S"). */
const STRANGER_GATE = /\b(?:nominated|nomination|nominations|nod|nods|won|beat|beats|beating|defeated|edged|lost to)\b/;
/** "the only nomination received by F", "its sole Oscar". */
const SOLE_GATE = new RegExp(String.raw`\b(?:only|sole|lone) (?:(?:oscar|academy|award) )*` + SOLE_NOUN);
/** A cheap first test: most sentences name no count noun at all. */
const COUNT_NOUN_GATE = new RegExp(String.raw`(?:${COUNT_NOUN}|nomination|nod|nom)\b|<E\d+>`);
const TIMES_GATE = new RegExp(
  String.raw`\b(?:nominated|won) (?:(?:${NUMBER_WORD}) times|(?:only |just )?(?:once|twice|thrice))\b`,
);
/** "nine Oscar nominations". */
const COUNTED = String.raw`\b(?:${NUMBER_WORD})(?: [a-z]+){0,3} (?:(?:${COUNT_NOUN})\b|<E\d+>)`;
/** "a six-Oscar night". */
const AWARD_NIGHT = String.raw`(?:oscar|award) (?:night|haul|sweep|evening|triumph)\b`;
/** "one Academy Award nod", "a single nomination": a count of one in the singular. */
const ONE_NOMINATION = String.raw`\b(?:one|1|single)(?: [a-z]+){0,3} (?:nomination|nod|nom)\b`;
/** "went four for four", "each 0 for 11": a record of wins for nominations. */
const RECORD = String.raw`\b(?:0|zero|${NUMBER_WORD}) for (?:${NUMBER_WORD})(?: [,.;:)]|$)`;
/** "Milk went two for eight": a record needs no count noun. */
const RECORD_GATE = new RegExp(String.raw`\b(?:went|goes|go|finished|ended|was|is|each) ${RECORD}`);
const COUNT_GATE = new RegExp(String.raw`${COUNTED}|${ONE_NOMINATION}|\b(?:${NUMBER_WORD}) - ${AWARD_NIGHT}|${RECORD}`);

const MODIFIED = new RegExp(`^${OSCAR_MODIFIED}`);
const PARTING = new Set(["before", "after", "while", "then", "whereas"]);

/**
 * In a clause naming both the Oscars and another body ("the film that won the Golden Lion …
 * for winning three Academy Awards: Best Picture, …"), a category belongs to the nearer one.
 */
function oscarNearer(units: Unit[], clause: Clause, c: number, aside: Span): boolean {
  // "won A at the Globes before winning B at the Oscars": a subordinating word parts the two.
  const parted = (from: number, to: number) => units.slice(from, to).some((u) => PARTING.has(u.text));
  const distance = (is: (k: number) => boolean) => {
    let best = Infinity;
    for (let d = 1; d < clause.to - clause.from && d <= best; d++) {
      const before = c - d >= clause.from && is(c - d) ? d + (parted(c - d, c) ? 100 : 0) : Infinity;
      const after = c + d < clause.to && is(c + d) ? d + 0.5 + (parted(c, c + d) ? 100 : 0) : Infinity;
      best = Math.min(best, before, after); // the one before wins a tie
    }
    return best;
  };
  // ("Poor Things, which received 11 Oscar nominations, won best costume design" at the BAFTAs:
  // an Oscar word inside a relative clause the category is not in says nothing of the category.)
  // ("as Oscar race tightens": an Oscar word that only describes a noun names no award.)
  // ("won C on Oscar night": the night is where it was won.)
  const describes = (k: number) =>
    !(units[k - 1]?.text === "on" && units[k + 1]?.text === "night") &&
    MODIFIED.test(
      units
        .slice(k + 1, k + 4)
        .map((u) => u.text)
        .join(" "),
    );
  const oscar = distance(
    (k) =>
      (units[k].mention?.kind === "ceremony" ||
        (/^oscars?$/.test(units[k].text) && !describes(k)) ||
        theAcademy(units, k) ||
        oscarHouse(units, k)) &&
      !(k > aside.from && k < aside.to),
  );
  // Body names may span words ("New York Film Critics Circle"): a short window is tested.
  const window = (k: number) =>
    units
      .slice(k, k + 3)
      .map((u) => u.text)
      .join(" ");
  const body = distance((k) => units[k].mention?.kind === "award" || (!units[k].mention && OTHER_BODY.test(window(k))));
  return oscar < body;
}

/** "Pulp Fiction, which won the Palme d'Or at Cannes, had to settle for …: C": every body is in the aside. */
function bodyOnlyInAside(units: Unit[], clause: Clause, aside: Span): boolean {
  if (aside.from < 0) return false;
  for (let k = clause.from; k < clause.to; k++)
    if (isBodyUnit(units[k]) && !(k > aside.from && k < aside.to)) return false;
  return true;
}

/** A unit that names another award body: its mention, or a body's word. */
function isBodyUnit(u: Unit): boolean {
  return u.mention?.kind === "award" || (!u.mention && OTHER_BODY.test(u.text));
}

interface Span {
  from: number;
  to: number;
}

/** The ", which … ," relative clause before the category that does not hold it (empty if none). */
function relativeSpan(units: Unit[], clause: Clause, c: number): Span {
  for (let k = clause.from + 1; k < c; k++) {
    if (units[k - 1].text !== "," || (units[k].text !== "who" && units[k].text !== "which")) continue;
    for (let close = k + 1; close < c; close++) if (units[close].text === ",") return { from: k, to: close };
  }
  return { from: -1, to: -1 };
}

/**
 * "X won best actor over Y, who had won best actor at the BAFTAs": every body named in the clause
 * comes after a relative pronoun that follows the category, so the body is the relative clause's.
 * (So after ", having": "F won one, for its screenplay, having already taken the Palme d'Or", and after
 * "after/before" with a participle.)
 */
function bodyInRelative(units: Unit[], clause: Clause, c: number): boolean {
  let relative = -1;
  for (let k = c + 1; k < clause.to; k++) {
    if (units[k].text === "," && (relativeAfter(units, k) || units[k + 1]?.text === "having")) relative = k;
    // ("X took best actor, a month after losing the SAG award to Y": so after a time phrase's participle.)
    if (/^(?:after|before)$/.test(units[k].text) && /^[a-z]+ing$/.test(units[k + 1]?.text ?? "")) relative = k;
    if (units[k].mention?.kind === "award" && relative < 0) return false;
  }
  return relative > 0 && !units.slice(clause.from, c).some((u) => u.mention?.kind === "award");
}

/** Where ", who" or ", which" opens a relative clause that holds every other body the clause names. */
function relativeBeforeBodies(units: Unit[], clause: Clause): number | undefined {
  let relative: number | undefined;
  for (let k = clause.from; k < clause.to; k++) {
    const u = units[k];
    if (u.text === "," && relativeAfter(units, k)) relative ??= u.start;
    if (isBodyUnit(u) && relative === undefined) return undefined;
  }
  return relative;
}

function describe(f: Frame): string {
  const names = [...f.people, ...f.films].map((m) => `${m.text}#${m.ids.slice(0, 2).join(",")}`).join(", ");
  return `${f.predicate} [${names}] stated=${f.stated.join(",")}${f.coref ? " coref" : ""}`;
}

const OSCAR_CLAIMS = new Set<Claim["kind"]>(["win", "nomination"]);

/** Partners named together ("X & Y for F") blamed on the same words with the same fix: one finding. */
function sameFinding(out: Claim[], c: Claim): boolean {
  if (c.verdict !== "refuted") return false;
  const fix = c.fixes[0]?.replacement;
  return out.some(
    (o) => o.verdict === "refuted" && o.start === c.start && o.end === c.end && o.fixes[0]?.replacement === fix,
  );
}

const BARE = new Set(CATEGORY_DEFS.flatMap((d) => d.bare ?? []));

function isBare(m: Mention): boolean {
  return !m.explicit && BARE.has(fold(m.text));
}

/** Categories listed under one cue ("wins in sound, editing and score") share a list range. */
function markLists(frames: Frame[]): void {
  const byCue = new Map<number, Frame[]>();
  for (const f of frames) if (f.cueAt >= 0) byCue.set(f.cueAt, [...(byCue.get(f.cueAt) ?? []), f]);
  for (const group of byCue.values()) {
    if (new Set(group.map((f) => f.category)).size < 2) continue;
    const list = { start: group[0].category.start, end: group[group.length - 1].category.end };
    for (const f of group) f.list = list;
  }
}

/** The pronoun goes on with the subject before, whose win an earlier sentence bore out on the paragraph's night. */
function wonThatNight(v: SentenceView, pronoun: string): boolean {
  const s = v.prior.subject;
  const night = v.ctx?.ceremony;
  return (
    !!s &&
    night !== undefined &&
    fitsPronoun(v.kb, s, pronoun) &&
    v.prior.winNight(s.ids[0], v.sentence.start) === night
  );
}

/** Unit k stands in an aside set off by commas before `to` (", already a Globe winner,"). */
function inAside(units: Unit[], k: number, to: number, openers = ASIDE_OPENERS): boolean {
  return inCommaAside(units, k, { from: 0, to }, openers, { quoted: true, inside: true });
}

/** Openers of a noun-phrase appositive (", only the second film …,"), not of a relative clause. */
const ASIDE_OPENERS = new Set([
  "already",
  "a",
  "an",
  "the",
  "who",
  "which",
  "itself",
  "fresh",
  "still",
  "also",
  "only",
]);

/** The words before a rival beaten: a verb of beating, or "over". */
const RIVAL_BEFORE = new Set([...BEATING, "over"]);

/** "beating X in F", "… and Y in G": the pair's person is one of a list after a verb of beating. */
function beatenPair(units: Unit[], p: { person: Mention }): boolean {
  let k = units.findIndex((u) => u.mention === p.person);
  for (let n = 0; k > 0 && n < 3; n++) {
    const before = units[k - 1].text;
    if (RIVAL_BEFORE.has(before)) return true;
    // (Back over the list: "… X in F and Y in G".)
    let j = k - 1;
    while (j > 0 && j > k - 8 && !(units[j].text === "and" || units[j].text === ",")) j--;
    if (j <= 0 || !(units[j].text === "and" || units[j].text === ",")) return false;
    let q = j - 1;
    while (q > 0 && q > j - 8 && units[q].mention?.kind !== "person") q--;
    if (units[q]?.mention?.kind !== "person") return false;
    k = q;
  }
  return false;
}

/** ("F had beaten G for the BAFTA, and H was nominated in …": a clause back from the pluperfect is the story's now.) */
function backFromPluperfect(units: Unit[], clause: Clause): boolean {
  const had = (u: Unit, i: number, a: Unit[]) =>
    u.text === "had" && (a[i + 1]?.cue === "win" || BEATEN.has(a[i + 1]?.text ?? ""));
  return units.slice(0, clause.from).some(had) && !units.slice(clause.from, clause.to).some((u) => u.text === "had");
}

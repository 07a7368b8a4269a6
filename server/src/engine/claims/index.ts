import { AUXILIARIES } from "../mentions/detect";
import { checkAttribution } from "./attribution";
import { checkCareer } from "./career";
import { checkCeremony } from "./ceremony";
import { checkCredits } from "./credits";
import { checkCounts } from "./counts";
import { checkFrames } from "./frames";
import { checkHosts } from "./host";
import { checkNames, checkTitles } from "./names";
import { checkNominations } from "./nominations";
import { checkRecords } from "./records";
import { checkSeason } from "./season";
import { checkSuperlatives } from "./superlatives";
import { checkSweeps } from "./sweeps";
import { checkHolders } from "./holders";
import { checkFieldWins } from "./field-wins";
import { checkWinless } from "./winless";
import { checkPersonRecords } from "./person-records";
import type { Claim } from "./types";
import { quiet, settle } from "./common";
import { checkVenue } from "./venue";
import { checkCountLine, checkFactLine, checkLabelLine } from "./fact-lines";
import { checkNoHost } from "./no-host";
import { checkDayFirst } from "./day-first";
import { checkDateline } from "./dateline";
import { checkNightDated } from "./night-dated";
import { checkBroadcaster, ON_AIR_GATE } from "./broadcaster";
import { saysOscar, type SentenceView } from "./view";
import { checkWins } from "./wins";
import { checkSongWins } from "./song-wins";
import { checkTableRow } from "./table-rows";
import { checkCountries } from "./countries";
import { checkSetting } from "./setting";

type Check = (v: SentenceView) => Claim[];

/**
 * Every claim kind, one file each. Each runs only on sentences holding what its patterns
 * need (a cheap test on the skeleton first): most sentences hold few kinds of claim.
 */
const COUNT_WORDS = new RegExp(
  String.raw`\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen` +
    String.raw`|sixteen|seventeen|eighteen|nineteen|twenty|single|dozen)\b`,
);

/** "held on", "honouring the films of", "the ceremony, held …": a night dated without its name. */
const NIGHT_DATED_GATE = new RegExp(
  String.raw`\b(?:held|presented|handed out|staged|place) on\b|\bhonou?r(?:ing|ed|s)\b|\brecogni[sz]|\bcelebrat` +
    String.raw`|\b(?:ceremony|show) ?,`,
);

const CHECKS: [RegExp | null, Check][] = [
  [/<C|winning/, checkWins],
  [/nominat|\bnods?\b|against|\bbeat|\bover\b|competi|contender|rival|including|tying|\bled\b/, checkNominations],
  [COUNT_WORDS, checkCounts],
  [/<P/, checkAttribution],
  [/'s (?:\S )?<F|<F\d+> (?:\S )?(?:, )?\(/, checkCountries],
  [/(?:producer|director|writer|cinematographer|composer|editor|<C\d+>)s?(?: ,)? <P/, checkCredits],
  [/<E|\b(?:hosted|held|presented|handed out|took place|aired)\b/, checkCeremony],
  [/first|time|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d(?:st|nd|rd|th)\b/, checkCareer],
  [null, checkNames],
  [/["'`\u2018\u201c]|^(?:-|\*|\u2022) /, checkTitles],
  [/<A/, checkSeason],
  [/["\u201c]/, checkSongWins],
  [/host|emcee|presid|masters? of ceremonies/, checkHosts],
  [/host/, checkNoHost],
  [/\b(?:19|20)\d\d\b/, checkDayFirst],
  [/\b(?:last night|yesterday|last evening|tonight|this evening)\b/, checkDateline],
  [NIGHT_DATED_GATE, checkNightDated],
  [ON_AIR_GATE, checkBroadcaster],
  [null, checkVenue],
  [/:|\|/, checkFactLine],
  [/^\|/, checkTableRow],
  [/^[a-z ()]+ :/, checkLabelLine],
  [
    /\b(?:nominations|nods|awards|wins|won|oscars?)(?: line| tally| count| record)? :|nominations? \/ \d/,
    checkCountLine,
  ],
  [/record|first/, checkRecords],
  [/\bmost\b/, checkSuperlatives],
  [/\brecord\b/, checkSweeps],
  [/\brecord(?: -)? holders?\b|\brecord (?:of|for) /, checkHolders],
  [/\bat least one\b/, checkFieldWins],
  [/\bmost (?:[a-z ]+ )?(?:nominations|nods) (?:without|for a)\b/, checkWinless],
  [/<P\d.*\bmost\b/, checkPersonRecords],
];

/**
 * A yes-or-no question: an inverted auxiliary first (after a "Q:" label), "?" last. (Not "Which role won X his
 * first Oscar?": a wh-question takes its content for granted.)
 */
const AUXILIARY = `(?:${AUXILIARIES.join("|")})`;
// (Not one whose clause after "when", "that" … takes a fact for granted: "Was it a surprise when F beat G?")
const PRESUPPOSING = String.raw`(?![^?]*\b(?:when|that|after|since|because|than)\b)`;
const QUESTION = new RegExp(String.raw`^(?:q ?: )?${AUXILIARY}\b${PRESUPPOSING}[^?]*\?[" ]*$`);

/** "Myth: X won …", "Legend: …", "Claim: …": a statement labelled as one being examined, not made. */
const REPORTED = /^(?:the )?(?:myth|legend|rumou?r|fiction|misconception|claim)(?: (?:no\. )?\d+)? : /;

/** "Had F's win stood, it would have won seven": a condition put by inversion, the sentence unreal. */
const UNREAL = /^(?:had|were|should) [^?]*\bwould\b/;

/**
 * The one place that decides which reading of a sentence stands: frames decide the win and
 * nomination claims on every category they read; the phrase readers keep the rest.
 */
export function runChecks(v: SentenceView, out: Claim[]): void {
  // ("Q: Did Greta Garbo win for Ninotchka?": a question asks whether; it claims nothing, nor does a myth told.)
  if (QUESTION.test(v.sk) || REPORTED.test(v.sk)) return;
  // The sentence's own claims start here: comparisons look no further back (linear per block).
  const first = out.length;
  const framed = checkFrames(v);
  for (const c of framed.claims) out.push(c);
  const framedRule = (c: Claim) => FRAMED_KINDS.has(c.kind) || c.rule === "wrong-role" || c.rule === "wrong-career";
  const readByFrames = (c: Claim) => framedRule(c) && framed.read.some((r) => r.start < c.end && c.start < r.end);
  // In a Globes or BAFTA piece, a sentence that does not say "Oscar" may be about that body.
  const elsewhere = v.otherBodies && !saysOscar(v);
  // The phrase reader of wins has nothing left when the frames read every category ("Oscar-winning X" aside).
  const winsLeft = v.mentions.some((m) => m.kind === "category" && !framed.read.some((r) => r.start === m.start));
  for (const [gate, check] of CHECKS) {
    if (gate && !gate.test(v.sk)) continue;
    if (check === checkWins && !winsLeft && !/winning/.test(v.sk)) continue;
    // What the frames leave the phrase readers: rivals and records ("beating out X", "tying X for
    // the second-most nominations", "led with 13", "nine other contenders").
    if (check === checkNominations && !winsLeft && !RIVALS.test(v.sk)) continue;
    if (check === checkCounts && framed.claims.some((c) => c.kind === "count") && !/\bother\b/.test(v.sk)) continue;
    for (const c of check(v)) {
      // A fact box's count ("11 Nominations / 10 Wins") names the holder the frames could not find.
      if (check === checkCountLine) {
        const unsure = out.findIndex(
          (o, k) =>
            k >= first && o.kind === "count" && o.verdict === "unverifiable" && o.start < c.end && c.start < o.end,
        );
        if (unsure >= 0) out[unsure] = c;
        else out.push(c);
        continue;
      }
      if (readByFrames(c)) {
        // Both readings agree: the phrase reader's words may say more ("… and led the field",
        // "Emilia Pérez led with 13"). Where they disagree, the frame's reading stands.
        // Among several claims on the same words ("A and B won two Oscars apiece"), the one with its statement.
        const over = framed.claims.filter((f) => f.rule === c.rule && f.start < c.end && c.start < f.end);
        const same = over.length > 1 ? over.find((f) => f.statement === c.statement) : over[0];
        if (same && same.verdict === c.verdict && c.verdict !== "unverifiable") out[out.indexOf(same, first)] = c;
        continue;
      }
      // Two readers reading the same words ("Anora is Sean Baker's film"): one claim, the one that decides.
      let twin = -1;
      for (let i = first; i < out.length && twin < 0; i++) {
        const o = out[i];
        if (o.rule === c.rule && o.statement === c.statement && o.start < c.end && c.start < o.end) twin = i;
      }
      if (twin >= 0) {
        if (out[twin].verdict === "unverifiable" && c.verdict !== "unverifiable") out[twin] = c;
        continue;
      }
      if (elsewhere && c.verdict === "refuted" && OSCAR_KINDS.has(c.kind)) {
        out.push(quiet(c));
      } else out.push(c);
    }
  }
  // A date, month, venue or host said beside claims that name no night: the night those claims were borne out at.
  if (out.length > first && SETTING_GATE.test(v.sk)) for (const c of checkSetting(v, out.slice(first))) out.push(c);
  const { start, end } = v.sentence;
  // "An earlier version of this article misstated that F won three": a correction reports what it withdraws.
  if (out.length > first && RETRACTION.test(v.text.slice(start, end))) {
    const why = "A correction's account of what an earlier version said";
    for (let i = first; i < out.length; i++) out[i] = { ...quiet(out[i]), message: why, evidence: [] };
    return;
  }
  // ("Had F's win stood, it would have won seven": an unreal condition refutes nothing; what it takes for granted
  // may still be read.)
  if (UNREAL.test(v.sk))
    for (let i = first; i < out.length; i++) if (out[i].verdict === "refuted") out[i] = quiet(out[i]);
  // ("For two minutes F had won best picture; then it hadn't": a clause taken back by the next one claims nothing.)
  const takenBack = out.length > first ? TAKEN_BACK.exec(v.text.slice(start, end)) : null;
  if (takenBack)
    for (let i = first; i < out.length; i++)
      if (out[i].verdict === "refuted" && out[i].end <= start + takenBack.index) out[i] = quiet(out[i]);
  // A fix rewrites only the sentence that makes the claim, never a film or person carried from an earlier one.
  for (let i = first; i < out.length; i++) {
    const c = out[i];
    if (c.fixes.some((f) => f.start < start || f.end > end))
      out[i] = settle({ ...c, fixes: c.fixes.filter((f) => f.start >= start && f.end <= end) });
  }
}

/** "; then it hadn't", ", but then she didn't": an elliptical denial of the clause before, said bare. */
const DENIAL = String.raw`(?:hadn['\u2019]t|had not|didn['\u2019]t|did not|wasn['\u2019]t|was not)`;
const TAKEN_BACK = new RegExp(
  String.raw`[;,]\s+(?:(?:and|but)\s+)?then\s+(?:it|he|she|they)\s+${DENIAL}(?=\s*(?:[,.;:]|$))`,
  "i",
);
/** A correction's account of the error it withdraws. */
const RETRACTION = new RegExp(
  String.raw`\b(?:an? (?:earlier|previous|prior) version (?:of this [a-z]+ )?` +
    String.raw`(?:said|stated|reported|misstated|misidentified|misreported|incorrectly|wrongly|erroneously)` +
    String.raw`|(?:misstated|misidentified|misreported|incorrectly (?:stated|said|reported|identified))\b)`,
  "i",
);
/** A year, a host, or a building: what a night's setting is said with. */
const HALLS = "shrine|pantages|dolby|kodak|biltmore|ambassador";
const BUILDINGS = String.raw`theat(?:re|er)|auditorium|pavilion|hotel|\b(?:${HALLS})`;
const SETTING_GATE = new RegExp(
  String.raw`\b(?:19|20)\d\d\b|\bhost|\bemcee|masters? of ceremonies|union station|${BUILDINGS}`,
);
const RIVALS = /against|\bbeat|\bover\b|competi|contender|rival|tying|\bled\b|\bleading\b|\bmost\b|including/;
const FRAMED_KINDS = new Set<Claim["kind"]>(["win", "nomination", "count"]);
const OSCAR_KINDS = new Set<Claim["kind"]>(["win", "nomination", "count", "career", "record"]);

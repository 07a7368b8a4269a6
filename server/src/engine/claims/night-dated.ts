/**
 * The article's night dated or placed in its season without naming it: "the awards were held
 * on March 30", "the ceremony took place on Sunday, March 2", "honouring the films released
 * between January 1, 1986, and December 31, 1986". Checked against the night the article is
 * about (named in it, not guessed from a setting), in paragraphs about the Oscars only.
 */
import { claim, fix, settle } from "./common";
import { DATE, dateClaim, NOT_THE_NIGHT } from "./ceremony";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

const THE_NIGHT = String.raw`\bthe\s+(?:awards|ceremony|show|oscars|academy\s+awards|telecast)\s+(?:was|were|is|will\s+be)\s+`;
/** "the ceremony will take place on", "the awards took place on". */
const PLACE = String.raw`\bthe\s+(?:awards|ceremony|show|oscars|academy\s+awards|telecast)\s+(?:will\s+)?(?:take|takes|took)\s+place`;
/** "the ceremony, held", "the show, which was staged", "the ceremony, hosted by X at the Dolby Theatre": an aside. */
const NIGHT_NOUN = String.raw`(?:awards|ceremony|show|oscars|academy\s+awards|telecast)`;
const THE_NIGHT_ASIDE = String.raw`\bthe\s+${NIGHT_NOUN},\s+(?:(?:which|that)\s+(?:was|were)\s+)?`;
const ASIDE_VERB = String.raw`(?:held|presented|handed\s+out|staged|hosted|broadcast|aired|televised)\b[^.;!?]{0,60}?`;
const WEEKDAY_OR_NIGHT = String.raw`(?:(?<wd>(?:sun|mon|tues|wednes|thurs|fri|satur)day)|(?:last|that)\s+night)`;
const HELD_ON = new RegExp(
  String.raw`(?:${THE_NIGHT}(?:held|presented|handed\s+out|staged)|${PLACE}|${THE_NIGHT_ASIDE}${ASIDE_VERB})` +
    String.raw`\s+(?:on\s+)?(?:${WEEKDAY_OR_NIGHT},?\s+)?${DATE}`,
  "i",
);
/** "…, hosted by X, who also emceed the March 12, 2023, show": a relative clause or comparison tells of another. */
const OTHER_NIGHT = /\b(?:who|which|than)\b/i;
/** "honoring", "recognised", "celebrates". */
const HONOUR_VERB = String.raw`\b(?:honou?r(?:ing|ed|s)|recogni[sz](?:ing|ed|es)|celebrat(?:ing|ed|es))\s+`;
/** "the best films released", "achievements of". */
const FILMS_OF = String.raw`(?:the\s+)?(?:best\s+)?(?:films?|movies?|achievements?)\s+(?:released\s+|of\s+)?`;
/** "in 2001", "between March 1, 2001" (group 1: the year). */
const IN_YEAR = String.raw`(?:in\s+|of\s+|from\s+|between\s+[a-z]+\s+\d{1,2},?\s+)?((?:19|20)\d\d)\b`;
const HONOURING = new RegExp(HONOUR_VERB + FILMS_OF + IN_YEAR, "i");

export function checkNightDated(v: SentenceView): Claim[] {
  // "The 74th Academy Awards honored the best films of 2001": the night the sentence names.
  const named = v.mentions.filter((m) => m.kind === "ceremony" && !m.implicit);
  if (named.length === 1 && named[0].ids.length === 1 && !v.otherBodies) {
    const honour = HONOURING.exec(v.text.slice(v.sentence.start, v.sentence.end));
    if (!honour) return [];
    const start = v.sentence.start + honour.index + honour[0].length - 4;
    return [filmYearClaim(v.kb, named[0].ids[0], Number(honour[1]), start)];
  }
  const doc = v.doc && (v.doc.strength === "document" || v.doc.strength === "sentence") ? v.doc.ceremony : undefined;
  if (doc === undefined || v.otherBodies || v.mentions.some((m) => m.kind === "ceremony" && !m.implicit)) return [];
  // ("The last ceremony that size had been the 16th, honouring the films of 1943": a bare ordinal names the night.)
  const sentence = v.text.slice(v.sentence.start, v.sentence.end);
  const ordinal = BARE_ORDINAL.exec(sentence);
  if (ordinal) {
    const honour = HONOURING.exec(sentence);
    const n = Number(ordinal[1]);
    if (!honour || !v.kb.ceremony(n)) return [];
    return [filmYearClaim(v.kb, n, Number(honour[1]), v.sentence.start + honour.index + honour[0].length - 4)];
  }
  // A paragraph about another night ("In 1974, the ceremony was held on …") is not the article's.
  if (v.ctx && v.ctx.ceremony !== doc) return [];
  const rec = v.kb.ceremony(doc);
  if (!rec) return [];
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const out: Claim[] = [];
  const held = HELD_ON.exec(text);
  // (The aside's own opening, "the show, which was", is no other event; "held a week after the nominations were
  // announced on …" dates another.)
  const said = held ? held[0].replace(/^[^,]*,\s*(?:(?:which|that)\s+(?:was|were)\s+)?/i, "") : "";
  if (held?.groups?.month && !NOT_THE_NIGHT.test(said) && !OTHER_NIGHT.test(said)) {
    const g = held.groups;
    const said = held[0].slice(held[0].search(new RegExp(`${g.wd ?? g.month}`, "i")));
    const start = v.sentence.start + held.index + held[0].length - said.length;
    out.push(dateClaim(v.kb, doc, { start, end: start + said.length, said }, g));
  }
  const honour = HONOURING.exec(text);
  if (honour) {
    const start = v.sentence.start + honour.index + honour[0].length - 4;
    out.push(filmYearClaim(v.kb, doc, Number(honour[1]), start));
  }

  return out;
}

/** "the 16th" standing alone: a night named by its ordinal. */
// (Ending its phrase, not a day of the month after "on", nor a rank before a noun: "the 1st woman", "the 9th year".)
const BARE_ORDINAL =
  /(?<!\bon\s+)\bthe\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*[,.;]|\s+(?:ceremony|academy awards|oscars)\b)/i;

/** "honouring the films of 1986", "Eligibility year: 1992": the year of the films ceremony `n` honoured. */
export function filmYearClaim(kb: SentenceView["kb"], n: number, year: number, start: number): Claim {
  const rec = kb.ceremony(n)!;
  const label = kb.ceremonyLabel(n);
  // "1932/33": an eligibility period across two years.
  const [from, to] = rec.filmYear.split("/");
  const years = [Number(from), ...(to ? [Number(from.slice(0, 4 - to.length) + to)] : [])];
  const base = { kind: "ceremony" as const, rule: "wrong-ceremony-date", start, end: start + 4 };
  const statement = `The ${label} honoured the films of ${year}`;
  if (years.includes(year))
    return claim({ ...base, statement, verdict: "supported", message: `Films of ${rec.filmYear}` });
  const c = claim({
    ...base,
    statement,
    verdict: "refuted",
    severity: "error",
    message: `The ${label} honoured the films of ${rec.filmYear}.`,
  });
  c.fixes.push(fix(`Replace "${year}" with "${years[0]}"`, String(years[0]), start, start + 4));
  return settle(c);
}

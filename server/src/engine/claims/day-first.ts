/**
 * Dates written day first, as British and Australian papers do: "held on 29 February 1940",
 * "On the 29th of February, 1940, the 12th Academy Awards …". A full date (day, month, year)
 * in a sentence about a ceremony is checked against the night the sentence names, else the
 * one held that year; the fix keeps the draft's own style.
 */
import { monthIndex } from "../context";
import { claim, fix, settle } from "./common";
import { MONTHS, MONTHS_PATTERN } from "./ceremony";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

export const DAY_FIRST = new RegExp(
  String.raw`\b(?<day>\d{1,2})(?<suffix>st|nd|rd|th)?\s+(?<of>of\s+)?(?<month>${MONTHS_PATTERN})\.?(?<comma>,?)\s+(?<year>(?:19|20)\d\d)\b`,
  "gi",
);
/** A ceremony verb or noun right before the date: "held on", "took place on the", "the ceremony on". */
const CEREMONY_VERB = new RegExp(
  String.raw`\b(?:held|took place|presented|handed out|staged|ceremony|awards|oscars)\s+` +
    String.raw`(?:was\s+|were\s+)?(?:on\s+)?(?:the\s+)?$`,
  "i",
);
const OTHER_EVENT = /\b(?:born|died|released|premiered|opened|married|announced|nominations?)\b[^.;]*$/i;
const WON = /\b(?:won|wins|win|winning|accepted|took home|named|crowned|awarded)\b/i;
const ABOUT = /\b(?:ceremony|held|oscars?|academy awards?|presented|handed out|took place|telecast)\b/i;

export function checkDayFirst(v: SentenceView): Claim[] {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  if (!ABOUT.test(text) && !v.mentions.some((m) => m.kind === "ceremony")) return [];
  const named = v.mentions.filter((m) => m.kind === "ceremony" && !m.implicit && m.ids.length === 1);
  const out: Claim[] = [];
  for (const m of text.matchAll(DAY_FIRST)) {
    const g = m.groups!;
    // The date is the ceremony's: the sentence names the night, or a ceremony verb leads to the date.
    const lead = text.slice(Math.max(0, m.index! - 40), m.index!);
    // ("On the 29th February 1940, McDaniel won an Oscar": a date opening a sentence about the night.)
    const opens = /^\s*(?:on\s+(?:the\s+)?)?$/i.test(lead) && ABOUT.test(text) && WON.test(text);
    if (OTHER_EVENT.test(lead) || (!CEREMONY_VERB.test(lead) && !opens)) continue;
    const nights = named.length === 1 ? named[0].ids : v.kb.ceremoniesHeldIn(Number(g.year));
    if (nights.length !== 1) continue;
    if (!v.kb.ceremony(nights[0])) continue;
    out.push(dayFirstClaim(v.kb, nights[0], m, v.sentence.start + m.index!));
  }
  return out;
}

/** A day-first date (`m`, at `start`) against the day night `n` was held; the fix keeps the draft's style. */
export function dayFirstClaim(kb: SentenceView["kb"], n: number, m: RegExpMatchArray, start: number): Claim {
  const g = m.groups!;
  const held = new Date(`${kb.ceremony(n)!.date}T12:00:00Z`);
  const base = { kind: "ceremony" as const, rule: "wrong-ceremony-date", start, end: start + m[0].length };
  const label = kb.ceremonyLabel(n);
  const statement = `The ${label} took place on ${m[0]}`;
  const day = held.getUTCDate();
  const ok =
    Number(g.day) === day && monthIndex(g.month) === held.getUTCMonth() && Number(g.year) === held.getUTCFullYear();
  const right = `${MONTHS[held.getUTCMonth()]} ${day}, ${held.getUTCFullYear()}`;
  if (ok) return claim({ ...base, statement, verdict: "supported", message: `Held ${right}` });
  const full = MONTHS.some((x) => x.toLowerCase() === g.month.toLowerCase());
  const month = full ? MONTHS[held.getUTCMonth()] : MONTHS[held.getUTCMonth()].slice(0, 3);
  const written = `${day}${g.suffix ? ordinalEnd(day) : ""} ${g.of ?? ""}${month}${g.comma} ${held.getUTCFullYear()}`;
  const message = `The ${label} took place on ${right}.`;
  const c = claim({ ...base, statement, verdict: "refuted", severity: "error", message });
  c.fixes.push(fix(`Replace "${m[0]}" with "${written}"`, written, base.start, base.end));
  return settle(c);
}

function ordinalEnd(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

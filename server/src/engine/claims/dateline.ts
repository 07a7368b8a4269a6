/**
 * A dateline that dates the night: "Apr. 9, 1963 - … was named last night the best film".
 * When the first sentence opens with a date and says the awards were given "last night" or
 * "yesterday" (the day before) or "tonight" (that day), the date must fit the ceremony the
 * article is about. The fix keeps the dateline's own style.
 */
import { monthIndex } from "../context";
import { claim, fix, settle } from "./common";
import { MONTHS, MONTHS_PATTERN } from "./ceremony";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

const DATELINE = new RegExp(
  String.raw`^\s*(?<month>${MONTHS_PATTERN})(?<dot>\.?)\s+(?<day>\d{1,2}),\s+(?<year>(?:19|20)\d\d)(?=\s*[-\u2013\u2014:(])`,
  "i",
);
const DAY = 86_400_000;

export function checkDateline(v: SentenceView): Claim[] {
  if (v.sentence.start > 600 || !v.doc || v.doc.strength !== "document") return [];
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const m = DATELINE.exec(text);
  if (!m) return [];
  // "After a party last night, the nominees gather tonight", "two days after winning, … last night": other nights.
  if (/\blast night\b.*\btonight\b|\btonight\b.*\blast night\b|\b\w+\s+(?:days?|weeks?)\s+after\b/i.test(text))
    return [];
  if (!/\b(?:won|named|took home|awarded|honou?red|crowned|handed out|presented|went to|picked up)\b/i.test(text))
    return [];
  const offset = /\b(?:last night|yesterday|last evening)\b/i.test(text)
    ? 1
    : /\b(?:tonight|this evening)\b/i.test(text)
      ? 0
      : undefined;
  const rec = offset === undefined ? undefined : v.kb.ceremony(v.doc.ceremony);
  if (!rec) return [];
  const g = m.groups!;
  const want = new Date(Date.parse(`${rec.date}T12:00:00Z`) + offset! * DAY);
  const said = m[0].trim();
  const start = v.sentence.start + m.index + m[0].length - said.length;
  const label = v.kb.ceremonyLabel(v.doc.ceremony);
  const base = { kind: "ceremony" as const, rule: "wrong-ceremony-date", start, end: start + said.length };
  const statement = `The article dated ${said} reports the ${label} ${offset ? "of the night before" : "of that night"}`;
  const ok =
    monthIndex(g.month) === want.getUTCMonth() &&
    Number(g.day) === want.getUTCDate() &&
    Number(g.year) === want.getUTCFullYear();
  const heldOn = new Date(`${rec.date}T12:00:00Z`);
  const held = `${MONTHS[heldOn.getUTCMonth()]} ${heldOn.getUTCDate()}, ${heldOn.getUTCFullYear()}`;
  if (ok) return [claim({ ...base, statement, verdict: "supported", message: `The ${label} was held on ${held}` })];
  const full = MONTHS[want.getUTCMonth()];
  const month = g.month.length > 3 && !g.dot ? full : `${full.slice(0, g.month.length)}${g.dot}`;
  const right = `${month} ${want.getUTCDate()}, ${want.getUTCFullYear()}`;
  const message = `The ${label} was held on ${held}, so "${offset ? "last night" : "tonight"}" dates this ${right}.`;
  const c = claim({ ...base, statement, verdict: "refuted", severity: "error", message });
  c.fixes.push(fix(`Replace "${said}" with "${right}"`, right, base.start, base.end));
  return [settle(c)];
}

/**
 * Ceremonies without a host: "The ceremony did not have a host in 2019, 2020 or 2021", "the
 * Oscars will again go without a host", "after going host-less for the past three years",
 * "as with last year's ceremony, there was no defined host". The nights are the years the
 * sentence gives, else the ones it counts back from the article's night, else that night.
 * Years said outright can be refuted; a night worked out from the article's is only borne out.
 */
import { listText } from "../kb";
import { numberValue } from "../text/fold";
import { claim } from "./common";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

const HAD = String.raw`(?:there\s+(?:was|is|will\s+be)|(?:did\s+not|didn['’]t|will\s+not|won['’]t)\s+have|had|has|have|with)`;
const KIND = String.raw`(?:(?:defined|official|designated|traditional|formal|single)\s+)?`;
const NO_HOST = new RegExp(
  [
    String.raw`\b${HAD}\s+no\s+${KIND}host\b`,
    String.raw`\bwithout\s+(?:a|an)\s+${KIND}host\b`,
    String.raw`\bhost-?less\b`,
    String.raw`\b(?:did\s+not|didn['’]t)\s+have\s+(?:a|an)\s+${KIND}host\b`,
  ].join("|"),
  "i",
);
const YEAR = /\b(?:19|20)\d\d\b/g;
const PAST = /\b(?:past|last)\s+(two|three|four|five|\d)\s+years\b/i;

export function checkNoHost(v: SentenceView): Claim[] {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const m = NO_HOST.exec(text);
  if (!m) return [];
  const kb = v.kb;
  // Only years tied to the phrase: after it ("without a host in 2019, 2020 or 2021") or naming the
  // ceremony just before it ("leaving the 2019 ceremony without a host").
  const after = text.slice(m.index + m[0].length);
  const listed = /^\s+(?:in|for)\s+((?:19|20)\d\d(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:19|20)\d\d)*)/.exec(after);
  const named = /\bthe\s+((?:19|20)\d\d)\s+(?:ceremony|oscars|show|telecast)\s+(?:[a-z]+\s+){0,2}$/i.exec(
    text.slice(0, m.index),
  );
  const range = /^\s+from\s+((?:19|20)\d\d)\s+(?:to|through|until)\s+((?:19|20)\d\d)\b/.exec(after);
  const span = range
    ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => Number(range[1]) + i)
    : [];
  const years = span.length ? span : [...(listed?.[1] ?? named?.[1] ?? "").matchAll(YEAR)].map((y) => Number(y[0]));
  const doc = v.doc && v.doc.strength !== "setting" ? v.doc.ceremony : undefined;
  let nights: number[];
  let stated = false;
  if (years.length) {
    nights = years.flatMap((y) => kb.ceremoniesHeldIn(y));
    stated = nights.length === years.length;
  } else if (doc === undefined) return [];
  else if (PAST.test(text)) {
    const n = numberValue(PAST.exec(text)![1].toLowerCase()) ?? 0;
    nights = Array.from({ length: n }, (_, i) => doc - n + i);
  } else if (/\blast\s+year/i.test(text)) {
    // "As with last year's ceremony, there was no host": both nights.
    nights = /\bas\s+with\b/i.test(text) ? [doc - 1, doc] : [doc - 1];
  } else nights = [doc];
  nights = nights.filter((n) => kb.ceremony(n));
  if (nights.length === 0) return [];
  const start = v.sentence.start + m.index;
  const labels = listText(nights.map((n) => `the ${kb.ceremonyLabel(n)}`));
  const base = { kind: "ceremony" as const, rule: "wrong-host", start, end: start + m[0].length };
  const statement = `${labels.charAt(0).toUpperCase()}${labels.slice(1)} had no host`;
  if (nights.some((n) => !kb.ceremony(n)!.noHost && kb.ceremony(n)!.hosts.length === 0)) return []; // not recorded
  const hosted = nights.filter((n) => kb.ceremony(n)!.hosts.length > 0);
  if (hosted.length === 0) return [claim({ ...base, statement, verdict: "supported", message: "Hosts: none" })];
  if (!stated) return [];
  const who = hosted.map((n) => `the ${kb.ceremonyLabel(n)} was hosted by ${listText(kb.ceremony(n)!.hosts)}`);
  return [claim({ ...base, statement, verdict: "refuted", severity: "error", message: `${who.join("; ")}.` })];
}

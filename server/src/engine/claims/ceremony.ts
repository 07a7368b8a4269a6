/**
 * Ceremony identity: an ordinal or year stated with a date or year that disagrees
 * ("the 97th Academy Awards on March 9", "the 96th Oscars in 2025"), and the weekday
 * of a ceremony date ("on Sunday, March 2").
 */
import { monthIndex } from "../context";
import { ordinalSuffix } from "../text/fold";
import { claim, fix, guessedFilm, settle } from "./common";
import type { Claim } from "./types";
import { OTHER_BODY, type SentenceView } from "./view";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const WEEKDAY = String.raw`(?:sun|mon|tues|wednes|thurs|fri|satur)day`;
export const MONTHS_PATTERN = [
  String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?`,
  String.raw`sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`,
].join("|");
const MONTH = MONTHS_PATTERN;
/** "on", "held", "presented", "scheduled for": what puts a ceremony on a date. */
const LEAD = String.raw`\b(?:on|held|presented|handed out|scheduled for|set for|slated for)\s+`;
export const DATE = String.raw`(?:(?<month>${MONTH})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d\d))?)`;
const AFTER = new RegExp(
  String.raw`^[^.;!?]{0,60}?${LEAD}(?=${WEEKDAY}|(?:${MONTH})\b)(?:(?<wd>${WEEKDAY}),?\s+)?${DATE}?`,
  "i",
);
/** "… in 1960", "… ceremony in 1960", "…, 1961": the year stated with a ceremony. */
const IN_YEAR = new RegExp(
  String.raw`^\s*(?:(?:annual\s+)?(?:ceremony|ceremonies|telecast|show)\s+)?(?:,\s*)?(?:(?:was|were)\s+)?` +
    String.raw`(?:held\s+)?(?:in\s+|(?<=,\s*))(?<year>(?:19|20)\d\d)\b`,
  "i",
);

const DATING = String.raw`(?:held|presented|handed out|scheduled for|set for)`;
const IMPLICIT_DATE = new RegExp(
  String.raw`^[^.;!?]{0,40}?\b${DATING}\s+(?:(?:this|last|next)\s+year\s+)?(?:on\s+)?(?:(?:${WEEKDAY}),?\s+)?(?:${MONTH})\b`,
  "i",
);
/** "Billy Crystal hosted for the fifth time on March 24, 1997": a full date with a ceremony verb. */
const VERB_DATE = new RegExp(
  String.raw`\b(?:hosted|held|presented|handed out|took place|aired)\b[^.;!?]{0,40}?\bon\s+(?:${WEEKDAY},?\s+)?${DATE}`,
  "gi",
);

/** A full date after a ceremony verb, in a sentence naming no ceremony: the one held that year. */
function datedByYear(v: SentenceView): Claim[] {
  if (v.mentions.some((m) => m.kind === "ceremony")) return [];
  const out: Claim[] = [];
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  for (const m of text.matchAll(VERB_DATE)) {
    const g = m.groups!;
    if (!g.month || !g.year) continue;
    // "Its premiere was held on May 21, 2019" dates something else: the ceremony must be the subject
    // (a host hosting is one).
    const lead = text.slice(0, m.index! + m[0].indexOf(" "));
    if (!/^hosted/i.test(m[0]) && !/\b(?:ceremony|oscars?|academy awards?|awards|show|telecast|gala)\b/i.test(lead))
      continue;
    const held = v.kb.ceremoniesHeldIn(Number(g.year));
    if (held.length !== 1) continue;
    const rec = v.kb.ceremony(held[0])!;
    const date = new Date(`${rec.date}T12:00:00Z`);
    const said = m[0].slice(m[0].search(new RegExp(g.month, "i")));
    const start = v.sentence.start + m.index! + m[0].length - said.length;
    const base = { kind: "ceremony" as const, rule: "wrong-ceremony-date", start, end: start + said.length };
    const label = v.kb.ceremonyLabel(held[0]);
    const statement = `The ${label} took place on ${said}`;
    const ok = monthIndex(g.month) === date.getUTCMonth() && Number(g.day) === date.getUTCDate();
    const message = `The ${label} took place on ${formatDate(date, true, true)}`;
    if (ok) out.push(claim({ ...base, statement, verdict: "supported", message }));
    else {
      const right = formatLike(date, g);
      const c = claim({ ...base, statement, verdict: "refuted", severity: "error", message: `${message}.` });
      c.fixes.push(fix(`Replace "${said}" with "${right}"`, right, base.start, base.end));
      out.push(settle(c));
    }
  }
  return out;
}

/** "On April 9, 1984, Johnny Carson hosted the 56th Academy Awards": a fronted date is the named night's. */
// ("On the night of April 8, 1963, …": the night's date too.)
const NIGHT_OF = String.raw`(?:the\s+(?:night|evening)\s+of\s+)?`;
const FRONTED = new RegExp(String.raw`^\s*on\s+${NIGHT_OF}(?:(?<wd>${WEEKDAY}),?\s+)?${DATE}\s*,`, "i");
const NIGHT_VERB = /\b(?:hosted|held|won|wins|took place|presented|handed out|crowned|swept|accepted)\b/i;
/** ", who won …," and ", which …,": an aside's verb is not the sentence's. */
const ASIDE = /,\s*(?:who|which|whose|where)\b[^,]*,/gi;
/** The nominations' day and the like: another event's date than the night's. */
const OTHER_DAY = String.raw`nominat\w*|announc\w*|shortlist\w*|voting|ballots?|luncheon|unveiled`;
/** The last word of another event's day in a stretch, and a win told after it. */
const OTHER_DAY_LAST = new RegExp(String.raw`\b(?:${OTHER_DAY})\b(?![\s\S]*\b(?:${OTHER_DAY})\b)`, "i");
const WON_AFTER = /\b(?:won|wins|took|swept|collected|went home)\b/i;
/** Another event's day, or a time before or after the night's. */
export const NOT_THE_NIGHT = new RegExp(String.raw`\b(?:${OTHER_DAY}|before|after|until|since)\b`, "i");

function frontedDate(v: SentenceView): Claim[] {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const m = FRONTED.exec(text);
  if (!m || !m.groups!.month) return [];
  const nights = v.mentions.filter((x) => x.kind === "ceremony" && !x.implicit && x.ids.length === 1);
  // The main clause's verb, in a sentence about the Oscars alone ("On May 25, 2019, Parasite won the
  // Palme d'Or, and …": the date is the other prize's).
  const main = text.slice(m[0].length).replace(ASIDE, ",");
  const another = v.mentions.some((x) => x.kind === "award") || OTHER_BODY.test(v.sk);
  if (nights.length !== 1 || !NIGHT_VERB.test(main) || NOT_THE_NIGHT.test(text) || another) return [];
  const from = m[0].search(new RegExp(m.groups!.wd ?? m.groups!.month, "i"));
  const start = v.sentence.start + from;
  const end = v.sentence.start + m[0].replace(/\s*,$/, "").length;
  return [dateClaim(v.kb, nights[0].ids[0], { start, end, said: v.text.slice(start, end) }, m.groups!)];
}

/** "was scheduled for", "had been set for", "was due to", "were to be held": a plan, told in the past. */
const PLANNED = new RegExp(
  String.raw`\b(?:(?:was|were|had\s+been|originally)\s+(?:scheduled|set|slated|planned)|` +
    String.raw`(?:meant|supposed)\s+to|(?:due|was|were)\s+to\s+(?:be|take|open|begin|start))\b`,
  "i",
);

export function checkCeremony(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  const kb = v.kb;
  out.push(...datedByYear(v), ...frontedDate(v));
  for (const m of v.mentions) {
    if (m.kind !== "ceremony" || m.ids.length !== 1) continue;
    // "the Oscars will be presented March 29": an unnumbered mention is the article's night,
    // dated only with "held", "presented" or "scheduled for", when the article's night is known.
    if (
      m.implicit &&
      !(v.ctx && v.ctx.strength !== "setting" && IMPLICIT_DATE.test(v.text.slice(m.end, v.sentence.end)))
    ) {
      continue;
    }
    const n = m.ids[0];
    const rec = kb.ceremony(n);
    if (!rec) continue;
    const rest = v.text.slice(m.end, v.sentence.end);
    const a = AFTER.exec(rest);
    // "… led the nominations for the 97th Academy Awards on Thursday": the announcement's day.
    // (Not past a win told after it: "earned seven nominations and won four at the 36th … on April 8".)
    const lead = a ? v.text.slice(v.sentence.start, m.end + a[0].length) : "";
    const otherAt = lead.search(OTHER_DAY_LAST);
    const other = otherAt >= 0 && !WON_AFTER.test(lead.slice(otherAt));
    if (a && !other && (a.groups!.month || a.groups!.wd)) {
      const g = a.groups!;
      const start = m.end + a[0].length - (a[0].length - a[0].search(new RegExp(`${g.wd ?? g.month}`, "i")));
      const end = g.month ? m.end + a[0].length : start + g.wd!.length;
      const c = dateClaim(kb, n, { start, end, said: v.text.slice(start, end) }, g);
      // "The 10th Academy Awards were scheduled for March 3, 1938", "were due to take place on April 8" (then
      // moved): a plan told in the past may differ from the day held.
      // (The plan must govern the date: "…, due to air on ABC, took place on …" dates the night held.)
      const beforeDate = a[0].slice(0, a[0].search(new RegExp(`${g.wd ?? g.month}`, "i")));
      const plan = PLANNED.test(beforeDate.split(",").pop() ?? "");
      // ("The 71st Academy Awards were held on March 23, 1998": the day of another night, the ordinal to blame.)
      const other = c.verdict === "refuted" && !plan ? nightOfDate(kb, g) : undefined;
      out.push(
        plan && c.verdict === "refuted"
          ? { ...c, verdict: "unverifiable", message: "A plan, not the day held" }
          : other !== undefined && other !== n && !filmsOfNight(v, n, other)
            ? ordinalBlamed(v, m, n, other, c)
            : c,
      );
      continue;
    }
    if (m.implicit) continue; // "the Oscars in 1998" may be another year's: no year check
    // ("the 76th Academy Awards in March 2003": a month makes the year the one held, never the films'.)
    const my = IN_MONTH_YEAR.exec(rest);
    // (Not another event's month: "nominations for the 96th Academy Awards in January 2024", "plans for …".)
    const before = v.text.slice(v.sentence.start, m.start);
    const elsewhen = /\b(?:for|ahead\s+of|before|towards?)\s+(?:the\s+)?$/i.test(before);
    if (my && !/^\d{4}\b/.test(m.text) && !elsewhen) {
      const c = monthYearClaim(kb, n, m.end + my[0].length - my.groups!.said.length, my.groups!);
      // (The month of another night: "the 76th Academy Awards in March 2003" was the 75th; the ordinal to blame.)
      const month = `${my.groups!.year}-${String(monthIndex(my.groups!.month!) + 1).padStart(2, "0")}`;
      const then = kb.data.ceremonies.filter((x) => x.date.startsWith(month));
      out.push(c.verdict === "refuted" && then.length === 1 ? ordinalBlamed(v, m, n, then[0].n, c) : c);
      continue;
    }
    const y = IN_YEAR.exec(rest);
    if (y && !/^\d{4}\b/.test(m.text)) {
      const heldYear = kb.heldYearOf(n);
      const year = Number(y.groups!.year);
      // A year is right as the one the ceremony was held in, or, unless the words say "held" or
      // "ceremony in", the one whose films it honoured ("34th Academy Awards, 1961").
      const heldOnly = /ceremon|held|telecast|show/i.test(y[0]);
      const ok = year === heldYear || (!heldOnly && kb.ceremoniesOfYear(year).includes(n));
      const note = ok && year !== heldYear ? `, honouring the films of ${rec.filmYear}` : "";
      out.push(tookPlace(kb, n, m.end + y[0].length - 4, String(year), ok, note, String(heldYear)));
    }
  }
  return out;
}

/** "… in March 2003", "…, held in February 2004": a month and a year after the night's name. */
export const MONTH_YEAR = String.raw`(?<said>(?<month>${MONTH})\.?\s+(?<year>(?:19|20)\d\d))\b`;
const IN_MONTH_YEAR = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:was|were)\s+)?(?:held\s+)?in\s+${MONTH_YEAR}`, "i");

/** The night held in that month of that year, or a refutation with the date it was held. */
export function monthYearClaim(
  kb: SentenceView["kb"],
  n: number,
  start: number,
  g: Record<string, string | undefined>,
) {
  const held = new Date(`${kb.ceremony(n)!.date}T12:00:00Z`);
  const right = monthIndex(g.month!) === held.getUTCMonth() && Number(g.year) === held.getUTCFullYear();
  return tookPlace(kb, n, start, g.said!, right);
}

/** "… in 1998", "… in March 2003": the time said at `start`, right or not, against the day the night was held. */
function tookPlace(
  kb: SentenceView["kb"],
  n: number,
  start: number,
  said: string,
  ok: boolean,
  note = "",
  to?: string,
) {
  const held = new Date(`${kb.ceremony(n)!.date}T12:00:00Z`);
  const label = kb.ceremonyLabel(n);
  const base = {
    kind: "ceremony" as const,
    rule: "wrong-ceremony-date",
    start,
    end: start + said.length,
    statement: `The ${label} took place in ${said}`,
  };
  if (ok) return claim({ ...base, verdict: "supported", message: `Held ${formatDate(held, true, true)}${note}` });
  const message = `The ${label} took place on ${formatDate(held, true, true)}, not in ${said}.`;
  const fixes = to ? [fix(`Replace "${said}" with "${to}"`, to, start, start + said.length)] : [];
  return settle(claim({ ...base, verdict: "refuted", severity: "error", message, fixes }));
}

/** The one ceremony held on a full date ("March 23, 1998"). */
function nightOfDate(kb: SentenceView["kb"], g: Record<string, string | undefined>): number | undefined {
  if (!g.month || !g.day || !g.year) return undefined;
  return kb.ceremonyOn(Number(g.year), monthIndex(g.month) + 1, Number(g.day));
}

/**
 * The films the sentence names, or the one it goes on with ("it won"), competed at night `n` and not at `other`:
 * the ordinal is borne out, and the date is the slip.
 */
function filmsOfNight(v: SentenceView, n: number, other: number): boolean {
  const named = v.mentions.filter((x) => x.kind === "film" && x.ids.length === 1);
  const films = named.length ? named : [guessedFilm(v)].filter((x) => x !== undefined);
  const at = (night: number) => films.some((f) => v.kb.ceremoniesOfFilm(f.ids[0]).includes(night));
  return films.length > 0 && at(n) && !at(other);
}

/** The ordinal blamed for a date that was another night's: "March 23, 1998 was the 70th, not the 71st". */
function ordinalBlamed(v: SentenceView, m: { start: number; end: number }, n: number, right: number, c: Claim): Claim {
  const said = v.text.slice(m.start, m.end);
  const message = `${v.text.slice(c.start, c.end)} was the ${v.kb.ceremonyLabel(right)}, not the ${ordinalSuffix(n)}.`;
  const replacement = said.replace(/^\d+(?:st|nd|rd|th)/i, ordinalSuffix(right));
  const fixes =
    replacement !== said ? [fix(`Replace with "${ordinalSuffix(right)}"`, replacement, m.start, m.end)] : [];
  return settle({ ...c, start: m.start, end: m.end, message, fixes });
}

/** The draft's date for ceremony `n` ("March 29, 1993", "Monday"), `g` its parts: checked. */
export function dateClaim(
  kb: SentenceView["kb"],
  n: number,
  at: { start: number; end: number; said: string },
  g: Record<string, string | undefined>,
): Claim {
  const rec = kb.ceremony(n)!;
  const held = new Date(`${rec.date}T12:00:00Z`);
  const label = kb.ceremonyLabel(n);
  const { start, end, said } = at;
  const base = { kind: "ceremony" as const, rule: "wrong-ceremony-date", start, end };
  const dateOk =
    !g.month ||
    (monthIndex(g.month) === held.getUTCMonth() &&
      Number(g.day) === held.getUTCDate() &&
      (!g.year || Number(g.year) === held.getUTCFullYear()));
  const wdOk = !g.wd || g.wd.toLowerCase().startsWith(WEEKDAYS[held.getUTCDay()].toLowerCase().slice(0, 3));
  const statement = `The ${label} took place on ${said}`;
  if (dateOk && wdOk)
    return claim({ ...base, statement, verdict: "supported", message: `Held ${formatDate(held, true, true)}` });
  const right = formatLike(held, g);
  const weekday = g.wd && dateOk && !wdOk ? `, a ${WEEKDAYS[held.getUTCDay()]}` : "";
  const c = claim({
    ...base,
    statement,
    verdict: "refuted",
    severity: "error",
    message: `The ${label} took place on ${formatDate(held, true, true)}${weekday}.`,
  });
  c.fixes.push(fix(`Replace "${said}" with "${right}"`, right, start, end));
  return settle(c);
}

function formatDate(d: Date, weekday: boolean, year: boolean): string {
  return `${weekday ? `${WEEKDAYS[d.getUTCDay()]}, ` : ""}${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}${year ? `, ${d.getUTCFullYear()}` : ""}`;
}

/** The right date written the way the draft wrote it (weekday or not, year or not). */
function formatLike(d: Date, g: Record<string, string | undefined>): string {
  if (!g.month) return WEEKDAYS[d.getUTCDay()];
  const month =
    g.month.length <= 4 && !/^(may|june|july)$/i.test(g.month)
      ? MONTHS[d.getUTCMonth()].slice(0, 3)
      : MONTHS[d.getUTCMonth()];
  const day =
    g.day && g.day.length === 2 && g.day.startsWith("0")
      ? String(d.getUTCDate()).padStart(2, "0")
      : String(d.getUTCDate());
  return `${g.wd ? `${WEEKDAYS[d.getUTCDay()]}, ` : ""}${month} ${day}${g.year ? `, ${d.getUTCFullYear()}` : ""}`;
}

/**
 * Host claims: "hosted by Conan O'Brien", "host Jimmy Kimmel", "his second time hosting".
 * Read only when the sentence is about the ceremony (it names it, or says "the ceremony",
 * "the show", "the event", "the Oscars"...), and checked against the ceremonies table;
 * an empty hosts cell (unknown) decides nothing.
 */
import { fold, numberValue, ordinalSuffix, ordinalValue } from "../text/fold";
import { listText, type KnowledgeBase } from "../kb";
import { claim, fix, nightJustBefore, ofNight, sentenceNight, settle } from "./common";
import type { Claim } from "./types";
import { DATE, MONTHS_PATTERN } from "./ceremony";
import { monthIndex } from "../context";
import { aboutAnotherShow, nightOfSentence, type SentenceView } from "./view";
import { movedOff } from "../night-moves";

/** A particle joined to the name it opens ("deMille", "vanDyke"). */
const JOINED = String.raw`(?:de|da|di|du|la|le|van|von)\p{Lu}[\p{L}'\u2019.-]*`;
const CAPITAL_WORD = String.raw`[\p{Lu}][\p{L}'\u2019.-]*`;
const NAME = String.raw`((?:${CAPITAL_WORD})(?:\s+(?:${CAPITAL_WORD}|${JOINED}|de|van|von|der|la|le))*)`;
/** "hosted for the first time by X", "hosted again by X". */
const BY_AGAIN = String.raw`(?:(?:for\s+the\s+\w+\s+time|again|once\s+more|jointly)\s+)?`;
const HOSTED_BY = new RegExp(
  // ("hosted, as so often in that era, by Bob Hope": an aside of plain words may stand before "by".)
  String.raw`\b(?:[Hh]osted|[Ee]mceed|[Pp]resented)(?:,\s+[\p{Ll}\s]{2,40},)?\s+${BY_AGAIN}by\s+(?:the\s+)?` +
    String.raw`(?:(?:[\p{Ll}-]+|ever-[\p{Ll}]+)\s+){0,3}${NAME}`,
  "dgu",
);
/** "the hosts were A, B and C", "its emcee was X" (not "past hosts were"). */
const HOSTS_WERE = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:night|evening|ceremony)['\u2019]s\s+)?(?:co-)?(?:hosts?|emcees?)\s+` +
    String.raw`(?:was|were)\s+${NAME}`,
  "dgu",
);
/** After a capitalised word of origin, a job or two and the name: " actor Hugh Jackman", " talk-show host X". */
const JOB = String.raw`(?:actor|actress|comedian|comic|host|star|singer|entertainer|performer|presenter|filmmaker)`;
const NO_LINK = String.raw`(?!(?:and|or|as|at|in|on|for|with|while|who|the)\s)`;
const EPITHET_THEN_NAME = new RegExp(String.raw`^\s+${NO_LINK}(?:[\p{Ll}-]+\s+)?${JOB}\s+${NAME}`, "u");
const HOST_NAME = new RegExp(String.raw`\b(?:[Hh]ost|[Ee]mcee)\s+${NAME}`, "dgu");
/** "The host, Steve Martin, …", "the hosts, Chevy Chase and Goldie Hawn, …": the name set off after the noun. */
const HOST_APPOSITIVE = new RegExp(String.raw`\b(?:[Hh]ost|[Ee]mcee)s?,\s+${NAME}(?:,?\s+and\s+${NAME})?,`, "dgu");
/** Words for another kind of show than the ceremony, before a host named. */
const OTHER_SHOW =
  /\b(?:late-night|late night|talk[- ]show|talk|tv|television|radio|game[- ]show|morning|news|podcast)\b/i;
/** "where Bob Hope was host", "Billy Crystal served as emcee". */
const HOST_TITLE = String.raw`(?:the\s+)?(?:host|emcee|master\s+of\s+ceremonies)\b(?!\s+(?:of|for|at)\b)`;
/** "X was the host", "X, who was host that night,", "Comedian X was the host" (the job before the name left out). */
const LEADING_JOB = String.raw`(?:(?:[Cc]omedian|[Cc]omic|[Aa]ctor|[Aa]ctress|[Ss]inger|[Ee]ntertainer)\s+)?`;
const WAS_HOST = new RegExp(String.raw`${LEADING_JOB}${NAME}(?:,\s+who)?\s+(?:was|served\s+as)\s+${HOST_TITLE}`, "dgu");
/** The same patterns, tested once on a sentence (no "g" flag: no state between tests). */
const WAS_HOST_AT = new RegExp(WAS_HOST.source, "u");
const HOSTS_WERE_AT = new RegExp(HOSTS_WERE.source, "u");
const HOST_APPOSITIVE_AT = new RegExp(HOST_APPOSITIVE.source, "u");
// ("Bob Hope was master of ceremonies.": the title names the ceremony itself.)
const ABOUT_CEREMONY =
  /\b(?:ceremony|show|telecast|broadcast|event|night|evening|gala|oscars|academy awards|masters? of ceremonies)\b/i;
const NTH = String.raw`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;
/** "his third time hosting", "the host's third time emceeing", "his first stab as host". */
const NTH_OWN = String.raw`\b(?:his|her|their|[’']s)\s+${NTH}\s+(?:time|stint|stab|turn|outing|go|gig)\s+(?:hosting|emceeing|as\s+(?:host|emcee))`;
/** "hosting the Oscars for the fourth time", "will host the ceremony for the first time". */
const NTH_FOR = String.raw`\b(?:hosting|host|hosts|hosted|emceeing|emcee)\s+(?:the\s+(?:oscars|ceremony|show|telecast|awards)\s+)?for\s+the\s+${NTH}\s+time`;
/** "hosting for the second year running", "back as host for a second straight year": nights in a row. */
const IN_A_ROW = String.raw`(?:straight|consecutive)\s+(?:year|time)|(?:year|time)\s+(?:running|in\s+a\s+row)`;
const NTH_ROW = String.raw`\b(?:hosting|host|hosts|hosted|emceeing|emcee)\s+for\s+(?:the|a)\s+${NTH}\s+(?:${IN_A_ROW})`;
const NTH_TIME = new RegExp(`${NTH_OWN}|${NTH_FOR}|${NTH_ROW}`, "i");

const PRONOUNS = /^(?:he|she|they|it|who|this|that|and|but)$/i;
const FORMER = /\b(?:former|past|previous|ex|longtime|veteran|frequent|fellow|onetime|one-time)[\s-]*$/i;
const YEAR = String.raw`((?:19|20)\d\d)`;
/** "Jimmy Kimmel, who also hosted in 2017 and 2018", "X hosted the 2017 ceremony". */
const SHOW = String.raw`(?:ceremony|show|oscars|telecast)`;
const HOSTED_VERB = String.raw`${NAME},?\s+(?:who\s+)?(?:also\s+|previously\s+|first\s+|last\s+)?hosted\s+`;
const IN_YEARS = String.raw`in\s+${YEAR}(?:(?:\s*,\s*|\s+and\s+)${YEAR})?(?:(?:\s*,?\s*and\s+)${YEAR})?`;
const HOSTED_IN = new RegExp(
  String.raw`${HOSTED_VERB}(?:(?:the\s+${SHOW}s?\s+)?${IN_YEARS}|the\s+${YEAR}\s+${SHOW})`,
  "gu",
);
/** "X, who hosted the ceremony for the last two years", "who hosted last year". */
const LAST = String.raw`(?:for\s+)?(?:the\s+)?last\s+(year|two years|three years)`;
const HOSTED_LAST = new RegExp(String.raw`${NAME},?\s+who\s+(?:also\s+)?hosted\s+(?:the\s+${SHOW}\s+)?${LAST}`, "gu");

/** Whether `name` hosted each of `ceremonies` ("said" words them); none when a host is not recorded. */
export function hostClaim(
  kb: KnowledgeBase,
  name: string,
  ceremonies: number[],
  at: Range,
  said: string,
): Claim | undefined {
  if (ceremonies.length === 0) return undefined;
  const hosts = ceremonies.map((n) => kb.ceremony(n)?.hosts ?? []);
  // An unrecorded host decides nothing; a night held without one ("had no host") is known.
  if (hosts.some((h, i) => h.length === 0 && !kb.ceremony(ceremonies[i])?.noHost)) return undefined;
  const base = { kind: "ceremony" as const, rule: "wrong-host", ...at, statement: `${name} hosted ${said}` };
  const hosted = (h: string[]) => h.some((x) => fold(x) === fold(name) || fold(x).endsWith(` ${fold(name)}`));
  const wrong = ceremonies.filter((_, i) => !hosted(hosts[i]));
  if (wrong.length === 0) {
    const message = ceremonies.map((n) => `Host: ${kb.ceremonyLabel(n)}`).join("; ");
    return claim({ ...base, verdict: "supported", message });
  }
  const hostsOf = (n: number) => kb.ceremony(n)!.hosts;
  const who = wrong.map((n) =>
    hostsOf(n).length
      ? `the ${kb.ceremonyLabel(n)} was hosted by ${listText(hostsOf(n))}`
      : `the ${kb.ceremonyLabel(n)} had no host`,
  );
  const message = `${name} did not host ${said}: ${who.join("; ")}.`;
  return claim({ ...base, verdict: "refuted", severity: "error", message });
}

/** A refuted host `name` of one night that had one host: the fix names that host. */
export function withHostFix(kb: KnowledgeBase, night: number, c: Claim, name: string): Claim {
  const hosts = kb.ceremony(night)?.hosts ?? [];
  if (c.verdict !== "refuted" || hosts.length !== 1) return c;
  c.fixes.push(fix(`Replace "${name}" with "${hosts[0]}"`, hosts[0], c.start, c.end));
  return settle(c);
}

export type Range = { start: number; end: number };

/** "X, Y and Z": the names of a list. */
export function namesOf(list: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  let from = 0;
  // ("Bob Hope (Hollywood); Thelma Ritter (New York)": a semicolon separates too, and a bracketed place is no name.)
  for (const part of list.split(/,\s+and\s+|,\s+|\s+and\s+|\s*;\s*/)) {
    const at = list.indexOf(part, from);
    from = at + part.length;
    out.push({ name: part.replace(/\s*\([^)]*\)\s*$/, "").replace(/['\u2019]s$/, ""), at });
  }
  return out;
}

/** Hosts named with the years (or "the last two years") they hosted in. */
function hostedWhen(v: SentenceView, text: string): Claim[] {
  const out: Claim[] = [];
  const kb = v.kb;
  const check = (name: string, ceremonies: number[], start: number, end: number, said: string) => {
    const c = hostClaim(kb, name, ceremonies, { start, end }, said);
    if (c) out.push(c);
  };
  for (const m of text.matchAll(HOSTED_IN)) {
    // "He also hosted the 2017 ceremony": the person the draft named last, if a host.
    const name = /^(?:he|she)$/i.test(m[1]) ? formerHost(v) : PRONOUNS.test(m[1]) ? undefined : m[1];
    if (!name) continue;
    const years = m.slice(2).filter(Boolean).map(Number);
    for (const y of years) {
      const at = v.sentence.start + m.index! + m[0].lastIndexOf(String(y));
      check(name, kb.ceremoniesHeldIn(y), at, at + 4, `the ceremony held in ${y}`);
    }
  }
  const doc = v.doc?.ceremony;
  for (const m of doc ? text.matchAll(HOSTED_LAST) : []) {
    if (PRONOUNS.test(m[1])) continue;
    const n = m[2] === "year" ? 1 : m[2].startsWith("two") ? 2 : 3;
    const ceremonies = Array.from({ length: n }, (_, i) => doc! - 1 - i).filter((c) => c >= 1);
    const start = v.sentence.start + m.index!;
    check(m[1], ceremonies, start, start + m[1].length, `the last ${n === 1 ? "ceremony" : `${n} ceremonies`}`);
  }
  return out;
}

/** The person named last before this sentence, when the data knows them as a host. */
function formerHost(v: SentenceView): string | undefined {
  // Hosts who were never nominated are no mentions: the host named last in the text before.
  const before = fold(v.text.slice(Math.max(0, v.sentence.start - 1000), v.sentence.start));
  let best: string | undefined;
  let at = -1;
  for (const h of allHosts(v)) {
    const i = before.lastIndexOf(h);
    if (i > at) [best, at] = [h, i];
  }
  const p = v.prior.lastPerson();
  const person = p?.ids.length === 1 ? v.kb.data.people[p.ids[0]].name : undefined;
  if (person && allHosts(v).has(fold(person)) && before.lastIndexOf(fold(person)) >= at) return person;
  return best && hostName(v, best);
}

/** A host's name as the ceremonies table writes it, from its folded form. */
function hostName(v: SentenceView, folded: string): string | undefined {
  for (const c of v.kb.data.ceremonies) for (const h of c.hosts) if (hostKey(h) === folded) return h;
  return undefined;
}

/** "Regina Hall, Amy Schumer, and Wanda Sykes will serve as hosts", "X returned to preside", "X took on the job". */
export const NAMES = String.raw`${NAME}(?:,\s+${NAME})*(?:,?\s+and\s+${NAME})?`;
/** "host", "co-hosts", "emcee", "master of ceremonies": the role, one or several. */
const HOST_ROLE = String.raw`(?:co-?)?(?:hosts?|emcees?|masters?\s+of\s+ceremonies)`;
const RETURNED = String.raw`(?:returned|returns|will\s+return)\s+to\s+(?:host|preside\s+over|emcee)`;
/** What a ceremony is called after "the": "the 97th Academy Awards", "the show", "the Oscars". */
const NTH_NIGHT = String.raw`(?:\d{1,3}(?:st|nd|rd|th)\s+)?`;
const SHOW_NOUN = String.raw`${NTH_NIGHT}(?:[Aa]cademy\s+[Aa]wards|[Oo]scars|ceremony|show|telecast|[Aa]wards)`;
/**
 * "X will host the 97th Academy Awards", "X is set to host the Oscars", "X hosts the ceremony": a host
 * announced or reported in the present. Only with the ceremony as the object ("hosts a talk show" is not).
 */
const HOSTS_NOW = [
  String.raw`(?:(?:will|shall)\s+(?:co-?)?host`,
  String.raw`|(?:is|are)\s+(?:(?:set|slated|scheduled|due|tapped)\s+)?to\s+(?:co-?)?host`,
  String.raw`|(?:co-?)?hosts|(?:is|are)\s+(?:co-?)?hosting)(?=\s+(?:the|this\s+year['\u2019]s)\s+${SHOW_NOUN}\b)`,
].join("");
const HOST_VERB = [
  String.raw`(?:(?:will|would|also|previously|first|then|again|once|later)\s+)*`,
  String.raw`(?:serve[sd]?\s+as\s+(?:the\s+)?${HOST_ROLE}|(?:co-?)?hosted|emceed|${RETURNED}`,
  String.raw`|presided\s+over|took\s+on\s+the\s+job|(?:was|were)\s+(?:the\s+)?${HOST_ROLE}\s+(?:of|for|at)\b`,
  // ("A, B and C were the hosts": a list of them, the night the sentence's.)
  String.raw`|were\s+(?:the\s+)?(?:co-?)?(?:hosts|emcees)(?!['\u2019]|\s+(?:of|for|at)\b)`,
  String.raw`|${HOSTS_NOW})\b`,
].join("");
/** "X, the Australian actor best known as Wolverine, hosted …": an aside between the name and the verb. */
const ASIDE = String.raw`(?:,\s+(?:the|a|an)\s+[^,]{1,60},)?`;
const HOST_SUBJECT = new RegExp(String.raw`(${NAMES})${ASIDE},?\s+${HOST_VERB}`, "gu");
/** A word of what the host is, after "the": "the humorist Will Rogers". */
export const EPITHET = String.raw`(?:the\s+[a-z-]+\s+)?`;
/** "as (the) host", "serving as master of ceremonies", "hosting", "presiding" (over nothing else: not the jury). */
const AS_HOST = String.raw`(?:(?:serving\s+)?as\s+(?:the\s+)?${HOST_ROLE}|hosting|emceeing|presiding(?!\s+over))`;
/** "…, with Bob Hope as host", "with Regina Hall, Amy Schumer and Wanda Sykes hosting", "with X presiding". */
const HOST_WITH = new RegExp(String.raw`\bwith\s+${EPITHET}(${NAMES})\s+${AS_HOST}`, "gu");
/** "The host of the 81st Academy Awards was Hugh Jackman", "Its hosts were X and Y". */
const HOST_WAS = new RegExp(
  String.raw`\b${HOST_ROLE}\s+(?:of|for|at)\s+[^,;]{0,60}?\s*(?:was|were)\s+(${NAMES})`,
  "giu",
);
/** "the Billy Crystal-hosted 77th Academy Awards": a host named as a compound modifier of the night. */
const HOST_HYPHEN = new RegExp(String.raw`(${NAME})-hosted\b`, "gu");
const YEAR_IN = /\b(?:in|of)\s+((?:19|20)\d\d)\b/g;

/** Hosts named as the subject of hosting, checked against the night the sentence names (else the article's). */
function hostSubjects(v: SentenceView, text: string): Claim[] {
  const out: Claim[] = [];
  const kb = v.kb;
  const known = allHosts(v);
  // "hosted five times between 1979 and 1984": a tally over years, not one night.
  if (/\b\w+\s+times\b/i.test(text) || /\b(?:not|no|never|n't|without)\b/i.test(text)) return out;
  // ("Bob Hope hosted, or co-hosted, 19 ceremonies": a count of nights with no time said is no one night's.)
  const timed = /\b(?:19|20)\d\d\b/.test(text) || v.mentions.some((m) => m.kind === "ceremony" && !m.implicit);
  if (NIGHTS_COUNTED.test(text) && !timed) return out;
  const whole = nightsIn(v, text, 0, text.length);
  const found = [HOST_SUBJECT, HOST_WITH, HOST_WAS, HOST_HYPHEN].flatMap((re) => [...text.matchAll(re)]);
  for (const m of found) {
    // ("A and B were the hosts of late-night television": another show's.)
    const end = m.index! + m[0].length;
    if (OTHER_SHOW.test(text.slice(end, end + 40).split(/[,;.]/)[0])) continue;
    // Each host with the nights of its own clause ("X was the host of the 2nd, and Y hosted the 3rd").
    const [from, to] = clauseAround(text, m.index!);
    const own = nightsIn(v, text, from, to);
    // ("the 84th was hosted by X; the following year, Y hosted": a clause moved off the night named before it.)
    const semi = text.lastIndexOf(";", m.index!);
    const moved = !own && MOVED_IN_TIME.test(text.slice(semi >= 0 ? semi + 1 : from, to));
    // ("… for F at the 23rd, which Fred Astaire hosted": the night the relative pronoun follows.)
    const which = /,\s*which\s+$/.exec(text.slice(Math.max(0, m.index! - 12), m.index!));
    const relative = which ? nightJustBefore(v, m.index! - which[0].length) : undefined;
    const nights = relative !== undefined ? [relative] : (own ?? (whole?.length === 1 && !moved ? whole : undefined));
    if (!nights?.length) continue;
    const said = nights.map((n) => `the ${kb.ceremonyLabel(n)}`).join(" and ");
    const at0 = m[0].indexOf(m[1]);
    for (const listed of namesOf(m[1])) {
      // ("… was Steve Martin.": the sentence's full stop is no initial's.)
      const name = listed.name.replace(/(\p{L}{3,})\.$/u, "$1");
      const at = listed.at + at0;
      if (name.split(/\s+/).length < 2 || PRONOUNS.test(name)) continue;
      // A host's name, or a name the data knows; "Los Angeles" is neither.
      // ("with Gregory Peck presiding": an Academy president presides too; only a host the data knows is read so.)
      const presides = /\bpresiding\b/.test(m[0]);
      const isPerson =
        known.has(hostKey(name)) || (!presides && v.mentions.some((x) => x.kind === "person" && x.text === name));
      const start = v.sentence.start + m.index! + at;
      const c = isPerson ? hostClaim(kb, name, nights, { start, end: start + name.length }, said) : undefined;
      if (c) out.push(c);
    }
  }
  return out;
}

/** "19 ceremonies", "nineteen shows": a count of nights (not "master of ceremonies"). */
const NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|nineteen|twenty|several";
const NIGHTS_COUNTED = new RegExp(String.raw`\b(?:\d{1,2}|${NUMBER_WORDS})\s+(?:ceremonies|shows|telecasts)\b`, "i");
const CLAUSE_BOUNDARY = /;|,\s+(?:and|but|while|whereas)\s+/g;
const MOVED_IN_TIME = /\b(?:following|later|next|previous|earlier|prior)\b/i;
const WHO_WAS = /,\s+who\s/;
/** Words that put a relative clause's hosting at another time than the sentence's night. */
const OTHER_TIME = /\b(?:before|last|previous|earlier|ago|times|once|twice|later|next|(?:19|20)\d\d)\b/i;

/** Words of a shift in time between the sentence's last named night and `index` ("four years later"). */
function movedOn(v: SentenceView, text: string, index: number): boolean {
  const nights = v.mentions.filter((m) => m.kind === "ceremony" && !m.implicit && m.end - v.sentence.start < index);
  const from = nights.length ? nights[nights.length - 1].end - v.sentence.start : 0;
  return SHIFTED.test(text.slice(from, index));
}
const SHIFTED =
  /\b(?:years?|decades?|months?) (?:later|earlier|after|before)\b|\bthe (?:following|next|previous) year\b/i;

/** The stretch of the sentence between the clause boundaries (`edges`, a "g" regex) around offset `at`. */
export function clauseAround(text: string, at: number, edges: RegExp = CLAUSE_BOUNDARY): [number, number] {
  let from = 0;
  for (const b of text.matchAll(edges)) {
    if (b.index! + b[0].length <= at) from = b.index! + b[0].length;
    else if (b.index! >= at) return [from, b.index!];
  }
  return [from, text.length];
}

/**
 * The nights a stretch of a host's sentence names: ordinals ("the 81st Academy Awards", a bare
 * "the 6th"), else one year it was held in, else the night it inherits; none when it is unclear.
 */
function nightsIn(v: SentenceView, text: string, from: number, to: number): number[] | undefined {
  const kb = v.kb;
  const part = text.slice(from, to);
  const begin = v.sentence.start + from;
  const named = v.mentions.filter(
    (m) =>
      m.kind === "ceremony" && !m.implicit && m.ids.length === 1 && m.start >= begin && m.end <= begin + part.length,
  );
  const ordinals = [...new Set([...named.map((m) => m.ids[0]), ...bareOrdinals(part, kb.latestCeremony)])];
  // ("the 8th Academy Awards in 1936": a year the ordinal's night was held adds no night.)
  const years = [...part.matchAll(YEAR_IN)]
    .map((m) => Number(m[1]))
    .filter((y) => !ordinals.some((o) => kb.ceremoniesHeldIn(y).includes(o)));
  if (years.length > 1 || (years.length && ordinals.length)) return [];
  if (ordinals.length) return ordinals;
  if (years.length) return kb.ceremoniesHeldIn(years[0]).slice(0, 1);
  // "The ceremony took place on March 31, 1981, with X as host": the night held that day.
  const dated = ceremonyOnDate(kb, part);
  if (dated !== undefined) return [dated];
  // "hosted five times between 1979 and 1984" and other years said without "in": no night.
  if (/\b(?:19|20)\d\d\b/.test(part)) return [];
  if (from > 0 || to < text.length) return undefined; // a part that names none: the sentence's
  const night = nightOfSentence(v, sentenceNight(v));
  if (night === undefined) return [];
  const own = v.ctx && v.ctx.strength !== "sentence" && night === v.ctx.ceremony ? inheritedOr(v, night) : night;
  return own === undefined ? [] : [own];
}

/**
 * A night the sentence inherits; else, when the films and people it names did not compete that night, the night
 * its own wins were borne out at ("… took five awards, including C for X, at a ceremony hosted by Y"), or none.
 */
function inheritedOr(v: SentenceView, night: number): number | undefined {
  // ("… lost to Platoon at a ceremony hosted by Chevy Chase, Goldie Hawn and Paul Hogan": a team of hosts that
  // hosted one other night together names that night.)
  // (Only over the article's night: a night the paragraph names holds.)
  const team = !v.ctx || v.ctx.strength === "document" ? teamNight(v) : undefined;
  if (team !== undefined && team !== night) return team;
  if (namesNight(v, night, allHosts(v)) !== null) return night;
  return v.prior.nightOfConjuncts(v.sentence.start);
}

const FULL_DATE = new RegExp(DATE, "gi");

/** The one night held on the full date a text names ("March 31, 1981"), if any. */
function ceremonyOnDate(kb: KnowledgeBase, text: string): number | undefined {
  const nights = new Set<number>();
  for (const m of text.matchAll(FULL_DATE)) {
    const { month, day, year } = m.groups!;
    if (!year) continue;
    const n = kb.ceremonyOn(Number(year), monthIndex(month) + 1, Number(day));
    if (n !== undefined) nights.add(n);
  }
  return nights.size === 1 ? [...nights][0] : undefined;
}

/** The names listed after a host's name ("…, Amy Schumer and Wanda Sykes"): hosts, people we know, full names. */
function listedAfter(v: SentenceView, text: string, from: number): { raw: string; at: number }[] {
  const out: { raw: string; at: number; and: boolean }[] = [];
  const known = allHosts(v);
  NEXT_NAME.lastIndex = from;
  for (let m = NEXT_NAME.exec(text); m; m = NEXT_NAME.exec(text)) {
    const name = m[1].replace(/\.$/, "");
    const at = m.index + m[0].length - m[1].length;
    const begin = v.sentence.start + at;
    // ("…, Laurence Olivier's Hamlet won", "…, and Million Dollar Baby": a possessor or a film is no host.)
    if (/['\u2019]s$/.test(name) || v.mentions.some((x) => x.kind === "film" && x.start <= begin && begin < x.end))
      break;
    const person = v.mentions.some((x) => x.kind === "person" && x.start === begin);
    // (A full name of two words or more is a name after "hosted by" too; "Hollywood's" alone is not.)
    if (!known.has(hostKey(name)) && !person && name.split(/\s+/).length < 2) break;
    // ("hosted by X, and Y won supporting actress": a name with a verb of its own starts a clause.)
    const rest = text.slice(at + m[1].length);
    if (/^\s+(?:won|wins|was|were|is|took|earned|received|got|became|had|has)\b/.test(rest)) break;
    // ("hosted by X, and Trueba returned years later": after ", and", any verb in the past.)
    if (/^,\s+and\s/.test(m[0]) && /^\s+(?:[a-z]{3,}ed|went|came|made|said|won)\b/.test(rest)) break;
    // ("hosted by X, and Y, as the composer, beat Z": a name we know set off by a comma is a clause's subject.)
    if (!known.has(hostKey(name)) && /^,\s+and\s/.test(m[0]) && /^\s*,\s+(?:as|who|playing|whose)\b/.test(rest)) break;
    out.push({ raw: m[1], at, and: /\band\s/.test(m[0]) });
  }
  // Only a list closed by "and": "hosted by X, Y and Z".
  let last = out.length - 1;
  while (last >= 0 && !out[last].and) last--;
  return out.slice(0, last + 1).map(({ raw, at }) => ({ raw, at }));
}
const NEXT_NAME = new RegExp(String.raw`(?:,\s+(?:and\s+)?|\s+and\s+)${NAME}`, "uy");

/** "the 6th", "the 77th and the 88th" with no "Academy Awards": ordinals a host's sentence says are nights. */
const BARE_NIGHT =
  /\bthe\s+(\d{1,3})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|was|were|ceremony|edition|show|annual)\b)/gi;

function bareOrdinals(text: string, latest: number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BARE_NIGHT)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= latest) out.push(n);
  }
  return out;
}

/** "Johnny Carson (five), Billy Crystal (nine)", "fellow four-timers Whoopi Goldberg and Jack Lemmon". */
const TIMES_IN_BRACKETS = new RegExp(String.raw`${NAME}\s+\((\w+)\)`, "gu");
const N_TIMERS = new RegExp(String.raw`\b(\w+)-timers?\s+(${NAMES})`, "giu");
/** "Bob Hope hosted the ceremony 19 times", "Billy Crystal, who has hosted nine times". */
const THE_SHOW = String.raw`(?:the\s+${SHOW}s?\s+|the\s+academy\s+awards\s+)?`;
const HOSTED_TIMES = new RegExp(
  String.raw`${NAME},?\s+(?:who\s+)?(?:has\s+|had\s+)?hosted\s+${THE_SHOW}(\w+)\s+times\b`,
  "giu",
);

/** How many ceremonies each known host hosted, up to the article's night, said beside the name. */
function hostTallies(v: SentenceView, text: string): Claim[] {
  const out: Claim[] = [];
  const kb = v.kb;
  const known = allHosts(v);
  const upTo = v.doc?.ceremony ?? v.ctx?.ceremony ?? kb.latestCeremony;
  const check = (name: string, said: string, start: number) => {
    const n = numberValue(fold(said));
    if (n === undefined || !known.has(hostKey(name))) return;
    const nights = kb.data.ceremonies.filter((c) => c.n <= upTo && c.hosts.some((h) => hostKey(h) === hostKey(name)));
    const hosted = nights.length;
    const base = { kind: "ceremony" as const, rule: "wrong-host", start, end: start + said.length };
    const statement = `${name} hosted ${n} ceremonies`;
    // A host of the article's own night may be counted with it or without it ("has hosted three times before");
    // a history of hosts counts whole careers, whatever night it opened with.
    const withoutThis = nights.at(-1)?.n === upTo ? hosted - 1 : hosted;
    const career = kb.data.ceremonies.filter((c) => c.hosts.some((h) => hostKey(h) === hostKey(name))).length;
    if (hosted === n || withoutThis === n || career === n)
      out.push(claim({ ...base, statement, verdict: "supported", message: `${hosted} ceremonies` }));
    else {
      const message = `${name} hosted ${hosted} ceremonies up to the ${kb.ceremonyLabel(upTo)}, not ${n}.`;
      out.push(claim({ ...base, statement, verdict: "refuted", severity: "error", message }));
    }
  };
  for (const m of text.matchAll(TIMES_IN_BRACKETS)) {
    check(m[1], m[2], v.sentence.start + m.index! + m[0].lastIndexOf(m[2]));
  }
  for (const m of text.matchAll(N_TIMERS)) {
    for (const { name } of namesOf(m[2])) check(name, m[1], v.sentence.start + m.index!);
  }
  for (const m of text.matchAll(HOSTED_TIMES)) check(m[1], m[2], v.sentence.start + m.index! + m[0].lastIndexOf(m[2]));
  return out;
}

/** A host's name folded, without a closing full stop: "Sammy Davis Jr." is "Sammy Davis Jr". */
const hostKey = (name: string) => fold(name).replace(/\.$/, "");

/** Per knowledge base: every host's folded name, and the names of two words or more by their first word. */
interface HostIndex {
  all: Set<string>;
  byFirst: Map<string, [string, string][]>;
}
const hostCache = new WeakMap<object, HostIndex>();

function hostIndex(v: SentenceView): HostIndex {
  let index = hostCache.get(v.kb);
  if (!index) {
    const all = new Set(v.kb.data.ceremonies.flatMap((c) => c.hosts.map(hostKey)));
    const byFirst = new Map<string, [string, string][]>();
    for (const h of all) {
      if (!h.includes(" ")) continue;
      const first = h.slice(0, h.indexOf(" "));
      const list = byFirst.get(first);
      if (list) list.push([h, ` ${h} `]);
      else byFirst.set(first, [[h, ` ${h} `]]);
    }
    hostCache.set(v.kb, (index = { all, byFirst }));
  }
  return index;
}

/** Whether the data knows `name` as a host of some night. */
export function isHost(v: SentenceView, name: string): boolean {
  return allHosts(v).has(hostKey(name));
}

/** Every person who ever hosted, folded, for telling a host's name from any name. */
function allHosts(v: SentenceView): Set<string> {
  return hostIndex(v).all;
}

/** The hosts named in two words or more by their first word, each with its whole-name form (" jimmy kimmel "). */
function fullHostNames(v: SentenceView): Map<string, [string, string][]> {
  return hostIndex(v).byFirst;
}

/** A text folded to its words, spaced at both ends, for whole-name tests (" jimmy kimmel "). */
const wordsOf = (text: string): string => ` ${fold(text).replace(/[^\p{L}\p{N}' ]+/gu, " ")} `;

/** The one night whose hosts, two or more, the sentence names all of. */
function teamNight(v: SentenceView): number | undefined {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const folded = wordsOf(text);
  const nights = v.kb.data.ceremonies.filter(
    (c) => c.hosts.length >= 2 && c.hosts.every((h) => folded.includes(` ${hostKey(h)} `)),
  );
  return nights.length === 1 ? nights[0].n : undefined;
}

/**
 * "The Turning Point and The Color Purple, which won nothing, …, at a ceremony hosted by X": films of several
 * nights leave the night open, unless a team of hosts names one of them.
 */
function filmsAgree(v: SentenceView, night: number): number | undefined {
  // (Each film's nights, over every film its title may be: no night common to all leaves the night open.)
  const each = v.mentions
    .filter((m) => m.kind === "film" && m.ids.length > 0)
    .map((m) => new Set(m.ids.flatMap((f) => v.kb.ceremoniesOfFilm(f))));
  if (each.length < 2 || [...each[0]].some((n) => each.every((s) => s.has(n)))) return night;
  const team = teamNight(v);
  return team !== undefined && each.some((s) => s.has(team)) ? team : undefined;
}

/** The nights hosted by the hosts a sentence names ("where Jon Stewart was host"); undefined when it names none. */
export function nightsOfHostsIn(v: SentenceView, text: string): number[] | undefined {
  const folded = wordsOf(text);
  // (Only the hosts whose first word the sentence has: " jimmy kimmel " is in it only if " jimmy " is.)
  const byFirst = fullHostNames(v);
  const named: string[] = [];
  for (const word of new Set(folded.split(" ")))
    for (const [h, spaced] of byFirst.get(word) ?? []) if (folded.includes(spaced)) named.push(h);
  if (!named.length) return undefined;
  return v.kb.data.ceremonies.filter((c) => c.hosts.some((h) => named.includes(hostKey(h)))).map((c) => c.n);
}

export function checkHosts(v: SentenceView): Claim[] {
  const ctx = v.ctx;
  const out: Claim[] = [];
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  if (!/\b(?:[Hh]ost|[Hh]osted|[Ee]mcee|hosting|presid(?:ed?|ing)|masters? of ceremonies)/.test(text)) return out;
  // "The ceremony, hosted by Jo Koy, …" in a Globes piece: that show's host.
  if (aboutAnotherShow(v)) return out;
  // A sentence that names its night needs no article's night.
  if (!ctx) return [...hostSubjects(v, text), ...hostTallies(v, text), ...hostsNamed(v, text, undefined, out)];
  const aboutCeremony = ABOUT_CEREMONY.test(text) || v.mentions.some((m) => m.kind === "ceremony");
  out.push(...hostedWhen(v, text), ...hostTallies(v, text));
  out.push(...hostSubjects(v, text).filter((c) => !out.some((o) => o.start < c.end && c.start < o.end)));
  out.push(...hostingNumber(v, text));
  // ("Bob Hope was the host.", "The host was X.": a known host said to host, in a piece on one night, is its host.)
  const hostSaid =
    ((WAS_HOST_AT.test(text) && plainAfter(text, 0)) || HOSTS_WERE_AT.test(text) || HOST_APPOSITIVE_AT.test(text)) &&
    plainHostSentence(text);
  // (Only while the paragraph stays on that night: its films all competed then, and no time moved it off.)
  const settled = !movedOff(ctx, v.prior) && paragraphOn(v, ctx.ceremony);
  if (!aboutCeremony && !HOST_NAME.test(text) && !(hostSaid && settled)) return out;
  // ("… on February 28, 2016 … host Chris Rock" in a piece whose one ordinal, "the 79th ceremony", is of an
  // honorary award: a date that points to another night leaves the article's night unsure for a passing host.)
  const unsure = ctx.strength === "document" && ctx.ahead !== undefined && ctx.ahead !== ctx.ceremony;
  if (unsure && !v.mentions.some((m) => m.kind === "ceremony")) return out;
  return hostsNamed(v, text, ctx, out, aboutCeremony);
}

/**
 * "hosted by X", "host X", "the host, X,", "X was the host", "the hosts were A and B": each name checked against
 * its night. With no context for the sentence, only "the Nth Awards, hosted by X" is read.
 */
function hostsNamed(
  v: SentenceView,
  text: string,
  ctx: SentenceView["ctx"],
  out: Claim[],
  aboutCeremony = true,
): Claim[] {
  HOST_NAME.lastIndex = 0;
  // ("The 1999 ceremony had been hosted by X", "The previous year, X hosted": that night's host, or unknown.)
  const year = ctx ? yearNight(v, text) : null;
  let ofSentence = year === null ? undefined : (year ?? nightOfSentence(v, sentenceNight(v)));
  const known = allHosts(v);
  // ("Michael Cimino's epic took five awards, … at a ceremony hosted by X": an inherited night gives way to the
  // one the sentence's names agree on, and to none when they agree on none.)
  if (ctx && ctx.strength !== "sentence" && year === undefined && ofSentence === ctx.ceremony)
    ofSentence = inheritedOr(v, ofSentence);
  else if (year === undefined && ofSentence !== undefined && !v.mentions.some((m) => m.kind === "ceremony"))
    ofSentence = filmsAgree(v, ofSentence);
  const said: { re: RegExp; index: number; raw: string; at: number }[] = [];
  for (const re of [HOSTED_BY, HOST_NAME, HOST_APPOSITIVE, WAS_HOST, HOSTS_WERE]) {
    for (const m of text.matchAll(re)) {
      // (The "d" flag gives each name's own offset; "the hosts, X and Y," names a second.)
      let at = m.indices![1][0];
      let raw = m[1];
      // ("hosted by Australian actor Hugh Jackman": a word of origin, then a job, then the name.)
      const job =
        re === HOSTED_BY && !known.has(hostKey(raw)) ? EPITHET_THEN_NAME.exec(text.slice(at + raw.length)) : null;
      if (job) [at, raw] = [at + raw.length + job[0].length - job[1].length, job[1]];
      said.push({ re, index: m.index!, raw, at });
      if (re === HOST_APPOSITIVE && m[2]) said.push({ re, index: m.index!, raw: m[2], at: m.indices![2][0] });
      // "hosted by Regina Hall, Amy Schumer and Wanda Sykes": each host of the list, when a host or a name we know.
      if (re === HOSTED_BY || re === HOSTS_WERE)
        for (const x of listedAfter(v, text, at + raw.length)) said.push({ re, index: m.index!, ...x });
    }
  }
  for (const { re, index, raw, at } of said) {
    // ("at the 80th Awards, hosted by X, and … at the 93rd": the night named right before "hosted by".)
    if (!ctx && re !== HOSTED_BY) continue;
    const night = (re === HOSTED_BY ? nightJustBefore(v, index) : undefined) ?? ofSentence;
    // ("… at the 58th ceremony, and … four years later, in 1990, at a ceremony hosted by X": a shift in time after
    // the night named leaves the host's night another.)
    if (re === HOSTED_BY && night === ofSentence && movedOn(v, text, index)) continue;
    const rec = night === undefined ? undefined : v.kb.ceremony(night);
    if (night === undefined || !rec) continue;
    const label = v.kb.ceremonyLabel(night);
    const hosts = rec.hosts;
    // ("Chris Rock, who was host the year before", "Billy Crystal, who was host nine times": another night.)
    if (re === WAS_HOST && WHO_WAS.test(text.slice(index, at + raw.length + 10))) {
      const tail = text.slice(index).split(/[,.;]/)[1] ?? "";
      if (OTHER_TIME.test(tail)) continue;
    }
    const name = raw.replace(/['\u2019]s$/, "").replace(/\.$/, "");
    const start = v.sentence.start + at;
    const end = start + name.length;
    const base = {
      kind: "ceremony" as const,
      rule: "wrong-host",
      start,
      end,
      statement: `The ${label} was hosted by ${name}`,
    };
    // "the host city", "host country": not a name; an unknown name only counts after "hosted by".
    const named = re !== HOSTED_BY;
    // ("the evening's host, Jack Lemmon," in an obituary: the night its sentence or paragraph names, not the piece's.)
    const appositive = re === HOST_APPOSITIVE || re === WAS_HOST;
    // (The piece's night will do for a host the data knows when the paragraph's films all competed at it.)
    const pieceNight =
      ctx?.strength === "document" &&
      known.has(hostKey(raw)) &&
      paragraphOn(v, ctx.ceremony) &&
      plainHostSentence(text) &&
      (re !== WAS_HOST || plainAfter(text, index));
    if (appositive && ctx?.strength !== "sentence" && ctx?.strength !== "paragraph" && !pieceNight) continue;
    // ("the late-night host, Jimmy Kimmel,", "a talk show where X was host": another show's host.)
    if (appositive && OTHER_SHOW.test(text.slice(Math.max(0, index - 40), at))) continue;
    // (A name another reading already took: one claim for it.)
    if (appositive && out.some((o) => o.start < end && start < o.end)) continue;
    if (named && !known.has(hostKey(name))) continue;
    // "Host Billy Crystal remarked" is about the night without naming it; "former host X" is not.
    if (named && !aboutCeremony && FORMER.test(text.slice(0, index))) continue;
    if (re === HOSTED_BY && !aboutCeremony) continue;
    if (hosts.length === 0 && !rec.noHost) {
      out.push(claim({ ...base, verdict: "unverifiable", message: `The ${label}'s host is not recorded` }));
      continue;
    }
    if (hosts.some((h) => hostKey(h) === hostKey(name) || hostKey(h).endsWith(` ${hostKey(name)}`))) {
      out.push(
        claim({ ...base, verdict: "supported", message: `Host${hosts.length > 1 ? "s" : ""}: ${listText(hosts)}` }),
      );
      continue;
    }
    const c = claim({
      ...base,
      verdict: "refuted",
      severity: "error",
      message: hosts.length ? `The ${label} was hosted by ${listText(hosts)}.` : `The ${label} had no host.`,
    });
    if (hosts.length === 1) c.fixes.push(fix(`Replace "${name}" with "${hosts[0]}"`, hosts[0], start, end));
    out.push(settle(c));
  }
  return out;
}

/**
 * Whether the films and people the sentence names (hosts aside) leave an inherited night standing: undefined
 * when it names none or all competed at `inherited`; null when they did not. (Never another night: a past
 * winner presenting that night, "Eva Marie Saint presented …", names her own old one.)
 */
function namesNight(v: SentenceView, inherited: number, hosts: Set<string>): null | undefined {
  let common: number[] | undefined;
  for (const m of v.mentions) {
    if ((m.kind !== "film" && m.kind !== "person") || m.ids.length !== 1) continue;
    if (m.kind === "person" && hosts.has(hostKey(v.kb.data.people[m.ids[0]].name))) continue;
    const nights = m.kind === "film" ? v.kb.ceremoniesOfFilm(m.ids[0]) : v.kb.ceremoniesOfPerson(m.ids[0]);
    common = common ? common.filter((n) => nights.includes(n)) : nights;
  }
  return !common || common.includes(inherited) ? undefined : null;
}

/**
 * "Her third came in 2011, … at the ceremony hosted by X": in a sentence naming no night, the one night held in
 * the one year it says, when a film it names competed then (else the year may be of something else); null when
 * its only years are a relative clause's, which leaves the night unsure.
 */
function yearNight(v: SentenceView, text: string): number | null | undefined {
  if (v.mentions.some((m) => m.kind === "ceremony" && !m.implicit)) return undefined;
  // ("The first, in 2005, was C for F; the second came later, at a ceremony hosted by X": a year in a clause
  // the semicolon closed before the host's is that clause's.)
  const hosting = text.search(/\bhost/i);
  const semi = hosting < 0 ? -1 : text.lastIndexOf(";", hosting);
  if (semi >= 0 && /\b(?:19|20)\d\d\b/.test(text.slice(0, semi)) && !/\b(?:19|20)\d\d\b/.test(text.slice(semi)))
    return undefined;
  // ("The brothers, who had won for Fargo in 1997, took picture … on a night hosted by X": a year in a
  // relative clause closed before the host is that clause's, not the host's.)
  const outside = text.replace(/,\s*(?:who|which|whose)\b[^,;]*,/g, ",");
  const years = [...new Set(outside.match(/\b(?:19|20)\d\d\b/g) ?? [])];
  if (years.length === 0 && /\b(?:19|20)\d\d\b/.test(text)) return null;
  const held = years.length === 1 ? v.kb.ceremoniesHeldIn(Number(years[0])) : [];
  if (held.length !== 1) return undefined;
  const films = v.mentions.filter((m) => m.kind === "film");
  if (films.some((f) => ofNight(v.kb, f.ids, held[0]).length > 0)) return held[0];
  // ("His only nomination came for Ran, and in 1990 he received an honorary award at a ceremony hosted by X":
  // the year in the host's own clause, which names no film, is the host's night.)
  // (Only "in 1990 … hosted by X": not "Co-host James Franco, born in April 1978,", "Since 2003, host X".)
  const host = text.search(/\bhosted\s+by\b/i);
  if (host < 0) return undefined;
  const [from, to] = clauseAround(text, host);
  const said = text.slice(from, host);
  // ("In February 2007 the Academy …": a month may come before the year.)
  const inYear = new RegExp(String.raw`\bin\s+(?:(?:${MONTHS_PATTERN})\s+)?${years[0]}\b`, "i").test(said);
  const born = /\b(?:born|since)\b/i.test(said);
  const filmIn = films.some((f) => f.start >= v.sentence.start + from && f.start < v.sentence.start + to);
  // ("Her last nomination, for F in 1978, came at a ceremony hosted by X", F of another night: the year and the
  // film disagree, and which is wrong is unknown; no night to hold the host to.)
  if (inYear && !born && filmIn) return null;
  return inYear && !born ? held[0] : undefined;
}

/** How many nights in a row, ending at `night`, `host` hosted. */
function nightsInARow(v: SentenceView, host: string, night: number): number {
  let n = 0;
  while (v.kb.ceremony(night - n)?.hosts.includes(host)) n++;
  return n;
}

/** A clause of what will be, then ", when" opening the host's clause. */
const NIGHT_TO_COME = /\b(?:will|would|whether)\b[^;.]*,\s+when\s+$/i;
const TOLD_OF_PAST = /\b(?:once|back then|in those days|years? (?:ago|earlier)|in (?:19|20)\d\d)\b/i;

/** The night is the sentence's own, or the article's and the paragraph's, whose films so far all competed at it. */
function sureNight(v: SentenceView, own: boolean): boolean {
  const night = v.doc?.ceremony;
  if (own) return true;
  if (night === undefined || v.ctx?.ceremony !== night) return false;
  return v.prior.films.every((f) => ofNight(v.kb, f.ids, night).length > 0);
}

/**
 * A sentence that says who hosted with no time, count, speaker or quotation of its own ("Bob Hope was the host.",
 * not "… was the host in 2024", "… the host nine times", "Kimmel said X was the host before him").
 */
function plainHostSentence(text: string): boolean {
  return !/["\u201c\u201d]/.test(text) && !OTHER_TIME.test(text) && !SPAN_OF_TIME.test(text) && !SPEECH_VERB.test(text);
}
/** Beyond OTHER_TIME (years, "before", "last", "times"): words of a span or a past ("until", "for years", "former"). */
const SPAN_OF_TIME = /\b(?:after|until|since|years|decades|recent|former)\b/i;
const SPEECH_VERB = /\b(?:said|says|say|told|tells|recalled|joked|wrote|insisted|claimed)\b/i;

/** After the host phrase at `index`: the clause ends, or says "that night" ("X was the host's guest" does not). */
function plainAfter(text: string, index: number): boolean {
  const m = /\b(?:host|emcee|ceremonies)\b/i.exec(text.slice(index));
  if (!m) return true;
  const rest = text.slice(index + m.index + m[0].length);
  return /^\s*(?:[.,;:!?)]|$|that (?:night|year|evening)\b|and\b)/i.test(rest);
}

/**
 * The paragraph so far told of night `n`: it named it, or bore it out, or named films that all competed then (a
 * paragraph that names nothing, an interview's answer after its question, says no night).
 */
function paragraphOn(v: SentenceView, n: number): boolean {
  if (v.ctx?.strength === "sentence") return true;
  // (The night the paragraph bore out last, else its films', else the one it named.)
  if (v.prior.lastNight !== undefined) return v.prior.lastNight === n;
  const films = v.prior.films;
  if (films.length) return films.every((f) => ofNight(v.kb, f.ids, n).length > 0);
  return v.ctx?.strength === "paragraph";
}

const PREVIOUSLY = /\b(?:previously|having|earlier|before|after)\b/i;

/** "his third time hosting", "hosting the Oscars for the fourth time": the article's night's host, counted. */
function hostingNumber(v: SentenceView, text: string): Claim[] {
  // The night the sentence names itself, else the article's ("X, who hosted last year's
  // ceremony, will emcee for the fourth time" counts up to the article's night).
  // ("…, having previously presided over the 89th and 90th ceremonies": nights told as before are not it.)
  const toldBefore = (m: { start: number }) =>
    PREVIOUSLY.test(v.text.slice(v.sentence.start, m.start).split(/[,;(]/).pop() ?? "");
  const own = v.mentions.find(
    (m) => m.kind === "ceremony" && !m.implicit && !m.relative && m.ids.length === 1 && !toldBefore(m),
  );
  // ("X hosted for the fourth time in 2024, having presided over the 95th ceremony": the year said right after
  // the count is the night; "X, who first hosted in 2017, returned for the fourth time" says no night.)
  const counted = NTH_TIME.exec(text);
  const tail = counted ? text.slice(counted.index + counted[0].length) : "";
  const year = /^\s+in\s+((?:19|20)\d\d)\b/.exec(tail)?.[1];
  const held = year ? v.kb.ceremoniesHeldIn(Number(year)) : [];
  const stated = own?.ids[0] ?? (held.length === 1 ? held[0] : undefined);
  const article = v.doc?.ceremony ?? v.ctx?.ceremony;
  const night = stated ?? (article === undefined ? undefined : inheritedOr(v, article));
  const rec = night !== undefined ? v.kb.ceremony(night) : undefined;
  const nth = rec ? NTH_TIME.exec(text) : null;
  if (night === undefined || !rec || !nth) return [];
  const ctx = { ceremony: night };
  // "for the first time since 2018", "for the first time in eight years": not a count of hostings.
  if (/^\s+(?:since|in\s+(?:\w+\s+)?(?:years?|decades?|a\s+decade))\b/i.test(text.slice(nth.index! + nth[0].length)))
    return [];
  const hosts = rec.hosts;
  const label = v.kb.ceremonyLabel(night);
  const out: Claim[] = [];
  // The host named nearest before the words ("…, while Billy Crystal, who hosted for the ninth time").
  const before = text.slice(0, nth.index!);
  const folded = fold(before);
  const nearest = [...allHosts(v)].reduce<[string, number] | undefined>((best, h) => {
    const at = folded.lastIndexOf(h);
    return at >= 0 && (!best || at > best[1]) ? [h, at] : best;
  }, undefined);
  // (No full name: the host whose surname stands nearest before, "Martin's third time as host and Baldwin's first".)
  const surnameAt = (h: string) => before.lastIndexOf(h.split(" ").pop()!);
  const bySurname = [...hosts].filter((h) => surnameAt(h) >= 0).sort((a, b) => surnameAt(b) - surnameAt(a))[0];
  const host = nearest
    ? hosts.find((h) => hostKey(h) === nearest[0])
    : (hosts.find((h) => text.includes(h)) ?? bySurname ?? hosts.find((h) => text.includes(h.split(" ").pop()!)));
  if (host) {
    const n = ordinalValue((nth[1] ?? nth[2] ?? nth[3]).toLowerCase())!;
    const row = nth[3] !== undefined;
    const times = row
      ? nightsInARow(v, host, ctx.ceremony)
      : v.kb.data.ceremonies.filter((c) => c.n <= ctx.ceremony && c.hosts.includes(host)).length;
    const start = v.sentence.start + nth.index!;
    const base = {
      kind: "ceremony" as const,
      rule: "wrong-host",
      start,
      end: start + nth[0].length,
      statement: `The ${label} was ${host}'s hosting number ${n}`,
    };
    out.push(
      times === n
        ? claim({
            ...base,
            verdict: "supported",
            message: row
              ? `${host} hosted ${times} ceremonies in a row up to the ${label}`
              : `${host} hosted ${times} ceremonies up to the ${label}`,
          })
        : claim({
            ...base,
            verdict: "refuted",
            severity: "error",
            message: row
              ? `The ${label} was ${host}'s ${ordinalSuffix(times)} year hosting in a row.`
              : `The ${label} was ${host}'s ${ordinalSuffix(times)} time hosting (of the ceremonies up to then).`,
          }),
    );
  } else if (nearest && sureNight(v, own !== undefined || held.length === 1)) {
    // "X, hosting for the third time, opened the show": X, a host of other nights, as this night's host.
    const name = hostName(v, nearest[0]);
    const at = name ? text.lastIndexOf(name, nth.index!) : -1;
    // (Only the name the words are said of: "X, hosting for the third time", "X, back for his eighth turn as host".)
    // (Not "X, who would host for the second time four years later" nor "… the year before".)
    const said = at >= 0 ? text.slice(at, nth.index! + nth[0].length) + (/^[^,;.)]*/.exec(tail)?.[0] ?? "") : "";
    // (Nor "X, back for his ninth turn as host, once rode onstage on a horse": a sentence told of the past.)
    // (Nor "Whether they will be back on March 2, when X hosts for the first time": a night to come.)
    const ahead = at >= 0 && NIGHT_TO_COME.test(text.slice(0, at));
    const elsewhen =
      ahead || OTHER_TIME.test(said) || /\b(?:would|will|had|has|have)\b/i.test(said) || TOLD_OF_PAST.test(text);
    if (name && at >= 0 && nth.index! - (at + name.length) <= 30 && !elsewhen) {
      const start = v.sentence.start + at;
      const c = hostClaim(v.kb, name, [night], { start, end: start + name.length }, `the ${label}`);
      if (c?.verdict === "refuted") out.push(withHostFix(v.kb, night, c, name));
    }
  }
  return out;
}

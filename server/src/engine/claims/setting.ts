/**
 * A night's setting said beside a claim that names no night: "Spotlight won Best Picture at the Dolby Theatre on
 * February 28, 2016, with Chris Rock hosting". The sentence's own win and nomination claims, borne out at one night
 * only, say which night it was; its date, month, venue and host are then that night's, and checked.
 */
import { DATE, dateClaim, MONTH_YEAR, monthYearClaim, WEEKDAY } from "./ceremony";
import { dayFirstClaim, DAY_FIRST } from "./day-first";
import { clauseAround, EPITHET, hostClaim, isHost, NAMES, namesOf, withHostFix } from "./host";
import type { Claim } from "./types";
import { venueClaim, venuesSaid } from "./venue";
import type { SentenceView } from "./view";

/** "on March 2, 2025", "on the night of Sunday, March 2, 2025": a full date the night took place on. */
const ON_DATE = new RegExp(
  String.raw`\bon\s+(?:the\s+(?:night|evening)\s+of\s+)?(?:(?<wd>${WEEKDAY}),?\s+)?${DATE}`,
  "giu",
);
/** "in March 2006": the month of the night. */
const IN_MONTH = new RegExp(String.raw`\bin\s+${MONTH_YEAR}`, "giu");

/** "as host", "as master of ceremonies", "hosting", "sharing hosting duties". */
const AS_ROLE = String.raw`as\s+(?:the\s+)?(?:co-?)?(?:hosts?|emcees?|masters?\s+of\s+ceremonies)\b`;
const SHARING = String.raw`(?:sharing|splitting)\s+(?:the\s+)?hosting\s+duties`;
/** "hosting", "hosting the show"; not hosting something else ("hosting the Governors Ball", "hosting a party"). */
const SHOW_WORDS = "ceremony|show|telecast|awards|night|evening";
const THE_SHOW = String.raw`(?:[Oo]scars|[Aa]cademy\s+[Aa]wards|${SHOW_WORDS}|\d{4}\s+show)\b`;
const HOSTING = String.raw`hosting\b(?!\s+(?:a|an|his|her|their|its)\s)(?!\s+the\s+(?!${THE_SHOW}))`;
const AS_HOST = String.raw`(?:${AS_ROLE}|${HOSTING}|${SHARING})`;
/** "with Bob Hope as host", "with the humorist Will Rogers as master of ceremonies", "with X and Y hosting". */
const WITH_HOST = new RegExp(String.raw`\b[Ww]ith\s+${EPITHET}(${NAMES})\s+${AS_HOST}`, "dgu");
/** "a ceremony hosted by X", "a Biltmore Hotel banquet in March 1936 hosted by X": a night's host (not a party's). */
const NIGHT_NOUN = String.raw`(?:ceremony|show|night|evening|banquet|telecast|broadcast|oscars)`;
const HOSTED_BY = new RegExp(
  String.raw`\b${NIGHT_NOUN}\b[^,;.]{0,40}?\s+(?:hosted|emceed)\s+by\s+${EPITHET}(${NAMES})`,
  "dgu",
);

/** A building's word: what a venue said has. */
const BUILDING =
  /theat(?:re|er)|auditorium|pavilion|hotel|\b(?:Shrine|Pantages|Dolby|Kodak|Biltmore|Ambassador|Union)/i;
/** Another event's day or place, or a time away from the night, in the words leading to a setting. */
const OTHER_EVENT = String.raw`born|died|dies|released|premiered|opened|married|announced|nominations?|shortlist\w*`;
const OTHER_DOING = String.raw`festival|screened|debuted|shot|filmed|visited|toured|cast|performed|worked`;
const OTHER_TIME = String.raw`before|after|until|since|ago|later|earlier|previous|would|will`;
const ELSEWHEN = new RegExp(String.raw`\b(?:${OTHER_EVENT}|${OTHER_DOING}|${OTHER_TIME})\b`, "i");
/** A clause's edge: a semicolon, a comma before a conjunction, a relative or an appositive ("…, a room he …"). */
const EDGE = /;|,\s+(?:and|but|while|whereas|who|which|where|whose|a|an)\b|\s[\u2014\u2013-]\s|\(/g;

/** The one night the claims agree on, each borne out at that night only; none if any is refuted or unsure. */
function nightOf(claims: Claim[]): number | undefined {
  let night: number | undefined;
  for (const c of claims) {
    if (c.verdict === "refuted") return undefined;
    if (c.verdict !== "supported" || (c.kind !== "win" && c.kind !== "nomination")) continue;
    if (c.night !== undefined) {
      if (night !== undefined && night !== c.night) return undefined;
      night = c.night;
      continue;
    }
    for (const e of c.evidence) {
      if (e.body || !e.ceremony) return undefined;
      if (night === undefined) night = e.ceremony;
      else if (night !== e.ceremony) return undefined;
    }
  }
  return night;
}

export function checkSetting(v: SentenceView, own: Claim[]): Claim[] {
  // A sentence that names its night, or another body, is read by the readers of nights and seasons.
  if (v.otherBodies || v.mentions.some((m) => m.kind === "award" || (m.kind === "ceremony" && !m.implicit))) return [];
  if (!own.some((c) => c.verdict === "supported")) return [];
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const base = v.sentence.start;
  const read = (start: number, end: number) => own.some((c) => c.start < end && start < c.end);
  // The night of the clause a setting stands in ("On March 2, 2025, at the Dolby Theatre, Anora won C").
  const nightAt = (at: number): number | undefined => {
    const [from, to] = clauseAround(text, at, EDGE);
    const claims = own.filter((c) => c.start < base + to && base + from < c.end);
    // ("…, who died in March 2010": the words leading to it tell of another time or event.)
    return ELSEWHEN.test(text.slice(from, at)) ? undefined : nightOf(claims);
  };
  const out: Claim[] = [];
  // (Each kind of setting only where its words are: most sentences with a claim say none.)
  const dated = /\b(?:19|20)\d\d\b/.test(text);
  for (const m of dated ? text.matchAll(ON_DATE) : []) {
    const g = m.groups!;
    if (!g.year || !g.day) continue;
    const said = m[0].slice(m[0].toLowerCase().indexOf((g.wd ?? g.month).toLowerCase()));
    const start = base + m.index! + m[0].length - said.length;
    const night = read(start, start + said.length) ? undefined : nightAt(m.index!);
    if (night !== undefined) out.push(dateClaim(v.kb, night, { start, end: start + said.length, said }, g));
  }
  for (const m of dated ? text.matchAll(DAY_FIRST) : []) {
    if (!/\bon\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const start = base + m.index!;
    const night = read(start, start + m[0].length) ? undefined : nightAt(m.index!);
    if (night !== undefined) out.push(dayFirstClaim(v.kb, night, m, start));
  }
  for (const m of dated ? text.matchAll(IN_MONTH) : []) {
    const said = m.groups!.said;
    const start = base + m.index! + m[0].length - said.length;
    const night = read(start, start + said.length) ? undefined : nightAt(m.index!);
    if (night !== undefined) out.push(monthYearClaim(v.kb, night, start, m.groups!));
  }
  for (const said of BUILDING.test(text) ? venuesSaid(v, text) : []) {
    const night = read(said.start, said.end) ? undefined : nightAt(said.start - base);
    if (night !== undefined) out.push(venueClaim(v, night, said));
  }
  const hosted = /\b(?:host|emcee|master)/i.test(text);
  for (const m of hosted ? [...text.matchAll(WITH_HOST), ...text.matchAll(HOSTED_BY)] : []) {
    const [list, listAt] = [m[1], m.indices![1][0]];
    const night = nightAt(m.index!);
    if (night === undefined) continue;
    for (const listed of namesOf(list)) {
      // ("… was Chris Rock.": the sentence's full stop is no initial's.)
      const name = listed.name.replace(/(\p{L}{3,})\.$/u, "$1");
      const start = base + listAt + listed.at;
      // A host the data knows, or after "with" a full name: "with Jimmy Fallon hosting" is a name; "with Hollywood"
      // is not; "a ceremony hosted by" someone the data never knew as a host may be a party's.
      const known = isHost(v, name);
      if (read(start, start + name.length) || (!known && (name.split(/\s+/).length < 2 || m[0].includes("hosted"))))
        continue;
      const at = { start, end: start + name.length };
      const c = hostClaim(v.kb, name, [night], at, `the ${v.kb.ceremonyLabel(night)}`);
      if (c) out.push(withHostFix(v.kb, night, c, name));
    }
  }
  return out;
}

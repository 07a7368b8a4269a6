/**
 * Venue claims: "at the Dolby Theatre", when the sentence is about the ceremony. Only
 * names of venues that have held an Oscar ceremony are read, so a party or a press
 * room elsewhere is never taken for the ceremony's venue. Renamed buildings are one venue.
 */
import { fold } from "../text/fold";
import { listText } from "../kb";
import { claim, comparedNight, fix, nightJustBefore, sentenceNight, recordSetAt, settle } from "./common";
import type { Claim } from "./types";
import { aboutAnotherShow, nightOfSentence, type SentenceView } from "./view";
import { nightsOfHostsIn } from "./host";

/** One building under several names over the years. */
const SAME_PLACE = [
  ["dolby theatre", "kodak theatre", "hollywood and highland center theatre", "dolby theater", "kodak theater"],
  ["shrine auditorium", "shrine civic auditorium", "shrine auditorium & expo center"],
  ["dorothy chandler pavilion", "los angeles music center"],
];

/** Buildings by the short names pieces use ("at the Shrine", "the Pantages"), after "the". */
const SHORT_NAMES = new Map([
  ["shrine", "shrine auditorium"],
  ["pantages", "rko pantages theatre"],
  ["dorothy chandler", "dorothy chandler pavilion"],
  ["kodak", "kodak theatre"],
  ["dolby", "dolby theatre"],
  ["biltmore", "biltmore hotel"],
  ["ambassador", "ambassador hotel"],
  ["santa monica civic", "santa monica civic auditorium"],
]);
/** After a short name (as written), a capitalised word that makes it part of a longer one ("Dolby Atmos"). */
const LONGER = /^(?:['\u2019]s\b|\s+\p{Lu})/u;
/** What puts the night at a short name: "held at the Shrine", "hosted at the Pantages", "the ceremony at the". */
const SHORT_BEFORE = /\b(?:held|hosted|staged|took place|presented|ceremony|show|oscars|awards),?\s+(?:at|in)\s+the $/;

function place(name: string): string {
  const short = fold(name).replace(/^the\s+/, "");
  const f = SHORT_NAMES.get(short) ?? short;
  const group = SAME_PLACE.find((g) => g.includes(f));
  return group ? group[0] : f;
}

const venueCache = new WeakMap<object, { name: string; key: string; short?: boolean }[]>();

/** Every venue that has held a ceremony, with its folded form, once per knowledge base. */
function venuesOf(v: SentenceView): { name: string; key: string; short?: boolean }[] {
  let list = venueCache.get(v.kb);
  if (!list) {
    const names = [...new Set([...v.kb.data.ceremonies.flatMap((c) => c.venue), ...SAME_PLACE.flat()])];
    const short = [...SHORT_NAMES.keys()].map((key) => ({ name: key, key, short: true }));
    venueCache.set(v.kb, (list = [...names.map((name) => ({ name, key: fold(name) })), ...short]));
  }
  return list;
}

/** Whether `name` is a building that has held a ceremony, under any of its names. */
export function isVenue(v: SentenceView, name: string): boolean {
  const key = fold(name).replace(/^the\s+/, "");
  return venuesOf(v).some((x) => x.key === key && !x.short);
}

/** Words before a venue that set it at another time than the night's: "years after her debut at". */
const OTHER_TIME_BEFORE =
  /\b(?:(?:years?|decades?|months?)\s+(?:after|before|since)|(?:his|her|their)\s+debut)\b[^,;]*$/;
/** "at the Dolby Theatre", "marched into the Shrine Auditorium", "at Los Angeles' Union Station". */
const AT_VENUE = /\b(?:at|in|inside|from|into)\s+(?:the\s+)?(?:[a-z]+(?:\s+[a-z]+)?['’]s?\s+)?$/;
/** "The three ceremonies that closed out the era …": several nights as the sentence's subject. */
const SEVERAL_NIGHTS =
  /^\s*(?:the|these|those|all|both)\s+(?:(?:two|three|four|five|six|last|first|next)\s+)?ceremonies\b(?!\s+of\b)/i;
/** "at the Shrine Auditorium in 1997": a year right after the venue. */
const YEAR_AFTER = /^,?\s+in\s+((?:19|20)\d\d)\b/;
/** "the Ambassador Hotel (in Los Angeles) where the ceremony was held". */
const WHERE_HELD =
  /^(?:,?\s+in\s+[a-z]+(?:\s+[a-z]+)?)?,?\s+where\s+the\s+(?:ceremony|awards|oscars|show)\s+(?:was|were|is)\s+held/;
/** ", where the previous ceremony had taken place": the night before's venue (the group: several nights). */
const PREVIOUS_AFTER =
  /^,?\s+where\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:\w+\s+)?(?:(ceremonies)|ceremony|show)\b/;
const NAMED_VENUE = /\b(?:venue|location|home)\b\s*[:,-]?\s+(?:the\s+)?(?:[a-z]+,?\s+){0,4}$/;

/** "… at the 22nd and again at the 23rd, which X hosted at the Pantages": the night right before "which". */
function nightBeforeRelative(v: SentenceView): number | undefined {
  const which = /,\s*(?:which|where)\b/.exec(v.text.slice(v.sentence.start, v.sentence.end));
  return which ? nightJustBefore(v, which.index) : undefined;
}

export function checkVenue(v: SentenceView): Claim[] {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  // Most sentences name no place: one test before any other work.
  if (!/\b(?:at|in|inside|from|into)\s+(?:the\s+)?\p{Lu}|\b(?:venue|location)\b/u.test(text)) return [];
  // The night the sentence names ("last year's ceremony was held at …", "the 1999 ceremony"), else the article's.
  // ("… introduced her as 'the lady who dresses the Oscars'": "the Oscars" alone names no night.)
  const own = v.mentions.filter(
    (m) => m.kind === "ceremony" && m.ids.length === 1 && !m.implicit && !comparedNight(v, m),
  );
  // ("…, which was held in 1944 at Grauman's": the year the ceremony was held, as the host reader reads it.)
  const heldIn = /\bheld\s+in\s+((?:19|20)\d\d)\b/.exec(text);
  const held = heldIn && own.length === 0 ? v.kb.ceremoniesHeldIn(Number(heldIn[1])) : [];
  const night =
    own.length === 1
      ? own[0].ids[0]
      : own.length > 1
        ? nightBeforeRelative(v)
        : held.length === 1
          ? held[0]
          : nightOfSentence(v, sentenceNight(v));
  if (night === undefined) return [];
  // ("The three ceremonies that closed out the era, all held at the Pantages": several nights, none said.)
  if (own.length === 0 && held.length === 0 && SEVERAL_NIGHTS.test(text)) return [];
  // ("That night at the Kodak Theatre, where Jon Stewart was host, …": a host of other nights leaves an
  // inherited night unsure.)
  const hosted = own.length || held.length ? undefined : nightsOfHostsIn(v, text);
  if (hosted && !hosted.includes(night)) return [];
  // ("From 1961 to 1968 the Oscars were held at …": years that are not this night's leave it unclear.)
  // (Not the year a record was set: "took 11 Oscars at the Shrine, equaling the record Ben-Hur set in 1960".)
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)]
    .filter((m) => !recordSetAt(text, m.index!))
    .map((m) => Number(m[0]));
  if (years.length && !years.some((y) => v.kb.ceremoniesHeldIn(y).includes(night))) return [];
  const ctx = { ceremony: night };
  const rec = v.kb.ceremony(night);
  if (!rec || rec.venue.length === 0) return [];
  // "The ceremony at the Shrine Auditorium was streamed on Netflix" in a SAG piece: that show's venue.
  if (aboutAnotherShow(v)) return [];
  if (
    !/\b(?:ceremony|show|telecast|event|oscars|academy awards|onstage|on stage|stage|night)\b/i.test(text) &&
    !v.mentions.some((m) => m.kind === "ceremony")
  )
    return [];
  const out: Claim[] = [];
  // ("The sweep at the Kodak Theatre broke a record held by Gigi, which won … at the 31st": a night said
  // in a relative clause after the venue is the relative's; the venue's night is not stated.)
  const relative = /,["\u201d\u2019']?\s+(?:which|who|whose)\b/.exec(text);
  const relativeNight =
    !!relative && own.length === 1 && own[0].start - v.sentence.start > relative.index ? relative.index : -1;
  for (const said of venuesSaid(v, text)) {
    const { start, after } = said;
    // (A venue before a relative clause that names its own night is not that night's: see relativeNight.)
    if (relativeNight >= 0 && start - v.sentence.start < relativeNight) continue;
    // ("came for Fargo, at the Shrine Auditorium in 1997, …; and her third, at the 93rd": the year right
    // after the venue is its night's.)
    // (The night named, when held that year: "The 2nd Academy Awards took place at the Biltmore in 1930".)
    const dated = YEAR_AFTER.exec(after);
    const heldThen = dated ? v.kb.ceremoniesHeldIn(Number(dated[1])) : [];
    const thatYear = heldThen.length === 1 ? heldThen[0] : undefined;
    // ("… over the Dorothy Chandler Pavilion, where the previous ceremony had taken place": the night before.)
    const previous = PREVIOUS_AFTER.exec(after);
    const venueNight = previous
      ? previous[1]
        ? undefined
        : ctx.ceremony - 1
      : !dated || heldThen.includes(ctx.ceremony)
        ? ctx.ceremony
        : thatYear;
    if (venueNight !== undefined) out.push(venueClaim(v, venueNight, said));
  }
  return out;
}

/** A venue said as the place of something, in a sentence's text: its range, and the words around it. */
export interface VenueSaid {
  start: number;
  end: number;
  said: string;
  /** The folded text right after the name. */
  after: string;
}

/**
 * The names of buildings that have held a ceremony, said as a place ("at the Dolby Theatre", "venue: …",
 * "the Ambassador Hotel, where the ceremony was held"); not one of another time ("years after her debut at").
 */
export function venuesSaid(v: SentenceView, text: string): VenueSaid[] {
  const out: VenueSaid[] = [];
  const folded = fold(text);
  for (const { name: venue, key, short } of venuesOf(v)) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
      const before = folded.slice(Math.max(0, at - 40), at);
      // "at the Dolby Theatre", "in a new venue: the open, airy Union Station".
      const after = folded.slice(at + key.length, at + key.length + 60);
      // ("held at the Shrine": a short name, capitalised, after a verb of holding; not "after two years at the
      // Shrine", nor the start of a longer name.)
      const raw = v.sentence.start + at;
      const cut =
        short &&
        (!SHORT_BEFORE.test(before) ||
          !/\p{Lu}/u.test(v.text.charAt(raw)) ||
          LONGER.test(v.text.slice(raw + key.length, raw + key.length + 20)));
      // ("seven years after her debut at the Kodak Theatre": a place of another time.)
      if (cut || OTHER_TIME_BEFORE.test(before)) continue;
      if (AT_VENUE.test(before) || NAMED_VENUE.test(before) || WHERE_HELD.test(after))
        out.push({ start: raw, end: raw + venue.length, said: v.text.slice(raw, raw + venue.length), after });
    }
  }
  return out;
}

/** The draft's venue for ceremony `n`, checked; renamed buildings are one venue. */
export function venueClaim(v: SentenceView, n: number, at: { start: number; end: number; said: string }): Claim {
  const rec = v.kb.ceremony(n)!;
  const { start, end, said } = at;
  const label = v.kb.ceremonyLabel(n);
  const base = {
    kind: "ceremony" as const,
    rule: "wrong-venue",
    start,
    end,
    statement: `The ${label} took place at ${said}`,
  };
  const stale = staleName(v, n, said);
  if (rec.venue.some((r) => place(r) === place(said)) && !stale)
    return claim({ ...base, verdict: "supported", message: `Venue: ${listText(rec.venue)}` });
  if (stale) {
    // "the 86th, at the Kodak Theatre": the building, under a name it had already lost by then.
    const message = `By the ${label} the ${said.replace(/^the\s+/i, "")} had been renamed the ${stale}.`;
    const c = claim({ ...base, verdict: "refuted", severity: "error", message });
    c.fixes.push(fix(`Replace "${said}" with "${stale}"`, stale, start, end));
    return settle(c);
  }
  const c = claim({
    ...base,
    verdict: "refuted",
    severity: "error",
    message: `The ${label} took place at the ${listText(rec.venue)}, ${listText([...new Set(rec.city)])}.`,
  });
  if (rec.venue.length === 1) c.fixes.push(fix(`Replace "${said}" with "${rec.venue[0]}"`, rec.venue[0], start, end));
  return settle(c);
}

/**
 * The building's name at night `n` when `said` is an older name of it that a ceremony before `n` had
 * already dropped: the night's own name was in use at an earlier ceremony. (A newer name for an older
 * night, "the 75th, at the Dolby Theatre", is how later pieces name the place: accepted.)
 */
function staleName(v: SentenceView, n: number, said: string): string | undefined {
  const key = fold(said).replace(/^the\s+/, "");
  const own = v.kb.ceremony(n)!.venue.find((r) => place(r) === place(said));
  if (!own || fold(own) === key) return undefined;
  const ceremonies = v.kb.data.ceremonies;
  const saidUsed = ceremonies.filter((c) => c.venue.some((r) => fold(r) === key)).map((c) => c.n);
  const ownBefore = ceremonies.some((c) => c.n < n && c.venue.includes(own));
  return saidUsed.length > 0 && saidUsed.every((m) => m < n) && ownBefore ? own : undefined;
}

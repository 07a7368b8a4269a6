import type { KnowledgeBase } from "../kb";
import { ordinalValue } from "../text/fold";
import { overlapsAny } from "../text/search";
import type { Mention } from "./types";
import { isSpace } from "../text/tokens";

const UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
const TEENS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const TENS_ORD = "twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth";
const WORD_ORDINAL = `(?:(?:${TENS})[-\\s](?:${UNITS})|${TENS_ORD}|${TEENS}|${UNITS})`;
const AWARDS = String.raw`(?:academy\s+awards|oscars)`;
const SINGULAR_FOLLOW = String.raw`(?:ceremony|ceremonies|telecast|broadcast|night|race|season|nominations|nominees|winners|show)`;

/** "the 97th", "the very first", "95th annual": an ordinal, with "the" captured (group 1). */
// ("the very first Academy Awards": "very" stresses the ordinal.)
const ORDINAL_LEAD = String.raw`\b(?:(the)\s+(?:very\s+)?)?(\d{1,3}(?:st|nd|rd|th)|${WORD_ORDINAL})(?:\s+(annual))?`;
const ORDINAL_RE = new RegExp(
  String.raw`${ORDINAL_LEAD}\s+(?:${AWARDS}|(?:academy\s+award|oscar)\s+${SINGULAR_FOLLOW})\b`,
  "giu",
);
const YEAR_RE = new RegExp(
  String.raw`\b((?:19|20)\d\d)\s+(?:${AWARDS}|(?:academy\s+award|oscar)\s+${SINGULAR_FOLLOW})\b|\b${AWARDS}[®™]?\s+((?:19|20)\d\d)\b`,
  "giu",
);
const RELATIVE_RE = new RegExp(
  // ("last year's pandemic-delayed ceremony": a word or two may describe it.)
  String.raw`\b(this|last|next)\s+year['\u2019]s\s+(?:[\p{Ll}-]+\s+){0,2}?` +
    String.raw`(?:${AWARDS}|oscar\s+ceremony|academy\s+awards\s+ceremony|ceremony)`,
  "giu",
);
/** "the 80th Awards" (not "the 2nd awards season"). */
const AWARDS_NIGHT = String.raw`awards(?!\s+(?:season|race|circuit))`;
/** "the 62nd ceremony", "(the Academy gathered) for its 15th ceremony". */
const ORDINAL_CEREMONY_RE = new RegExp(
  String.raw`\b(?:the|its)\s+(\d{1,3}(?:st|nd|rd|th)|${WORD_ORDINAL})(\s+(?:ceremony|edition|${AWARDS_NIGHT}))\b`,
  "gi",
);
/** "at the 63rd", "at the 70th ceremony": a bare ordinal where a night is expected (see its use). */
const BARE_ORDINAL = String.raw`\b(?:at|by|from)\s+the\s+(\d{1,3}(?:st|nd|rd|th))(\s+(?:ceremony|edition|show))?`;
/** What may follow it: the end of a phrase, or a word that starts a new one. */
const PHRASE_END = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|with|when|where|while|for|as)\b)`;
const PARALLEL_RE = new RegExp(BARE_ORDINAL + PHRASE_END, "gi");
/** "won", "was nominated", then up to four words ("Best Actor", "for Best Supporting Actress") and "at the". */
const WON_AT = String.raw`\b(?:won|nominated)(?:\s+[\p{L}'\u2019-]+){0,4}?\s+at\s+the\s+`;
/** "won four awards at the 95th": statuettes counted at a bare ordinal, which is their night. */
const AWARDS_AT = String.raw`\b(?:oscars?|awards?|statuettes?|trophies|prizes?|nominations|nods|wins)\s+`;
const AWARDS_AT_RE = new RegExp(
  AWARDS_AT + String.raw`(?:at|from)\s+the\s+(\d{1,3}(?:st|nd|rd|th))` + PHRASE_END,
  "gi",
);
/** "won Best Actor at the 64th for Philadelphia": a bare ordinal a few words after a win or a nomination. */
const AT_BARE_RE = new RegExp(WON_AT + String.raw`(\d{1,3}(?:st|nd|rd|th))` + PHRASE_END, "giu");
/** "That ceremony, the 61st, was held …": an ordinal set beside a ceremony noun names it. */
const CEREMONY_NOUN = String.raw`\b(?:ceremony|telecast|broadcast|show|gala)`;
const APPOSED_RE = new RegExp(
  CEREMONY_NOUN + String.raw`\s*(?:,|\(|\u2014|\u2013)\s*the\s+(\d{1,3}(?:st|nd|rd|th))(?=\s*[,)\u2014\u2013;.])`,
  "gi",
);
/** After "the first Oscars": a span of time that makes it the first of a span ("… in forty years"). */
const IN_SPAN = /^[^.;,]*?\b(?:in|for) (?:\w+ )?(?:years|decades)\b/i;
/** "at the renamed Dolby Theatre", "at which": a place new then; plain "the second ceremony at V" names the 2nd. */
const AT_NEW = String.raw`at\s+(?:which|(?:the|its)\s+(?:renamed|new|newly|rebuilt|refurbished|then-new|just-opened))`;
/** After "the first ceremony": words that make it a description ("… under its new name", "… to be held"). */
const QUALIFIED = new RegExp(
  String.raw`^\s+(?:under|since|after|before|to|without|held|hosted|where|that|ever|${AT_NEW}|in\s+which)\b`,
  "i",
);
/** " at the Santa Monica Civic Auditorium": a place named right after the ordinal. */
const AT_PLACE = /^\s+at\s+(?:the\s+)?(\p{Lu}[\p{L}'.-]*)/u;

/** "the first ceremony at the Santa Monica Civic Auditorium": the first held there, when the 1st was elsewhere. */
function atOtherVenue(kb: KnowledgeBase, n: number | undefined, rest: string): boolean {
  // (Only "first", the idiom of a new home: "the second ceremony at V", said plainly, is the 2nd.)
  if (n !== 1) return false;
  const place = AT_PLACE.exec(rest)?.[1]
    .toLowerCase()
    .replace(/['\u2019]s$/, "");
  const venue = kb.ceremony(1)?.venue.join(" ").toLowerCase();
  return !!place && !!venue && !venue.includes(place);
}

/** "… won her second Oscar at the " right before a bare ordinal: no other name between. */
const OSCAR_JUST_BEFORE = /\b(?:oscars?|academy awards?)\s+(?:[a-z]+\s+){0,3}(?:at|on)\s+(?:the|its)\s+$/i;
/**
 * Before "the first ceremony …": a night named and a comma ("the 74th Academy Awards in 2002, the first
 * ceremony at the Kodak Theatre"): the word ordinal describes that night; it does not name another.
 */
const NIGHT_BEFORE = /(?:\d(?:st|nd|rd|th)|academy awards|oscars|ceremony)(?:\s+(?:in|of)\s+\d{4})?\s*,\s*$/i;
const IMPLICIT_RE = new RegExp(String.raw`\b(?:the\s+)?${AWARDS}\b`, "giu");
const PRONOUN_BEFORE = /\b(?:his|her|their|its|a|an|my|your|our)\s*$/i;
/** "eight Oscars", "his two Academy Awards", "the most Oscars": a count of statuettes, not a ceremony. */
const COUNT_WORD = String.raw`\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen`;
const COUNT_BEFORE = new RegExp(
  String.raw`\b(?:${COUNT_WORD}|several|multiple|many|numerous|more|most|no|any|his|her|their|its|total)\s*$`,
  "i",
);

function mention(m: RegExpMatchArray, ids: number[], extra: Partial<Mention> = {}): Mention {
  let start = m.index!;
  let text = m[0];
  if (/^the\s+/i.test(text) && !extra.implicit) {
    const cut = /^the\s+/i.exec(text)![0].length;
    start += cut;
    text = text.slice(cut);
  }
  return {
    kind: "ceremony",
    start,
    end: start + text.length,
    first: -1,
    last: -1,
    text,
    ids,
    explicit: true,
    possessive: false,
    ...extra,
  };
}

/** Ceremony mentions in masked text, before any other mention is looked for. */
/** Every pattern below ends in, or holds, one of these words. */
const COUNTED_AT = String.raw`(?:awards?|statuettes?|trophies|prizes?|nominations|nods|wins)\s+(?:at|from)\s+the\s+\d`;
const ANCHOR = new RegExp(String.raw`academy\s+awards?|oscars?|ceremon(?:y|ies)|${COUNTED_AT}|${WON_AT}\d`, "giu");

/**
 * Stretches of text around each anchor word, merged and cut at spaces: every match of the
 * patterns below lies inside one, so scanning them finds what scanning the whole text does.
 */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text))) {
    const last = out[out.length - 1];
    // Each walk to a space stops where the previous window ends, so a long run without
    // spaces ("OscarsOscars…") is walked once, not once per anchor in it.
    let end = Math.min(text.length, m.index + m[0].length + 40);
    if (last && end <= last[1]) continue; // inside the previous window
    const floor = last ? last[1] : 0;
    let start = Math.max(0, m.index - 60);
    while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (last && start <= last[1]) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

/** All matches of a global regex inside the windows, at document offsets. */
function* scan(re: RegExp, text: string, spans: [number, number][]): Generator<RegExpExecArray> {
  for (const [from, to] of spans) {
    const part = text.slice(from, to);
    for (const m of part.matchAll(re)) {
      m.index! += from;
      yield m as RegExpExecArray;
    }
  }
}

/** Ceremony mentions in masked text, before any other mention is looked for. */
export function findCeremonyMentions(text: string, kb: KnowledgeBase, otherBodies = false): Mention[] {
  const out: Mention[] = [];
  const spans = windows(text);
  if (spans.length === 0) return out;
  // Mentions so far are disjoint and, sorted, searched by halves: many mentions stay cheap.
  let sorted: Mention[] = [];
  const taken = (s: number, e: number) =>
    overlapsAny(
      sorted,
      s,
      e,
      (m) => m.start,
      (m) => m.end,
    );
  for (const m of scan(ORDINAL_RE, text, spans)) {
    const n = ordinalValue(m[2].replace(/\s+/g, "-"));
    if (n === undefined || n < 1 || n > kb.latestCeremony + 5) continue;
    const isWord = !/^\d/.test(m[2]);
    // "his second Oscar" is a count of wins, not the 2nd ceremony.
    if (!m[1] && PRONOUN_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index))) continue;
    if (isWord && !m[1] && !m[3]) continue;
    // ("It was the first Oscars held at the Dolby", "the first Academy Awards without a host": a description.)
    const after = m.index! + m[0].length;
    if (isWord && QUALIFIED.test(text.slice(after, after + 12))) continue;
    if (isWord && atOtherVenue(kb, n, text.slice(after, after + 60))) continue;
    // ("the first Oscars at the Shrine in forty years": first of a span, not the 1st night.)
    if (isWord && IN_SPAN.test(text.slice(after, after + 40))) continue;
    out.push(mention(m, n <= kb.latestCeremony ? [n] : []));
  }
  // "At the 62nd ceremony, …": a night by its ordinal alone, in a paragraph that names no other body.
  if (!otherBodies) {
    const named = [...out];
    // "won four awards at the 95th", "won Best Actor at the 64th", "that ceremony, the 61st,": the ordinal
    // ending each match is the night (once, where no night named in full holds it).
    for (const re of [AWARDS_AT_RE, AT_BARE_RE, APPOSED_RE])
      for (const m of scan(re, text, spans)) {
        const n = ordinalValue(m[1]);
        const at = m.index! + m[0].length - m[1].length;
        if (n === undefined || n < 1 || n > kb.latestCeremony || named.some((x) => x.start <= at && at < x.end))
          continue;
        if (out.some((x) => x.start === at)) continue;
        out.push({ ...mention(m, [n]), start: at, end: at + m[1].length, text: m[1] });
      }
    for (const m of scan(ORDINAL_CEREMONY_RE, text, spans)) {
      // ("the first ceremony under the building's new name": a word ordinal with a qualifier is a description.)
      if (!/^\d/.test(m[1]) && QUALIFIED.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24)))
        continue;
      if (!/^\d/.test(m[1]) && atOtherVenue(kb, ordinalValue(m[1].toLowerCase()), text.slice(m.index! + m[0].length)))
        continue;
      if (!/^\d/.test(m[1]) && NIGHT_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      const n = ordinalValue(m[1].toLowerCase());
      const at = m.index! + m[0].length - m[1].length - m[2].length;
      if (n === undefined || n < 1 || n > kb.latestCeremony || named.some((x) => x.start <= at && at < x.end)) continue;
      out.push(ordinalCeremony(m, n, at));
    }
  }
  // ("… the Screen Actors Guild Award — and won her second Oscar at the 90th ceremony": the Oscar just said names
  // the bare ordinal's night, even where other bodies are named.)
  else
    for (const m of scan(ORDINAL_CEREMONY_RE, text, spans)) {
      const n = /^\d/.test(m[1]) ? ordinalValue(m[1].toLowerCase()) : undefined;
      const at = m.index! + m[0].length - m[1].length - m[2].length;
      if (
        n === undefined ||
        n < 1 ||
        n > kb.latestCeremony ||
        !OSCAR_JUST_BEFORE.test(text.slice(Math.max(0, at - 40), at))
      )
        continue;
      if (out.some((x) => x.start <= at && at < x.end)) continue;
      out.push(ordinalCeremony(m, n, at));
    }
  addParallel(out, text, kb);
  sorted = [...out];
  for (const m of scan(YEAR_RE, text, spans)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const year = Number(m[1] ?? m[2]);
    out.push(mention(m, kb.ceremoniesHeldIn(year), { year }));
  }
  sorted = [...out].sort((a, b) => a.start - b.start);
  for (const m of scan(RELATIVE_RE, text, spans)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    out.push(mention(m, [], { relative: m[1].toLowerCase() as Mention["relative"] }));
  }
  sorted = [...out].sort((a, b) => a.start - b.start);
  for (const m of scan(IMPLICIT_RE, text, spans)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    if (!/^the\s/i.test(m[0]) && COUNT_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index))) continue;
    const x = mention(m, [], { implicit: true, explicit: false });
    // Keep "the" out of the underline but inside the match test.
    if (/^the\s+/i.test(x.text)) {
      const cut = /^the\s+/i.exec(x.text)![0].length;
      x.start += cut;
      x.text = x.text.slice(cut);
    }
    out.push(x);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the 62nd ceremony": the ordinal and its noun, at `at`, as the night's mention. */
function ordinalCeremony(m: RegExpMatchArray, n: number, at: number): Mention {
  return { ...mention(m, [n]), start: at, end: at + m[1].length + m[2].length, text: m[1] + m[2] };
}

/**
 * "won at the 49th Academy Awards and again at the 63rd", "… at the 22nd ceremony and again at the 23rd":
 * after a night named in full, a bare ordinal later in the sentence is another night.
 */
function addParallel(out: Mention[], text: string, kb: KnowledgeBase): void {
  const added = new Set<number>();
  for (const named of [...out]) {
    const rest = text.slice(named.end, named.end + 300);
    const stop = /[.!?](?:\s|$)|\n\s*\n/.exec(rest)?.index ?? rest.length;
    for (const m of rest.slice(0, stop).matchAll(PARALLEL_RE)) {
      const n = ordinalValue(m[1]);
      if (n === undefined || n < 1 || n > kb.latestCeremony) continue;
      const at = named.end + m.index! + m[0].length - m[1].length - (m[2] ? m[2].length : 0);
      const said = m[1] + (m[2] ?? "");
      // (Two nights named before it each find it: once is enough.)
      if (added.has(at) || out.some((x) => x.start <= at && at < x.end)) continue;
      added.add(at);
      out.push({ ...named, start: at, end: at + said.length, text: said, ids: [n] });
    }
  }
}

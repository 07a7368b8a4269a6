/**
 * Mentions of other award bodies and their prizes: "the BAFTA for Best Actress",
 * "Best Picture at the Critics Choice Awards", "three Independent Spirit Awards",
 * "the Palme d'Or at last year's Cannes", "the DGA". A category mention next to a body
 * is folded into the award mention, so it is never read as an Oscar category.
 */
import { numberValue } from "../text/fold";
import type { Token } from "../text/tokens";
import { overlapsAny } from "../text/search";
import { tokenRange } from "./detect";
import type { AwardRef, Mention } from "./types";

const BAFTA_FULL = String.raw`\bBritish Academy of Film and Television Arts\b`;
/** "the British academy gave its directing award to …": the body by its plain name. */
const BAFTA_PLAIN = String.raw`(?<=\b[Tt]he\s)British\s+[Aa]cademy\b`;

const BODY_PATTERNS: [string, RegExp][] = [
  [
    "bafta",
    // Short names ("Bafta" in British style), and the body's full name ("the British Academy of Film and …").
    new RegExp(
      String.raw`\b(?:BAFTA|Bafta)s?(?:\s+(?:Film\s+)?Awards?)?\b|\bBritish Academy(?:\s+Film)?\s+Awards?\b|` +
        BAFTA_FULL +
        "|" +
        BAFTA_PLAIN,
      "g",
    ),
  ],
  // ("won the Globe", "a Globe nomination": the Golden Globe; not the Globe Theatre or the Globe and Mail.)
  ["globes", /\bGolden Globes?(?:\s+Awards?)?\b|(?<=\b(?:the|a)\s)Globes?\b(?!\s+(?:Theat(?:re|er)|and\s+Mail))/g],
  ["critics", /\bCritics['\u2019]?\s*Choice(?:\s+(?:Movie\s+)?Awards?)?\b/gi],
  ["sag", /\bSAG(?:-AFTRA)?(?:\s+Awards?)?\b|\bScreen Actors Guild(?:\s+Awards?)?\b|\bActor Awards?\b/g],
  ["spirit", /\b(?:Film\s+)?Independent Spirit(?:\s+Awards?)?\b|\bSpirit Awards?\b|\bIndie Spirits?(?:\s+Awards?)?\b/g],
  // (Not a first name: "Cesar Charlone", "César Romero".)
  ["cesar", /\bC[ée]sars?(?:\s+Awards?\b|\b(?!\s+\p{Lu}))/gu],
  ["cannes", /\bCannes(?:\s+(?:International\s+)?Film\s+Festival)?\b/g],
  ["venice", /\bVenice(?:\s+(?:International\s+)?Film\s+Festival)?\b/g],
  ["berlin", /\bBerlin(?:\s+International)?\s+Film\s+Festival\b|\bBerlinale\b/g],
  ["sundance", /\bSundance(?:\s+Film\s+Festival)?\b/g],
  ["tiff", /\bTIFF\b|\bToronto(?:\s+International)?\s+Film\s+Festival\b/g],
  ["dga", /\bDGA(?:\s+Awards?)?\b|\bDirectors Guild(?:\s+of\s+America)?(?:\s+Awards?)?\b/g],
  ["pga", /\bPGA(?:\s+Awards?)?\b|\bProducers Guild(?:\s+of\s+America)?(?:\s+Awards?)?\b/g],
  ["wga", /\bWGA(?:\s+Awards?)?\b|\bWriters Guild(?:\s+of\s+America)?(?:\s+Awards?)?\b/g],
];

/** Prizes named on their own: body and category in one. */
const PRIZES: [RegExp, AwardRef][] = [
  [/\bPalme\s+d['\u2019]Or\b/gi, { body: "cannes", category: "top-prize" }],
  [/\bGolden\s+Lion\b/g, { body: "venice", category: "top-prize" }],
  [/\bGolden\s+Bear\b/g, { body: "berlin", category: "top-prize" }],
  [/\bVolpi\s+Cup\b/g, { body: "venice", category: "volpi" }],
  // Each festival's second prizes, named for their category after "for" ("the Silver Lion for Best Director").
  [/\bSilver\s+Lion\b/g, { body: "venice", group: "silver lion" }],
  [/\bSilver\s+(?:Berlin\s+)?Bear\b/g, { body: "berlin", group: "silver berlin bear" }],
  [/\bCam[ée]ra\s+d['\u2019]Or\b/gi, { body: "cannes", category: "camera-dor" }],
  // "the festival's Grand Prix", "Cannes Grand Prix": the prize, not the 1966 film of that name.
  [/(?<=\b(?:festival['\u2019]s|Cannes)\s+)Grand\s+Prix\b/g, { body: "cannes", category: "grand-prix" }],
];

/** Oscar category keys → the key other bodies' categories carry. */
const FROM_OSCAR: Record<string, string> = {
  "animated-feature": "animated",
  "international-feature": "international",
  "documentary-feature": "documentary",
  "original-screenplay": "screenplay",
  "adapted-screenplay": "screenplay",
};

/** "Outstanding Performance by a Cast in a Motion Picture", "Best Ensemble". */
const ENSEMBLE = new RegExp(
  String.raw`^(?:outstanding\s+|best\s+)?(?:performance\s+by\s+(?:a|an)\s+)?(?:cast|ensemble)` +
    String.raw`(?:\s+in\s+a\s+motion\s+picture)?\b`,
  "i",
);

const BODY_CATEGORY: [RegExp, string, string?][] = [
  [ENSEMBLE, "ensemble"],
  [/^best\s+(?:motion\s+)?picture\s*[-–—,]?\s*(?:\(\s*)?drama\b/i, "picture", "drama"],
  [
    /^best\s+(?:motion\s+)?picture\s*[-–—,]?\s*(?:\(\s*)?(?:musical\s+or\s+comedy|comedy\s+or\s+musical)\b/i,
    "picture",
    "comedy",
  ],
  // (Before "best feature": "best first feature" is the debut prize.)
  [/^best\s+first\s+screenplay\b/i, "first-screenplay"],
  [/^best\s+first\s+(?:feature|film)\b/i, "first-feature"],
  [/^best\s+(?:feature|film)\b/i, "picture"],
  [/^best\s+(?:female|male)\s+lead\b/i, "lead"],
  [/^grand\s+(?:jury\s+)?prize\b|^grand\s+prix\b/i, "grand-prix"],
];

/** The same names read backwards, ending where "at the <body>" starts. */
const BODY_CATEGORY_BEFORE: [RegExp, string, string?][] = BODY_CATEGORY.map(([re, key, variant]) => [
  // (Every alternative loses its "^" and is anchored at the end: "grand prize" mid-text is no match.)
  new RegExp(String.raw`\b(?:${re.source.replace(/\^/g, "")})$`, "i"),
  key,
  variant,
]);

/** The first of a body's own category names that matches the text, with its key and variant. */
function firstCategory(table: [RegExp, string, string?][], text: string) {
  for (const [re, key, variant] of table) {
    const m = re.exec(text);
    if (m) return { m, key, variant };
  }
  return undefined;
}

const SAME_AWARD =
  /\b(?:equivalent|same|corresponding)\s+(?:award|prize|honou?r|trophy|category)\s+(?:at|from)\s+(?:the\s+)?$/i;
const LIST_ITEM_END =
  /^(?:\s*$|\s*[,.;:)!?\u2013\u2014-]|\s+(?:and|as well as|in|on|earlier|this|last|for|before|after|too)\b)/i;
/** " in a", " - ", " (": what joins a category to its genre. */
const GENRE_JOIN = String.raw`^(?:\s+in\s+an?|\s*[-–—,(])\s*(?:motion\s+picture\s*[-–—,]?\s*)?`;
const GENRE_AFTER = new RegExp(GENRE_JOIN + String.raw`(musical\s+or\s+comedy|comedy\s+or\s+musical|drama)\b\)?`, "i");

const YEAR_BEFORE = /(?:\b(?:the\s+)?((?:19|20)\d\d)\s+|\b(this|last)\s+year['\u2019]s\s+)$/i;
const YEAR_AFTER = /^\s+((?:19|20)\d\d)\b/;
const COUNT_BEFORE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+)?$/i;

/** A body or prize name of any kind: without one, a text has no award mention. */
const ANY_BODY = String.raw`BAFTA|British Academy|Globe|Critics|SAG|Screen Actors|Actor Award|Spirit|C[ée]sar`;
/** Festivals and guilds; festival prizes. */
const ANY_FESTIVAL = String.raw`Cannes|Venice|Berlin|Sundance|TIFF|Toronto|DGA|PGA|WGA|Guild`;
const ANY_PRIZE = String.raw`Palme|(?:Golden|Silver) (?:Lion|Bear)|Volpi|Cam[ée]ra`;
const ANY = new RegExp(`${ANY_BODY}|${ANY_FESTIVAL}|${ANY_PRIZE}`, "i");

const NOM_NOUN = String.raw`(?<nom>nom|noms|nomination|nominations|nod|nods)`;
const WIN_NOUN = String.raw`(?<win>win|wins|victory)`;
/** " at the (2024 | this year's)": what comes before a body's name. */
const AT_THE = String.raw`\s+(?:at|from)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+|(?:this|last)\s+year['\u2019]s\s+)?$`;
/** "<category> (award) at the <body>": what lies between the two (groups nom, win). */
const AT_BODY = new RegExp(String.raw`(?:\s+(?:award|prize|trophy|honou?r|${NOM_NOUN}|${WIN_NOUN}))?${AT_THE}`, "i");

export function findAwardMentions(text: string, tokens: Token[], mentions: Mention[]): Mention[] {
  if (!ANY.test(text)) return mentions;
  const found: Mention[] = [];
  // Characters already named by a prize or body: an earlier pattern wins an overlap. The
  // matches kept are disjoint, so marking and testing them is linear in the text.
  const covered = new Uint8Array(text.length);
  const overlaps = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  const add = (s: number, e: number, ref: AwardRef) => {
    covered.fill(1, s, e);
    found.push(make(text, s, e, ref));
  };
  for (const [re, ref] of PRIZES) {
    for (const m of text.matchAll(re)) add(m.index!, m.index! + m[0].length, { ...ref });
  }
  // ("Butch Cassidy and the Sundance Kid": a body's name inside a longer title is the title's.)
  const titles = mentions.filter((m) => m.kind === "film");
  const inTitle = (s: number, e: number) => titles.some((t) => t.start <= s && e <= t.end && e - s < t.end - t.start);
  for (const [body, re] of BODY_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const [s, e] = [m.index!, m.index! + m[0].length];
      if (!overlaps(s, e) && !inTitle(s, e)) add(s, e, { body });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const categories = mentions.filter((m) => m.kind === "category");
  const categoryAt = new Map<number, Mention>();
  const categoryEndingAt = new Map<number, Mention>();
  for (const m of categories) {
    if (!categoryAt.has(m.start)) categoryAt.set(m.start, m);
    if (!categoryEndingAt.has(m.end)) categoryEndingAt.set(m.end, m);
  }
  const absorbed = new Set<Mention>();
  for (const a of found) {
    const ref = a.award!;
    const before = text.slice(Math.max(0, a.start - 40), a.start);
    const y = YEAR_BEFORE.exec(before);
    if (y?.[1]) ref.year = Number(y[1]);
    else if (y?.[2]) ref.relativeYear = y[2].toLowerCase() === "last" ? -1 : 0;
    const ya = YEAR_AFTER.exec(text.slice(a.end, a.end + 6));
    if (ya && ref.year === undefined) ref.year = Number(ya[1]);
    const c = COUNT_BEFORE.exec(before.replace(YEAR_BEFORE, ""));
    if ((c && /s\b|s\s/.test(a.text + " ")) || (c && /^(a|an|one)$/i.test(c[1]))) {
      const n = /^(a|an)$/i.test(c![1]) ? 1 : numberValue(c![1].toLowerCase());
      if (n !== undefined) {
        ref.count = n;
        ref.atLeast = /^(a|an)$/i.test(c![1]);
      }
    }
    if (ref.category) continue;
    // "<body> (award) for <category>"
    const after = /^(?:\s+(?:award|prize|trophy|win|nomination))?\s+for\s+(?:the\s+)?/i.exec(
      text.slice(a.end, a.end + 30),
    );
    if (after) {
      const at = a.end + after[0].length;
      const cat = categoryAt.get(at);
      const own = firstCategory(BODY_CATEGORY, text.slice(at, at + 60));
      if (own && (!cat || own.m![0].length >= cat.end - cat.start)) {
        ref.category = own.key;
        ref.variant = own.variant;
        a.end = at + own.m![0].length;
        if (cat && cat.start < a.end) absorbed.add(cat);
      } else if (cat) {
        ref.category = FROM_OSCAR[cat.category!] ?? cat.category;
        a.end = cat.end;
        absorbed.add(cat);
      }
      // "the Golden Globe for best actor in a musical or comedy": the genre names the category.
      const genre = ref.category && !ref.variant ? GENRE_AFTER.exec(text.slice(a.end, a.end + 40)) : null;
      if (genre) {
        ref.variant = /drama/i.test(genre[1]) ? "drama" : "comedy";
        a.end += genre[0].length;
      }
      a.text = text.slice(a.start, a.end);
      if (ref.category) continue;
    }
    // "<category> (award) at the <body>"
    const back = AT_BODY.exec(text.slice(Math.max(0, a.start - 60), a.start));
    if (back) {
      const at = a.start - back[0].length;
      // "a Best Picture nomination at the Globes": an Oscar category before such a noun stays the frames'.
      const noun = back.groups?.nom ? "nomination" : back.groups?.win ? "win" : undefined;
      // A category another award mention took already ("the Silver Lion for Best Director at Venice").
      const taken = (from: number) => found.some((o) => o !== a && o.start < at && from < o.end);
      const found1 = noun ? undefined : categoryEndingAt.get(at);
      const cat = found1 && !absorbed.has(found1) && !taken(found1.start) ? found1 : undefined;
      // "best ensemble at the Screen Actors Guild Awards", "best feature at the Spirit Awards".
      const own = cat ? undefined : firstCategory(BODY_CATEGORY_BEFORE, text.slice(Math.max(0, at - 60), at));
      if (cat) {
        ref.category = FROM_OSCAR[cat.category!] ?? cat.category;
        a.start = cat.start;
        a.text = text.slice(a.start, a.end);
        absorbed.add(cat);
      } else if (
        own &&
        !taken(at - own.m![0].length) &&
        !categories.some((m) => m.start < at && at - own.m![0].length < m.end)
      ) {
        // (Where an Oscar category's words are there, the frames read them.)
        ref.category = own.key;
        ref.variant = own.variant;
        a.start = at - own.m![0].length;
        a.text = text.slice(a.start, a.end);
      }
      if (ref.category) ref.noun = noun;
    }
  }
  // "taking home the equivalent award at the Globes": the category the sentence named before.
  for (const a of found) {
    const ref = a.award!;
    if (ref.category || !SAME_AWARD.test(text.slice(Math.max(0, a.start - 50), a.start))) continue;
    const cat = categories.filter((m) => m.end <= a.start && a.start - m.end < 200).pop();
    if (cat?.category) ref.category = FROM_OSCAR[cat.category] ?? cat.category;
  }
  // "best picture at the BAFTAs and at the Critics Choice Awards", "… at the Globes, Critics Choice and
  // SAG": the later bodies of the list share the category.
  found.forEach((a, i) => {
    const prev = found[i - 1];
    const ref = a.award!;
    if (!prev?.award!.category || ref.category || prev.award!.group || ref.count !== undefined) return;
    // "…, Globes voters preferred Y": a body that goes on into a phrase of its own is no list item.
    const next = found[i + 1];
    const beforeNext = next && /^\s*$/.test(text.slice(a.end, next.start));
    if (!beforeNext && !LIST_ITEM_END.test(text.slice(a.end, a.end + 20))) return;
    if (!/^\s*(?:,|,?\s*(?:and|as well as))\s+(?:(?:at|from)\s+)?(?:the\s+)?$/i.test(text.slice(prev.end, a.start)))
      return;
    // "… and at the Globes it was shut out": a new clause with its own subject.
    if (/^\s+(?:it|they|he|she|its|the\s+film|[A-Z])/.test(text.slice(a.end, a.end + 12))) return;
    ref.category = prev.award!.category;
    ref.variant = prev.award!.variant;
  });
  // "the Palme d'Or at last year's Cannes": the prize takes the festival's edition.
  found.forEach((a, i) => {
    const next = found[i + 1];
    if (
      !next ||
      next.award!.body !== a.award!.body ||
      a.award!.year !== undefined ||
      a.award!.relativeYear !== undefined
    )
      return;
    if (
      !/^\s+(?:at|in)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+|(?:this|last)\s+year['\u2019]s\s+)?$/i.test(
        text.slice(a.end, next.start),
      )
    )
      return;
    a.award!.year = next.award!.year;
    a.award!.relativeYear = next.award!.relativeYear;
  });
  // "won the Golden Bear in 1989", "the Golden Globe, in 2020": a year right after the prize is its edition's.
  for (const a of found) {
    if (a.award!.year !== undefined || a.award!.relativeYear !== undefined) continue;
    const y = /^\s*,?\s+in\s+((?:19|20)\d\d)\b/.exec(text.slice(a.end, a.end + 12));
    if (y) a.award!.year = Number(y[1]);
  }
  for (const a of found) [a.first, a.last] = tokenRange(tokens, a.start, a.end);
  // Award spans merged into disjoint sorted stretches: whether a mention overlaps one is a search by halves.
  const spans: [number, number][] = [];
  for (const a of [...found].sort((x, y) => x.start - y.start)) {
    const last = spans[spans.length - 1];
    if (last && a.start <= last[1]) last[1] = Math.max(last[1], a.end);
    else spans.push([a.start, a.end]);
  }
  const overlapsAward = (m: Mention) =>
    overlapsAny(
      spans,
      m.start,
      m.end,
      (x) => x[0],
      (x) => x[1],
    );
  const kept = mentions.filter((m) => !absorbed.has(m) && (m.kind === "ceremony" || !overlapsAward(m)));
  return [...kept, ...found].sort((x, y) => x.start - y.start);
}

function make(text: string, start: number, end: number, award: AwardRef): Mention {
  return {
    kind: "award",
    start,
    end,
    first: -1,
    last: -1,
    text: text.slice(start, end),
    ids: [],
    explicit: true,
    possessive: /^['\u2019]s\b/.test(text.slice(end, end + 3)),
    award,
  };
}

import type { CeremonyContext } from "../context";
import type { KnowledgeBase } from "../kb";
import type { Mention } from "../mentions/types";
import type { Sentence } from "../text/sentences";
import type { Token } from "../text/tokens";
import type { Prior } from "../prior";
import type { Frame } from "./frames/bind";
import type { Claim } from "./types";
import { RECORD_SET } from "./frames/cues";
import { ofNight } from "./common";

/** What every claim extractor sees of a sentence. */
/** A list line's frame and the claim it gave, kept while its block is read. */
export interface Listed {
  view: SentenceView;
  frame: Frame;
  claim: Claim;
}

export interface SentenceView {
  text: string;
  tokens: Token[];
  sentence: Sentence;
  /** Mentions inside the sentence, in order; markers in `sk` index this list. */
  mentions: Mention[];
  ctx?: CeremonyContext;
  doc?: CeremonyContext;
  /** What earlier sentences named, for "the film", "its", "she" (answers are recorded for the cache). */
  prior: Prior;
  /** Last explicit category named in the previous sentence, for "in the category". */
  priorCategory?: string;
  /** The previous sentence named no other category than that one (false across blocks). */
  priorCategoryAlone?: boolean;
  /** The category of a heading line above this one ("Best Actress 1935"), while its list runs. */
  heading?: string;
  /** What a list's lead-in in an earlier block says its entries are ("The winners:"), while the list runs. */
  leadIn?: "win" | "nominate";
  /** The block's list lines read so far ("Best Actress: X (F)"), for telling a winners list (set by the pipeline). */
  listed?: Listed[];
  /**
   * The sentence with mentions as markers (<P0> person, <F1> film, <C2> category,
   * <E3> ceremony) and other words folded, one space between units.
   */
  sk: string;
  /** The skeleton's units (words, punctuation, markers) with their draft offsets. */
  units: string[];
  unitStart: number[];
  unitEnd: number[];
  unitAt: (skIndex: number) => { start: number; end: number };
  kb: KnowledgeBase;
  /** The paragraph or the article is about other award bodies (Globes, BAFTA...): set by the pipeline. */
  otherBodies?: boolean;
  /** The body such a paragraph or article is about ("globes", "bafta"...). */
  body?: string;
  /** That body is the only one the paragraph names, and it names it: not a guess from the article. */
  bodyNamed?: boolean;
  /** Where, in this sentence, a body first named late in an Oscars paragraph is named (offset in the text). */
  bodiesAt?: number;
}

const LETTER: Record<Mention["kind"], string> = { person: "P", film: "F", category: "C", ceremony: "E", award: "A" };

/** A person's name in -s, then an apostrophe written close and a word: "Hazanavicius' homage". */
function bareApostrophe(tokens: Token[], m: Mention): boolean {
  const mark = tokens[m.last];
  const next = tokens[m.last + 1];
  const apostrophe = mark?.norm === "'" || mark?.norm === "\u2019";
  return m.kind === "person" && /s$/.test(m.text) && apostrophe && mark.start === m.end && !!next?.word;
}

export function buildView(
  text: string,
  tokens: Token[],
  sentence: Sentence,
  /** The sentence's own mentions, in order. */
  mentions: Mention[],
  ctx: CeremonyContext | undefined,
  doc: CeremonyContext | undefined,
  prior: Prior,
  kb: KnowledgeBase,
  priorCategory?: string,
): SentenceView {
  // Units of the skeleton: their text, and where each starts in the skeleton and the draft.
  const parts: string[] = [];
  const skAt: number[] = [];
  const docStart: number[] = [];
  const docEnd: number[] = [];
  let len = 0;
  const add = (unit: string, start: number, end: number) => {
    if (parts.length) len += 1;
    skAt.push(len);
    docStart.push(start);
    docEnd.push(end);
    parts.push(unit);
    len += unit.length;
  };
  let mi = 0;
  for (let k = sentence.first; k < sentence.last; k++) {
    const t = tokens[k];
    const m = mentions[mi];
    if (m && m.first === k) {
      add(`<${LETTER[m.kind]}${mi}>`, m.start, m.end);
      if (m.possessive) add("'s", m.end, tokens[m.last - 1].fullEnd);
      k = m.last - 1;
      // ("Michel Hazanavicius' homage": a name in -s owns what follows by a bare apostrophe.)
      if (!m.possessive && bareApostrophe(tokens, m)) add("'s", m.end, tokens[++k].end);
      mi++;
      continue;
    }
    let unit = t.norm;
    if (!t.word)
      unit =
        unit === "\u201c" || unit === "\u201d"
          ? '"'
          : unit === "\u2018" || unit === "\u2019"
            ? "'"
            : unit === "\u2013" || unit === "\u2014"
              ? "-"
              : unit;
    add(unit, t.start, t.end);
    if (t.possessive) add("'s", t.end, t.fullEnd);
  }
  const sk = parts.join(" ");
  const unitAt = (i: number) => {
    let lo = 0;
    let hi = skAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (skAt[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return skAt.length ? { start: docStart[lo], end: docEnd[lo] } : { start: sentence.start, end: sentence.start };
  };
  return {
    text,
    tokens,
    sentence,
    mentions,
    ctx,
    doc,
    prior,
    priorCategory,
    priorCategoryAlone: false,
    sk,
    units: parts,
    unitStart: docStart,
    unitEnd: docEnd,
    unitAt,
    kb,
    // Set by the pipeline; declared here so that setting them keeps the object's shape.
    otherBodies: undefined,
    body: undefined,
    bodyNamed: undefined,
    bodiesAt: undefined,
    heading: undefined,
    listed: undefined,
  };
}

/** The sentence names the Academy Awards ("Oscar", "Academy Award", a ceremony). */
export function saysOscar(v: SentenceView): boolean {
  // ("Poor Things, which received 11 Oscar nominations, won …": an aside says nothing of the main claim.)
  // ("…, which brought her an Oscar nomination": nor does a relative clause that ends the sentence.)
  const bare =
    v.sk.includes(" , which ") || v.sk.includes(" , who ")
      ? v.sk.replace(RELATIVE_ASIDE, " ,").replace(RELATIVE_TAIL, "")
      : v.sk;
  // ("… was named best supporting actor here after losing the Oscar to X": a time phrase's Oscar is another event's.)
  const main = bare.includes(" after ") || bare.includes(" before ") ? bare.replace(TIME_TAIL, "") : bare;
  return v.mentions.some((m) => m.kind === "ceremony" && !m.implicit) || OSCAR_CLAIM.test(main);
}

/**
 * Whether a claim with no word of the Oscars is still theirs: the sentence says "Oscar" (or names a night,
 * "at the Oscars" too), or the piece is about an Oscar night and names no other body.
 */
export function aboutOscars(v: SentenceView): boolean {
  return saysOscar(v) || v.mentions.some((m) => m.kind === "ceremony") || (!!v.ctx && !v.otherBodies);
}

const RELATIVE_ASIDE = / , (?:which|who) [^,]* ,/g;
const TIME_TAIL = / (?:after|before) [a-z]+ing\b[^,;]*/;
const RELATIVE_TAIL = / , (?:which|who) [^,]*$/;

/**
 * "Oscar" as the award a claim is about, not "Oscar chances", "Oscar race", "top Oscar contender",
 * nor an epithet that describes a name ("an Oscar nominee for best picture", "the Oscar-winning X").
 */
/** Nouns "Oscar" only describes: "Oscar race", "Oscar hopes", "the Oscar-winning X". */
export const OSCAR_MODIFIED =
  String.raw`(?:chances|hopes|race|contenders?|frontrunners?|front - runners?|buzz` +
  String.raw`|campaigns?|season|prospects|predictions|favou?rites?|glory|night|nominees?|winners?|- nominated` +
  String.raw`|- winning|hopefuls?|darlings?|(?:nominations? )?voting)\b`;
/** "the Academy" (the British one is a body's mention) and the Oscars' house since 2002 name them too. */
const OSCAR_NAMES = String.raw`oscars?|academy awards?|the academy|at the (?:dolby|kodak) theat(?:re|er)`;
const OSCAR_CLAIM = new RegExp(String.raw`\b(?:${OSCAR_NAMES})\b(?! ${OSCAR_MODIFIED})`);

/** Mention indices of the markers inside a piece of skeleton. */
export function markers(s: string, kind?: "P" | "F" | "C" | "E" | "A" | "PF"): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/<([PFCEA])(\d+)>/g)) {
    if (!kind || kind.includes(m[1])) out.push(Number(m[2]));
  }
  return out;
}

/** Document offsets covering skeleton [from, to). */
export function spanOf(v: SentenceView, from: number, to: number): { start: number; end: number } {
  const a = v.unitAt(from);
  const b = v.unitAt(Math.max(from, to - 1));
  return { start: a.start, end: b.end };
}

/** Words that turn a statement into a guess, a question or a denial. */
export const HEDGE =
  /\b(?:if|whether|would|could|might|may|expected|predicted|predicts|favou?red|tipped|likely|hopes?|hoping|should|odds|bets?|projected|will|can|not|never|without|failed|fails|lost|loses|snubbed|missed|nor|rumou?red|almost|nearly)\b|n't\b|\?/;

export function hedged(segment: string): boolean {
  // (A marker such as <P3> holds no hedge word: the skeleton is tested as it is.)
  return HEDGE.test(segment);
}

/** BAFTA, the Globes, Critics Choice. */
/** ("globe-trotting" is no Golden Globe.) */
const GLOBES = String.raw`golden globes?|globes?(?! ?- ?[a-z])|hfpa|hollywood foreign press`;
const BAFTA_GLOBES = String.raw`baftas?|british academy|${GLOBES}`;
const CRITICS_CHOICE = String.raw`critics ?'? ?s? choice|critics choice`;
/** SAG and the Spirits. */
const SAG_SPIRITS = String.raw`sag|screen actors guild|actor awards|independent spirit|spirit awards?|indie spirits?`;
/** Festivals and their prizes; the Césars. */
// (Not a title's words: "Butch Cassidy and the Sundance Kid".)
const FESTIVALS = String.raw`cannes|palme d'or|venice|golden lion|berlin(?:ale)?|golden bear`;
const SUNDANCE_CESARS = String.raw`sundance(?! kid\b)|tiff|toronto|c[eé]sars?`;
/** The guilds. */
const GUILDS = String.raw`dga|pga|wga|directors guild|producers guild|writers guild|guild awards?`;
/** Other shows; critics' groups. */
// (One show's name alone is also a first name — "Tony Gilroy", "Emmy Rossum" — unless it names the prize:
// "a Tony.", "the Emmy for", "Tony Awards", "Grammy-winning".)
const SHOW = String.raw`(?:emmy|grammy|tony|razzie|gotham)`;
const PRIZE_WORDS = String.raw`awards?|nominations?|nods?|wins?|winners?|nominees?|- ?winning|for`;
const SHOW_AS_PRIZE = String.raw`(?= ?(?:${PRIZE_WORDS})\b| ?[.,;:)]|$)`;
const SHOWS = String.raw`emmys|grammys|tonys|razzies|gothams|${SHOW}${SHOW_AS_PRIZE}`;
const CRITICS = String.raw`national board of review|nbr|critics circle|film critics`;
/** The Globes' genres (not "musical or comedy score"); their split of the acting awards ("the drama acting awards"). */
const GENRES =
  String.raw`musical or comedy(?! score\b| <C\d+>)|comedy or musical|(?:drama|comedy) acting` +
  // ("best actress in a drama": the Globes' split, said after the category.)
  String.raw`|<C\d+> in a (?:drama|musical|comedy)` +
  // ("lost the drama actress prize", "the comedy actor award": the split said before the role.)
  String.raw`|(?:drama|comedy) (?:actor|actress|<C\d+>)|musical (?:actor|actress)`;
const BODIES = [BAFTA_GLOBES, CRITICS_CHOICE, SAG_SPIRITS, FESTIVALS, SUNDANCE_CESARS, GUILDS, SHOWS, CRITICS, GENRES];
/** Award bodies other than the Academy: a category next to one of these is not an Oscar claim. */
export const OTHER_BODY = new RegExp(String.raw`\b(?:${BODIES.join("|")})\b`);

/** Whether the category at skeleton [from, to) is tied to another award body in its clause. */
export function otherBody(v: SentenceView, from: number, to: number): boolean {
  const before = v.sk.slice(Math.max(0, from - 40), from);
  const after = v.sk.slice(to, to + 60).split(/ [,;] (?:and |but |while )| \. /)[0];
  return OTHER_BODY.test(before.split(/ [,;] /).pop() ?? "") || OTHER_BODY.test(after);
}

export const OSCAR_WORDS = /\b(?:oscars?|academy awards?)\b/;

const OTHER_BODY_ALL = new RegExp(OTHER_BODY.source, "g");
/** Words after "Oscar" in an epithet or of the race: "-nominated", "front-runner", "buzz". */
const EPITHET = String.raw`nominated|winning|nominees?|winners?|front|hopefuls?`;
const RACE = String.raw`voting|voters|race|buzz|campaigns?|chances`;
/** Counted for what a paragraph is about: an epithet ("the Oscar-nominated actress") or the race is not. */
const OSCAR_WORDS_ALL = new RegExp(String.raw`\b(?:oscars?|academy awards?)\b(?![ -]*(?:${EPITHET}|${RACE})\b)`, "g");

/** How often a text names other award bodies (in all, and per body) and the Academy Awards. */
export function bodyWordCounts(folded: string): BodyCounts {
  const byBody: Record<string, number> = {};
  let other = 0;
  let first: number | undefined;
  for (const m of folded.matchAll(OTHER_BODY_ALL)) {
    other++;
    first ??= m.index;
    const key = bodyKeyOf(m[0]);
    if (key) byBody[key] = (byBody[key] ?? 0) + 1;
  }
  return { other, oscar: folded.match(OSCAR_WORDS_ALL)?.length ?? 0, byBody, first };
}

export interface BodyCounts {
  other: number;
  oscar: number;
  byBody: Record<string, number>;
  /** Where the first other body is named. */
  first?: number;
}

const BODY_WORDS: [RegExp, string][] = [
  [new RegExp(String.raw`globe(?!s? ?- ?[a-z])|hfpa|hollywood foreign|${GENRES}`), "globes"],
  [/bafta|british academy/, "bafta"],
  [/critics ?'? ?s? choice/, "critics"],
  [/sag|screen actors|actor awards/, "sag"],
  [/spirit/, "spirit"],
  [/cannes|palme/, "cannes"],
  [/venice|golden lion/, "venice"],
  [/berlin|golden bear/, "berlin"],
  [/sundance/, "sundance"],
  [/tiff|toronto/, "tiff"],
  [/c[eé]sar/, "cesar"],
  [/directors guild|dga/, "dga"],
  [/producers guild|pga/, "pga"],
  [/writers guild|wga/, "wga"],
];

/** The body a body word names ("golden globes" → "globes"). */
export function bodyKeyOf(word: string): string | undefined {
  return BODY_WORDS.find(([re]) => re.test(word))?.[1];
}

/** The body a text names most, if any. */
export function mainBody(c: BodyCounts): string | undefined {
  let best: string | undefined;
  for (const [k, n] of Object.entries(c.byBody)) if (best === undefined || n > c.byBody[best]) best = k;
  return best;
}

/** Text that names other award bodies at least as often as the Academy Awards. */
export function aboutOtherBodies(c: Pick<BodyCounts, "other" | "oscar">): boolean {
  return c.other > 0 && c.other >= c.oscar;
}

/**
 * A host or venue in a piece about another show ("The ceremony, hosted by Jo Koy, …" in a Globes
 * recap): the paragraph names neither the Oscars nor the Academy Awards, and the piece or the
 * paragraph is about another body.
 */
export function aboutAnotherShow(v: SentenceView): boolean {
  return !!v.otherBodies && !/\boscars?\b|\bacademy awards?\b/i.test(v.text) && !saysOscar(v);
}

const FILM_NOUN_WORDS =
  "film|movie|picture|pic|drama|comedy|thriller|musical|epic|biopic|western|romance|documentary|noir|satire|saga|" +
  "melodrama|remake|sequel";
/**
 * A sentence whose subject is a film described, not named: "Polanski's thriller was …", "The
 * Japanese monster movie won …" ("the film" and "this movie" alone are the film named before).
 */
const DESCRIBING = String.raw`(?:the|a|an|this|that)(?: (?!<)[^ ]+){1,4}`;
const OWNED = String.raw`(?:<P\d+>|[a-z]+) 's(?: (?!<)[^ ]+){0,4}`;
const FILM_NOUN = String.raw`(?:${FILM_NOUN_WORDS}) (?!'s)`;
export const DESCRIBED_FILM_SUBJECT = new RegExp(String.raw`^(?:${DESCRIBING}|${OWNED}) ${FILM_NOUN}`);
/** "Zhao's pic arrived …": a film described by its maker, named earlier (the marker's index in group 1). */
export const MAKERS_FILM_SUBJECT = new RegExp(String.raw`^<P(\d+)> 's(?: (?!<)[^ ]+){0,4} ${FILM_NOUN}`);

export const THAT_NIGHT = /\b(?:that|the same) (?:ceremony|night|show|evening|telecast|year)\b/i;

/** (A record's holder is of another night too: "tying the record set by Ben-Hur".) */
const SET_BY = [...RECORD_SET, "shared"].join("|");
const ELSEWHEN_WORD = new RegExp(
  // ("equaling the record Ben-Hur set in 1960": the record's film, after "the record", too.)
  String.raw`\b(?:after|before|since|following|than|like|unlike|(?:${SET_BY}) by|the record)\b`,
  "i",
);

/**
 * The sentence states no night and every film it names competed at another than the one it
 * inherits ("A Passage to India won two, and Jarre won his third Oscar" after a paragraph on the
 * 38th): a career cannot be counted to that night.
 */
export function nightInDoubt(v: SentenceView): boolean {
  const ctx = v.ctx;
  if (!ctx || ctx.strength === "sentence") return false;
  const films = ownFilms(v);
  return films.length > 0 && films.every((f) => !v.kb.ceremoniesOfFilm(f.ids[0]).includes(ctx.ceremony));
}

/** The films a sentence names as its own: not those after "after", "since", "than" (earlier ones). */
function ownFilms(v: SentenceView) {
  // ("It was Penn's third Oscar, after Mystic River and Milk": films after "after" are earlier ones.)
  const earlier = ELSEWHEN_WORD.exec(v.text.slice(v.sentence.start, v.sentence.end));
  const until = earlier ? v.sentence.start + earlier.index : v.sentence.end;
  return v.mentions.filter((m) => m.kind === "film" && m.ids.length === 1 && m.start < until);
}

/** The one night every list holds, if there is exactly one. */
function oneNight(lists: number[][]): number | undefined {
  if (!lists.length) return undefined;
  const common = lists[0].filter((n) => lists.every((l) => l.includes(n)));
  return common.length === 1 ? common[0] : undefined;
}

/**
 * The night a sentence is about when it states none: the one its own films all competed at
 * when that is not the night it inherits ("Grace Kelly won for The Country Girl at a ceremony
 * hosted by …" after a paragraph on the 23rd), else the inherited one; in a paragraph whose films
 * moved off the piece's night, the night it bore out last, or the one its films share.
 */
export function nightOfSentence(v: SentenceView, inherited: number | undefined): number | undefined {
  // "Chris Rock hosted that ceremony", "… that year": the night the paragraph named or bore out last.
  if (v.prior.lastNight !== undefined && THAT_NIGHT.test(v.text.slice(v.sentence.start, v.sentence.end))) {
    // ("He was nominated for F. That year …": a film named last that did not compete that night moves the time.)
    const film = v.prior.films[v.prior.films.length - 1];
    const moved = film && ofNight(v.kb, film.ids, v.prior.lastNight).length === 0;
    return moved ? undefined : v.prior.lastNight;
  }
  // ("'Unforgiven' won four Oscars that night … Billy Crystal was the host": in a piece on another night,
  // the one the paragraph's sentences just bore out.)
  if (!nightInDoubt(v)) {
    const told = v.prior.lastNight;
    const ctx = v.ctx;
    // (Only when no film the paragraph named so far competed at the piece's night.)
    const away = (c: number) => v.prior.films.every((f) => ofNight(v.kb, f.ids, c).length === 0);
    const moved =
      ctx?.strength === "document" && inherited === ctx.ceremony && told !== inherited && away(ctx.ceremony);
    if (!moved || !v.prior.films.length || ownFilms(v).length) return inherited;
    // (None told: the one night the paragraph's films all competed at, else unsure: "Her second Oscar came for
    // F. Johnny Carson hosted.")
    return told ?? oneNight(v.prior.films.map((f) => (f.ids.length === 1 ? v.kb.ceremoniesOfFilm(f.ids[0]) : [])));
  }
  return oneNight(ownFilms(v).map((f) => v.kb.ceremoniesOfFilm(f.ids[0])));
}

/** Where the sentence's line begins. */
export function lineStart(v: SentenceView): number {
  return v.text.lastIndexOf("\n", v.sentence.start - 1) + 1;
}

/** Where the sentence's block (its paragraph) begins. */
export function blockStart(v: SentenceView): number {
  const at = v.text.lastIndexOf("\n\n", v.sentence.start - 1);
  return at < 0 ? 0 : at + 2;
}

/** The block's first film, when its name opens a line: a heading ("THE LAST EMPEROR (1987) | 163 min"). */
export function headingFilm(v: SentenceView): Mention | undefined {
  const head = v.prior.films[0];
  return head && (head.start === 0 || v.text[head.start - 1] === "\n") ? head : undefined;
}

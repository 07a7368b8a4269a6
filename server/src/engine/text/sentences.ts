import type { Token } from "./tokens";

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

/** Month abbreviations that are also words ("mar"): not an end when a day follows ("Mar. 9"). */
const SHORT_MONTHS = new Set(["mar", "jun", "jul"]);
const dayNext = (t: { raw: string } | undefined) => !!t && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.raw);

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "vs",
  "no",
  "mt",
  "inc",
  "ltd",
  "co",
  "prof",
  "gen",
  "lt",
  "col",
  "sgt",
  "rev",
  "u.s",
  "feb",
  "jan",
  "apr",
  "sep",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
]);
/** Abbreviations that may close a name at a sentence's end ("… and D. M. Marshman Jr. Its art direction …"). */
const NAME_ENDS = new Set(["jr", "sr", "inc", "ltd", "co"]);
/** Words that open a sentence, not go on with a name: after NAME_ENDS they start the next one. */
const OPENERS = new Set(
  "It Its He His She Her They Their The This That These Those A An But And In On At After When Then There We I".split(
    " ",
  ),
);
const TERMINAL = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "\u201d", "\u2019", "'", ")", "]", "*", "_"]);
/**
 * Real sentences stay far below this (the longest in the shared corpus has 153 tokens). A
 * longer run without an end mark (a pasted table, a list without full stops, a line of
 * names) is cut at its last comma or semicolon, so no reader after this one ever works on
 * an unbounded sentence.
 */
const MAX_SENTENCE_TOKENS = 400;
const PAUSES = new Set([",", ";", ":", "\u2013", "\u2014", "|"]);

/**
 * Splits tokens into sentences and paragraphs. A blank line ends a paragraph; a single
 * line break ends a sentence unless the line looks hard-wrapped (long, no terminal
 * punctuation, next line continues in lower case).
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  const close = (last: number, nextParagraph: boolean) => {
    if (last > first) out.push({ first, last, start: tokens[first].start, end: tokens[last - 1].fullEnd, paragraph });
    first = last;
    if (nextParagraph) paragraph++;
  };
  // End of the run of end marks and closers being read ("...", "?!\""): every mark of a run
  // ends at the same place, so the run is scanned once, not once per mark (a line of
  // 40,000 dots would otherwise cost 40,000² steps).
  let runEnd = 0;
  let lastPause = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i - first >= MAX_SENTENCE_TOKENS) close(lastPause > first + MAX_SENTENCE_TOKENS / 2 ? lastPause + 1 : i, false);
    if (!t.word && PAUSES.has(t.raw)) lastPause = i;
    if (i > 0 && t.breaks > 0 && (t.breaks >= 2 || !hardWrapped(text, tokens, i))) {
      // A paragraph ends here: close the open sentence, or, when a full stop closed it
      // already, just start the next paragraph.
      if (i > first) close(i, true);
      else paragraph++;
    }
    if (t.raw === "\u2022" && i > first) close(i, false); // a bullet starts an item
    if (!t.word && TERMINAL.has(t.raw)) {
      let j = i < runEnd ? runEnd : i + 1;
      while (
        j < tokens.length &&
        !tokens[j].word &&
        (TERMINAL.has(tokens[j].raw) || CLOSERS.has(tokens[j].raw)) &&
        tokens[j].breaks === 0 &&
        !opensQuote(tokens, j)
      )
        j++;
      runEnd = j;
      const prev = tokens[i - 1];
      const next = tokens[j];
      if (
        t.raw === "." &&
        prev &&
        prev.word &&
        prev.end === t.start &&
        (ABBREVIATIONS.has(prev.norm) ||
          (/^\p{Lu}$/u.test(prev.raw) && !regnal(tokens, i - 1)) ||
          (SHORT_MONTHS.has(prev.norm) && dayNext(next))) &&
        !(NAME_ENDS.has(prev.norm) && next?.word && OPENERS.has(next.raw))
      )
        continue;
      if (next && next.breaks === 0 && (next.word ? /^[\p{Ll}]/u.test(next.raw) : next.raw === ",")) continue;
      if (next && next.start === tokens[j - 1].fullEnd) continue; // "D.J." or "3.5"
      close(j, false);
      i = j - 1;
    }
  }
  close(tokens.length, false);
  return out;
}

/** Titles before a ruler's name and numeral. */
const RULERS = new Set([
  "Queen",
  "King",
  "Pope",
  "Emperor",
  "Empress",
  "Tsar",
  "Czar",
  "Prince",
  "Princess",
  "Pharaoh",
]);

/** "as Queen Elizabeth I. Birdman won …": a ruler's numeral, not an initial, may end a sentence. */
function regnal(tokens: Token[], k: number): boolean {
  // (Or a part played: "for playing Elizabeth I. Gwyneth Paltrow won".)
  const played = /^(?:as|playing|played|portraying|portrayed)$/.test(tokens[k - 2]?.norm ?? "");
  return /^[IVX]$/.test(tokens[k].raw) && (RULERS.has(tokens[k - 2]?.raw ?? "") || played);
}

/** A straight quote after a space and against the next word opens a quotation: 'Awards. "The Continental" won'. */
function opensQuote(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return (
    (t.raw === '"' || t.raw === "'") && t.start > tokens[j - 1].fullEnd && !!next?.word && next.start === t.fullEnd
  );
}

function hardWrapped(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const lineStart = text.lastIndexOf("\n", prev.start) + 1;
  const lineLength = prev.fullEnd - lineStart;
  const next = tokens[i];
  // A line cut mid-phrase ("score\n(Howard Shore)", "art\ndirection"): wrapped, however short.
  if (midPhrase(prev, next)) return true;
  if (lineLength < 50) return false;
  if (!prev.word && (TERMINAL.has(prev.raw) || prev.raw === ":")) return false;
  // A list line: "Best Actor – X (winner)" then "Best Actress – Y", or a bullet next.
  if (!next.word && /^[•*|\-\u2013\u2014]$/.test(next.raw)) return false;
  // A table row ("| Best Sound | X |") and a title-case headline end at their line.
  const line = text.slice(lineStart, prev.fullEnd);
  if (/^\s*\|/.test(line) || titleCase(line)) return false;
  // Label lines one under another ("Screenplay: X, based on …" then "Actor: Y"): entries, not a wrapped line.
  const nextLine = text.slice(next.start, text.indexOf("\n", next.start) >>> 0);
  if (LABEL.test(line) && LABEL.test(nextLine)) return false;
  if (next.cap && !prev.word && /^[)\u201d"]$/.test(prev.raw)) return false;
  return true;
}

/** "Supporting Actor: …", "Cinematography (b/w): …": a few capitalised words and a colon open the line. */
const LABEL = /^\s*\p{Lu}[\p{L}/()-]*(?: [\p{L}/()-]+){0,3}: \S/u;

/** "“Sinner” Breaks Oscar Record With Maximum Nominations for a Single Movie": most words capitalised. */
function titleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const minor = words.filter((w) => /^(?:a|an|the|and|or|of|in|on|for|to|with|at|by|from|as|vs)$/.test(w)).length;
  return caps + minor === words.length && caps >= words.length * 0.6;
}

/** A comma or a lower-case word before the break, and a lower-case word or an opening bracket after it. */
function midPhrase(prev: Token, next: Token): boolean {
  const before = prev.raw === "," || (prev.word && /^\p{Ll}/u.test(prev.raw));
  return before && (next.word ? /^\p{Ll}/u.test(next.raw) : next.raw === "(");
}

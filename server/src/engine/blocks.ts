/**
 * Blocks: the draft cut at blank lines. Sentences and names never cross a blank line, so
 * each block can be analysed on its own given a little state carried from the blocks
 * before it; that makes blocks the unit of the incremental cache.
 */
export interface BlockRange {
  start: number;
  end: number;
}

const BLANK = /\n[ \t\r]*\n\s*/g;

/**
 * Paragraphs of real drafts stay under a few thousand characters. A longer one (a pasted
 * page without blank lines, a 1 MB single line) is cut between sentences into pieces of
 * at least MIN_PIECE, so an edit re-reads one piece and the server can pause between
 * pieces. Where it is cut depends only on the text around the cut, so an edit moves the
 * cuts near it and no others, and the pieces after it are still found in the cache.
 */
const LONG_BLOCK = 16_000;
const MIN_PIECE = 4_000;
const MAX_PIECE = 16_000;
const HARD_PIECE = 32_000;
/** A sentence end: a word of three or more letters or digits ("Mr." is not one), an end mark, closers, a space. */
const SENTENCE_END = /[\p{Ll}\p{N}]{3}[.!?]["'\u201d\u2019)\]*_]*[ \t\r\n]+/gu;

export function splitBlocks(text: string): BlockRange[] {
  const out: BlockRange[] = [];
  const push = (start: number, end: number) => {
    if (end - start > LONG_BLOCK) cutLongBlock(text, start, end, out);
    else out.push({ start, end });
  };
  let start = 0;
  BLANK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BLANK.exec(text))) {
    if (m.index > start) push(start, m.index);
    start = m.index + m[0].length;
  }
  if (start < text.length) push(start, text.length);
  return out;
}

function cutLongBlock(text: string, start: number, end: number, out: BlockRange[]): void {
  // The next sentence end not yet passed (null: none left); each search starts past the last.
  let next: RegExpExecArray | null | undefined;
  const endFrom = (from: number) => {
    if (next === null || (next && next.index >= from)) return next;
    SENTENCE_END.lastIndex = from;
    next = SENTENCE_END.exec(text);
    if (next && next.index + next[0].length >= end) next = null;
    return next;
  };
  let pieceStart = start;
  while (end - pieceStart > MAX_PIECE) {
    let cut: number | undefined;
    for (let e = endFrom(pieceStart + MIN_PIECE); e; e = endFrom(e.index + 1)) {
      const at = e.index + e[0].length;
      if (at - pieceStart > HARD_PIECE) break;
      // About one sentence end in eight qualifies, chosen by the words before it; past
      // MAX_PIECE any sentence end does.
      if (at - pieceStart >= MAX_PIECE || hash(text, e.index) % 8 === 0) {
        cut = at;
        break;
      }
    }
    if (cut === undefined) {
      // No sentence end in reach: cut after a space, else anywhere but inside a surrogate pair.
      cut = pieceStart + HARD_PIECE;
      const space = text.lastIndexOf(" ", cut - 1);
      if (space > pieceStart + MIN_PIECE) cut = space + 1;
      else if (isLowSurrogate(text.charCodeAt(cut))) cut++;
    }
    out.push({ start: pieceStart, end: cut });
    pieceStart = cut;
  }
  out.push({ start: pieceStart, end });
}

function hash(text: string, at: number): number {
  let h = 0;
  for (let i = Math.max(0, at - 12); i < at + 3; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

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

export function splitBlocks(text: string): BlockRange[] {
  const out: BlockRange[] = [];
  let start = 0;
  BLANK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BLANK.exec(text))) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

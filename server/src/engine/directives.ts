/**
 * Inline directives that switch checking off where a writer asks:
 *   <!-- oscar-facts-disable-next-line -->   or   // oscar-facts-disable-next-line
 *   <!-- oscar-facts off --> ... <!-- oscar-facts on -->   (or // oscar-facts off / on)
 * An "off" without "on" lasts to the end of the draft.
 */
import { holds, overlapsAny } from "./text/search";

const DIRECTIVE = /(?:<!--\s*|^[ \t]*\/\/[ \t]*)oscar-facts(?:-(disable-next-line)|\s+(off|on))\b[^\n]*?(?:-->|$)/gm;

export interface Silenced {
  /** Offset ranges [start, end) in which findings are dropped. */
  ranges: [number, number][];
}

export function silencedRanges(text: string): Silenced {
  const ranges: [number, number][] = [];
  if (!holds(text, "oscar-facts", "-f")) return { ranges };
  let offAt: number | undefined;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index!;
    if (m[1]) {
      const lineEnd = text.indexOf("\n", at);
      if (lineEnd < 0) continue;
      const nextEnd = text.indexOf("\n", lineEnd + 1);
      ranges.push([lineEnd + 1, nextEnd < 0 ? text.length : nextEnd]);
    } else if (m[2] === "off" && offAt === undefined) {
      offAt = at;
    } else if (m[2] === "on" && offAt !== undefined) {
      ranges.push([offAt, at]);
      offAt = undefined;
    }
  }
  if (offAt !== undefined) ranges.push([offAt, text.length]);
  // Merged into sorted, disjoint ranges, so each finding is looked up by halves.
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ranges: merged };
}

export function isSilenced(s: Silenced, offset: number): boolean {
  return overlapsAny(
    s.ranges,
    offset,
    offset + 1,
    (r) => r[0],
    (r) => r[1],
  );
}

/** The directive line that silences the line holding `offset`, in the draft's own comment style. */
export function disableNextLineEdit(
  text: string,
  offset: number,
  style: "html" | "slash",
): { at: number; insert: string } {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let indentEnd = lineStart;
  while (text[indentEnd] === " " || text[indentEnd] === "\t") indentEnd++;
  const indent = text.slice(lineStart, indentEnd);
  const directive = style === "html" ? "<!-- oscar-facts-disable-next-line -->" : "// oscar-facts-disable-next-line";
  return { at: lineStart, insert: `${indent}${directive}\n` };
}

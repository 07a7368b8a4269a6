/**
 * Inline directives that switch checking off where a writer asks:
 *   <!-- oscar-facts-disable-next-line -->   or   // oscar-facts-disable-next-line
 *   <!-- oscar-facts off --> ... <!-- oscar-facts on -->   (or // oscar-facts off / on)
 * An "off" without "on" lasts to the end of the draft.
 */
const DIRECTIVE = /(?:<!--\s*|^[ \t]*\/\/[ \t]*)oscar-facts(?:-(disable-next-line)|\s+(off|on))\b[^\n]*?(?:-->|$)/gm;

export interface Silenced {
  /** Offset ranges [start, end) in which findings are dropped. */
  ranges: [number, number][];
}

export function silencedRanges(text: string): Silenced {
  const ranges: [number, number][] = [];
  if (!text.includes("oscar-facts")) return { ranges };
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
  return { ranges };
}

export function isSilenced(s: Silenced, offset: number): boolean {
  return s.ranges.some(([a, b]) => offset >= a && offset < b);
}

/** The directive line that silences the line holding `offset`, in the draft's own comment style. */
export function disableNextLineEdit(text: string, offset: number, style: "html" | "slash"): { at: number; insert: string } {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const directive = style === "html" ? "<!-- oscar-facts-disable-next-line -->" : "// oscar-facts-disable-next-line";
  return { at: lineStart, insert: `${indent}${directive}\n` };
}

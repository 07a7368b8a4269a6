/**
 * A quoted title one letter off a film of the article's night ("“Sinner” secured 16
 * nominations" for Sinners) is still read as that film, so its claims are checked; the names
 * check marks the slip itself. The title must be quoted, capitalised, and close to one film only.
 */
import type { KnowledgeBase } from "../kb";
import type { Token } from "../text/tokens";
import { nightSlip } from "../title-slips";
import type { Mention } from "./types";

const OPEN = new Set(['"', "\u201c", "\u2018", "'"]);
const CLOSE = new Set(['"', "\u201d", "\u2019", "'"]);

export function addSlippedTitles(
  out: Mention[],
  tokens: Token[],
  taken: Uint8Array,
  kb: KnowledgeBase,
  ceremony: number | undefined,
): void {
  if (ceremony === undefined) return;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!OPEN.has(tokens[i].raw) || !tokens[i + 1].cap || taken[i + 1]) continue;
    let j = i + 1;
    while (j < tokens.length && j < i + 10 && tokens[j].word && !taken[j] && tokens[j].breaks === 0) j++;
    if (!CLOSE.has(tokens[j]?.raw ?? "") || j === i + 1) continue;
    const said = tokens
      .slice(i + 1, j)
      .map((t) => t.raw)
      .join(" ");
    const slip = nightSlip(kb, ceremony, said);
    if (!slip) continue;
    const near = [slip];
    for (let k = i + 1; k < j; k++) taken[k] = 1;
    const [first, last] = [tokens[i + 1], tokens[j - 1]];
    out.push({
      kind: "film",
      start: first.start,
      end: last.end,
      first: i + 1,
      last: j,
      text: said,
      ids: [near[0].film],
      explicit: true,
      possessive: last.possessive,
      slip: true,
    });
    i = j;
  }
}

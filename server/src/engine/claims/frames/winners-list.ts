/**
 * "## The winners" over "Best Picture: Anora / Best Director: Sean Baker / Best Actress: Demi
 * Moore (The Substance)": a run of list lines under a heading that says they are results, when
 * nearly every line names its category's winner, is a winners list, and a line naming a nominee
 * who lost is wrong as a winner is. A heading of nominees, picks or snubs, or none, says nothing.
 */
import type { Claim } from "../types";
import type { Listed } from "../view";
import type { Prior } from "../../prior";
import { verifyFrames } from "./verify";

/** Lines naming winners needed, and how many for each line naming only a nominee. */
const MIN_WINNERS = 3;
const WINNERS_PER_LOSER = 3;

/** A list of picks or of nominees, not results: "Our predictions", "Who should have won", "Nominees", "Snubs". */
const NOT_RESULTS = new RegExp(
  String.raw`\b(?:predict\w*|picks?|will win|should|could|odds|forecast\w*|bets?|favou?rites?|expect\w*|` +
    String.raw`nominee\w*|nominat\w*|snub\w*|ballot|vote|also-rans?|shortlist\w*|contenders?|hopefuls?|lost)\b`,
  "i",
);
/** A heading or lead-in that says the list is of results: "The winners", "And the Oscar goes to". */
const RESULTS = /\b(?:winners?|won|goes to|went to|results?|honou?rees)\b/i;

export function winnersList(listed: Listed[], claims: Claim[], prior: Prior): void {
  if (listed.length === 0) return;
  // The list says what it is only in its heading or lead-in: read that, never guess from the data alone.
  const block = listed[0].view.text.slice(0, listed[0].view.sentence.start);
  const title = `${prior.title() ?? ""}\n${block}`;
  if (NOT_RESULTS.test(title) || NOT_RESULTS.test(listed[0].view.text) || !RESULTS.test(title)) return;
  const won = listed.filter((l) => l.claim.kind === "win" && l.claim.verdict === "supported");
  const lost = listed.filter((l) => l.claim.kind === "nomination" && l.claim.verdict === "supported");
  // One line per category: a category on several lines is a nominees list. (One line may name co-winners:
  // "Art Direction: X; set decoration, Y, F".)
  const lineOf = new Map<string, object>();
  for (const l of listed) {
    const key = l.frame.category.category!;
    if (lineOf.has(key) && lineOf.get(key) !== l.view) return;
    lineOf.set(key, l.view);
  }
  if (won.length < MIN_WINNERS || won.length < WINNERS_PER_LOSER * lost.length) return;
  // ("Visual Effects: Contact": a line whose entry was not even nominated in its category is wrong as a winner too.)
  const unread = listed.filter((l) => l.claim.verdict === "unverifiable");
  for (const l of [...lost, ...unread]) {
    const [asWin] = verifyFrames(l.view, { ...l.frame, predicate: "win" });
    const at = claims.indexOf(l.claim);
    if (asWin?.verdict === "refuted" && at >= 0) claims[at] = asWin;
  }
}

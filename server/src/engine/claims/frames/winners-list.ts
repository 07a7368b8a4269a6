/**
 * "Best Picture: Anora / Best Director: Sean Baker / Best Actress: Demi Moore (The Substance)":
 * a run of list lines with no lead-in says neither "winners" nor "nominees". When nearly every
 * line names its category's winner, the list is of winners, and a line naming a nominee who
 * lost is wrong as a winner is.
 */
import type { Claim } from "../types";
import type { Listed } from "../view";
import type { Prior } from "../../prior";
import { verifyFrames } from "./verify";

/** Lines naming winners needed, and how many for each line naming only a nominee. */
const MIN_WINNERS = 3;
const WINNERS_PER_LOSER = 3;

/** A list of picks, not results: "Our predictions", "Who will win", "the favourites". */
const PICKS = /\b(?:predict\w*|picks?|will win|should win|could win|odds|forecast\w*|bets?|favou?rites?|expect\w*)\b/i;

export function winnersList(listed: Listed[], claims: Claim[], prior: Prior): void {
  if (listed.length === 0 || PICKS.test(listed[0].view.text) || PICKS.test(prior.title() ?? "")) return;
  const won = listed.filter((l) => l.claim.kind === "win" && l.claim.verdict === "supported");
  const lost = listed.filter((l) => l.claim.kind === "nomination" && l.claim.verdict === "supported");
  // One line per category: a line naming several nominees is a nominees list.
  const lines = new Set(listed.map((l) => l.frame.category));
  if (lines.size !== listed.length || won.length < MIN_WINNERS || won.length < WINNERS_PER_LOSER * lost.length) return;
  for (const l of lost) {
    const [asWin] = verifyFrames(l.view, { ...l.frame, predicate: "win" });
    const at = claims.indexOf(l.claim);
    if (asWin?.verdict === "refuted" && at >= 0) claims[at] = asWin;
  }
}

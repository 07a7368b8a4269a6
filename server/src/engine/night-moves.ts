/**
 * When a paragraph stops telling of the night it inherited: a time shift in a sentence that
 * tells of someone, or a sentence whose claims are all borne out on one other night.
 */
import type { Claim } from "./claims/types";
import type { CeremonyContext } from "./context";
import type { Mention } from "./mentions/types";
import type { Prior } from "./prior";

/** The sentence names a person or film, has one for its subject pronoun, or tells of the ceremony. */
export function tellsOf(sk: string, own: Mention[]): boolean {
  return own.some((m) => m.kind === "person" || m.kind === "film") || TELLS.test(sk);
}
/** A subject pronoun, or the ceremony itself ("Four years later, the show had its first solo host"). */
const TELLS = /\b(?:he|she|it|they)\b|\bthe (?:show|ceremony|oscars|telecast|academy awards)\b/;

/** Words that move a paragraph off the night it named ("two years later", "the following year"). */
/** Words that move on past the night told of ("two years later", "the following year"): a later time only. */
export const TIME_LATER = /\b(?:years?|decades?) later\b|\bthe (?:following|next) year\b/i;
export const TIME_MOVED = /\b(?:years?|decades?) (?:later|earlier|on)\b|\bthe (?:following|next|previous) year\b/;

/**
 * A night inherited from the paragraph (or the article) holds until the paragraph moves off it: a time shift
 * ("decades later"), or a claim borne out on another night ("… on March 4, 2018, when Deakins won
 * for Blade Runner 2049. Host Jimmy Kimmel …"). Then the sentence's night is not known.
 */
export function movedOff(ctx: CeremonyContext | undefined, prior: Prior): boolean {
  if (!ctx || ctx.strength === "sentence") return false;
  return prior.shifted || (prior.toldOf !== undefined && prior.toldOf !== ctx.ceremony);
}

/**
 * The one night the sentence's supported Oscar claims (those from index `from`; the sentence starts at
 * `at` in the block's `text`) were borne out on;
 * undefined when on several or none.
 */
export function nightBorneOut(claims: Claim[], from: number, text: string, at: number): number | undefined {
  let night: number | undefined;
  for (let k = from; k < claims.length; k++) {
    const c = claims[k];
    if (c.verdict !== "supported" || !TOLD.has(c.kind)) continue;
    // ("…, having won 20 years before for F", "after F1 and F2": a claim told as earlier moves nothing.)
    if (EARLIER.test(text.slice(at, c.end))) continue;
    for (const e of c.evidence) {
      if (e.ceremony <= 0) continue;
      if (night !== undefined && e.ceremony !== night) return undefined;
      night = e.ceremony;
    }
  }
  return night;
}
const TOLD = new Set<Claim["kind"]>(["win", "nomination", "count", "career"]);
const EARLIER = /\b(?:before|after|since|earlier|previously|ago|having|had)\b/i;

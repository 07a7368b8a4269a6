/**
 * Category keys as a claim names them against the data's. Most match one to one; a family
 * ("Best Screenplay" before the split into original and adapted) matches each member.
 */
import type { KnowledgeBase } from "../../kb";

const FAMILIES: Record<string, string[]> = {
  screenplay: ["original-screenplay", "adapted-screenplay", "original-story"],
  acting: ["actor", "actress", "supporting-actor", "supporting-actress"],
  supporting: ["supporting-actor", "supporting-actress"],
  "short-subject": [
    "animated-short",
    "live-action-short",
    "documentary-short",
    "one-reel-short",
    "two-reel-short",
    "comedy-short",
    "novelty-short",
    "color-short",
  ],
  // 1995–1998 split the original score into dramatic and musical-or-comedy: "original score" was either.
  score: ["score", "song-score"],
  "dramatic-score": ["score"],
};

/** Whether record i is in the category a claim names by key `said`. */
export function recordIn(kb: KnowledgeBase, said: string, i: number): boolean {
  return keyMatches(said, kb.keyOf(i)) || (said === "honorary" && kb.honorary(i));
}

export function keyMatches(said: string, record: string): boolean {
  return said === record || (FAMILIES[said]?.includes(record) ?? false);
}

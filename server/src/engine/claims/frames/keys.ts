import type { Mention } from "../../mentions/types";
/**
 * Category keys as a claim names them against the data's. Most match one to one; a family
 * ("Best Screenplay" before the split into original and adapted) matches each member.
 */
import type { KnowledgeBase } from "../../kb";

const FAMILIES: Record<string, string[]> = {
  screenplay: ["original-screenplay", "adapted-screenplay", "original-story"],
  acting: ["actor", "actress", "supporting-actor", "supporting-actress"],
  lead: ["actor", "actress"],
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

/**
 * A category the words imply without naming it there ("beat A, B and C": the one they shared; "The award went to X":
 * the sentence before's), as a mention standing at `at`.
 */
export function impliedCategory(key: string, label: string, at: { start: number; end: number }): Mention {
  const { start, end } = at;
  return {
    kind: "category",
    start,
    end,
    first: -1,
    last: -1,
    text: label,
    ids: [],
    category: key,
    explicit: true,
    possessive: false,
  };
}

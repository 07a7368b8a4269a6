/**
 * Telling a slip of the pen in a title: a distance between folded keys, the slips writers
 * commonly make, and the titles of one night to compare with. Shared by the mentions (a
 * misspelt quoted title is still read as its film) and the names check (which marks it).
 */
import type { KnowledgeBase } from "./kb";
import { fold } from "./text/fold";

export interface NightTitle {
  text: string;
  key: string;
  film: number;
}

/** Optimal string alignment distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows reused from call to call (names and titles are compared by the thousand per check).
  const n = b.length + 1;
  if (rowSize < n) grow(n);
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < n; j++) {
    prev2[j] = 0;
    prev[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // (The row before becomes the one before that; the oldest row is overwritten next.)
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
    if (rowMin > max) return max + 1;
  }
  return prev[b.length];
}

let rowSize = 0;
let rowA = new Int32Array(0);
let rowB = rowA;
let rowC = rowA;
function grow(n: number): void {
  rowSize = Math.max(64, n * 2);
  rowA = new Int32Array(rowSize);
  rowB = new Int32Array(rowSize);
  rowC = new Int32Array(rowSize);
}

const titleCache = new WeakMap<KnowledgeBase, Map<number, NightTitle[]>>();

/** The night's film titles, folded, for telling a misspelt quoted title. */
export function titlesOf(kb: KnowledgeBase, c: number): NightTitle[] {
  let byCeremony = titleCache.get(kb);
  if (!byCeremony) titleCache.set(kb, (byCeremony = new Map()));
  let list = byCeremony.get(c);
  if (!list) {
    const seen = new Map<string, NightTitle>();
    for (const i of kb.nominationsAt(c))
      for (const f of kb.data.nominations.films[i]) {
        const text = kb.data.films[f].title;
        seen.set(titleKey(text), { key: titleKey(text), text, film: f });
      }
    byCeremony.set(c, (list = [...seen.values()]));
  }
  return list;
}

/** The carried-state key of a misspelling already marked (names and film words use the same map). */
export function slipKey(said: string): string {
  return `\u00b6${titleKey(said)}`;
}

/** "Once upon a Time...in Hollywood" and "Once Upon a Time… in Hollywood" are one title: punctuation is a space. */
export function titleKey(s: string): string {
  return american(
    fold(s)
      .replace(/[^a-z0-9]+/g, " ")
      .trim(),
  );
}

/** British spellings as American ones: "The Colour Purple" is The Color Purple, no misspelling. */
export function american(key: string): string {
  // Most keys hold neither spelling: two cheap tests spare two regular expressions.
  if (!key.includes("our") && !key.includes("re")) return key;
  return key
    .replace(/\b(colo|hono|favo|labo|neighbo|harbo|humo|armo|behavio|rumo|splendo|vapo|savo)ur/g, "$1r")
    .replace(/\b(theat|cent|met|fib)re\b/g, "$1er");
}

/**
 * A one-word title's slip is one of the common ones (a dropped or added letter at its end, a
 * doubled or swapped letter): a word a letter off another ("Maestra", "Maestro") may be a title too.
 */
export function commonSlip(said: string, title: string): boolean {
  if (said.includes(" ") || title.includes(" ")) return true;
  if (said.length !== title.length) {
    const [a, b] = said.length < title.length ? [said, title] : [title, said];
    return b.startsWith(a) || b.replace(/(.)\1/, "$1") === a;
  }
  for (let i = 0; i < said.length - 1; i++)
    if (said[i] !== title[i]) return said[i] === title[i + 1] && said[i + 1] === title[i];
  return false;
}

/** "GoodFellas" and "Good Fellas" are one title: a space the styling drops is no slip. */
export function sameTitle(a: string, b: string): boolean {
  return a === b || a.replaceAll(" ", "") === b.replaceAll(" ", "");
}

/** The one film of night c a quoted title is a slip of ("“Sinner”" for Sinners), if exactly one. */
export function nightSlip(kb: KnowledgeBase, c: number, said: string): NightTitle | undefined {
  const key = titleKey(said);
  if (key.length < 5) return undefined;
  const near = titlesOf(kb, c).filter(
    (t) => !sameTitle(t.key, key) && editDistance(key, t.key, 1) <= 1 && commonSlip(key, t.key),
  );
  return near.length === 1 ? near[0] : undefined;
}

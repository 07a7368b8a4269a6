/** Folding used for every comparison: case, diacritics, quote and dash styles. */
const SPECIAL: Record<string, string> = {
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  đ: "d",
  Đ: "d",
  ð: "d",
  Ð: "d",
  þ: "th",
  Þ: "th",
  ı: "i",
  "\u2018": "'",
  "\u2019": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
};

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
const MARKS = /\p{M}/gu;
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join("")}]`, "g");

export function fold(s: string): string {
  // Most words are plain ASCII: no decomposition needed.
  if (isAscii(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(SPECIAL_RE, (c) => SPECIAL[c])
    .toLowerCase();
}

/** A title or song folded to its words: case, accents and punctuation aside ("I'm Just Ken" → "i m just ken"). */
export const wordsOf = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9 ]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");

/** Word keys of a name or title: folded words, "&" read as "and", punctuation dropped. */
const ASCII_WORDS = /[^a-z0-9']+/;

export function wordKeys(s: string): string[] {
  if (isAscii(s)) {
    const out: string[] = [];
    for (const w of s.toLowerCase().replace(/&/g, " and ").split(ASCII_WORDS)) {
      const t = w.replace(/^'+|'+$/g, "");
      if (t) out.push(t);
    }
    return out;
  }
  return fold(s)
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

/** A word table with no prototype: "constructor" or "toString" is no number. */
function words(table: Record<string, number>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, table);
}

const NUMBER_WORDS = words({
  zero: 0,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
});

/** First letters of the number words. */
const NUMBER_INITIALS = new Set(Object.keys(NUMBER_WORDS).map((w) => w.charCodeAt(0)));

/** "five" → 5, "13" → 13, otherwise undefined. */
export function numberValue(word: string): number | undefined {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d{1,3}$/.test(word) ? Number(word) : undefined;
  // (Most words are no number: a look at the first letter spares the table.)
  return word.length <= 9 && NUMBER_INITIALS.has(c) ? NUMBER_WORDS[word] : undefined;
}

const ORDINAL_WORDS = words({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
});
/** The tens, in words ("fifty" 50). */
export const TENS = words({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const TENS_ORD = words({
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
});

/** "97th", "second", "ninety-seventh" → number; otherwise undefined. */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (m) return Number(m[1]);
  if (ORDINAL_WORDS[w] !== undefined) return ORDINAL_WORDS[w];
  if (TENS_ORD[w] !== undefined) return TENS_ORD[w];
  const parts = w.split(/[-\s]/);
  if (
    parts.length === 2 &&
    TENS[parts[0]] !== undefined &&
    ORDINAL_WORDS[parts[1]] !== undefined &&
    ORDINAL_WORDS[parts[1]] < 10
  ) {
    return TENS[parts[0]] + ORDINAL_WORDS[parts[1]];
  }
  return undefined;
}

export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/** Writes n the way `like` was written: digits stay digits, "Five" stays capitalised. */
export function numberLike(n: number, like: string): string {
  if (/^\d/.test(like) || n > 20) return String(n);
  const w = WORDS[n];
  if (like === like.toUpperCase() && like.length > 1) return w.toUpperCase();
  if (/^\p{Lu}/u.test(like)) return w[0].toUpperCase() + w.slice(1);
  return w;
}

/** Number words and digits as they appear in a claim skeleton. */
export const NUM = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a single|single|a dozen)`;

export function numberOf(s: string): number | undefined {
  const w = s.replace(/^a\s+/, "");
  return numberValue(w);
}

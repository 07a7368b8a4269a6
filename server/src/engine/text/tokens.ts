import { fold } from "./fold";

export interface Token {
  /** UTF-16 start offset in the document. */
  start: number;
  /** End of the word itself (before a possessive 's). */
  end: number;
  /** End including a possessive 's. */
  fullEnd: number;
  raw: string;
  /** Folded form; "&" reads as "and". */
  norm: string;
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  allCaps: boolean;
  possessive: boolean;
  /** Line breaks between this token and the previous one. */
  breaks: number;
}

/**
 * Tokens made by a constructor, not an object literal: V8 pretenures a literal's allocation site
 * whose objects outlive a scavenge, and a block's tokens often do; allocated in the old space,
 * they cost a write barrier per field and a full collection to free. (Same fields, same order.)
 */
class WordToken implements Token {
  declare start: number;
  declare end: number;
  declare fullEnd: number;
  declare raw: string;
  declare norm: string;
  declare word: boolean;
  declare cap: boolean;
  declare allCaps: boolean;
  declare possessive: boolean;
  declare breaks: number;
  constructor(
    start: number,
    end: number,
    fullEnd: number,
    raw: string,
    norm: string,
    word: boolean,
    cap: boolean,
    allCaps: boolean,
    possessive: boolean,
    breaks: number,
  ) {
    this.start = start;
    this.end = end;
    this.fullEnd = fullEnd;
    this.raw = raw;
    this.norm = norm;
    this.word = word;
    this.cap = cap;
    this.allCaps = allCaps;
    this.possessive = possessive;
    this.breaks = breaks;
  }
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u2018\u02bc`][\p{L}\p{M}\p{N}]+)*|\S/uy;

/** White space as the regex's \S has it: ASCII by code, the rest (no-break space, line separator…) by test. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c > 127 && /\s/.test(String.fromCharCode(c));
}
/** The apostrophes a possessive is written with: ' ’ ‘ ʼ ` */
const APOSTROPHES = new Set([39, 0x2019, 0x2018, 0x02bc, 96]);

/** Ends in an apostrophe and "s": "Baker's", "Baker’s". */
function isPossessive(raw: string): boolean {
  return raw.charCodeAt(raw.length - 1) === 115 && APOSTROPHES.has(raw.charCodeAt(raw.length - 2));
}

/** Lower-case ASCII letters and digits only: already folded (most words of a draft). */
function plainLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let prevEnd = from;
  for (let at = from; ;) {
    // Past the spaces, then the token that starts there: no match object per token.
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    if (at >= to) break;
    const start = at;
    at = tokenEnd(text, at);
    const raw = text.slice(start, at);
    // The regex gives one punctuation character or a run of letters and digits.
    const word = raw.length > 1 || isWordChar(raw.charCodeAt(0), raw);
    let end = start + raw.length;
    const possessive = word && raw.length > 2 && isPossessive(raw);
    if (possessive) end -= 2;
    const core = possessive ? raw.slice(0, -2) : raw;
    let breaks = 0;
    for (let i = prevEnd; i < start; i++) if (text.charCodeAt(i) === 10) breaks++;
    const cap = word && isUpper(core);
    tokens.push(
      new WordToken(
        start,
        end,
        start + raw.length,
        core,
        raw === "&" ? "and" : plainLower(core) ? core : fold(core),
        word,
        cap,
        cap && allCapitals(core),
        possessive,
        breaks,
      ),
    );
    prevEnd = start + raw.length;
  }
  return tokens;
}

/**
 * Where the token starting at `at` ends (TOKEN's match, which may run past `to`). A run of ASCII letters and
 * digits (most words) ending on plain ASCII is scanned by hand; the regex reads the rest (an apostrophe, a
 * letter beyond ASCII).
 */
function tokenEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && isAsciiAlnum(text.charCodeAt(k))) k++;
  const c = k < text.length ? text.charCodeAt(k) : 32;
  if (k > at && c < 128 && c !== 39 && c !== 96) return k;
  if (k === at && c < 128) return at + 1;
  TOKEN.lastIndex = at;
  return TOKEN.test(text) ? TOKEN.lastIndex : at + 1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** First letter upper case. */
function isUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Two or more letters, all upper case ("RAYE", "CONCLAVE"). */
function allCapitals(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const lower = ch.toLowerCase();
    if (lower === ch.toUpperCase()) continue; // not a letter
    if (ch === lower) return false;
    letters++;
  }
  return letters > 1;
}

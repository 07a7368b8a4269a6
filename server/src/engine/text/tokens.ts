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

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u2018\u02bc][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /['\u2019\u2018\u02bc]s$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    const raw = m[0];
    const start = m.index;
    const word = /[\p{L}\p{N}]/u.test(raw[0]);
    let end = start + raw.length;
    let possessive = false;
    if (word && POSSESSIVE.test(raw) && raw.length > 2) {
      possessive = true;
      end -= 2;
    }
    const core = text.slice(start, end);
    let breaks = 0;
    for (let i = prevEnd; i < start; i++) if (text.charCodeAt(i) === 10) breaks++;
    const letters = core.replace(/[^\p{L}]/gu, "");
    tokens.push({
      start,
      end,
      fullEnd: start + raw.length,
      raw: core,
      norm: raw === "&" ? "and" : fold(core),
      word,
      cap: word && /^\p{Lu}/u.test(core),
      allCaps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive,
      breaks,
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

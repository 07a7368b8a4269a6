/**
 * A ceremony's fact box: lines of "Label: value" about the article's night, as quick-facts
 * panels write them ("Host: Billy Crystal", "Held at: Dorothy Chandler Pavilion, Los
 * Angeles", "Winners Announced: March 29, 1993", "Date: Sunday, March 2, 2025"). Only lines
 * that hold nothing but the label and its value are read, each against the night the
 * article is about; a label this reader does not know is left alone.
 */
import { CATEGORY_DEFS } from "../categories";
import { fold, numberLike, numberValue } from "../text/fold";
import { recordIn } from "./frames/keys";
import { claim, evidence, fix, settle } from "./common";
import { DATE, dateClaim } from "./ceremony";
import { hostClaim, namesOf } from "./host";
import type { Claim } from "./types";
import { filmYearClaim } from "./night-dated";
import { isVenue, venueClaim } from "./venue";
import { blockStart, headingFilm, lineStart, type SentenceView } from "./view";

const BULLET = String.raw`^[ \t]*(?:[-*\u2022|][ \t]*)?`;
const HOST_LABEL = String.raw`hosts?|hosted by|emcees?|master of ceremonies`;
const VENUE_LABEL = String.raw`venue|held at|location|place|site`;
const DATE_LABEL = String.raw`date|held on|ceremony date|ceremony|winners announced|awards presented|presented on`;
const YEAR_LABEL = String.raw`eligibility year|eligibility period|film year|honou?ring films of`;
const LINE = new RegExp(
  String.raw`${BULLET}(?<label>${HOST_LABEL}|${VENUE_LABEL}|${DATE_LABEL}|${YEAR_LABEL})[ \t]*[:|][ \t]*(?<value>[^\n|]+?)[ \t|]*$`,
  "di",
);
const DATE_VALUE = new RegExp(String.raw`^(?:(?<wd>(?:sun|mon|tues|wednes|thurs|fri|satur)day),?\s+)?${DATE}$`, "i");

/** Labels that credit a programme's own people beside its host (a ceremony's box has producers, not guests). */
const SHOW_CREDITS = /\b(?:guests?|panell?ists?|callers?)\s*:/i;

/** Words that say the block is a programme's ("Podcast: …", "Live radio coverage", "Episode 9"), not a box. */
const PROGRAMME = /\b(?:podcast|radio|episode|transcript|broadcast|programme|program)\b/i;

/** The whole line the sentence stands on ("Host: X. Guests: Y" is two sentences of one line). */
function lineAround(v: SentenceView): string {
  const to = v.text.indexOf("\n", v.sentence.end);
  return v.text.slice(lineStart(v), to < 0 ? v.text.length : to);
}

export function checkFactLine(v: SentenceView): Claim[] {
  const ctx = v.ctx;
  // The article's night must be known from the article itself, not from a setting.
  if (!ctx || ctx.strength === "setting" || !v.kb.ceremony(ctx.ceremony)) return [];
  const line = v.text.slice(v.sentence.start, v.sentence.end);
  if (line.includes("\n")) return [];
  const m = LINE.exec(line);
  if (!m?.groups) return [];
  const label = fold(m.groups.label);
  // "Jimmy Kimmel (fourth time)": a bracketed note is no part of the value; "January 23 (nominations)"
  // dates something other than the night.
  const note = /\(([^)]*)\)\s*$/.exec(m.groups.value)?.[1] ?? "";
  const value = m.groups.value.replace(/\s*\([^)]*\)\s*$/, "").replace(/\.$/, "");
  const start = v.sentence.start + m.indices!.groups!.value[0];
  const n = ctx.ceremony;
  if (new RegExp(`^(?:${HOST_LABEL})$`).test(label)) {
    // ("Host: Marcy Okafor. Guests: …" above a transcript: the credits of a show, not the ceremony's host.)
    if (SHOW_CREDITS.test(lineAround(v)) || PROGRAMME.test(v.text.slice(blockStart(v), v.sentence.start))) return [];
    const out: Claim[] = [];
    for (const { name, at } of namesOf(value)) {
      const range = { start: start + at, end: start + at + name.length };
      const c = /^\p{Lu}/u.test(name) ? hostClaim(v.kb, name, [n], range, `the ${v.kb.ceremonyLabel(n)}`) : undefined;
      if (c) out.push(c);
    }
    return out;
  }
  if (new RegExp(`^(?:${VENUE_LABEL})$`).test(label)) {
    // "Dorothy Chandler Pavilion, Los Angeles, California": the building before the city.
    const said = value
      .split(",")[0]
      .trim()
      .replace(/^the\s+/i, "");
    const at = start + value.indexOf(said);
    return isVenue(v, said) ? [venueClaim(v, n, { start: at, end: at + said.length, said })] : [];
  }
  if (new RegExp(`^(?:${YEAR_LABEL})$`).test(label)) {
    if (!/^(?:19|20)\d\d$/.test(value.trim())) return [];
    return [filmYearClaim(v.kb, n, Number(value.trim()), start)];
  }
  if (note && !/ceremony|awards|oscars|show|telecast/i.test(note)) return [];
  const d = DATE_VALUE.exec(value.trim());
  if (!d?.groups?.month) return [];
  const at = start + value.indexOf(d[0]);
  return [dateClaim(v.kb, n, { start: at, end: at + d[0].length, said: d[0] }, d.groups)];
}

/** A category's key from a fact-box label: "Actress", "Supporting Actor", "Film Editing", "Screenplay (Adapted)". */
function labelCategory(label: string): string | undefined {
  const words = fold(label).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  const flipped = words.replace(/^(\w+) (adapted|original)$/, "$2 $1");
  for (const d of CATEGORY_DEFS)
    if (d.phrases.some((p) => p === words || p === `best ${words}` || p === flipped || p === `best ${flipped}`))
      return d.key;
  return undefined;
}

const LABEL_LINE =
  /^[ \t]*(?:[-*\u2022][ \t]*)?(?<label>\p{Lu}[\p{L} ()]{2,40}?)[ \t]*:[ \t]*(?<value>[^\n]+?)[ \t]*$/du;

/**
 * A film's fact box: "Actress: Louise Fletcher", "Director: Michael Curtiz". Boxes list wins or
 * nominations, so a line is read as a nomination of the article's night in that category:
 * borne out or left unread, never refuted.
 */
export function checkLabelLine(v: SentenceView): Claim[] {
  const ctx = v.ctx;
  if (!ctx || ctx.strength === "setting") return [];
  const line = v.text.slice(v.sentence.start, v.sentence.end);
  const m = LABEL_LINE.exec(line);
  const key = m?.groups && labelCategory(m.groups.label);
  if (!m || !key) return [];
  const from = v.sentence.start + m.indices!.groups!.value[0];
  const kb = v.kb;
  const out: Claim[] = [];
  for (const p of v.mentions) {
    if (p.kind !== "person" || p.start < from || p.ids.length !== 1) continue;
    const rows = kb
      .nominationsOfPerson(p.ids[0])
      .filter((i) => kb.data.nominations.ceremony[i] === ctx.ceremony && recordIn(kb, key, i));
    if (rows.length === 0) continue;
    const view = kb.view(rows[0]);
    out.push(
      claim({
        kind: "nomination",
        rule: "wrong-nomination",
        start: p.start,
        end: p.end,
        statement: `${kb.data.people[p.ids[0]].name} was nominated for ${view.category} at the ${kb.ceremonyLabel(ctx.ceremony)}`,
        verdict: "supported",
        message: `${view.category}: ${kb.describeWinner(rows[0])}`,
      }),
    );
  }
  return out;
}

/** "Oscars:", "Awards line:", "The awards line:", "Oscar tally:" before a count. */
const COUNT_NOUN = String.raw`(?<what>nominations|nods|awards|wins|won|oscars|oscar(?=\s+(?:tally|count|record)))`;
const COUNT_WHAT = String.raw`(?:the\s+)?(?:(?:oscar|academy award)s?\s+)?${COUNT_NOUN}`;
const COUNT_LABEL = new RegExp(
  String.raw`^[ \t|*•-]*${COUNT_WHAT}(?:\s+(?:line|tally|count|record))?\s*:\s*(?<n>\d{1,2}|[a-z]+)\b`,
  "i",
);
/** "… from eleven nominations", "… out of 12 nominations" right after a count of wins. */
const OUT_OF = /^\s+(?:oscars?|wins?|awards?)?\s*(?:from|out of)\s+(\d{1,2}|[a-z]+)\s+nominations\b/di;
/** "… nominations and three wins", "… nominations, two wins": a second count joined to the first. */
const AND_COUNT =
  /^\s+(?:nominations?|nods?)\s*(?:,\s*and|,|and)\s+(\d{1,2}|[a-z]+)\s+(?:competitive\s+)?(?:wins?|oscars?)\b/di;
const PAIR_LINE = /^[ \t|*•-]*(?<noms>\d{1,2})\s+nominations?\s*\/\s*(?<wins>\d{1,2})\s+wins?\b/i;

/**
 * A film's fact box counts: "Oscar Nominations: 8", "Oscar Awards: 3", "Won: Eight Oscars",
 * "11 Nominations / 10 Wins", for the film the article is about (its most-named one). The film
 * is a guess, so the line is borne out or left unread, never refuted.
 */
export function checkCountLine(v: SentenceView): Claim[] {
  const line = v.text.slice(v.sentence.start, v.sentence.end);
  const label = COUNT_LABEL.exec(line);
  const pair = label ? undefined : PAIR_LINE.exec(line);
  if (!label && !pair) return [];
  // The film the box's own names share is known; the draft's most-named film is a guess, and so is,
  // in a box at the top of a piece before any film is named, the one film its own sentence names.
  const boxed = boxFilm(v);
  const own = v.mentions.filter((m) => m.kind === "film");
  const film = boxed ?? v.prior.focus() ?? (own.length === 1 && own[0].ids.length === 1 ? own[0].ids[0] : undefined);
  const nights = film === undefined ? [] : v.kb.ceremoniesOfFilm(film);
  if (film === undefined || nights.length !== 1) return [];
  const kb = v.kb;
  const rows = kb
    .nominationsOfFilm(film)
    .filter((i) => kb.isCompetitive(i) && kb.data.nominations.ceremony[i] === nights[0]);
  const said: { n: number; nominations: boolean; at: number; text: string }[] = [];
  if (label) {
    const n = numberValue(label.groups!.n.toLowerCase());
    // ("Awards: Seven nominations but only one win": a noun after the number says what it counts.)
    const rest = line.slice(label.index + label[0].length);
    const noun = /^\s+(nominations?|nods?|noms?|wins?|oscars?)\b/i.exec(rest);
    const nominations = /^(?:nominations?|nods?|noms?)$/i.test(noun?.[1] ?? label.groups!.what);
    // ("Awards: Seven Golden Globe nominations", "Awards: seven, of which one was won": after a label as loose
    // as "Awards", a word we cannot count leaves the number unread.)
    const loose = /^(?:awards|won)$/i.test(label.groups!.what) && !noun;
    if (loose && OTHER_COUNTED.test(rest)) return [];
    if (n !== undefined)
      said.push({ n, nominations, at: label.index + label[0].length - label.groups!.n.length, text: label.groups!.n });
    // ("Awards: Seven Oscars from eleven nominations": the whole after "from" or "out of".)
    const whole = n !== undefined && !nominations ? OUT_OF.exec(rest) : null;
    const total = whole ? numberValue(whole[1].toLowerCase()) : undefined;
    if (whole && total !== undefined) {
      const at = label.index + label[0].length + whole.indices![1][0];
      said.push({ n: total, nominations: true, at, text: whole[1] });
    }
    const wins = n !== undefined && nominations ? AND_COUNT.exec(rest) : null;
    const won = wins ? numberValue(wins[1].toLowerCase()) : undefined;
    if (wins && won !== undefined)
      said.push({ n: won, nominations: false, at: label.index + label[0].length + wins.indices![1][0], text: wins[1] });
  } else {
    const g = pair!.groups!;
    said.push({ n: Number(g.noms), nominations: true, at: line.indexOf(g.noms), text: g.noms });
    said.push({ n: Number(g.wins), nominations: false, at: line.lastIndexOf(g.wins), text: g.wins });
  }
  const title = kb.data.films[film].title;
  const label2 = kb.ceremonyLabel(nights[0]);
  const out: Claim[] = [];
  // ("Seven Oscars, one of them special", "Four Oscars for E.T."): a special award or another film said in the
  // line leaves a count that disagrees unsure.
  const forTitle = FOR_TITLE.exec(line)?.[1];
  const ownWord = (w: string) =>
    fold(title)
      .split(/\s+/)
      .includes(fold(w).replace(/(?:['’]s|\.)$/, ""));
  const unsure = SPECIAL.test(line) || (forTitle !== undefined && !/^best$/i.test(forTitle) && !ownWord(forTitle));
  for (const s of said) {
    const counted = s.nominations ? rows : rows.filter((i) => kb.won(i));
    const actual = counted.length;
    const start = v.sentence.start + s.at;
    const noun = s.nominations ? "nominations" : "Oscars";
    if (actual !== s.n) {
      if (boxed !== undefined && !unsure)
        out.push(wrongBoxCount(v, { ...s, start, title, night: nights[0], counted, noun }));
      continue;
    }
    out.push(
      claim({
        kind: "count",
        rule: "wrong-count",
        start,
        end: start + s.text.length,
        statement: `${title} ${s.nominations ? "had" : "won"} ${s.n} ${noun} at the ${label2}`,
        verdict: "supported",
        message: `${title}: ${actual} ${noun}`,
      }),
    );
  }
  out.push(...listedWins(v, line, rows, title, label2));
  return out;
}

/**
 * "Awards: Eight Oscars from 11 nominations, including Best Picture and Best Actor for Kingsley": each category
 * listed after "including" or "among them" that the box's film won that night is borne out. Whether the list
 * names wins or nominations the words do not settle, so one not won is left unread, never refuted.
 */
function listedWins(v: SentenceView, line: string, rows: number[], title: string, night: string): Claim[] {
  const from = INCLUDING.exec(line);
  if (!from) return [];
  const kb = v.kb;
  const at = v.sentence.start + from.index;
  const out: Claim[] = [];
  for (const m of v.mentions) {
    if (m.kind !== "category" || !m.category || m.start < at) continue;
    const won = rows.find((i) => kb.won(i) && recordIn(kb, m.category!, i));
    if (won === undefined) continue;
    // ("Best Actor for Hulce": a holder named after the category must be the winner's.)
    const holder = v.mentions.find((x) => x.kind === "person" && /^\s+for\s+$/.test(v.text.slice(m.end, x.start)));
    if (holder && !holder.ids.some((p) => kb.data.nominations.people[won].includes(p))) continue;
    const category = kb.view(won).category;
    const statement = `${title} won ${category} at the ${night}`;
    const base = { kind: "win" as const, rule: "wrong-winner", start: m.start, end: m.end, statement };
    out.push(claim({ ...base, verdict: "supported", message: `${category}: ${kb.describeWinner(won)}` }));
  }
  return out;
}

const INCLUDING = /\b(?:including|among them|among which)\b/i;

/**
 * A box's count line that heads its list ("Oscar Nominations: 8" above "Director: Michael
 * Curtiz", …): no film is known when it is read; it is read again once the block's names are.
 */
export function countLineAhead(v: SentenceView): boolean {
  const line = v.text.slice(v.sentence.start, v.sentence.end);
  if (!COUNT_LABEL.test(line) && !PAIR_LINE.test(line)) return false;
  return boxFilm(v) === undefined && v.prior.focus() === undefined && !v.mentions.some((m) => m.kind === "film");
}

/**
 * The film a fact box is about, from the names listed with its count in the same block
 * ("Director: Michael Curtiz", "Actor: Humphrey Bogart"): at least three people, and all but
 * one of them nominated for that one film.
 */
function boxFilm(v: SentenceView): number | undefined {
  // ("GANDHI (1982) | 191 min" opening the block: a heading naming one film and its year is the box's film.)
  const head = headingFilm(v);
  if (head?.ids.length === 1 && HEAD_YEAR.test(v.text.slice(head.end, head.end + 9))) return head.ids[0];
  const people = [...new Set(v.prior.people.filter((m) => m.ids.length === 1).map((m) => m.ids[0]))];
  if (people.length < 3) return undefined;
  const shared = new Map<number, number>();
  for (const p of people) {
    const films = new Set(v.kb.nominationsOfPerson(p).flatMap((i) => v.kb.data.nominations.films[i]));
    for (const f of films) shared.set(f, (shared.get(f) ?? 0) + 1);
  }
  const best = [...shared].filter(([, n]) => n >= 3 && n >= people.length - 1);
  return best.length === 1 ? best[0][0] : undefined;
}

/** After a loose label, words that count something else: another body's awards, or a part ("of which one"). */
const OTHER_COUNTED =
  /^\s*(?:(?:golden|globes?|bafta|baftas|sag|guild|critics|emmys?|special|honorary)\b|,?\s*of which\b)/i;
/** A special Oscar said ("one of them special", not "Special Effects" or "a special BAFTA"). */
const SPECIAL = /\b(?:special|honorary|juvenile)\b(?!\s+(?:effects|bafta|globe|jury|mention|prize|achievement in))/i;
/** A count said to be another title's: "Four Oscars for E.T." (a capitalised word after "for", case kept). */
const FOR_TITLE = /\b(?:Oscars?|oscars?|wins?|nominations?)\s+for\s+(\p{Lu}[\p{L}.'’-]*)/u;
const HEAD_YEAR = /^\s*\((?:19|20)\d\d\)/;

/** A box's count the data refutes, for the film the box's names share. */
function wrongBoxCount(
  v: SentenceView,
  s: { n: number; nominations: boolean; start: number; text: string; title: string; night: number } & {
    counted: number[];
    noun: string;
  },
): Claim {
  const kb = v.kb;
  const label = kb.ceremonyLabel(s.night);
  const right = numberLike(s.counted.length, s.text);
  const had = s.nominations ? "had" : "won";
  return settle(
    claim({
      kind: "count",
      rule: "wrong-count",
      start: s.start,
      end: s.start + s.text.length,
      statement: `${s.title} ${had} ${s.n} ${s.noun} at the ${label}`,
      verdict: "refuted",
      severity: "error",
      message: `At the ${label}, ${s.title} ${had} ${s.counted.length} competitive ${s.noun}, not ${s.n}.`,
      evidence: s.counted.map((i) => evidence(kb, i)),
      fixes: [fix(`Replace "${s.text}" with "${right}"`, right, s.start, s.start + s.text.length)],
    }),
  );
}

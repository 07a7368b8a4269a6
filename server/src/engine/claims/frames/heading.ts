/**
 * Lists under a category heading: a line that names only a category ("Best Actress 1935",
 * "Best Picture:") heads the lines after it, each naming a nominee without repeating the
 * category ("Elisabeth Bergner Escape Me Never", "• “Bugonia”", "Timothée Chalamet in
 * “Marty Supreme”"). Each line becomes a list frame of the heading's category: it holds up
 * when a nomination names its person (with the film, when one is given) or its film.
 */
import { CATEGORY_DEFS } from "../../categories";
import { fold } from "../../text/fold";
import type { Mention } from "../../mentions/types";
import type { SentenceView } from "../view";
import { statedCeremonies, type Frame } from "./bind";
import type { Clause, Unit } from "./clauses";
import { claim } from "../common";
import type { Claim } from "../types";

/** Words a heading may hold besides its category ("Best Picture nominees 2026:"). */
const HEADING_WORDS = new Set([
  ...["nominees", "nominations", "winners", "winner", "nominated", "and", "the", "oscar", "category", "for"],
  ...[":", "-", "\u2013", "\u2014", "\u2022", "*", "#", "(", ")", "|"],
]);
const MAX_LINE = 24;
/** Words an entry line joins its names with ("X in F", "X for F", "F by X"). */
const ENTRY_WORDS = new Set(["in", "for", "as", "and", "by", "from", "with", "winner", "won"]);

/** The category a line names alone, if it is a heading. */
export function headingOf(v: SentenceView): string | undefined {
  if (v.units.length > 10) return undefined;
  let category: string | undefined;
  for (let i = 0; i < v.units.length; i++) {
    const t = v.units[i];
    const m = /^<([A-Z])(\d+)>$/.exec(t);
    if (m) {
      const mention = v.mentions[Number(m[2])];
      if (mention.kind !== "category" || !mention.explicit || category) return undefined;
      category = mention.category;
    } else if (!HEADING_WORDS.has(t) && !/^(?:19|20)\d\d$/.test(t)) return undefined;
  }
  return category;
}

/** A short line of names with no predicate of its own: an entry of the list above it. */
export function isListLine(v: SentenceView, units: Unit[]): boolean {
  if (units.length > MAX_LINE) return false;
  if (v.text.slice(v.sentence.start, v.sentence.end).includes("\n")) return false;
  const names = units.filter((u) => u.mention?.kind === "person" || u.mention?.kind === "film").length;
  // "Timothée Chalamet in “Marty Supreme”" is an entry; "The night belonged to Anora." is prose.
  // Capitalised words are a title the data may spell otherwise ("Private Worlds"), not prose.
  const plain = (u: Unit) => /^\p{Ll}/u.test(v.text.slice(u.start, u.end)) && !ENTRY_WORDS.has(u.text);
  const words = units.filter((u) => !u.mention && plain(u)).length;
  return names > 0 && words <= 1 && !units.some((u) => u.cue === "win" || u.cue === "nominate" || u.cue === "neg");
}

/** One list frame per line: its person with its film, else each film. */
export function headingFrames(v: SentenceView, units: Unit[], clause: Clause, heading: string): Frame[] {
  const people = units.filter((u) => u.mention?.kind === "person").map((u) => u.mention!);
  const films = units.filter((u) => u.mention?.kind === "film").map((u) => u.mention!);
  if (people.length > 1 || (people.length === 0 && films.length === 0)) return [];
  const first = people[0] ?? films[0];
  const text = CATEGORY_DEFS.find((d) => d.key === heading)?.label ?? heading;
  const category: Mention = { ...first, kind: "category", category: heading, ids: [], explicit: true, text };
  const shared = { predicate: "list" as const, category, coref: false, past: false, cueAt: -1 };
  const stated = statedCeremonies(v, units, clause);
  const span = (ms: Mention[]) => ({ start: ms[0].start, end: ms[ms.length - 1].end });
  if (people.length === 1) {
    const film = films.slice(0, 1);
    return [
      { ...shared, ...stated, people, films: film, ...span([people[0], ...film].sort((a, b) => a.start - b.start)) },
    ];
  }
  return films.map((f) => ({ ...shared, ...stated, people: [], films: [f], ...span([f]) }));
}

/** A list entry: a bullet or number, a "name – film" pair, a short line with no full stop or colon, or blank. */
// ("Visual Effects: Contact": a category and its winner, a line of the list too.)
const ENTRY_LINE =
  /^\s*(?:[-*\u2022|]|\d+[.)])|\s[-\u2013\u2014:]\s|^\s*$|^[^.!?:]{1,80}$|^[^.!?:]{1,60}:\s+[^:]{1,100}$/u;

/**
 * "Other winners included:" or "The nominees:" above a list: what its entries claim. The
 * nearest line above that is not itself an entry decides; only one ending in a colon counts.
 */
export function listLeadIn(v: SentenceView): "win" | "nominate" | undefined {
  const line = leadInLine(v);
  // (Past the top of the block: the lead-in of a list set out in blocks of its own, carried in.)
  return line === undefined ? v.leadIn : leadOf(line ?? undefined);
}

/** A line ending in a colon leads the list under it. */
const LEAD_LINE = /:\s*$/;

/**
 * The lead-in a block leaves running for the blocks after it: its own last line's when that ends in a colon
 * ("LOS ANGELES (Reuters) - The main winners:"), else the one carried in while every line is an entry.
 */
export function leadInAfter(raw: string, carried: "win" | "nominate" | undefined): "win" | "nominate" | undefined {
  const lines = raw.split("\n").filter((l) => l.trim());
  const last = lines[lines.length - 1] ?? "";
  if (LEAD_LINE.test(last)) return leadOf(last);
  return carried && lines.every((l) => ENTRY_LINE.test(l)) ? carried : undefined;
}

/** What a lead-in line says its entries are. */
function leadOf(line: string | undefined): "win" | "nominate" | undefined {
  // "Snubbed by the nominations:", "Left out:": a list of who was not nominated.
  if (line === undefined || /\b(?:snub\w*|left out|missed out|overlooked|shut out|omitted|omissions)\b/i.test(line))
    return undefined;
  // A lead-in naming nominations too ("won four Oscars out of its five nominations:") lists nominees.
  if (/\bnominees\b|\bcontenders\b|\bnominations\b/i.test(line)) return "nominate";
  if (/\b(?:winners|wins)\b/i.test(line)) return "win";
  return undefined;
}

/**
 * The lead-in line above a list: the nearest one that is no entry and ends in a colon, or a Markdown heading;
 * null at a line of prose, undefined past the top of the block.
 */
function leadInLine(v: SentenceView): string | null | undefined {
  // Line by line upwards from this sentence's own line, within 2,000 characters.
  const floor = Math.max(0, v.sentence.start - 2000);
  let end = v.text.lastIndexOf("\n", v.sentence.start - 1);
  while (end > floor) {
    const start = Math.max(floor, v.text.lastIndexOf("\n", end - 1) + 1);
    const line = v.text.slice(start, end);
    end = start - 1;
    // "## Her nominations": a heading leads the list under it.
    if (/^\s*#{1,6}\s/.test(line)) return line;
    // (A line ending in a colon leads, a dateline's dash in it or not: "LOS ANGELES (Reuters) - The winners:".)
    if (LEAD_LINE.test(line)) return line;
    if (ENTRY_LINE.test(line)) continue;
    return null;
  }
  return floor === 0 ? undefined : null;
}

/**
 * A list line under "The nominees:" or "The winners:" with no category heading: each film or
 * person it names was nominated (won) at the article's night. Borne out or left unread, never
 * refuted: a retrospective list may be of another year.
 */
export function leadInClaims(v: SentenceView, units: Unit[]): Claim[] {
  const line = leadInLine(v) ?? undefined;
  const lead = leadOf(line);
  if (!lead) return [];
  // "Hepburn's nominations:" / "Her wins:": a person's own list, film by film.
  if (/\b(?:her|his)\b|['’]s\s+(?:nominations|wins)\b/i.test(line!)) return ownList(v, units, lead, line!);
  const night = v.ctx?.ceremony;
  if (night === undefined || v.ctx!.strength === "setting") return [];
  const kb = v.kb;
  const out: Claim[] = [];
  for (const u of units) {
    const m = u.mention;
    if ((m?.kind !== "film" && m?.kind !== "person") || m.ids.length !== 1) continue;
    const rows = (m.kind === "film" ? kb.nominationsOfFilm(m.ids[0]) : kb.nominationsOfPerson(m.ids[0])).filter(
      (i) => kb.data.nominations.ceremony[i] === night && kb.isCompetitive(i) && (lead === "nominate" || kb.won(i)),
    );
    if (rows.length === 0) continue;
    const verb = lead === "win" ? "won" : "was nominated";
    const statement = `${m.text} ${verb} at the ${kb.ceremonyLabel(night)}`;
    out.push(entryClaim(m, lead, statement, `${kb.view(rows[0]).category}: ${kb.describeWinner(rows[0])}`));
  }
  return out;
}

/** A person's own list ("Hepburn's nominations:" / "- Morning Glory (1933)"): each film named with them. */
function ownList(v: SentenceView, units: Unit[], lead: "win" | "nominate", line: string): Claim[] {
  const p = v.prior.lastPerson();
  if (!p || p.ids.length !== 1 || p.kind !== "person") return [];
  const kb = v.kb;
  const name = kb.data.people[p.ids[0]].name;
  // Whose list: the lead-in names the person ("Hepburn's"); "Her" alone may be anyone named before.
  if (!fold(line).includes(fold(name).split(" ").pop()!)) return [];
  const nom = kb.data.nominations;
  const out: Claim[] = [];
  for (const u of units) {
    const m = u.mention;
    if (m?.kind !== "film") continue;
    const rows = kb
      .nominationsOfPerson(p.ids[0])
      .filter(
        (i) => kb.isCompetitive(i) && nom.films[i].some((f) => m.ids.includes(f)) && (lead === "nominate" || kb.won(i)),
      );
    if (rows.length === 0) continue;
    const view = kb.view(rows[0]);
    const title = kb.data.films[nom.films[rows[0]][0]].title;
    const statement = `${name} ${lead === "win" ? "won" : "was nominated"} for ${title}`;
    out.push(
      entryClaim(m, lead, statement, `${view.category}, ${kb.ceremonyLabel(view.ceremony)}${view.won ? " (won)" : ""}`),
    );
  }
  return out;
}

/** A list entry borne out by the data: a win or a nomination claim over the entry's name. */
function entryClaim(m: Mention, lead: "win" | "nominate", statement: string, message: string): Claim {
  const win = lead === "win";
  return claim({
    kind: win ? "win" : "nomination",
    rule: win ? "wrong-winner" : "wrong-nomination",
    start: m.start,
    end: m.end,
    statement,
    verdict: "supported",
    message,
  });
}

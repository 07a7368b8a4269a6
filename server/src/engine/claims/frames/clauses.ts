/**
 * A sentence's skeleton units split into clauses, with what each unit is: a mention
 * (person, film, category, ceremony), a cue word, or plain text. Frames are built inside
 * one clause: a name in another clause never fills a slot.
 */
import type { Mention } from "../../mentions/types";
import type { SentenceView } from "../view";
import { CLAUSE_END, CLAUSE_OPENERS, cueOf, type CueKind } from "./cues";

export interface Unit {
  text: string;
  /** The mention this unit stands for, if it is a marker. */
  mention?: Mention;
  cue?: CueKind;
  start: number;
  end: number;
}

export interface Clause {
  /** Unit index range [from, to) in the sentence. */
  from: number;
  to: number;
}

const MARKER = /^<([PFCEA])(\d+)>$/;

export function unitsOf(v: SentenceView): Unit[] {
  return v.units.map((text, i) => {
    const m = text.charCodeAt(0) === 60 /* < */ ? MARKER.exec(text) : null;
    const u: Unit = { text, start: v.unitStart[i], end: v.unitEnd[i] };
    if (m) u.mention = v.mentions[Number(m[2])];
    else u.cue = cueOf(v.units, i);
    return u;
  });
}

/**
 * Clause boundaries: end punctuation, and a comma followed by a conjunction that opens a
 * new predicate (", but", ", while", ", and Y won"). ", and" joins list items unless a cue
 * word follows before the next comma.
 */
export function clausesOf(units: Unit[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  for (let i = 0; i < units.length; i++) {
    const t = units[i].text;
    let cut = CLAUSE_END.has(t);
    if (!cut && t === "," && CLAUSE_OPENERS.has(units[i + 1]?.text ?? "")) {
      cut = units[i + 1].text !== "and" || opensPredicate(units, i + 2);
    }
    if (cut) {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  if (units.length > from) out.push({ from, to: units.length });
  return out;
}

/** Whether a win or nomination cue comes before the next comma or clause end. */
function opensPredicate(units: Unit[], at: number): boolean {
  for (let k = at; k < units.length && k < at + 8; k++) {
    const t = units[k].text;
    if (t === "," || CLAUSE_END.has(t)) return false;
    const c = units[k].cue;
    if (c === "win" || c === "nominate" || c === "lose") return true;
  }
  return false;
}

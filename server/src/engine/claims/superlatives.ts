/**
 * A film's superlative: "F entered the night with the most nominations", "F won the most
 * Oscars of the evening", "the most nominations ever", "F tied G for most Oscar wins (11), a
 * record later tied by H". Borne out when the film's count tops its night, or equals the record
 * as it stood then; refuted only when nothing after the phrase narrows it ("of any comedy",
 * "since 1997") and its scope is said, or it is the article's own night.
 */
import { listText } from "../kb";
import { RECORD_LABEL, recordAsOf } from "../records";
import { claim, countsAt, nameOf, subjectOf, type Subject } from "./common";
import type { Claim } from "./types";
import { OTHER_BODY, hedged, saysOscar, spanOf, type SentenceView } from "./view";
import { isObject } from "./wins";

/** What there may be the most of. */
const MOST_NOUN = String.raw`(?:nominations|nods|noms|wins|oscars|awards|trophies|statuettes|victories)\b`;
const MOST = new RegExp(
  String.raw`\b(?:the )?most (?:(?:oscar|academy award|competitive) )?(?<what>${MOST_NOUN}|<E\d+>)` +
    String.raw`|\bthe most - ?nominated (?:film|movie|picture)\b`,
  "g",
);
const TIED = /<F(?<a>\d+)> (?:" )?(?:tied|ties|tying|matched|equall?ed) (?:" )?<F(?<b>\d+)>(?: ")? for (?:the )?$/;
const TIED_OBJECT = /\b(?:tied|ties|tying|matched|equall?ed) (?:" )?<F\d+>(?: ")? for (?:the )?$/;
/** " ever", " in Oscar history", " to date". */
const SCOPE_EVER = String.raw` ever| in (?:oscar |academy awards? )?history| of all time| to date| till date`;
/** " in a single night", " of the evening", " this year", " at the <E>". */
const SCOPE_NIGHT = String.raw` in (?:a single|one) (?:night|ceremony|year)| of the (?:night|evening|ceremony|year)`;
const SCOPE = String.raw`(?<scope>${SCOPE_EVER}|${SCOPE_NIGHT}| (?:this|that) year| at the <E\d+>)?`;
/** Words after a comma that narrow the phrase (", after Y", ", except Z"). */
const BUT = String.raw`after|behind|aside|apart|except|besides|save|bar`;
const OTHER_THAN = String.raw`other|among|outside|excluding|barring`;
const CLAUSE_END = String.raw`(?: [,.;:!)-](?! (?:${BUT}|${OTHER_THAN})\b)| and | with |$)`;
/** What may follow the phrase without narrowing it: a scope, a bracketed count, the clause's end (not ", after Y"). */
const PLAIN = new RegExp(String.raw`^(?: \( (?<n>\d{1,2}) \))?${SCOPE}(?: \( (?<n2>\d{1,2}) \))?${CLAUSE_END}`);
const ALL_TIME = /^ (?:ever|in|of all|to date|till date)/;
/** Words before the phrase that set the night as its scope. */
const NIGHT_BEFORE =
  /\b(?:entered|entering|went into|going into|headed into|heading into|these awards|this year|led|leading)\b/;
/** "a record that was": the record of the clause. */
const A_RECORD = String.raw`^[^.;]*?\b(?:a|the) record (?:that |which )?(?:was |has been |is )?`;
/** "(later) tied by F" (group z). */
const TIED_BY = String.raw`(?:again |later |since |also )?(?:tied|matched|equall?ed) by (?:" |' )?<F(?<z>\d+)>`;
const RETIED = new RegExp(A_RECORD + TIED_BY);

export function checkSuperlatives(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  // A question; or in a Globes or BAFTA piece, or beside another body's name, the count may be that body's.
  if (v.sk.includes("?") || (v.otherBodies && !saysOscar(v)) || OTHER_BODY.test(v.sk) || /<A\d/.test(v.sk)) return out;
  for (const m of v.sk.matchAll(MOST)) {
    const pre = v.sk.slice(0, m.index);
    // ("the second-most nominations", "most nominations without a win": other readers, other records.)
    if (/(?:- |second |third )$/.test(pre) || hedged(pre.slice(-40))) continue;
    const rest = v.sk.slice(m.index! + m[0].length);
    const plain = PLAIN.exec(rest);
    if (!plain) continue;
    const wins = !/nomin|nods|noms/.test(m[0]);
    const said = plain.groups!.n ?? plain.groups!.n2;
    const scope = plain.groups!.scope ?? "";
    // ("…, tying the record …, and won the most Oscars of the evening": a night said outranks a record nearby.)
    const nightSaid = /\b(?:night|evening|ceremony)\b/.test(scope);
    const allTime = ALL_TIME.test(scope) || (!nightSaid && /\brecord\b/.test(pre.split(/ [;.] /).pop() ?? ""));
    const nightScope = !allTime && (scope !== "" || NIGHT_BEFORE.test(pre.split(/ [;.,] /).pop() ?? ""));
    const end = m.index! + m[0].length + (said ? plain[0].indexOf(")") + 1 : 0);
    const tied = TIED.exec(pre);
    // ("X tied G for …" with X unknown: G is the object, no holder.)
    if (!tied && TIED_OBJECT.test(pre)) continue;
    const holders = tied ? [tied.groups!.a, tied.groups!.b].map((i) => filmOf(v, Number(i))) : [holderOf(v, pre)];
    if (holders.some((h) => !h)) continue;
    const at = holders.map((h) => nightOf(v, h!));
    if (at.some((c) => c === undefined)) continue;
    const range = spanOf(v, tied ? tied.index! : holderAt(v, holders[0]!), end);
    const c = verify(v, holders as Subject[], at as number[], { wins, allTime, nightScope, said, range });
    if (!c) continue;
    out.push(c);
    // "…, a record that was again tied by H": H's count is the record's.
    const again = c.verdict === "supported" ? RETIED.exec(v.sk.slice(end)) : null;
    const h = again ? filmOf(v, Number(again.groups!.z)) : undefined;
    const hc = h ? nightOf(v, h) : undefined;
    if (h && hc !== undefined) {
      const n = countsAt(v.kb, hc, wins).get(h.ids[0]) ?? 0;
      const record = countsAt(v.kb, at[0]!, wins).get(holders[0]!.ids[0]) ?? 0;
      const z = h.mention;
      const base = { kind: "record" as const, rule: "wrong-record", start: z.start, end: z.end };
      const statement = `${nameOf(v.kb, h)} tied the record of ${record} ${wins ? "Oscars" : "nominations"}`;
      out.push(
        n === record
          ? claim({ ...base, statement, verdict: "supported", message: `${n} at the ${v.kb.ceremonyLabel(hc)}` })
          : wrong({ ...base, statement, message: `${nameOf(v.kb, h)} had ${n}, not ${record}.` }),
      );
    }
  }
  return out;
}

interface How {
  wins: boolean;
  allTime: boolean;
  nightScope: boolean;
  said?: string;
  range: { start: number; end: number };
}

function verify(v: SentenceView, hs: Subject[], at: number[], how: How): Claim | undefined {
  const kb = v.kb;
  const noun = how.wins ? "Oscars" : "nominations";
  const mine = hs.map((h, i) => countsAt(v.kb, at[i], how.wins).get(h.ids[0]) ?? 0);
  const names = hs.map((h) => nameOf(kb, h));
  const record = recordAsOf(kb.data.records[how.wins ? "filmWinsInNight" : "filmNominations"], Math.max(...at));
  const night = at.every((c) => c === at[0]) ? countsAt(v.kb, at[0], how.wins) : undefined;
  const top = night ? Math.max(0, ...night.values()) : undefined;
  const base = { kind: "record" as const, rule: "wrong-record", ...how.range };
  const who = names.length > 1 ? `${names[0]} tied ${names[1]} for` : `${names[0]} had`;
  const when = how.allTime || !night ? " on record" : ` at the ${kb.ceremonyLabel(at[0])}`;
  const statement = `${who} the most ${noun}${when}`;
  const same = mine.every((n) => n === mine[0]);
  const n = mine[0];
  if (how.said && Number(how.said) !== n)
    return same ? wrong({ ...base, statement, message: `${names[0]} had ${n} ${noun}, not ${how.said}.` }) : undefined;
  const tops = !how.allTime && top !== undefined && n === top;
  const isRecord = n === record.count;
  if (same && (tops || isRecord)) {
    const message = tops
      ? `${n} ${noun}, the most at the ${kb.ceremonyLabel(at[0])}`
      : `${n} ${noun}, the record for ${RECORD_LABEL[how.wins ? "filmWinsInNight" : "filmNominations"]} then`;
    return claim({ ...base, statement, verdict: "supported", message });
  }
  // A tie between unequal counts is wrong whatever the scope.
  if (!same) {
    const each = names.map((s, i) => `${s} had ${mine[i]}`).join(", ");
    return wrong({ ...base, statement, message: `No tie: ${each} ${noun}.` });
  }
  const ownNight = v.ctx && v.ctx.strength !== "setting" && v.ctx.ceremony === at[0];
  if (how.allTime && n < record.count) {
    const by = listText(record.holders.map((e) => kb.data.films[e.holder].title));
    return wrong({
      ...base,
      statement,
      message: `${names[0]} had ${n} ${noun}; the record then was ${record.count} (${by}).`,
    });
  }
  if (night && top !== undefined && !how.allTime && (how.nightScope || ownNight) && n < top) {
    const leaders = [...night.entries()].filter(([, k]) => k === top).map(([f]) => kb.data.films[f].title);
    const label = kb.ceremonyLabel(at[0]);
    return wrong({
      ...base,
      statement,
      message: `At the ${label}, ${listText(leaders)} had the most ${noun} (${top}); ${names[0]} had ${n}.`,
    });
  }
  return undefined;
}

const wrong = (c: Omit<Claim, "fixes" | "evidence" | "verdict" | "severity">): Claim =>
  claim({ ...c, verdict: "refuted", severity: "error" });

/** Competitive nominations (or wins) of each film at a ceremony. */
/** The one film named before the phrase that is no object: the clause's subject. */
function holderOf(v: SentenceView, pre: string): Subject | undefined {
  // The clause: after a full stop, a semicolon or a contrasting conjunction ("…, but F won the most").
  const clause = pre.split(/ [;.] | , (?:but|while|whereas|although|though|yet) /).pop() ?? "";
  const offset = pre.length - clause.length;
  const free = [...clause.matchAll(/<([PF])(\d+)>( 's)?/g)].filter(
    (n) => !n[3] && !isObject(pre.slice(0, offset + n.index!).replace(/(?: ["'`]+)+$/, "")),
  );
  const films = new Set(free.map((n) => (n[1] === "F" ? v.mentions[Number(n[2])].ids.join() : "person")));
  if (films.size !== 1 || films.has("person")) return undefined;
  return filmOf(v, Number(free[0][2]));
}

function filmOf(v: SentenceView, i: number): Subject | undefined {
  const m = v.mentions[i];
  if (m?.kind !== "film") return undefined;
  // A title two films share: the one of the article's night, if it is one of them.
  const ids =
    m.ids.length > 1 && v.ctx ? m.ids.filter((f) => v.kb.ceremoniesOfFilm(f).includes(v.ctx!.ceremony)) : m.ids;
  return ids.length === 1 ? subjectOf({ ...m, ids }) : undefined;
}

function nightOf(v: SentenceView, h: Subject): number | undefined {
  const nights = v.kb.ceremoniesOfFilm(h.ids[0]);
  return nights.length === 1 ? nights[0] : undefined;
}

function holderAt(v: SentenceView, h: Subject): number {
  return v.sk.indexOf(`<F${v.mentions.findIndex((m) => m.start === h.mention.start)}>`);
}

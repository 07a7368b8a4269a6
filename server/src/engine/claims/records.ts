/**
 * Record claims the data decides: "tying the record set by Walt Disney", "Walt Disney,
 * who set the record in 1954", "became the first to win four Oscars in one night".
 * Each record is read as it stood at the ceremony in question (records.ts keeps history).
 */
import type { RecordEntry, Records } from "../dataset";
import type { KnowledgeBase } from "../kb";
import { listText } from "../kb";
import { RECORD_LABEL, recordAsOf } from "../records";
import { NUM, numberValue, ordinalSuffix } from "../text/fold";
import { claim, nameOf, subjectOf, type Subject } from "./common";
import type { Claim } from "./types";
import type { Mention } from "../mentions/types";
import type { SentenceView } from "./view";
import { subjectBefore } from "./wins";
import { RECORD_SET } from "./frames/cues";

const TIE = /\b(?:tying|tied|ties|matching|matched|equall?ing|equall?ed)\s+(?:the|a)\s+record\b/i;
const SET_IN = /<P(\d+)> (?:, )?(?:who )?(?:set|established) (?:the|a) record in ((?:19|20)\d\d)\b/g;
const FIRST_TO =
  /\b(?:became|becomes|is|was|becoming) the first (?:[a-z'-]+ ){0,3}to win (\w+) (?:oscars|academy awards|awards|statuettes) (?:in|on|at) (?:a single|one|the same|a) (?:night|ceremony|evening)/i;

type Kind = keyof Records;

const LABEL = RECORD_LABEL;

function who(kb: KnowledgeBase, e: RecordEntry): string {
  return `${e.kind === "person" ? kb.data.people[e.holder].name : kb.data.films[e.holder].title} (${ordinalSuffix(e.ceremony)}, ${kb.heldYearOf(e.ceremony)})`;
}

/**
 * Which record a sentence speaks of, from its words and its subject: the count noun nearest
 * before the tie ("14 nominations and 11 wins, tying the record" ties the wins).
 */
function kindOf(sentence: string, subj: Subject, tieAt = sentence.length): Kind | undefined {
  // "the record for the most nominations without a win": a record the data's tables do not keep.
  if (/\bwithout (?:a |an |any )?(?:win|oscar|award|victory)\b|\bno wins\b/i.test(sentence)) return undefined;
  // "won all nine of its nominations, tying the record": a sweep, read by the sweeps reader.
  if (/\ball (?:\w+ )?(?:of )?(?:its|their|his|her) (?:\w+ )?nominations\b/i.test(sentence)) return undefined;
  // "tied the record for nominations": the record's own noun says which; else the nearest count noun
  // before the tie, not the night's name ("At the 89th Academy Awards, …").
  const own = RECORD_NOUN.exec(sentence.slice(tieAt))?.[1];
  const nouns = [
    ...sentence.slice(0, tieAt).matchAll(/\b(nominations?|nods?|(?<!the )oscars|(?<!academy )awards|wins)\b/gi),
  ];
  // ("went in with 13 nominations and won eight, matching the record": a count won, nearer, is of wins.)
  const won = [...sentence.slice(0, tieAt).matchAll(WON_COUNT)].pop();
  const noun = nouns[nouns.length - 1];
  const wonLater = !!won && (!noun || won.index! > noun.index!);
  const last = (own ?? (wonLater ? "wins" : noun?.[1]))?.toLowerCase();
  const nominations = last ? /^no/.test(last) : /\bnominations?\b|\bnods?\b/i.test(sentence);
  if (nominations) return subj.kind === "film" ? "filmNominations" : undefined;
  if (/\b(?:night|ceremony|evening)\b/i.test(sentence) || /\boscars\b|\bawards\b|\bwins\b/i.test(sentence))
    return subj.kind === "person" ? "personWinsInNight" : "filmWinsInNight";
  return undefined;
}

/** "won eight", "took 11": a count a verb of winning takes, its noun left out. */
const WON_VERB = String.raw`(?:won|wins|took|takes|collected|swept|scooped)`;
const WON_COUNT = new RegExp(String.raw`\b${WON_VERB}\s+${NUM}\b`, "gi");

const RECORD_NOUN =
  /^\S+ (?:the|a) record (?:for|of) (?:the )?(?:most )?(?:\w+ )?(nominations|nods|oscars|awards|wins)\b/i;

/** The subject's own count at a ceremony for a record kind. */
function countAt(kb: KnowledgeBase, kind: Kind, subj: Subject, c: number): number {
  const list = kb.data.records[kind].filter((e) => e.ceremony === c && subj.ids.includes(e.holder));
  return Math.max(0, ...list.map((e) => e.count));
}

/** Where the phrase naming a record's setter ends: a comma, a semicolon, a full stop that ends no initial. */
const SETTER_END = /[,;]|(?<!\b[A-Z])\./;
/** "set by", "held by", "shared by" (a record's holders): what names them after the record's noun. */
const SET_BY = new RegExp(String.raw`^\s*(?:of|[^,;.]*?\b(?:${[...RECORD_SET, "shared"].join("|")})\s+by)\s`, "i");

export function checkRecords(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  const kb = v.kb;
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const tie = TIE.exec(text);
  if (tie && v.ctx) {
    const at = v.sk.search(/\b(?:tying|tied|ties|matching|matched|equall?ing|equall?ed) (?:the|a) record\b/);
    const subj = at >= 0 ? subjectBefore(v, at) : undefined;
    const kind = subj ? kindOf(text, subj, tie.index) : undefined;
    // ("Titanic tied the record of 11 wins" in a piece on a later night: a film's record is its own night's.)
    // (A title several films share: the one of a year the sentence names, "the 1998 telecast".)
    const own = subj?.kind === "film" ? [...new Set(subj.ids.flatMap((id) => kb.ceremoniesOfFilm(id)))] : [];
    const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].flatMap((y) => kb.ceremoniesHeldIn(Number(y[0])));
    const dated = own.length > 1 ? own.filter((n) => years.includes(n)) : own;
    const night = dated.length === 1 ? dated[0] : v.ctx.ceremony;
    // (Two films of the title, no year to choose: not the article's night, which neither may be.)
    const unsure = own.length > 1 && dated.length !== 1 && !own.includes(v.ctx.ceremony);
    if (subj && kind && !unsure) {
      const start = v.sentence.start + tie.index;
      const base = {
        kind: "record" as const,
        rule: "wrong-record",
        start,
        end: start + tie[0].length,
        statement: `${nameOf(kb, subj)} tied the record for ${LABEL[kind]} at the ${kb.ceremonyLabel(night)}`,
      };
      const before = recordAsOf(kb.data.records[kind], night - 1);
      const mine = countAt(kb, kind, subj, night);
      // The holder named with the record ("the record set by Ben-Hur", "held by All About Eve"), not
      // any name later in the sentence ("…, still won six Oscars, including best actress for Emma Stone").
      const rest = v.text.slice(start + tie[0].length, v.sentence.end);
      // ("the record for the most Oscars won by one person in a single night set by Walt Disney": after its noun.)
      const setBy = SET_BY.exec(rest);
      const by = setBy ? start + tie[0].length + setBy[0].length - 1 : -1;
      // (Not the full stop of an initial: "set by Joseph L. Mankiewicz's All About Eve".)
      const stop = v.text.slice(by + 1, v.sentence.end).search(SETTER_END);
      const clauseEnd = by < 0 ? -1 : by + (stop + 1 || rest.length);
      const inSetter = (m: Mention) => by >= 0 && m.start > by && m.start < clauseEnd;
      const named = v.mentions
        .filter((m) => (m.kind === "person" || m.kind === "film") && inSetter(m))
        .map((m) => m.ids)
        .flat();
      // ("tying a record set by Walt Disney at the 26th": that night is the setter's, not the subject's.)
      const nights = v.mentions.filter((m) => m.kind === "ceremony" && !m.implicit);
      const settersNight = nights.length > 0 && nights.every(inSetter);
      const holderOk = named.length === 0 || before.holders.some((h) => named.includes(h.holder));
      // (With the night the setter's, the subject's own is unknown and its count is not read.)
      if (!settersNight && mine === before.count && holderOk)
        out.push(
          claim({
            ...base,
            verdict: "supported",
            message: `${mine}, as ${listText(before.holders.map((h) => who(kb, h)))}`,
          }),
        );
      // A holder found through "the film" or "it" may be the wrong one: borne out or left unread.
      else if (!settersNight && (mine > 0 || before.count > 0) && !subj.coref) {
        const holders = listText(before.holders.map((h) => who(kb, h)));
        const label = kb.ceremonyLabel(night);
        const record = `the record for ${LABEL[kind]} was ${before.count} (${holders})`;
        out.push(
          claim({
            ...base,
            verdict: "refuted",
            severity: "error",
            message:
              mine === before.count
                ? `The record of ${before.count} ${LABEL[kind]} was held by ${holders}, not by the one named.`
                : `Before the ${label}, ${record}; ${nameOf(kb, subj)} had ${mine} that night.`,
          }),
        );
      }
    }
  }
  for (const m of v.sk.matchAll(SET_IN)) {
    const subj = subjectOf(v.mentions[Number(m[1])])!;
    const year = Number(m[2]);
    const span = v.mentions[Number(m[1])];
    const base = {
      kind: "record" as const,
      rule: "wrong-record",
      start: span.start,
      end: span.end,
      statement: `${nameOf(kb, subj)} set a record in ${year}`,
    };
    const kinds = Object.keys(kb.data.records) as Kind[];
    const setters = kinds.flatMap((k) =>
      kb.data.records[k]
        .filter((e) => subj.ids.includes(e.holder) && e.count > recordAsOf(kb.data.records[k], e.ceremony - 1).count)
        .map((e) => ({ k, e })),
    );
    const hit = setters.find(({ e }) => kb.heldYearOf(e.ceremony) === year);
    if (hit)
      out.push(
        claim({
          ...base,
          verdict: "supported",
          message: `${hit.e.count} ${LABEL[hit.k]} at the ${kb.ceremonyLabel(hit.e.ceremony)}`,
        }),
      );
    else if (setters.length)
      out.push(
        claim({
          ...base,
          verdict: "refuted",
          severity: "error",
          message: `${nameOf(kb, subj)} set the record for ${LABEL[setters[0].k]} (${setters[0].e.count}) at the ${kb.ceremonyLabel(setters[0].e.ceremony)}, not in ${year}.`,
        }),
      );
    else out.push(claim({ ...base, verdict: "unverifiable", message: `No record of ${nameOf(kb, subj)} in the data` }));
  }
  const c = v.ctx?.ceremony;
  const first = FIRST_TO.exec(text);
  if (first && c !== undefined) {
    const n = numberValue(first[1].toLowerCase());
    const at = v.sk.search(/\b(?:became|becomes|is|was|becoming) the first\b/);
    const subj = at >= 0 ? subjectBefore(v, at) : undefined;
    if (n && subj?.kind === "person") {
      const start = v.sentence.start + first.index;
      const base = {
        kind: "record" as const,
        rule: "wrong-record",
        start,
        end: start + first[0].length,
        statement: `${nameOf(kb, subj)} was the first to win ${n} Oscars in one night`,
      };
      const earlier = kb.data.records.personWinsInNight.filter((e) => e.ceremony < c && e.count >= n);
      const mine = countAt(kb, "personWinsInNight", subj, c);
      if (earlier.length)
        out.push(
          claim({
            ...base,
            verdict: "refuted",
            severity: "error",
            message: `${listText(
              earlier
                .sort((a, b) => a.ceremony - b.ceremony)
                .slice(0, 3)
                .map((e) => `${who(kb, e)}: ${e.count}`),
            )} won ${n} or more in one night before the ${kb.ceremonyLabel(c)}.`,
          }),
        );
      else if (mine >= n)
        out.push(
          claim({ ...base, verdict: "supported", message: `${mine} at the ${kb.ceremonyLabel(c)}; no one before` }),
        );
    }
  }
  return out;
}

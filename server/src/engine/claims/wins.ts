/**
 * Win claims: "X won Best Y", "Best Y went to X", "wins in cinematography and sound",
 * "accepts the Best Picture award for Anora", "with five wins: Best Picture, ...".
 */
import type { Mention } from "../mentions/types";
import {
  AWARD_NOUN,
  LIST,
  STRONG,
  WIN_VERB,
  ceremonyFor,
  claim,
  oscarCorefFilm,
  corefPerson,
  categoryFix,
  evidence,
  involves,
  listFix,
  nameOf,
  nominationsOf,
  settle,
  subjectOf,
  winnerFix,
  winsText,
  type Subject,
} from "./common";
import type { Claim } from "./types";
import { TIME_PREPOSITION } from "./frames/cues";
import { hedged, markers, otherBody, spanOf, type SentenceView } from "./view";

const FILLER = String.raw`(?: (?:the|an|a|single|their|its|his|her|coveted|prestigious|top|major|big|historic|surprise|well-deserved|night's|first|first-ever|oscar|academy award))*`;
const VERB_LIST = new RegExp(
  String.raw`(?<![\w-])(?<verb>${WIN_VERB})${FILLER}(?: ${AWARD_NOUN})?(?: (?:for|in))?(?: (?:the|best|its|his|her|their))? (?<list>${LIST})`,
  "g",
);
const INCLUDING = new RegExp(String.raw`(?:including|:|as well as wins? for|as well as) (?<list>${LIST})`, "g");
const WENT_TO = new RegExp(
  String.raw`(?<list>${LIST}) (?:award |oscar |prize )?(?:went|goes|was awarded|were awarded|was given) to (?<target><[PF]\d+>)`,
  "g",
);
const NOUN_WIN = new RegExp(String.raw`(?<list>${LIST}) (?:win|victory|triumph)\b`, "g");
const WINNER_OF = new RegExp(String.raw`(?<list><C\d+>) (?:winner|winners|recipient) (?<target><[PF]\d+>)`, "g");
const PRIOR_WIN = /(?:won|wins|took home|claimed|collected|awards|oscars|trophies|statuettes|wins|victories)\b/;

interface Item {
  category: number;
  target?: number;
  start: number;
  end: number;
}

function items(v: SentenceView, list: string, offset: number): Item[] {
  const out: Item[] = [];
  for (const m of list.matchAll(
    /<C(\d+)>(?:(?: award| oscar| statuette| trophy| prize))?(?: for (?:" |' )?<([PF])(\d+)>)?/g,
  )) {
    out.push({
      category: Number(m[1]),
      target: m[3] !== undefined ? Number(m[3]) : undefined,
      start: offset + m.index!,
      end: offset + m.index! + m[0].length,
    });
  }
  return out;
}

/** "KUALA LUMPUR March 3, 2025 –" before the sentence proper. */
const DATELINE =
  /^(?:(?:[a-z .]+ )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2} , \d{4} - |(?:at|during|on|in|after|before|for) (?:the )?<E\d+>(?: [a-z]+){0,3} , )/;

/** Words before a name that make it an object, not the subject ("starring Adrien Brody"). */
const OBJECT_CUE =
  /(?:^|\s)(?:starring|by|with|of|for|from|to|in|featuring|including|against|as|like|alongside|over|than|behind|beat|beating)\s*$/;

/**
 * Whether the name ending `pre` is an object. "and" makes one only when it continues
 * a list of objects ("starring A and B"), not after ", and" joining two clauses.
 */
export function isObject(pre: string): boolean {
  if (OBJECT_CUE.test(pre)) return true;
  const and = /(?:^|\s)(,\s)?and\s*$/.exec(pre);
  if (!and || and[1]) return false;
  const before = pre.slice(0, and.index);
  const prev = /<[PF]\d+>(?: ,)?\s*$/.exec(before);
  return !!prev && isObject(before.slice(0, prev.index));
}

/** A short aside of plain words between a name and its verb: ", with eight ,", ", a papal drama ,". */
const PLAIN_ASIDE = String.raw`(?: , (?!(?:and|or|but|who|which|that)\b)[a-z0-9' -]{1,40} ,)`;
/** "Dev Patel (Lion) won": the film in brackets after a person is theirs, not the subject. */
const FILM_IN_BRACKETS = String.raw`(?: \( (?:" )?<F\d+>(?: ")? \))`;
const ASIDE = String.raw`(?: ")?(?:${PLAIN_ASIDE}|${FILM_IN_BRACKETS})?`;

/** Words that may stand between a subject and its verb ("has also", "was", "received a"). */
const BETWEEN =
  "has|had|have|also|already|just|reportedly|eventually|ultimately|finally|then|later|officially|deservedly|" +
  "was|were|is|are|been|being|received|earned|got|scored|landed|garnered|a|an|his|her|its|their|recognized|" +
  "recognised|with";
const NEAR_SUBJECT = new RegExp(
  String.raw`<([PF])(\d+)>${ASIDE}(?: ,)?(?: (?:who|which|that))?(?: (?:${BETWEEN}))*\s*$`,
);

/** "X , who …" with no comma after "who" before the end: the relative clause's head, still open. */
const RELATIVE_OPEN = /(?:<([PF])(\d+)>)? , (?:who|which) [^,]*$/;

/**
 * Subject of a verb at skeleton index `at` (`verb`: a finite verb, which a clause of its own may
 * govern): the name right before it, the sentence's subject, or "the film".
 */
export function subjectBefore(v: SentenceView, at: number, verb = false): Subject | undefined {
  const pre = v.sk.slice(0, at);
  // "the former" / "the latter": the frames read which one; a name before it is not the subject.
  if (/\bthe (?:former|latter)(?: (?:was|is|had|has|also|later))*\s*$/.test(pre)) return undefined;
  const near = NEAR_SUBJECT.exec(pre);
  // ("X, who shared the top prize with Y, went home with three": Y ends the relative clause; X is the subject.)
  // (A head we cannot read, "Bong, who …", is no one we know; the name closing the clause is still not it.)
  const open = near && /^<[PF]\d+> ,\s*$/.test(near[0]) ? RELATIVE_OPEN.exec(pre.slice(0, near.index)) : null;
  if (open) return open[2] ? subjectOf(v.mentions[Number(open[2])]) : undefined;
  // ("F, a film of Army life before Pearl Harbor, won …": a time's object closing an aside is no subject.)
  const timeObject =
    !!near && / ,/.test(near[0]) && TIME_PREPOSITION.test(/(\S+)\s*$/.exec(pre.slice(0, near.index))?.[1] ?? "");
  if (near && !timeObject && !isObject(pre.slice(0, near.index))) return subjectOf(v.mentions[Number(near[2])]);
  // "…, and Billie Eilish's ballad won": a verb after a conjunction with a subject of its own.
  if (verb && ownSubject(pre)) return undefined;
  const names = [...pre.matchAll(/<([PF])(\d+)>( 's)?/g)];
  const free = names.filter((n) => !n[3] && !isObject(pre.slice(0, n.index)));
  const start = DATELINE.exec(pre)?.[0].length ?? 0;
  // The sentence's own subject ("Dune: Part Two, Villeneuve's epic, ... racking up wins").
  if (free.length === 1 && free[0].index! - start <= 12) return subjectOf(v.mentions[Number(free[0][2])]);
  // "The night also saw Conclave, a papal drama, claim a single Oscar".
  if (free.length === 1 && /\b(?:saw|sees|see|watched|watch)\s*$/.test(pre.slice(0, free[0].index)))
    return subjectOf(v.mentions[Number(free[0][2])]);
  // ("It was his second Oscar, and he had already won …": a pronoun right before the verb is its subject.)
  const pronoun = /\b(he|she|they)(?: (?:has|had|also|already|just))*\s*$/.exec(pre);
  if (pronoun) return corefPerson(v, pronoun[1]);
  if (/^(?:the film|the movie|the picture|it)\b/.test(pre.slice(start)) && free.length === 0) {
    // ("Zhao's pic was the frontrunner. It had won …, then took …": "it" goes on with the film the sentence before
    // opened on.)
    const opened = /^it\b/.test(pre.slice(start)) ? v.prior.filmSubject : undefined;
    return opened ? subjectOf(opened, true) : oscarCorefFilm(v);
  }
  const noun = FILM_NOUN_BEFORE.test(pre);
  if (
    noun ||
    /\b(?:it|its)(?: (?:has|had|also|already|just|'s))*\s*$/.test(pre) ||
    (/^(?:with |also )?its\b/.test(pre) && names.length === 0)
  ) {
    // ("A nomination came for the comedy F; X was nominated too, and the film won one": the film the sentence
    // named last, not one it was beaten by, before the one the sentences before named.)
    const own = noun ? names.filter((n) => n[1] === "F" && !BEATEN_BY.test(pre.slice(0, n.index))).pop() : undefined;
    return own ? subjectOf(v.mentions[Number(own[2])]) : oscarCorefFilm(v);
  }
  return undefined;
}

/** "the film", "the drama" right before the verb (perhaps "had", "also"). */
const FILM_NOUN_BEFORE =
  /\b(?:the film|the movie|the picture|the drama|the musical|the comedy)(?: (?:has|had|also|already|just|'s))*\s*$/;
/** Words before a film that make it what another was beaten by or compared with. */
const BEATEN_BY = /\b(?:to|over|than|beat|beating|beats|against|unlike|like)\s*(?:the\s+)?$/;

/** Words that may stand between a clause's conjunction and a verb that shares the sentence's subject. */
const SHARED = new Set(
  (
    "also then later eventually ultimately finally still again too has had have was were is are " +
    "he she it they who which went on to"
  ).split(" "),
);
const JOINER = /(?:, (?:and|but|while|whereas|yet)|;) /g;

/** The verb ending `pre` follows a conjunction and a subject of its own ("…, and the ballad, from F, won"). */
function ownSubject(pre: string): boolean {
  let after = -1;
  for (const m of pre.matchAll(JOINER)) after = m.index! + m[0].length;
  const words =
    after < 0
      ? []
      : pre
          .slice(after)
          .split(" ")
          .filter((w) => w && w !== ",");
  return words.some((w) => !SHARED.has(w));
}

const NOMINATION_NEXT = /^ (?:nominations?|nods?|noms?|bids?)\b/;

export function checkWins(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  const done = new Set<string>();
  const emit = (subject: Subject | undefined, it: Item, listItems: Item[], listFrom: number, listTo: number) => {
    // ("earning a best actor nomination": the noun after the category says it was a nomination.)
    if (NOMINATION_NEXT.test(v.sk.slice(it.end, it.end + 14))) return;
    const cat = v.mentions[it.category];
    let subj = subject;
    let forFilm: number[] | undefined;
    if (it.target !== undefined) {
      const target = subjectOf(v.mentions[it.target]);
      if (target?.kind === "person") {
        if (subj?.kind === "film" && !subj.coref) forFilm = subj.ids;
        subj = target;
      } else if (target?.kind === "film") {
        if (
          subj?.kind === "person" &&
          (cat.category === "actor" ||
            cat.category === "actress" ||
            cat.category?.startsWith("supporting") ||
            cat.category === "director")
        )
          forFilm = target.ids;
        else subj = target;
      }
    }
    if (!subj || !cat.category || otherBody(v, it.start, it.end)) return;
    const key = `${it.category}:${subj.kind}:${subj.ids.join(",")}`;
    if (done.has(key)) return;
    done.add(key);
    const listSpan = listItems.length > 1 ? spanOf(v, listFrom, listTo) : undefined;
    out.push(verifyWin(v, subj, cat, forFilm, listSpan));
  };

  for (const m of v.sk.matchAll(VERB_LIST)) {
    const listAt = m.index! + m[0].length - m.groups!.list.length;
    if (hedged(v.sk.slice(Math.max(0, m.index! - 40), listAt))) continue;
    const subj = subjectBefore(v, m.index!, true);
    const its = items(v, m.groups!.list, listAt);
    for (const it of its) emit(subj, it, its, listAt, listAt + m.groups!.list.length);
  }
  for (const m of v.sk.matchAll(INCLUDING)) {
    const pre = v.sk.slice(0, m.index!);
    if (!PRIOR_WIN.test(pre) || hedged(pre) || /nominat|nods?\b/.test(pre)) continue;
    const verb = [...pre.matchAll(new RegExp(String.raw`(?<![\w-])${WIN_VERB}\b|\bwins\b`, "g"))][0];
    const subj = verb ? subjectBefore(v, verb.index!) : subjectBefore(v, m.index!);
    const listAt = m.index! + m[0].length - m.groups!.list.length;
    const its = items(v, m.groups!.list, listAt);
    for (const it of its) emit(subj, it, its, listAt, listAt + m.groups!.list.length);
  }
  for (const re of [WENT_TO, WINNER_OF]) {
    for (const m of v.sk.matchAll(re)) {
      if (hedged(m[0])) continue;
      const target = subjectOf(v.mentions[Number(markers(m.groups!.target)[0])]);
      const its = items(v, m.groups!.list, m.index!);
      for (const it of its) emit(target, { ...it, target: undefined }, [it], m.index!, m.index!);
    }
  }
  for (const m of v.sk.matchAll(NOUN_WIN)) {
    if (hedged(v.sk.slice(0, m.index!))) continue;
    const pre = v.sk.slice(0, m.index!);
    const own = /<([PF])(\d+)> 's(?: [a-z-]+){0,2} $/.exec(pre + " ");
    const subj = own ? subjectOf(v.mentions[Number(own[2])]) : subjectBefore(v, m.index!);
    const its = items(v, m.groups!.list, m.index!);
    for (const it of its) emit(subj, it, [it], m.index!, m.index!);
  }
  for (const m of v.sk.matchAll(
    /(?:oscar|academy award) - winning (?:(?:actor|actress|director|filmmaker|writer|composer|producer|star) )?<P(\d+)>/g,
  )) {
    const subj = subjectOf(v.mentions[Number(m[1])]);
    if (subj) out.push(verifyEverWon(v, subj));
  }
  return out;
}

function verifyWin(
  v: SentenceView,
  subj: Subject,
  cat: Mention,
  forFilm: number[] | undefined,
  listSpan?: { start: number; end: number },
): Claim {
  const kb = v.kb;
  const key = cat.category!;
  const films = forFilm ? [forFilm] : subj.kind === "film" ? [subj.ids] : [];
  const ctx = ceremonyFor(v, films);
  const name = nameOf(kb, subj);
  const range = { start: cat.start, end: cat.end };
  const base = { kind: "win" as const, rule: "wrong-winner", ...range };
  const winsOfKey = nominationsOf(kb, subj).filter(
    (i) =>
      kb.keyOf(i) === key && kb.won(i) && (!forFilm || kb.data.nominations.films[i].some((f) => forFilm.includes(f))),
  );

  if (!ctx) {
    const statement = `${name} won ${cat.text}`;
    if (winsOfKey.length)
      return claim({
        ...base,
        statement,
        verdict: "supported",
        message: `Won at ${winsOfKey.map((i) => kb.ceremonyLabel(kb.data.nominations.ceremony[i])).join(", ")}`,
        evidence: winsOfKey.map((i) => evidence(kb, i)),
      });
    return claim({ ...base, statement, verdict: "unverifiable", message: "No ceremony in context" });
  }
  const c = ctx.ceremony;
  const label = kb.ceremonyLabel(c);
  const catName = kb.categoryNameAt(c, key);
  const statement = `${name} won ${catName} at the ${label}`;
  const field = kb.field(c, key);
  const winners = field.filter((i) => kb.won(i));
  const ok = winners.filter(
    (i) => involves(kb, i, subj) && (!forFilm || kb.data.nominations.films[i].some((f) => forFilm.includes(f))),
  );
  if (ok.length)
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${catName}: ${kb.describeWinner(ok[0])}`,
      evidence: ok.map((i) => evidence(kb, i)),
    });

  const strong = STRONG.has(ctx.strength);
  const atCeremony = nominationsOf(kb, subj, c).filter((i) => kb.isCompetitive(i));
  if (field.length === 0) {
    return claim({
      ...base,
      statement,
      verdict: strong ? "refuted" : "unverifiable",
      message: `The ${label} had no ${catName} category`,
      severity: "error",
    });
  }
  if (!strong && (winsOfKey.length > 0 || atCeremony.length === 0)) {
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: winsOfKey.length
        ? `${name} won ${catName} at another ceremony; the sentence may mean that one`
        : `${name} was not nominated at the ${label}; the sentence may be about another year`,
      evidence: winsOfKey.map((i) => evidence(kb, i)),
    });
  }
  if (subj.coref && v.prior.otherFilm(subj.ids[0]) && v.prior.focus() !== subj.ids[0]) {
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: `"${name}" was inferred from an earlier sentence`,
    });
  }
  const ownWins = atCeremony.filter((i) => kb.won(i));
  const wonWithOtherFilm = forFilm ? ownWins.filter((i) => kb.keyOf(i) === key) : [];
  if (wonWithOtherFilm.length) {
    const films = kb.view(wonWithOtherFilm[0]).films.join(" / ");
    return claim({
      ...base,
      statement,
      verdict: "refuted",
      severity: "error",
      message: `At the ${label}, ${name} won ${catName} for ${films}, not for ${forFilm!.map((f) => kb.data.films[f].title).join(" / ")}.`,
      evidence: wonWithOtherFilm.map((i) => evidence(kb, i)),
    });
  }
  const nominatedHere = atCeremony.filter((i) => kb.keyOf(i) === key);
  let tail: string;
  if (ownWins.length) tail = `${name} won ${winsText(kb, ownWins, false)}`;
  else if (nominatedHere.length) tail = `${name} was nominated but did not win`;
  else if (atCeremony.length) tail = `${name} won no Oscar that night`;
  else tail = `${name} was not nominated that year`;
  const message = `At the ${label}, ${catName} went to ${winners.map((i) => kb.describeWinner(i)).join(" and ")}; ${tail}.`;
  const c1 = claim({
    ...base,
    statement,
    verdict: "refuted",
    message,
    severity: "error",
    evidence: [...winners, ...nominatedHere].map((i) => evidence(kb, i)),
  });

  if (listSpan && subj.kind === "film" && ownWins.length && !subj.coref) {
    c1.fixes.push(listFix(v, name, ownWins, listSpan));
  } else if (!listSpan && winners.length === 1 && !subj.coref) {
    for (const x of [winnerFix(kb, subj, winners), categoryFix(kb, ownWins, cat, c)]) if (x) c1.fixes.push(x);
  }
  return settle(c1);
}

/** "Oscar-winning X": X has won at least one Oscar (up to the article's ceremony when known). */
function verifyEverWon(v: SentenceView, subj: Subject): Claim {
  const kb = v.kb;
  const name = nameOf(kb, subj);
  const upTo = v.ctx?.ceremony ?? kb.latestCeremony;
  const wins = nominationsOf(kb, subj).filter((i) => kb.won(i) && kb.data.nominations.ceremony[i] <= upTo);
  const base = {
    kind: "win" as const,
    rule: "wrong-winner",
    start: subj.mention.start,
    end: subj.mention.end,
    statement: `${name} is an Oscar winner`,
  };
  if (wins.length)
    return claim({
      ...base,
      verdict: "supported",
      message: `${name} won ${kb.view(wins[0]).category} at the ${kb.ceremonyLabel(kb.data.nominations.ceremony[wins[0]])}`,
      evidence: wins.map((i) => evidence(kb, i)),
    });
  const noms = nominationsOf(kb, subj);
  if (noms.length === 0)
    return claim({ ...base, verdict: "unverifiable", message: `${name} has no Academy Award nomination in the data` });
  return claim({
    ...base,
    verdict: "refuted",
    severity: "error",
    message: `${name} has ${noms.length} Academy Award nomination${noms.length > 1 ? "s" : ""} but no win${upTo < kb.latestCeremony ? ` up to the ${kb.ceremonyLabel(upTo)}` : ""}.`,
    evidence: noms.map((i) => evidence(kb, i)),
  });
}

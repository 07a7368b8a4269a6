/**
 * Attribution claims: "Sean Baker's Anora", "directed by", "Person as Character",
 * "for his portrayal of Bob Dylan", "starring Person", "written by".
 * Only the Oscar data's credits decide: a film's directing or writing nominees, an
 * actor's nominated role. Cast lists are not in the data, so "starring" is never refuted.
 */
import { fold } from "../text/fold";
import { listText } from "../kb";
import { claim, evidence, fix, namesListAt, nameOf, nominationsOf, settle, subjectOf, type Subject } from "./common";
import type { Claim } from "./types";
import { hedged, spanOf, type SentenceView } from "./view";

const POSSESSIVE_FILM =
  /<P(\d+)> 's (?:(?:new|latest|acclaimed|epic|film|movie|drama|musical|comedy|thriller|documentary) )?(?:" |' )?<F(\d+)>/g;
/** "by X", or "by Y's former wife X": a possessor described before the name is not it. */
const BY_PERSON = String.raw`by (?:<P\d+> 's (?:[a-z-]+ ){1,3})?<P(\d+)>(?! 's)`;
const DIRECTED_BY = new RegExp(
  String.raw`<F(\d+)>(?: "| ')? ,? (?:(?:a|the) [a-z -]+ )?(?:directed|helmed) ${BY_PERSON}`,
  "g",
);
const WRITTEN_BY = new RegExp(
  String.raw`(?:<F(\d+)>|<C(\d+)>)(?: "| ')?(?: [a-z-]+){0,4} ,? (?:written|penned) ${BY_PERSON}`,
  "g",
);
const STARRING = /<F(\d+)>(?: "| ')? ,? (?:(?:a|the) [a-z -]+ )?(?:starring|which stars|stars) <P(\d+)>/g;

export function checkAttribution(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  if (hedged(v.sk)) return out;
  for (const m of v.sk.matchAll(POSSESSIVE_FILM)) {
    out.push(
      verifyCredit(
        v,
        subjectOf(v.mentions[Number(m[1])])!,
        subjectOf(v.mentions[Number(m[2])])!,
        "director",
        spanOf(v, m.index!, m.index! + m[0].length),
      ),
    );
  }
  for (const m of v.sk.matchAll(DIRECTED_BY)) {
    out.push(
      verifyCredit(
        v,
        subjectOf(v.mentions[Number(m[2])])!,
        subjectOf(v.mentions[Number(m[1])])!,
        "directed",
        spanOf(v, m.index!, m.index! + m[0].length),
      ),
    );
  }
  for (const m of v.sk.matchAll(WRITTEN_BY)) {
    const film = m[1] !== undefined ? subjectOf(v.mentions[Number(m[1])]) : sentenceFilm(v);
    if (film)
      out.push(
        verifyCredit(
          v,
          subjectOf(v.mentions[Number(m[3])])!,
          film,
          "written",
          spanOf(v, m.index!, m.index! + m[0].length),
        ),
      );
  }
  for (const m of v.sk.matchAll(STARRING)) {
    out.push(verifyStarring(v, subjectOf(v.mentions[Number(m[2])])!, subjectOf(v.mentions[Number(m[1])])!));
  }
  out.push(...checkRoles(v));
  return out;
}

function sentenceFilm(v: SentenceView): Subject | undefined {
  const f = v.mentions.find((m) => m.kind === "film");
  return f ? subjectOf(f) : undefined;
}

/** A person credited with a film: refuted only when the film's own credit names others. */
function verifyCredit(
  v: SentenceView,
  person: Subject,
  film: Subject,
  how: "director" | "directed" | "written",
  range: { start: number; end: number },
): Claim {
  const kb = v.kb;
  const pName = nameOf(kb, person);
  const fName = nameOf(kb, film);
  const statement =
    how === "written"
      ? `${fName} was written by ${pName}`
      : how === "directed"
        ? `${fName} was directed by ${pName}`
        : `${fName} is ${pName}'s film`;
  const base = {
    kind: "attribution" as const,
    rule: "wrong-attribution",
    start: person.mention.start,
    end: person.mention.end,
    statement,
  };
  const filmNoms = nominationsOf(kb, film);
  const kind = how === "written" ? "writing" : "directing";
  const creditOf = (i: number) =>
    kind === "writing" ? /screenplay|story/.test(kb.keyOf(i)) : kb.keyOf(i) === "director";
  const credits = filmNoms.filter(creditOf);
  const linked = filmNoms.filter((i) => kb.data.nominations.people[i].some((p) => person.ids.includes(p)));
  const credited = credits.filter((i) => kb.data.nominations.people[i].some((p) => person.ids.includes(p)));
  if (credited.length || (how === "director" && linked.length)) {
    return claim({
      ...base,
      verdict: "supported",
      message: `${pName}: ${kb.view(credited[0] ?? linked[0]).category} for ${fName}`,
      evidence: (credited.length ? credited : linked).map((i) => evidence(kb, i)),
    });
  }
  // "David O. Selznick's Gone With the Wind": a possessive may name a producer or a star; it names
  // the director only when the person is one (a Directing nominee somewhere in the data).
  const director = nominationsOf(kb, person).some((i) => kb.keyOf(i) === "director");
  // ("George Cukor's 'A Star Is Born'": another film of that title with no such credit may be the one meant.)
  const versions = [...new Set(film.ids.flatMap((id) => kb.filmsTitled(kb.data.films[id].title)))];
  const uncredited = versions.length > 1 && versions.some((x) => !kb.nominationsOfFilm(x).some(creditOf));
  if (
    credits.length === 0 ||
    uncredited ||
    nominationsOf(kb, person).length === 0 ||
    (how === "director" && !director)
  ) {
    const message = uncredited
      ? `Another film titled ${fName} has no ${kind} credit in the data`
      : `The data has no ${kind} credit for ${fName}`;
    return claim({ ...base, verdict: "unverifiable", message });
  }
  const names = [...new Set(credits.flatMap((i) => kb.view(i).nominees))];
  const credit = kb.view(credits[0]);
  const verb = kind === "writing" ? "written by" : "directed by";
  const c = claim({
    ...base,
    verdict: "refuted",
    severity: "error",
    message: `${fName} was ${verb} ${listText(names)} (${credit.category} nominee${names.length > 1 ? "s" : ""}, ${kb.ceremonyLabel(credit.ceremony)}); ${pName} is not credited on it.`,
    evidence: credits.map((i) => evidence(kb, i)),
  });
  if (names.length === 1 && person.mention.via !== "surname")
    c.fixes.push(
      fix(`Replace "${person.mention.text}" with "${names[0]}"`, names[0], person.mention.start, person.mention.end),
    );
  void range;
  return settle(c);
}

function verifyStarring(v: SentenceView, person: Subject, film: Subject): Claim {
  const kb = v.kb;
  const pName = nameOf(kb, person);
  const fName = nameOf(kb, film);
  const acting = nominationsOf(kb, person).filter(
    (i) => /actor|actress/.test(kb.keyOf(i)) && kb.data.nominations.films[i].some((f) => film.ids.includes(f)),
  );
  const base = {
    kind: "attribution" as const,
    rule: "wrong-attribution",
    start: person.mention.start,
    end: person.mention.end,
    statement: `${fName} stars ${pName}`,
  };
  if (acting.length)
    return claim({
      ...base,
      verdict: "supported",
      message: `${pName}: ${kb.view(acting[0]).category} nominee for ${fName}`,
      evidence: acting.map((i) => evidence(kb, i)),
    });
  return claim({ ...base, verdict: "unverifiable", message: "Cast lists are not in the data" });
}

const ROLE_AS =
  /<P(\d+)>(?: ,)?(?: (?:who|stars|starred|starring|plays|played|playing|appears|appeared))* as (?:the (?:titular|title) (?:character|role) ,? )?/g;
const PORTRAYAL = /\bfor (?:his|her|their) (?:portrayal|performance|role|turn) (?:of|as) /g;

/** "<P1> , <P2> and <P3>" ending at `end` of the skeleton: the people listed, in order. */
function peopleListBefore(sk: string, end: number): number[] {
  const before = sk.slice(Math.max(0, end - 200), end);
  const m = PEOPLE_LIST.exec(before);
  // ("A as Dylan and B as Seeger": a list that follows "as" is a role and a name, not two names.)
  if (!m || /\bas $/.test(before.slice(0, m.index))) return [];
  return [...m[0].matchAll(/<P(\d+)>/g)].map((x) => Number(x[1]));
}
const PEOPLE_LIST = /(?:<P\d+> (?:, )?)*<P\d+> (?:, )?and <P\d+>$/;

/** "Mikey Madison as Ani", "for his portrayal of Bob Dylan": checked against the nominated role. */
function checkRoles(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  const kb = v.kb;
  const found: { person: Subject; start: number }[] = [];
  for (const m of v.sk.matchAll(ROLE_AS)) {
    const start = v.unitAt(m.index! + m[0].length).start;
    // "A and B, as X and Y": two lists, paired in order; lists of unequal length pair nothing.
    const people = peopleListBefore(v.sk, m.index! + m[1].length + 3);
    if (people.length > 1) {
      const roles = namesListAt(v.text, start, v.sentence.end);
      if (roles.length === people.length)
        people.forEach((k, i) => found.push({ person: subjectOf(v.mentions[k])!, start: roles[i] }));
      continue;
    }
    found.push({ person: subjectOf(v.mentions[Number(m[1])])!, start });
  }
  for (const m of v.sk.matchAll(PORTRAYAL)) {
    const pre = v.sk.slice(0, m.index!);
    const people = [...pre.matchAll(/<P(\d+)>/g)];
    const subj = people.length ? subjectOf(v.mentions[Number(people[0][1])]) : undefined;
    if (subj) found.push({ person: subj, start: v.unitAt(m.index! + m[0].length).start });
  }
  for (const { person, start } of found) {
    const raw = /^[“"‘']?((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|[“"‘'][^“"‘'”’]+[”"’']))*)/u.exec(
      v.text.slice(start, Math.min(v.sentence.end, start + 80)),
    );
    if (!raw) continue;
    const character = raw[1].replace(/[,.]$/, "");
    // ("as T. S. Eliot's wife": a possessor, not the character.)
    if (/['’]s$/.test(character)) continue;
    const words = new Set(
      fold(character)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 1),
    );
    if (words.size === 0) continue;
    const pName = nameOf(kb, person);
    const roles = nominationsOf(kb, person).filter(
      (i) => /actor|actress/.test(kb.keyOf(i)) && kb.data.nominations.detail[i],
    );
    const range = { start, end: start + raw[0].length - (raw[0].length - raw[0].replace(/[,.]$/, "").length) };
    const base = {
      kind: "attribution" as const,
      rule: "wrong-role",
      ...range,
      statement: `${pName} played ${character}`,
    };
    const overlap = (detail: string) =>
      fold(detail)
        .split(/[^a-z0-9]+/)
        .some((w) => w.length > 1 && words.has(w));
    const match = roles.filter((i) => overlap(kb.data.nominations.detail[i]));
    if (match.length) {
      out.push(
        claim({
          ...base,
          verdict: "supported",
          message: `${pName} was nominated as ${kb.data.nominations.detail[match[0]]}`,
          evidence: match.map((i) => evidence(kb, i)),
        }),
      );
      continue;
    }
    // Refute only when the role is positively someone else's nominated role that year.
    const ceremonies = new Set(roles.map((i) => kb.data.nominations.ceremony[i]));
    const owner = [...ceremonies]
      .flatMap((c) => kb.nominationsAt(c))
      .find(
        (i) =>
          /actor|actress/.test(kb.keyOf(i)) &&
          kb.data.nominations.detail[i] &&
          overlap(kb.data.nominations.detail[i]) &&
          !kb.data.nominations.people[i].some((p) => person.ids.includes(p)),
      );
    if (roles.length === 0 || owner === undefined) {
      out.push(
        claim({ ...base, verdict: "unverifiable", message: `No nominated role of ${pName} names ${character}` }),
      );
      continue;
    }
    const o = kb.view(owner);
    const sameNight = roles.filter((i) => kb.data.nominations.ceremony[i] === o.ceremony);
    const mine = kb.view(sameNight[0] ?? roles[roles.length - 1]);
    const c = claim({
      ...base,
      verdict: "refuted",
      severity: "error",
      message: `${o.detail} was played by ${o.nominees.join(", ")} in ${o.films.join(" / ")} (${o.category}, ${kb.ceremonyLabel(o.ceremony)}); ${pName} was nominated as ${mine.detail} in ${mine.films.join(" / ")}.`,
      evidence: [evidence(kb, owner), evidence(kb, mine.index)],
    });
    if (sameNight.length === 1)
      c.fixes.push(
        fix(`Replace "${character}" with "${mine.detail}"`, mine.detail, range.start, range.start + character.length),
      );
    out.push(settle(c));
  }
  return out;
}

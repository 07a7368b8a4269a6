/**
 * One verifier for win and nomination frames. A frame is supported when some nomination
 * record agrees with every slot it binds. It is refuted only when none does, the ceremony
 * is settled (stated in the clause, fixed by the film, or the article's night on which the
 * holder competed), and no re-reading helps; the slot whose replacement makes it true takes
 * the blame, the message and the fix. Otherwise it is unverifiable and silent.
 */
import type { KnowledgeBase } from "../../kb";
import { listText } from "../../kb";
import { CATEGORY_BY_KEY, FILM_CREDITED } from "../../categories";
import { fold, ordinalSuffix, wordsOf } from "../../text/fold";
import {
  ofNight,
  categoryFix,
  claim,
  evidence,
  fix,
  listFix,
  nameOf,
  onlyAntecedent,
  continuedSubject,
  recordsOf,
  refuted,
  settle,
} from "../common";
import { isCompany, quiet, subjectOf, winnerFix, winsText, type Subject } from "../common";
import type { Claim } from "../types";
import type { Mention } from "../../mentions/types";
import { aboutOscars, headingFilm, lineStart, saysOscar, THAT_NIGHT, type SentenceView } from "../view";
import { isFocus, withdrawnFrom, type Frame } from "./bind";
import { recordIn } from "./keys";
import { songRows } from "../../mentions/detect";

/** Who or what a frame says won: a person or a film, named in the clause. */
type Holder = Subject;

/**
 * "X and Y won Best Actress and Best Actor" holds when one of them won each: with several
 * holders, the ones the data bears out stand; the others are refuted only if none does.
 */
export function verifyFrames(v: SentenceView, f: Frame): Claim[] {
  const filmFirst = FILM_CREDITED.has(f.category.category!) && f.films.length > 0;
  // "Katharine Hepburn won Best Actress for Morning Glory, The Lion in Winter and On Golden Pond":
  // one person, several films after the category, no night stated: one claim per film.
  if (!filmFirst && f.people.length === 1 && f.films.length > 1 && !f.stated.length) {
    const after = f.films.every((m) => m.start > f.category.end);
    const distinct = new Set(f.films.map((m) => m.ids.join())).size === f.films.length;
    if (after && distinct) return f.films.flatMap((m) => verifyFrames(v, { ...f, films: [m], end: m.end }));
  }
  // ("before Columbia let her do it on screen": a studio holds no acting or writing category.)
  const company = (m: Mention) => m.ids.length > 0 && m.ids.every((id) => isCompany(v.kb, id));
  if (f.people.length && f.category.category !== "picture" && f.people.every(company)) return [];
  const holders = (f.people.length && !filmFirst ? f.people : f.films).map((m) => subjectOf(m)!);
  const claims = holders.map((h) => orFocus(v, f, h, verifyNamesake(v, f, h)));
  const supported = claims.filter((c) => c.verdict === "supported");
  if (supported.length) return supported;
  // ("Hitchcock collected another directing nomination": a one-word title that is a nominee's surname may be him.)
  if (!f.people.length && f.films.length === 1 && surnamed(v, f)) return claims.map(quiet);
  // ("X's score for F was pulled from contention": a nomination said to be taken back is not on the list.)
  if (f.predicate === "nominate" && withdrawnFrom(v, f.start))
    return claims.map((c) => ({ ...c, verdict: "unverifiable", message: "A nomination said to be taken back" }));
  return claims;
}

/** Per knowledge base: each person's surname, folded, with the people who bear it. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;
const surnameIndex = new WeakMap<KnowledgeBase, Map<string, number[]>>();

/** The film holder's title is one word that is the surname of someone with a record that fits the frame. */
function surnamed(v: SentenceView, f: Frame): boolean {
  const said = f.films[0].text;
  if (!/^\p{Lu}[\p{L}'-]+$/u.test(said)) return false;
  // (An item of a list of titles is a film: "beat The Holdovers, May December and Oppenheimer".)
  if (/(?:,|\band|\bor|&)\s*$/.test(v.text.slice(Math.max(0, f.films[0].start - 6), f.films[0].start))) return false;
  let index = surnameIndex.get(v.kb);
  if (!index) {
    index = new Map();
    v.kb.data.people.forEach((p, id) => {
      // (The last word that is no suffix: "Sammy Davis Jr." is a Davis.)
      const words = fold(p.name)
        .split(" ")
        .filter((w) => !SUFFIX.test(w));
      const key = words[words.length - 1] ?? "";
      index!.set(key, [...(index!.get(key) ?? []), id]);
    });
    surnameIndex.set(v.kb, index);
  }
  const win = f.predicate === "win";
  // (That night's record, when a night is said or the piece's: "Oppenheimer" at the 96th is the film. With none, a
  // career of two or more such records, as someone known by surname alone has: not "Coco", one producer's once.)
  const nights = f.stated.length ? f.stated : v.ctx ? [v.ctx.ceremony] : [];
  const fits = (i: number) =>
    recordIn(v.kb, f.category.category!, i) &&
    (!win || v.kb.won(i)) &&
    (!nights.length || nights.includes(v.kb.data.nominations.ceremony[i]));
  // (An award given once in a career, the Thalberg, needs one.)
  const enough = nights.length || /thalberg|hersholt|honorary/.test(f.category.category!) ? 1 : 2;
  return (index.get(fold(said)) ?? []).some((p) => v.kb.nominationsOfPerson(p).filter(fits).length >= enough);
}

/**
 * "The satire won best picture" after a paragraph that named another film last: a guessed film the
 * claim is not true of gives way to the film the draft is about, when the claim holds of that one.
 */
function orFocus(v: SentenceView, f: Frame, h: Holder, claim: Claim): Claim {
  if (claim.verdict === "refuted" && f.coref && h.kind === "person") return orOtherPerson(v, f, h, claim);
  if (claim.verdict === "supported" || !f.coref || h.kind !== "film" || isFocus(v, h.ids)) return claim;
  const focus = v.prior.focus();
  const alt = focus === undefined ? undefined : verifyNamesake(v, f, { ...h, ids: [focus] });
  return alt?.verdict === "supported" ? alt : claim;
}

/**
 * "Brando … lost to Bogart, whose performance …; he had been nominated before, for Casablanca": a pronoun's guess
 * the claim is false of is not refuted when another person the sentence names makes it true.
 */
function orOtherPerson(v: SentenceView, f: Frame, h: Holder, claim: Claim): Claim {
  const kb = v.kb;
  const nom = kb.data.nominations;
  // (Asked of the data directly: verifying the other person would record a night for the block.)
  const holds = (i: number) =>
    recordIn(kb, f.category.category!, i) &&
    (f.predicate === "nominate" || kb.won(i)) &&
    (!f.stated.length || f.stated.includes(nom.ceremony[i]));
  const others = v.mentions.filter((m) => m.kind === "person" && m.ids.length === 1 && !h.ids.includes(m.ids[0]));
  const other = others.find((m) => recordsOf(kb, subjectOf(m)!).some(holds));
  if (!other) return claim;
  const message = `The pronoun may stand for ${other.text}, of whom it holds`;
  return { ...claim, verdict: "unverifiable", severity: undefined, message, fixes: [] };
}

/**
 * A title or name the data gives several holders ("Titanic", 1953 and 1997): the claim is about
 * the one it is true of, if any. It is refuted only when it is false of each, and then told of
 * the one with the longest record (the 1997 film); otherwise it stays unverifiable.
 */
function verifyNamesake(v: SentenceView, f: Frame, h: Holder): Claim {
  if (h.ids.length < 2) return verifyHolder(v, f, h);
  // ("Visual Effects: Contact" in the list of a night's winners: the namesake that competed that night.)
  const night = labelLine(v) && !f.stated.length ? v.ctx?.ceremony : undefined;
  const there = night === undefined ? [] : ofNight(v.kb, h.ids, night);
  if (h.kind === "film" && there.length === 1) return verifyHolder(v, f, { ...h, ids: there });
  const each = h.ids.map((id) => verifyHolder(v, f, { ...h, ids: [id] }));
  const held = each.find((c) => c.verdict === "supported");
  if (held) return held;
  if (!each.every((c) => c.verdict === "refuted")) return verifyHolder(v, f, h);
  const records = (k: number) => recordsOf(v.kb, { kind: h.kind, ids: [h.ids[k]] }).length;
  let best = 0;
  for (let k = 1; k < each.length; k++) if (records(k) > records(best)) best = k;
  return each[best];
}

/** "Category: entry", a label and its entry on a line of their own. */
function labelLine(v: SentenceView): boolean {
  const line = v.text.slice(lineStart(v), v.sentence.end);
  return /^[^:.!?]{1,60}:\s/.test(line) && !v.text.slice(v.sentence.end).split("\n", 1)[0].trim();
}

/**
 * Of records borne out on several nights, those of a film the paragraph named ("THE LAST EMPEROR (1987) …
 * Vittorio Storaro's cinematography": his win for it, not for Apocalypse Now); else all of them.
 */
function ofBlockFilms(v: SentenceView, ok: number[]): number[] {
  const nom = v.kb.data.nominations;
  if (oneNightOf(nom.ceremony, ok)) return ok;
  const named = v.prior.films.flatMap((m) => m.ids);
  const near = ok.filter((k) => nom.films[k].some((x) => named.includes(x)));
  return near.length && oneNightOf(nom.ceremony, near) ? near : ok;
}

const oneNightOf = (ceremony: ArrayLike<number>, rows: number[]): boolean =>
  rows.every((k) => ceremony[k] === ceremony[rows[0]]);

/** The block opens on a heading line naming the one film whose records were kept ("THE LAST EMPEROR (1987) | …"). */
function headedBy(v: SentenceView, rows: number[]): boolean {
  const head = headingFilm(v);
  return !!head && rows.every((k) => v.kb.data.nominations.films[k].some((x) => head.ids.includes(x)));
}

function verifyHolder(v: SentenceView, f: Frame, h: Holder): Claim {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const key = f.category.category!;
  if (h.kind === "person" && key === "international-feature") return countryCredited(v, f, h);
  const win = f.predicate !== "nominate";
  // ("Denis Villeneuve lost best picture": a director losing with the film, loosely, not as its producer.)
  if (f.lost && h.kind === "person" && key === "picture") {
    const statement = `${nameOf(kb, h)} lost ${f.category.text}`;
    return claim({
      kind: "nomination",
      rule: "wrong-nomination",
      start: f.start,
      end: f.end,
      statement,
      verdict: "unverifiable",
      message: "Best picture's nominees are its producers; the film may be meant",
    });
  }
  const filmIds = h.kind === "person" ? f.films.flatMap((m) => m.ids) : [];
  const all = recordsOf(kb, h);
  const inCategory = all.filter((i) => recordIn(kb, key, i));
  const withFilm = (i: number) => filmIds.length === 0 || nom.films[i].some((x) => filmIds.includes(x));
  // ('won best original song for "I'm Just Ken"': the song named is the record's own.)
  const song = /song/.test(key) ? songNamed(v, f) : undefined;
  const withSong = (i: number) => !song || nom.detail[i].split("|").some((d) => wordsOf(d) === song.words);
  // ("Costume Design (Black-and-White)", "color cinematography": the half of a split category said.)
  const half = SPLIT_BY_COLOUR.has(key) ? qualifierOf(v, f) : undefined;
  const inHalf = (i: number) => !half || !HALVES.test(kb.view(i).category) || halfOf(kb.view(i).category) === half.half;
  const agrees = (i: number) => withFilm(i) && withSong(i) && inHalf(i) && (!win || kb.won(i));
  const holderName = nameOf(kb, h);
  const verb = win ? "won" : "was nominated for";
  const catLabel = f.category.text;
  const base = {
    kind: win ? ("win" as const) : ("nomination" as const),
    rule: win ? "wrong-winner" : "wrong-nomination",
  };
  const range = { start: f.start, end: f.end };

  // Which ceremonies the claim can be about.
  const filmCeremonies =
    h.kind === "film" ? kb.ceremoniesOfFilm(h.ids[0]) : [...new Set(filmIds.flatMap((x) => kb.ceremoniesOfFilm(x)))];
  // (The night the sentence itself settles, asked once, and only when neither it nor a film states one: the pin
  // and the refutation both weigh it.)
  const settled = f.stated.length || filmCeremonies.length ? undefined : sentenceNight(v, f);
  const pinned = f.stated.length ? f.stated : pin(v, f, h, all, key, filmCeremonies, settled);
  const at = (i: number) => !pinned || pinned.includes(nom.ceremony[i]);

  const ok = inCategory.filter((i) => agrees(i) && at(i));
  // ("X lost best director" of a winner: the nomination was borne out, the loss is not.)
  // (Of a pronoun's guess, "Yet it lost the top prize", the guess is the likelier slip: nothing is said.)
  if (ok.length && f.lost && ok.every((k) => kb.won(k))) {
    const i = ok[0];
    const said = `${holderName} won ${kb.view(i).category} at the ${kb.ceremonyLabel(nom.ceremony[i])}`;
    const statement = `${holderName} lost ${kb.view(i).category} at the ${kb.ceremonyLabel(nom.ceremony[i])}`;
    if (f.coref)
      return claim(Object.assign({}, base, range, { statement, verdict: "unverifiable" as const, message: said }));
    const message = `${said}; it was not lost.`;
    return refuted(Object.assign({}, base, range, { statement, message, evidence: [evidence(kb, i)] }));
  }
  if (ok.length) {
    const borne = ofBlockFilms(v, ok);
    const i = borne[0];
    // (A win borne out on several nights tells of none, unless the block's heading film picked one: "Storaro's
    // cinematography" under "THE LAST EMPEROR (1987)" is the 60th, for "that year"; after "Reds and The Last
    // Emperor", no night.)
    const oneNight = oneNightOf(nom.ceremony, ok) || (borne !== ok && headedBy(v, borne));
    // ("A won C1, B won C2, and C took C3": the sentence's later conjuncts are of the same night.)
    if (!f.stated.length && oneNight) v.prior.boreOut(v.sentence.start, nom.ceremony[i]);
    if (win && h.kind === "person" && h.ids.length === 1 && !f.coref) {
      if (oneNight) v.prior.noteWin(h.ids[0], nom.ceremony[i], v.sentence.start);
    } else if (oneNight) {
      // ("The Canadian won C for F. Billy Crystal hosted that year.": the night the claim was borne out at.)
      v.prior.lastNight = nom.ceremony[i];
    }
    const category = kb.view(i).category;
    const statement = `${holderName} ${verb} ${category} at the ${kb.ceremonyLabel(nom.ceremony[i])}`;
    // Evidence is kept for findings only (the pipeline drops it from supported claims): none built here.
    // (Object.assign, not spreads: see extend.)
    return claim(
      Object.assign({}, base, range, {
        statement,
        verdict: "supported" as const,
        message: `${category}: ${kb.describeWinner(i)}`,
        night: oneNight ? nom.ceremony[i] : undefined,
      }),
    );
  }
  // The holder's record that night is in the other half of a split category, or for another song: the
  // words said are to blame, with the record's own as the fix.
  const did = `${holderName} ${verb}`;
  const otherHalf = half && inCategory.find((i) => withFilm(i) && withSong(i) && (!win || kb.won(i)) && at(i));
  if (half && otherHalf !== undefined)
    return blameSaid(v, base, half, otherHalf, did, halfRight(v, half, otherHalf, did));
  const otherSong = song && inCategory.find((i) => withFilm(i) && (!win || kb.won(i)) && at(i));
  if (song && otherSong !== undefined)
    return blameSaid(v, base, song, otherSong, did, songRight(v, song, otherSong, did));
  // A list line without a verb ("Score: Max Steiner") names winners or nominees: a nomination holds it up.
  const nominated = f.predicate === "list" ? inCategory.find((i) => withFilm(i) && at(i)) : undefined;
  if (nominated !== undefined) {
    const category = kb.view(nominated).category;
    const statement = `${holderName} was nominated for ${category} at the ${kb.ceremonyLabel(nom.ceremony[nominated])}`;
    const nomination = { kind: "nomination" as const, rule: "wrong-nomination" };
    return claim(
      // (base's kind and rule, in the same order, overridden: nomination alone gives the same object.)
      Object.assign({}, nomination, range, {
        statement,
        verdict: "supported" as const,
        message: `Nominated for ${category}`,
      }),
    );
  }
  const unverifiable = (why: string) =>
    claim(
      Object.assign({}, base, range, {
        statement: `${holderName} ${verb} ${catLabel}`,
        verdict: "unverifiable" as const,
        message: why,
      }),
    );
  // "She won Best Actress for Kramer vs. Kramer" after a sentence on Meryl Streep: a pronoun's person is
  // borne out when the clause's film is one of theirs on the clause's night (then a wrong category is blamed).
  const corroborated =
    f.coref &&
    h.kind === "person" &&
    !f.described &&
    filmIds.length > 0 &&
    f.stated.length > 0 &&
    all.some((i) => withFilm(i) && f.stated.includes(nom.ceremony[i]));
  // ("Meryl Streep … She won best supporting actress for The Deer Hunter": no one else named, and the film hers.)
  const sole =
    f.coref &&
    !f.described &&
    filmIds.length > 0 &&
    all.some(withFilm) &&
    (onlyAntecedent(v, h) || continuedSubject(v, h));
  const guess = f.coref && !corroborated && !sole && (f.described || !(h.kind === "film" && isFocus(v, h.ids)));
  if (f.predicate === "list" || guess || h.ids.length !== 1)
    return unverifiable("The clause does not say plainly who won or was nominated");

  // The person's record in this category names other films only: the film is to blame.
  const withoutFilm = inCategory.filter((i) => !win || kb.won(i));
  // (When the person won for that film in another category, the category is what is wrong:
  // "X won Best Supporting Actress for F", F being her best actress win.)
  // (A year that may be the night's or its films' — "won Best Actor for F in 1971" — settles nothing either.)
  if (
    f.stated.length !== 1 &&
    filmIds.length &&
    withoutFilm.length &&
    !inCategory.some(withFilm) &&
    !all.some((i) => filmIds.length && agrees(i) && kb.isCompetitive(i)) &&
    h.mention.via === "name"
  ) {
    // The article's night first: "X won Best Actor for F" in a piece on the night X won it for G.
    const night = (i: number) =>
      f.stated.length ? f.stated.includes(nom.ceremony[i]) : nom.ceremony[i] === v.ctx?.ceremony;
    const tonight = withoutFilm.filter(night);
    return wrongFilm(v, f, h, tonight.length ? tonight : withoutFilm, base, holderName, verb);
  }
  if (!pinned)
    return (
      neverWon(v, f, h, inCategory, base) ??
      siblingWin(v, f, h, inCategory, all, base) ??
      unverifiable(`${holderName} has no such record in the data`)
    );
  const competedAt = pinned.filter((n) => all.some((i) => nom.ceremony[i] === n));
  if (pinned.length !== 1 && competedAt.length !== 1)
    return (
      wrongYear(v, f, h, inCategory.filter(agrees), pinned, base) ??
      unverifiable("The sentence may be about more than one ceremony")
    );
  const k = pinned.length === 1 ? pinned[0] : competedAt[0];
  // "Best Picture (Zanuck)" for a night whose best picture the data credits to the studio: the
  // producer is not in the data, so a person cannot be checked there.
  if (h.kind === "person" && studioCredited(kb, k, key))
    return unverifiable(`At the ${kb.ceremonyLabel(k)}, the data credits this category to studios`);
  // (The night is pinned by the sentence itself: its film's, or the one it settles.)
  const why = unrefutable(v, f, k, filmCeremonies.length > 0 || k === settled);
  if (why) return unverifiable(why);
  const label = kb.ceremonyLabel(k);
  const here = all.filter((i) => nom.ceremony[i] === k && kb.isCompetitive(i));
  const hereInCategory = here.filter((i) => recordIn(kb, key, i));
  const catName = kb.categoryNameAt(k, familyKey(kb, k, key));

  // Right category and night, other film: the film is to blame.
  if (filmIds.length && hereInCategory.some((i) => !win || kb.won(i))) {
    return wrongFilm(
      v,
      f,
      h,
      hereInCategory.filter((i) => !win || kb.won(i)),
      base,
      holderName,
      verb,
    );
  }
  // The holder won or was nominated in this category at another ceremony: the stated year is to blame.
  const elsewhen = inCategory.filter((i) => agrees(i) && nom.ceremony[i] !== k);
  // (The film said picks among them: "won Best Actor at the 64th for Philadelphia" is the 66th's.)
  const forFilm = filmIds.length ? elsewhen.filter(withFilm) : [];
  const otherNight = forFilm.length ? forFilm : elsewhen;
  if (f.stated.length && here.length === 0 && otherNight.length && f.statedAt) {
    // ("won Best Actress at the 10th": she won it at the 8th and the 11th; both are named.)
    const nights = [...new Set(otherNight.map((i) => nom.ceremony[i]))].sort((a, b) => a - b);
    const right =
      nights.length === 1
        ? kb.ceremonyLabel(nights[0])
        : `${listText(nights.map((n) => ordinalSuffix(n)))} Academy Awards`;
    const there = win ? fieldOf(kb, k, key).filter((i) => kb.won(i)) : [];
    const then = there.length ? ` (at the ${label}, ${wentTo(kb, catName, there)})` : "";
    const wonThen = `${holderName} ${verb} ${kb.view(otherNight[0]).category} at the ${right}`;
    const message = `${wonThen}, not at the ${label}${then}.`;
    return claim({
      ...base,
      ...f.statedAt,
      statement: `${holderName} ${verb} ${catName} at the ${label}`,
      verdict: "refuted",
      severity: "error",
      message,
      evidence: otherNight.map((i) => evidence(kb, i)),
    });
  }
  if (here.length === 0 && !f.stated.length) return unverifiable(`${holderName} was not nominated at the ${label}`);
  // ("F won best picture at the 86th …, and also won for adapted screenplay": a night the clause inherits from
  // another, where the holder did not compete but won this on another night; the other clause's finding says so.)
  if (here.length === 0 && !f.statedAt && otherNight.length)
    return unverifiable(`${holderName} ${verb} ${catName} on another night than the sentence names`);
  if (!win && otherNight.length && !f.stated.length)
    return unverifiable(`${holderName} was nominated for ${catName} at another ceremony`);

  const field = fieldOf(kb, k, key);
  const statement = `${holderName} ${verb} ${catName} at the ${label}`;
  let tail: string;
  const ownWins = here.filter((i) => kb.won(i));
  if (win) {
    if (field.length === 0) tail = `the ${label} had no ${catName} category`;
    else {
      const winners = field.filter((i) => kb.won(i));
      tail = `${wentTo(kb, catName, winners)}; `;
      if (ownWins.length) tail += `${holderName} won ${winsText(kb, ownWins, false)}`;
      else if (hereInCategory.length) tail += `${holderName} was nominated but did not win`;
      else if (here.length) tail += `${holderName} won no Oscar that night`;
      else tail += `${holderName} was not nominated that year`;
    }
  } else {
    const cats = [...new Set(here.map((i) => kb.view(i).category))];
    tail = here.length
      ? `${holderName} was nominated for ${listText(cats)}, not ${catName}`
      : `${holderName} was not nominated that year`;
  }
  // A nominee named as the winner: the name is what to replace, so it carries the finding.
  const nomineeAsWinner = win && !ownWins.length && hereInCategory.length > 0 && (!f.coref || sole);
  // (A pronoun's person was named in an earlier sentence: the category, in this one, carries it.)
  // ("that prize went to the French musical F": a category said before the holder is what the holder is told of.)
  const told = win && !f.coref && f.category.end <= h.mention.start;
  const blamed = (nomineeAsWinner || told) && !f.coref ? h.mention : f.category;
  const c1 = claim({
    ...base,
    start: blamed.start,
    end: blamed.end,
    statement,
    verdict: "refuted",
    severity: "error",
    message: `At the ${label}, ${tail}.`,
    evidence: [...field.filter((i) => kb.won(i)), ...here].map((i) => evidence(kb, i)),
  });
  addFixes(v, f, h, c1, field, win ? ownWins : here, k);
  return settle(c1);
}

/**
 * The ceremony a clause without a stated one is about: the film's own (a film competes at
 * one), else the article's night when the holder competed in that category then, unless
 * the clause looks back ("previously", "before").
 */
function pin(
  v: SentenceView,
  f: Frame,
  h: Holder,
  all: readonly number[],
  key: string,
  filmCeremonies: number[],
  /** The night the sentence settles (sentenceNight), if any. */
  settled: number | undefined,
): number[] | undefined {
  if (filmCeremonies.length) return filmCeremonies;
  const ctx = v.ctx;
  if (f.past) return undefined;
  const nom = v.kb.data.nominations;
  // The night an earlier conjunct of the sentence was borne out at, or the one the season of another body it
  // named led to ("X won the Globe for F, and the Academy gave C to Y"), when the holder competed in C then.
  if (settled !== undefined && all.some((i) => nom.ceremony[i] === settled && recordIn(v.kb, key, i))) return [settled];
  if (!ctx) return undefined;
  const competed = all.some((i) => nom.ceremony[i] === ctx.ceremony && recordIn(v.kb, key, i));
  if (competed) return [ctx.ceremony];
  // A holder who won something else that night, and never this category: the category is wrong.
  const wonThatNight = all.some((i) => nom.ceremony[i] === ctx.ceremony && v.kb.won(i));
  const everInCategory = all.some((i) => recordIn(v.kb, key, i));
  return wonThatNight && !everInCategory && f.predicate === "win" ? [ctx.ceremony] : undefined;
}

/**
 * A refutation needs the draft to be about the Academy Awards at that point: not a Golden
 * Globes or BAFTA piece (unless the sentence says "Oscar"), and a ceremony that the
 * clause states or that agrees with the article's.
 */
function unrefutable(v: SentenceView, f: Frame, k: number, pinned: boolean): string | undefined {
  if (v.otherBodies && !f.stated.length && !saysOscar(v)) return "The paragraph may be about another award body";
  if (f.stated.length > 0 || v.ctx?.ceremony === k) return undefined;
  // A film competes at one ceremony (and a sentence may settle its night): that settles it unless the paragraph
  // named another.
  if (pinned && (!v.ctx || !NEAR.has(v.ctx.strength))) return undefined;
  return "The sentence may be about another ceremony than the article's";
}

const NEAR = new Set(["sentence", "paragraph"]);

/**
 * The night the sentence itself settles for a frame stating none: an earlier conjunct's, a season's, or, said
 * "that night", the one the sentences before bore out ("X won C1 for F. That night Y won C2").
 */
function sentenceNight(v: SentenceView, f: Frame): number | undefined {
  const said = () => (THAT_NIGHT.test(v.text.slice(v.sentence.start, f.start)) ? v.prior.lastNight : undefined);
  return v.prior.nightOfConjuncts(v.sentence.start) ?? seasonLedTo(v, f) ?? said();
}

/**
 * The Oscar night another body's award named before the frame led to: its year's (not a festival's, whose films
 * reach the Oscars a year on or sooner), else the one night every film the sentence names before it competed at.
 */
function seasonLedTo(v: SentenceView, f: Frame): number | undefined {
  const award = v.mentions.find((m) => m.kind === "award" && m.end <= f.category.start)?.award;
  if (!award) return undefined;
  const kb = v.kb;
  if (award.year !== undefined && !kb.awards.isFestival(award.body)) {
    const held = kb.ceremoniesHeldIn(award.year);
    return held.length === 1 ? held[0] : undefined;
  }
  const films = v.mentions.filter((m) => m.kind === "film" && m.end <= f.category.start && m.ids.length === 1);
  const nights = new Set(films.flatMap((m) => kb.ceremoniesOfFilm(m.ids[0])));
  return films.length && nights.size === 1 ? [...nights][0] : undefined;
}

function fieldOf(kb: KnowledgeBase, k: number, key: string): number[] {
  return kb.nominationsAt(k).filter((i) => recordIn(kb, key, i));
}

/**
 * A family key ("screenplay") names the ceremony's own category in messages; one that spans several
 * that night ("supporting": actor and actress) keeps its own name.
 */
function familyKey(kb: KnowledgeBase, k: number, key: string): string {
  const keys = new Set(fieldOf(kb, k, key).map((i) => kb.keyOf(i)));
  return keys.size === 1 ? [...keys][0] : key;
}

/** "C went to W"; for a family of several categories that night, each category with its winners. */
function wentTo(kb: KnowledgeBase, catName: string, winners: readonly number[]): string {
  const byCategory = new Map<string, string[]>();
  for (const i of winners) {
    const name = kb.view(i).category;
    byCategory.set(name, [...(byCategory.get(name) ?? []), kb.describeWinner(i)]);
  }
  if (byCategory.size <= 1) return `${catName} went to ${listText(winners.map((i) => kb.describeWinner(i)))}`;
  return [...byCategory].map(([name, who], n) => `${name} ${n ? "to" : "went to"} ${listText(who)}`).join(", ");
}

/**
 * "Tom Hanks won Best Actor for Philadelphia in 1996": the year may be the night's or its films', and
 * neither holds, while the claim holds at one other night: the year is to blame.
 */
function wrongYear(
  v: SentenceView,
  f: Frame,
  h: Holder,
  agreeing: readonly number[],
  pinned: readonly number[],
  base: Pick<Claim, "kind" | "rule">,
): Claim | undefined {
  const kb = v.kb;
  const nights = new Set(agreeing.map((i) => kb.data.nominations.ceremony[i]));
  if (!f.statedAt || f.stated.length < 2 || nights.size !== 1 || pinned.some((n) => nights.has(n))) return;
  // Only a claim that names its film, or a film's own claim, is tied to one night by what it says.
  if (h.kind === "person" && !f.films.length) return;
  const name = nameOf(kb, h);
  const r = kb.view(agreeing[0]);
  const said = v.text.slice(f.statedAt.start, f.statedAt.end);
  const verb = f.predicate === "nominate" ? "was nominated for" : "won";
  return settle(
    claim({
      ...base,
      ...f.statedAt,
      statement: `${name} ${verb} ${r.category} in ${said}`,
      verdict: "refuted",
      severity: "error",
      message: `${name} ${verb} ${r.category} at the ${kb.ceremonyLabel(r.ceremony)}, not in ${said}.`,
      evidence: agreeing.map((i) => evidence(kb, i)),
    }),
  );
}

/**
 * "Kirk Douglas won Best Actor", no night said: a person named in full whose every nomination in the
 * category lost never won it, whichever night is meant. Only in a piece about the Oscars.
 */
function neverWon(
  v: SentenceView,
  f: Frame,
  h: Holder,
  inCategory: readonly number[],
  base: Pick<Claim, "kind" | "rule">,
): Claim | undefined {
  const kb = v.kb;
  const oscars = aboutOscars(v);
  if (f.predicate !== "win" || h.kind !== "person" || f.coref || f.films.length || h.mention.via !== "name") return;
  if (!oscars || !inCategory.length || inCategory.some((i) => kb.won(i))) return;
  const name = nameOf(kb, h);
  const times = inCategory.length === 1 ? "once" : `${inCategory.length} times`;
  const nights = inCategory.map((i) => `${kb.ceremonyLabel(kb.data.nominations.ceremony[i])}`).join(", ");
  const category = CATEGORY_BY_KEY.get(f.category.category!)?.label ?? kb.view(inCategory[0]).category;
  return settle(
    claim({
      ...base,
      start: f.start,
      end: f.end,
      statement: `${name} won ${category}`,
      verdict: "refuted",
      severity: "error",
      message: `${name} was nominated for ${category} ${times} (${nights}) and never won it.`,
      evidence: inCategory.map((i) => evidence(kb, i)),
    }),
  );
}

/** Categories a journalist may mistake for each other: the lead and supporting roles, the two screenplays. */
const SIBLINGS: Record<string, string> = {
  actor: "supporting-actor",
  "supporting-actor": "actor",
  actress: "supporting-actress",
  "supporting-actress": "actress",
  "original-screenplay": "adapted-screenplay",
  "adapted-screenplay": "original-screenplay",
};

/**
 * "Brendan Fraser won Best Supporting Actor": never nominated in the category, but the winner of its
 * sibling (the lead role, the other screenplay) once. The category is to blame.
 */
function siblingWin(
  v: SentenceView,
  f: Frame,
  h: Holder,
  inCategory: readonly number[],
  all: readonly number[],
  base: Pick<Claim, "kind" | "rule">,
): Claim | undefined {
  const kb = v.kb;
  const sibling = SIBLINGS[f.category.category ?? ""];
  if (!sibling || inCategory.length || f.predicate !== "win" || h.kind !== "person" || f.coref) return;
  if (h.mention.via !== "name" || f.films.length || !aboutOscars(v)) return;
  const won = all.filter((i) => kb.won(i) && recordIn(kb, sibling, i));
  if (won.length !== 1) return;
  const name = nameOf(kb, h);
  const r = kb.view(won[0]);
  const said = CATEGORY_BY_KEY.get(f.category.category!)?.label ?? f.category.text;
  const wonIt = `${name} won ${r.category} for ${r.films.join(" / ")} at the ${kb.ceremonyLabel(r.ceremony)}`;
  const message = `${wonIt}, and was never nominated for ${said}.`;
  return settle(
    claim({
      ...base,
      start: f.category.start,
      end: f.category.end,
      statement: `${name} won ${said}`,
      verdict: "refuted",
      severity: "error",
      message,
      evidence: [evidence(kb, won[0])],
    }),
  );
}

function wrongFilm(
  v: SentenceView,
  f: Frame,
  h: Holder,
  right: number[],
  base: Pick<Claim, "kind" | "rule">,
  name: string,
  verb: string,
): Claim {
  const kb = v.kb;
  const said = f.films[0];
  const r = kb.view(right[0]);
  const films = r.films.join(" / ");
  const at = kb.ceremonyLabel(r.ceremony);
  const message = `At the ${at}, ${name} ${verb} ${r.category} for ${films}, not for ${said.text}.`;
  const c = claim({
    ...base,
    start: said.start,
    end: said.end,
    statement: `${name} ${verb} ${r.category} for ${said.text}`,
    verdict: "refuted",
    severity: "error",
    message,
    evidence: right.map((i) => evidence(kb, i)),
  });
  if (r.films.length === 1 && new Set(right.map((i) => kb.view(i).films.join())).size === 1)
    c.fixes.push(fix(`Replace "${said.text}" with "${r.films[0]}"`, r.films[0], said.start, said.end));
  return settle(c);
}

/** The holder that did win, or the category the holder did win. */
function addFixes(v: SentenceView, f: Frame, h: Holder, c: Claim, field: number[], own: number[], k: number): void {
  const kb = v.kb;
  if (f.list) {
    // A list of wins: one fix rewrites the list to what the holder did win.
    if (h.kind === "film" && f.predicate !== "nominate" && own.length)
      c.fixes.push(listFix(v, kb.data.films[h.ids[0]].title, own, f.list));
    return;
  }
  const winners = field.filter((i) => kb.won(i));
  const byHolder = f.predicate !== "nominate" ? winnerFix(kb, { ...h, coref: h.coref || f.coref }, winners) : undefined;
  const byCategory = categoryFix(kb, own, f.category, k);
  for (const x of [byHolder, byCategory]) if (x) c.fixes.push(x);
}

/**
 * International Feature is credited to the country: "Bong Joon Ho won international feature"
 * holds when a film of the person's that night won it, and is never refuted on the person.
 */
function countryCredited(v: SentenceView, f: Frame, h: Holder): Claim {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const nights = f.stated.length ? f.stated : v.ctx ? [v.ctx.ceremony] : [];
  const films = new Set(
    recordsOf(kb, h)
      .filter((i) => nights.includes(nom.ceremony[i]))
      .flatMap((i) => nom.films[i]),
  );
  const won = nights
    .flatMap((n) => kb.field(n, "international-feature"))
    .find((i) => kb.won(i) && nom.films[i].some((x) => films.has(x)));
  const name = nameOf(kb, h);
  const base = { kind: "win" as const, rule: "wrong-winner", start: f.start, end: f.end };
  if (won === undefined)
    return claim({
      ...base,
      statement: `${name} won ${f.category.text}`,
      verdict: "unverifiable",
      message: "International Feature is credited to the country",
    });
  const category = kb.view(won).category;
  const statement = `${name} won ${category} at the ${kb.ceremonyLabel(nom.ceremony[won])}`;
  return claim({
    ...base,
    statement,
    verdict: "supported",
    message: `${category}: ${kb.describeWinner(won)}, ${name}'s film`,
  });
}

/** The night's nominees in the category are companies (early best pictures are the studios'). */
function studioCredited(kb: KnowledgeBase, k: number, key: string): boolean {
  const field = fieldOf(kb, k, key);
  const people = kb.data.people;
  return (
    field.length > 0 && field.every((i) => kb.data.nominations.people[i].every((p) => people[p].id.startsWith("co")))
  );
}

interface SongSaid {
  /** The title folded to its words, as songRows keys it. */
  words: string;
  start: number;
  end: number;
}

/** The one quoted title the data knows as a song, said "for" the frame's category right after it. */
function songNamed(v: SentenceView, f: Frame): SongSaid | undefined {
  const said = v.text.slice(v.sentence.start, v.sentence.end);
  const titles = songRows(v.kb);
  const found: SongSaid[] = [];
  for (const m of said.matchAll(QUOTED)) {
    const words = wordsOf(m[1]);
    const start = v.sentence.start + m.index! + 1;
    // (A film's title in quotes is the film, though a song shares it: 'for "Philadelphia"'.)
    const film = v.mentions.some((x) => x.kind === "film" && x.start < start + m[1].length && start < x.end);
    if (titles.has(words) && !film && !found.some((f) => f.words === words))
      found.push({ words, start, end: start + m[1].length });
  }
  // ('won original song for "A", beating B and C': a song said before the holder is someone else's.)
  const song = found.length === 1 && found[0].start > f.start ? found[0] : undefined;
  // ('won best original song for "A"', not 'who sang "A", won best original song for F'.)
  const gap = song && song.start > f.category.end ? v.text.slice(f.category.end, song.start) : "";
  return song && SONG_FOR.test(gap) ? song : undefined;
}
const SONG_FOR = /^[^.;"\u201c]{0,30}\bfor\s*["\u201c]$/;

/** What record i says instead of the words said: the fix, and the message's and statement's words. */
interface Right {
  /** The replacement, written as the draft wrote the words. */
  fix: string;
  /** "Original Song for "What Was I Made For?" (Barbie), not "I'm Just Ken"". */
  told: string;
  statement: string;
}

/** 'X won best original song for "I'm Just Ken"': X's record that night is for another song. */
function songRight(v: SentenceView, said: SongSaid, i: number, did: string): Right {
  const w = v.kb.view(i);
  const right = v.kb.data.nominations.detail[i].split("|")[0];
  const words = v.text.slice(said.start, said.end);
  const films = w.films.length ? ` (${w.films.join(", ")})` : "";
  return {
    fix: right,
    told: `${w.category} for "${right}"${films}, not "${words}"`,
    statement: `${did} ${w.category} for "${words}"`,
  };
}

/** "X won black-and-white cinematography for F": X's record that night is in the colour half. */
function halfRight(v: SentenceView, said: HalfSaid, i: number, did: string): Right {
  const w = v.kb.view(i);
  const words = v.text.slice(said.start, said.end);
  const right = halfOf(w.category) === "color" ? "Color" : "Black-and-White";
  // ("An American in Paris won Art Direction (Color)": a film holder is not told its own title again.)
  const films = w.films.length && !did.startsWith(w.films[0]) ? ` for ${w.films.join(", ")}` : "";
  return {
    fix: /^[a-z]/.test(words) ? right.toLowerCase() : right,
    told: `${w.category}${films}, not the ${words} award`,
    statement: `${did} ${w.category}`,
  };
}

/** The words said (a song, a category's half) are wrong for record i: blamed, with the record's as the fix. */
function blameSaid(
  v: SentenceView,
  base: Pick<Claim, "kind" | "rule">,
  said: { start: number; end: number },
  i: number,
  did: string,
  right: Right,
): Claim {
  const kb = v.kb;
  const words = v.text.slice(said.start, said.end);
  return settle(
    claim({
      ...base,
      start: said.start,
      end: said.end,
      statement: right.statement,
      verdict: "refuted",
      severity: "error",
      message: `At the ${kb.ceremonyLabel(kb.view(i).ceremony)}, ${did} ${right.told}.`,
      evidence: [evidence(kb, i)],
      fixes: [fix(`Replace "${words}" with "${right.fix}"`, right.fix, said.start, said.end)],
    }),
  );
}
const QUOTED = /["\u201c]([^"\u201c\u201d]{2,60}?)[,.]?["\u201d]/g;

/** Categories once split by colour: only their frames look for a half said beside them. */
const SPLIT_BY_COLOUR = new Set(["cinematography", "production-design", "costume-design"]);
/** The two halves of a category split by colour (1940s to 1960s). */
const HALVES = /\((?:black-and-white|color)\)/i;
const halfOf = (text: string): HalfSaid["half"] => (/black|b&w/i.test(text) ? "black-and-white" : "color");
const HALF_AFTER = /^\s*\((black-and-white|black and white|b&w|colou?r)\)/i;
const HALF_BEFORE = /\b(black-and-white|black and white|b&w|colou?r)\s+$/i;

interface HalfSaid {
  half: "black-and-white" | "color";
  start: number;
  end: number;
}

/** The half of a split category the words beside the category name, if they name one. */
function qualifierOf(v: SentenceView, f: Frame): HalfSaid | undefined {
  const c = f.category;
  const after = HALF_AFTER.exec(v.text.slice(c.end, c.end + 24));
  if (after) {
    const start = c.end + after[0].indexOf(after[1]);
    return { half: halfOf(after[1]), start, end: start + after[1].length };
  }
  const from = Math.max(0, c.start - 20);
  const before = HALF_BEFORE.exec(v.text.slice(from, c.start));
  if (!before) return undefined;
  return { half: halfOf(before[1]), start: from + before.index, end: from + before.index + before[1].length };
}

/**
 * Award-season claims about other bodies: "winning a BAFTA, a Critics' Choice Award and
 * three Independent Spirit Awards", "the Palme d'Or at last year's Cannes", "Mikey
 * Madison's BAFTA win", "nominated at the Golden Globes". The data is film-level: a
 * person's win is checked through the film of their Oscar nomination that season (or a
 * film named beside them); when no film can be tied to the person, the claim is
 * unverifiable. PGA, DGA and WGA are not in the data: their claims stay unverifiable.
 */
import { compatible } from "../award-index";
import type { KnowledgeBase } from "../kb";
import { listText } from "../kb";
import type { Mention } from "../mentions/types";
import type { CeremonyContext } from "../context";
import { MONTHS_PATTERN } from "./ceremony";
import { numberLike } from "../text/fold";
import { TIME_LATER } from "../night-moves";
import {
  WIN_VERB,
  ceremonyFor,
  claim,
  corefFilm,
  fitsPronoun,
  fix,
  nameOf,
  nominationsOf,
  quiet,
  settle,
  subjectOf,
  type Subject,
} from "./common";
import type { Claim, Evidence } from "./types";
import { OTHER_BODY, hedged, markers, nightOfSentence, type SentenceView } from "./view";
import { subjectBefore } from "./wins";

/** Words before an award: a count, "prestigious", "major". */
const SMALL_NUMBER = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}`;
const GREAT = String.raw`prestigious|coveted|top|major|several`;
/** ", and at", "as well as": what joins the items of a list. */
const ITEM_JOIN = String.raw`(?: ,)?(?: and(?: at| from)?| as well as| along with| plus)?`;
const ITEM_GAP = String.raw`(?:${ITEM_JOIN}(?: (?:a|an|the|${SMALL_NUMBER}|${GREAT}))*(?: [a-z'-]+){0,1}? <A\d+>)`;
/** "(awards in the categories of)", "Best X and". */
const CATEGORIES_OF = String.raw`(?: (?:awards?|prizes?) (?:in|for) (?:the )?categor(?:y|ies) of)?`;
const CATEGORY_LIST = String.raw`(?: <C\d+>(?: ,)?(?: and)?)*`;
/** "the equivalent award at (the)". */
const SAME_AWARD = String.raw`(?:equivalent|same|corresponding) (?:award|prize|honou?r|trophy)`;
const EQUIVALENT = String.raw`(?: ${SAME_AWARD} (?:at|from)(?: the)?)?`;
/** "won (the awards in the categories of) Best Non-English Language Film and <Best Screenplay at the Globes>". */
const CATEGORIES_FIRST = CATEGORIES_OF + CATEGORY_LIST + EQUIVALENT;
/** "won (at)", "victories", "swept" (group verb). */
const WIN_WORD = String.raw`(?<![\w-])(?<verb>${WIN_VERB}|victories|wins|triumphs?|sweeps?|swept)(?: (?:at|in|from))?`;
/** "the two prestigious". */
const WIN_WORDS = String.raw`(?: (?:the|a|an|${SMALL_NUMBER}|${GREAT}))*(?: [a-z'-]+){0,1}?`;
const WIN_LIST = new RegExp(String.raw`${WIN_WORD}${WIN_WORDS}${CATEGORIES_FIRST} (?<list><A\d+>${ITEM_GAP}*)`, "g");
const OWN_WIN =
  /<([PF])(\d+)> 's (?:[a-z'-]+ ){0,5}?(?:earned (?:her|him|them|it) )?(?:a |an |the )?<A(\d+)> (?:win|victory|triumph)\b|earned (?:her|him|them|it) (?:a |an |the )?<A(\d+)> (?:win|victory)/g;
/** "fresh from her BAFTA win": the sentence's person or film owns it. */
const PRONOUN_WIN = /\b(?:his|her|their|its) (?:[a-z'-]+ ){0,2}?<A(\d+)> (?:win|victory|triumph)\b/g;
const WINNER_OF = /\b(?:winner|recipient) of (?:the )?<A(\d+)>/g;
const LOST_TO = /\blost (?:the |a )?<A(\d+)> to (?:" )?<[PF](\d+)>/g;
const GAVE_ITS = String.raw`(?:gave|handed|awarded) (?:its|their) (?:[a-z'-]+ ){0,3}(?:award|prize|honou?r|trophy) to`;
const GAVE_TO = String.raw`(?:also |again |then |instead )?(?:${GAVE_ITS}|chose|picked) (?:" )?<F(\d+)>`;
const BODY_GAVE = new RegExp(String.raw`<A(\d+)> ${GAVE_TO}(?: ")?(?: as <C(\d+)>)?`, "g");
/**
 * "the British Academy handed X its best actress award": the body, the one given, then its own category.
 * (A film given a body's prize is read by the frames.)
 */
const GIVEN_ITS = String.raw`(?:gave|handed|awarded|presented) (?:" )?<(P)(\d+)>(?: ")? (?:its|their) <C(\d+)>`;
const BODY_GAVE_ITS = new RegExp(String.raw`<A(\d+)> (?:also |again |then )?${GIVEN_ITS}`, "g");
/** "the jury gave F the Palme d'Or", "handed X the Golden Lion": the one given the prize by name won it. */
const GIVEN_PRIZE =
  /\b(?:gave|handed|awarded|presented) (?:" )?<([PF])(\d+)>(?: ")? (?:the |a |an |its |their )?<A(\d+)>/g;
/** The body's award mention `a`, held to the category a mention of the sentence names, if it names one. */
function inCategory(a: Mention, cat: Mention | undefined): Mention {
  return cat?.category ? { ...a, award: { ...a.award!, category: cat.category } } : a;
}

/** "it", "the film", "<P>" (and a word). */
const CLAUSE_SUBJECT = String.raw`^ (?:it|they|he|she|its|the film|<[PF]\d+>)(?: [a-z]+)? `;
const CLAUSE_VERB = String.raw`(?:was|were|is|are|took|won|got|went|had|has|came|lost|left)\b`;
const NEW_CLAUSE = new RegExp(CLAUSE_SUBJECT + CLAUSE_VERB);
/**
 * What may follow an item of a list of awards: the list goes on or ends
 * ("…, Globes voters preferred Y" is no item).
 */
const LIST_ITEM_END =
  /^(?:$| [,.;:)!?-]| (?:and|as well as|along with|plus|in|on|earlier|this|last|for|before|after|too)\b| <A\d+>)/;
const NOMINATION_AFTER = /^ (?:nominations?|nods?|noms?|bids?)\b/;
const NOUN_SUBJECT = /^ (?:(?:had|has|have) )?(?:went|goes|go|gone|was|is|were|are|belonged|fell|came)\b/;
/** "SAG champs X, Y ("F") and Z", "Cannes winner F": the names after the title won there. */
/** "former", "would-be", "two-time": a title of another time. */
const PAST_TITLE = String.raw`time|former|past|previous`;
const FUTURE_TITLE = String.raw`future|would-be|potential|presumptive|likely|expected|perennial`;
const NOT_NOW = `(?:${PAST_TITLE}|${FUTURE_TITLE})`;
const CHAMPS = new RegExp(
  String.raw`(?<!\b${NOT_NOW} )<A(\d+)> (?:champs?|champions?|winners?) (?<list>(?:<[PF]\d+>|[(),"']| and| ,| )+)`,
  "g",
);
/** "…won the Golden Globe, and Michelle Williams the BAFTA": a conjunct whose win verb is gapped. */
const GAPPED_WIN = /(?:,? and|;) (?:" )?<([PF])(\d+)>(?: ")? (?:the |a |an )?<A(\d+)>(?= [,.;:)]| and\b| for\b| $|$)/g;
const AWARD_WENT_TO = /\bthe <A(\d+)> (?:also |again |instead )?went to (?:" )?<[PF](\d+)>/g;
const NOMINATED = /\bnominat\w* (?:for|at) (?:the )?<A(\d+)>|<A(\d+)> (?:nomination|nominations|nod|nods)\b/g;

interface Tie {
  films: number[];
  /** Oscar category keys of the person that season, to read "a BAFTA win" as the matching category. */
  roles: string[];
  /** How the tie was made; a "guess" (a film named beside the person, not theirs at the Oscars) only supports. */
  how: "film" | "named" | "oscar" | "guess";
}

export function checkSeason(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  // ("And did Titanic win at BAFTA?": a question claims nothing; "F had won the Globe, right?" does.)
  const said = v.text.slice(v.sentence.start, v.sentence.end);
  if (QUESTION.test(said) && ASKED.test(said) && !TOLD_IN_QUESTION.test(said)) return out;
  const awards = (s: string) => markers(s, "A").map((i) => v.mentions[i]);
  const done = new Set<Mention>();
  const emit = (subj: Subject | undefined, a: Mention, what: "win" | "nomination") => {
    if (done.has(a)) return;
    done.add(a);
    // "earned a best ensemble nom from the SAG": the noun, not the verb, says what was earned.
    out.push(verifySeason(v, subj, a, a.award!.noun ?? what));
  };
  for (const m of v.sk.matchAll(WIN_LIST)) {
    if (hedged(v.sk.slice(Math.max(0, m.index! - 40), m.index! + m.groups!.verb.length))) continue;
    const subj = resolve(v, m.index!);
    for (const [k, a] of awards(m.groups!.list).entries()) {
      // "won X at the Spirit Awards and at the Globes it was shut out": the later clause is its own.
      const at = v.sk.indexOf(`<A${v.mentions.indexOf(a)}>`);
      const rest = v.sk.slice(at).replace(/^<A\d+>/, "");
      if (k > 0 && (NEW_CLAUSE.test(rest) || !LIST_ITEM_END.test(rest))) break;
      // "…, and Best Director at the Globes went to X": the award heads a clause of its own.
      if (NOUN_SUBJECT.test(rest)) break;
      // ("collected six Golden Globe nominations": what was collected is nominations.)
      emit(subj, a, NOMINATION_AFTER.test(rest) ? "nomination" : "win");
    }
  }
  for (const m of v.sk.matchAll(OWN_WIN)) {
    const owner = m[2] !== undefined ? subjectOf(v.mentions[Number(m[2])]) : firstName(v);
    emit(owner, v.mentions[Number(m[3] ?? m[4])], "win");
  }
  for (const m of v.sk.matchAll(PRONOUN_WIN)) {
    if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // ("A won for F, and Kate Winslet won for G, repeating her Golden Globe win": the nearest one "her" fits.)
    emit(nearestOwner(v, m.index!, m[0].split(" ")[0]) ?? firstName(v), v.mentions[Number(m[1])], "win");
  }
  for (const m of v.sk.matchAll(WINNER_OF)) emit(resolve(v, m.index!), v.mentions[Number(m[1])], "win");
  // "F lost the Globe to G": G won that body's prize (the category the award names, if any).
  for (const m of v.sk.matchAll(LOST_TO)) {
    if (hedged(v.sk.slice(0, m.index!))) continue;
    emit(subjectOf(v.mentions[Number(m[2])]), v.mentions[Number(m[1])], "win");
  }
  // "SAG gave its cast award to F", "BAFTA chose F": the body names what it gave its prize to.
  for (const m of v.sk.matchAll(BODY_GAVE)) {
    if (hedged(v.sk.slice(0, m.index!))) continue;
    // ("chose F as best film": the category said is the body's.)
    const cat = m[3] === undefined ? undefined : v.mentions[Number(m[3])];
    emit(subjectOf(v.mentions[Number(m[2])]), inCategory(v.mentions[Number(m[1])], cat), "win");
  }
  for (const m of v.sk.matchAll(BODY_GAVE_ITS)) {
    if (hedged(v.sk.slice(0, m.index!))) continue;
    emit(subjectOf(v.mentions[Number(m[3])]), inCategory(v.mentions[Number(m[1])], v.mentions[Number(m[4])]), "win");
  }
  for (const m of v.sk.matchAll(GIVEN_PRIZE)) {
    if (!hedged(v.sk.slice(0, m.index!))) emit(subjectOf(v.mentions[Number(m[2])]), v.mentions[Number(m[3])], "win");
  }
  // "the BAFTA for best film went to F": the award heads its clause, the name after "went to" won it.
  for (const m of v.sk.matchAll(AWARD_WENT_TO)) {
    const a = v.mentions[Number(m[1])];
    if (!a.award?.category || hedged(v.sk.slice(0, m.index!))) continue;
    emit(subjectOf(v.mentions[Number(m[2])]), a, "win");
  }
  // "surprising with a best ensemble nom from the SAG": the noun is the claim, whatever the verb.
  for (const m of v.sk.matchAll(/<A(\d+)>/g)) {
    const a = v.mentions[Number(m[1])];
    if (!a.award?.noun || done.has(a) || hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // "…, the best ensemble win at the SAG went to CODA": the award heads its own clause.
    const after = v.sk.slice(m.index! + m[0].length);
    if (/^(?:^|.*[,;:] )(?:the|a|an) $/.test(v.sk.slice(0, m.index!)) || NOUN_SUBJECT.test(after)) continue;
    emit(resolve(v, m.index!), a, a.award.noun);
  }
  // (Only after a win read in this sentence: the gapped verb is that one.)
  if (done.size)
    for (const m of v.sk.matchAll(GAPPED_WIN))
      emit(subjectOf(v.mentions[Number(m[2])]), v.mentions[Number(m[3])], "win");
  for (const m of v.sk.matchAll(CHAMPS)) {
    const a = v.mentions[Number(m[1])];
    if (done.has(a) || hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    done.add(a);
    // People, each with the film in brackets after them; films only where no person is named.
    const people = markers(m.groups!.list, "P");
    for (const i of people.length ? people : markers(m.groups!.list, "F")) {
      const h = v.mentions[i];
      let c = verifySeason(v, subjectOf(h), a, "win");
      // "Golden Globe winner Nicole Kidman" may be a title from any year: only a stated edition refutes.
      const dated = a.award!.year !== undefined || a.award!.relativeYear !== undefined;
      if (c.verdict === "refuted" && !dated) c = quiet(c);
      out.push(people.length > 1 ? { ...c, start: h.start, end: h.end } : c);
    }
  }
  for (const m of v.sk.matchAll(NOMINATED)) {
    if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    emit(resolve(v, m.index!), v.mentions[Number(m[1] ?? m[2])], "nomination");
  }
  return out;
}

/** The subject before `at`; "it" / "the film" is the sentence's own film first, then the previous one. */
function resolve(v: SentenceView, at: number): Subject | undefined {
  const pre = v.sk.slice(0, at);
  if (/\b(?:it|its|the film|the movie)(?: (?:has|had|also|even|already|just|then))*\s*$/.test(pre)) {
    // ("The film, a sequel to F, …, and it had won": the sentence opened on the film "it" goes on with.)
    const opener = /^(?:(?:" )?the (?:film|movie)|it) /.test(pre);
    const own = opener ? [] : [...pre.matchAll(/<F(\d+)>/g)];
    if (own.length) return subjectOf(v.mentions[Number(own[0][1])]);
    // ("F beat A and B. It had already won …": "it" goes on with the film the sentence before opened on.)
    const opened = /\bits?\b[^<]*$/.test(pre) ? v.prior.filmSubject : undefined;
    return opened ? subjectOf(opened, true) : corefFilm(v);
  }
  // "…, beating Brady Corbet, who had won best director at the BAFTAs": the relative's antecedent.
  const relative = RELATIVE_OPENED.exec(pre);
  if (relative) {
    // ('It took original song for "Golden," which had already won at the Globes': a relative clause on a
    // thing we do not know has that thing as its subject.)
    const head = /<([PF])(\d+)> (?:" )?$/.exec(pre.slice(0, relative.index));
    return head ? subjectOf(v.mentions[Number(head[2])]) : undefined;
  }
  // ("Y beat X in F, who everybody thought had it because he'd won the Globe", "beating X, who was the favourite
  // after winning the Globe": "he", or a participle's subject, inside the relative clause is its antecedent.)
  const inRelative = HE_IN_RELATIVE.exec(pre);
  if (inRelative) return subjectOf(v.mentions[Number(inRelative[1])]);
  // ('"Working Girl," a Cinderella story set on Wall Street, won the Globe': the name before the appositive.)
  const apposed = APPOSED_SUBJECT.exec(pre);
  if (apposed) return subjectOf(v.mentions[Number(apposed[2])]);
  // "F won the Golden Lion; Bones and All took the Silver Lion": a clause after a semicolon or
  // "while" that names no one we know has a subject we cannot see.
  const cut = Math.max(pre.lastIndexOf(" ; "), ...[" while ", " whereas ", " but "].map((w) => pre.lastIndexOf(w)));
  if (cut >= 0 && !/<[PF]\d+>|\b(?:it|its|he|she|his|her|they|their)\b/.test(pre.slice(cut))) return undefined;
  // "with Anora racking up wins at ...": the name before a participle is its subject.
  const absolute = /\bwith <([PF])(\d+)>(?: [a-z]+ing(?: up| in| home)?)?\s*$/.exec(pre);
  if (absolute) return subjectOf(v.mentions[Number(absolute[2])]);
  return subjectBefore(v, at) ?? possessiveSubject(v, pre);
}

const QUESTION = /\?["'\u201d\u2019)\]]*\s*$/;
/**
 * A sentence opening on its auxiliary, past a speaker's label and a conjunction: "DENISE: And did Titanic win …".
 * (Case kept, so that a label is a speaker's capitals; not "do", "have", "can": those open requests as often.)
 */
const ASKED =
  /^(?:[A-Z][A-Z .'-]*:\s*)?(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Oo]r)\s+)?(?:[Dd]id|[Dd]oes|[Hh]as|[Ww]as|[Ii]s|[Ww]ere)\s/;
/** "Did you know that F won …?", "Is it any wonder that …?": a claim asked about is still made. */
const TOLD_IN_QUESTION = /\b(?:know|wonder|surprise|realize|realise)\b/;

const PERSON_IN_FILM = String.raw`<P(\d+)>(?: in (?:" )?<F\d+>(?: ")?)?`;
const HE_BEFORE_VERB = String.raw`\b(?:he|she)(?:'d| 'd| had| has)?(?: (?:also|already|just))* ?$`;
/** "… after winning the Globe": a participle after a preposition has the clause's subject. */
const PARTICIPLE_AFTER = String.raw`\b(?:after|before|since|by|despite|for) $`;
/**
 * A person, perhaps "in F", then ", who …" not yet closed by ", and" or a clause break, up to "he" or "she" before
 * the verb, or a participle after a preposition.
 */
const HE_IN_RELATIVE = new RegExp(
  String.raw`${PERSON_IN_FILM} , who (?:(?!, (?:and|but|while) )[^;:<])*?(?:${HE_BEFORE_VERB}|${PARTICIPLE_AFTER})`,
);

/** A name opening a clause, then an appositive ("a …", "the …", "Mike Nichols' …") closed by a comma. */
const APPOSED_SUBJECT = new RegExp(
  String.raw`(?:^|, and |; )(?:" )?<([PF])(\d+)> (?:, " |" , |, )(?:(?:a|an|the|already) |<P\d+> 's? )[^;]*?, ` +
    String.raw`(?:(?:has|had|also|then) )*$`,
);

/** "Anora's late surge, bolstered by victories at ...": the last possessive name before the verb. */
function possessiveSubject(v: SentenceView, pre: string): Subject | undefined {
  const m = /<([PF])(\d+)> 's\b(?!.*<[PF]\d+>)/.exec(pre);
  return m ? subjectOf(v.mentions[Number(m[2])]) : undefined;
}

/** The person named last before skeleton offset `at` whom the pronoun fits, or undefined. */
function nearestOwner(v: SentenceView, at: number, pronoun: string): Subject | undefined {
  if (pronoun !== "his" && pronoun !== "her") return undefined;
  const before = [...v.sk.slice(0, at).matchAll(/<P(\d+)>/g)].map((x) => v.mentions[Number(x[1])]);
  const fit = before.reverse().find((m) => fitsPronoun(v.kb, m, pronoun));
  return fit ? subjectOf(fit) : undefined;
}

function firstName(v: SentenceView): Subject | undefined {
  const m = v.mentions.find((x) => x.kind === "person" || x.kind === "film");
  return m ? subjectOf(m) : undefined;
}

/** Films a subject stands for at a ceremony: its own ids, or a person's nominated films. */
/** "… is the favorite to repeat his 2003 win for F": a film of a win the person had before. */
const PAST_WIN =
  /\b(?:his|her|their)\s+(?:(?:19|20)\d\d|previous|earlier|last)\s+(?:win|oscar|victory)\s+for\s+["\u201c]?$/i;

/** The films a sentence names for the season it tells of (not one of an earlier win). */
function seasonFilms(v: SentenceView): Mention[] {
  const films = v.mentions.filter((m) => m.kind === "film");
  return films.filter((m) => {
    const pre = v.text.slice(Math.max(0, m.start - 40), m.start);
    // ("X, a best actor winner for F, won SAG as C": an epithet's Oscar film, unless it names the body.)
    const epithet = EPITHET_FILM.test(pre) && !OTHER_BODY.test(pre.slice(pre.lastIndexOf(",") + 1).toLowerCase());
    // ("…, is nominated for the second time after F": a film of another time.)
    // (Not "after F made its way to …": a clause of its own, whose claims the film is the subject of.)
    const after = AFTER_FILM.test(pre) && /^["\u201d]?\s*(?:[,.;:)!?]|$)/.test(v.text.slice(m.end, m.end + 3));
    // ("…; he had previously won only as a producer of F": a clause in the pluperfect tells of before.)
    const semi = v.text.lastIndexOf(";", m.start);
    // ("…; two years later she was nominated again, for F": a clause moved on in time tells of another season.)
    const clause = v.text.slice(semi + 1, m.start);
    const later = semi > v.sentence.start && (PLUPERFECT.test(clause) || TIME_LATER.test(clause));
    return !PAST_WIN.test(pre) && !epithet && !after && !later;
  });
}

/**
 * A person's season when the sentence names no film: the article's night, unless the paragraph has moved to
 * another ("In Becket (1964) he was Henry II … Mr. O'Toole won the Golden Globe" in an obituary).
 */
function seasonNight(v: SentenceView, subj: Subject, ctx: CeremonyContext | undefined): CeremonyContext | undefined {
  if (subj.kind !== "person" || !ctx || ctx !== v.ctx || ctx.strength !== "document") return ctx;
  // ("Giamatti won the Golden Globe in January": a time of the piece's own season keeps the piece's night.)
  if (OWN_TIME.test(v.text.slice(v.sentence.start, v.sentence.end))) return ctx;
  const n = nightOfSentence(v, ctx.ceremony);
  return n === ctx.ceremony ? ctx : n === undefined ? undefined : { ceremony: n, strength: "paragraph" };
}

const OWN_TIME = new RegExp(
  String.raw`\b(?:(?:in|on|last|this)\s+(?:${MONTHS_PATTERN})\b|(?:this|last)\s+(?:year|month|week|season|sunday)\b)`,
  "i",
);

/** The films the sentence names all stand in a clause before the award's (", and" or ";" between). */
function filmsInEarlierClause(v: SentenceView, a: Mention): boolean {
  const films = seasonFilms(v);
  const last = films[films.length - 1];
  return !!last && last.end < a.start && /(?:,\s*(?:and|but)|;)\s/.test(v.text.slice(last.end, a.start));
}

/** ", who had", ', " which': a relative clause opened at the end of the words before a verb. */
const RELATIVE_OPENED = /, (?:" )?(?:who|which)(?: (?:had|has|have|also|once|previously|earlier|already))*\s*$/;

const PLUPERFECT = /\bhad\s+(?:(?:previously|already|earlier|once|only)\s+)*(?:won|been|taken)\b/i;

const AFTER_FILM = /\b(?:after|since|before)\s+["\u201c]?$/i;

/** ", a best actor winner for F", ", an Oscar nominee for F": the film of an epithet set off by a comma. */
const EPITHET_FILM = /,\s+(?:a|an|the)\s+[^,]*\b(?:winner|nominee)\s+for\s+["\u201c]?$/i;

function tie(v: SentenceView, subj: Subject, ceremony: number | undefined, unnamed = false): Tie | undefined {
  const kb = v.kb;
  const nf = kb.data.nominations.films;
  if (subj.kind === "film") return { films: subj.ids, roles: [], how: "film" };
  const named = unnamed ? [] : seasonFilms(v).flatMap((m) => m.ids);
  const noms = nominationsOf(kb, subj).filter((i) => kb.isCompetitive(i));
  // "Stan, star of A Different Man, won the Globe": a film named beside the person that the Oscars
  // nominated neither them nor anyone named with them for may be the one the award was for.
  const others = v.mentions
    .filter((m) => m.kind === "person")
    .flatMap((m) => m.ids.filter((p) => !subj.ids.includes(p)));
  const stray = named.filter(
    (f) =>
      !noms.some((i) => nf[i].includes(f)) &&
      !others.some((p) => kb.nominationsOfPerson(p).some((i) => nf[i].includes(f))),
  );
  const withNamed = noms.filter((i) => nf[i].some((f) => named.includes(f)));
  const own = (films: number[], roles: string[], how: Tie["how"]): Tie =>
    stray.length ? { films: [...new Set([...films, ...stray])], roles, how: "guess" } : { films, roles, how };
  if (withNamed.length)
    return own(
      named.filter((f) => withNamed.some((i) => nf[i].includes(f))),
      withNamed.map((i) => kb.keyOf(i)),
      "named",
    );
  if (ceremony === undefined) return undefined;
  const season = noms.filter((i) => kb.data.nominations.ceremony[i] === ceremony);
  if (!season.length) return undefined;
  return own(
    [...new Set(season.flatMap((i) => nf[i]))],
    season.map((i) => kb.keyOf(i)),
    "oscar",
  );
}

/**
 * A person tied to the body's award only through their Oscar films may have won it for another
 * film: refuted only when each winner of the field is another person's film at that ceremony's
 * Oscars in the same kind of category (BAFTA's Leading Actress went to Anora: Mikey Madison's).
 */
function othersWon(kb: KnowledgeBase, subj: Subject, ceremony: number | undefined, field: number[]): boolean {
  if (ceremony === undefined) return false;
  const a = kb.awards.columns;
  const n = kb.data.nominations;
  const night = kb.nominationsAt(ceremony);
  return field.every(
    (r) =>
      a.winners[r].length > 0 &&
      a.winners[r].every((f) =>
        night.some(
          (i) =>
            kb.isCompetitive(i) &&
            n.films[i].includes(f) &&
            n.people[i].length > 0 &&
            !n.people[i].some((p) => subj.ids.includes(p)) &&
            compatible(kb.keyOf(i), undefined, a.key[r], a.variant[r]),
        ),
      ),
  );
}

function evidenceOf(kb: KnowledgeBase, row: number): Evidence {
  const a = kb.awards.columns;
  return {
    ceremony: 0,
    year: a.year[row],
    category: kb.awards.categoryLabel(row),
    films: a.winners[row].map((f) => kb.awards.title(f) ?? "a film not in the Oscar data"),
    nominees: [],
    won: true,
    body: kb.awards.bodyName(a.bodies[a.body[row]].key),
  };
}

/** Checks a claim about another body's award (mention `a` carries body, category, edition). */
export function verifySeason(
  v: SentenceView,
  subj: Subject | undefined,
  a: Mention,
  what: "win" | "nomination",
): Claim {
  const kb = v.kb;
  const ref = a.award!;
  const bodyName = kb.awards.bodyName(ref.body);
  const base = {
    kind: "season" as const,
    rule: what === "win" ? "wrong-season-win" : "wrong-season-nomination",
    start: a.start,
    end: a.end,
  };
  const who = subj ? nameOf(kb, subj) : "?";
  const statement = `${who} ${what === "win" ? "won" : "was nominated at"} ${a.text}`;
  if (!subj) return claim({ ...base, statement, verdict: "unverifiable", message: "No subject found for the award" });
  if (!kb.awards.hasBody(ref.body))
    return claim({ ...base, statement, verdict: "unverifiable", message: `The ${bodyName} are not in the data` });
  const ctx = seasonNight(
    v,
    subj,
    ceremonyFor(v, subj.kind === "film" ? [subj.ids] : seasonFilms(v).map((m) => m.ids)),
  );
  const t = tie(v, subj, ctx?.ceremony);
  if (!t)
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: `${who} cannot be tied to a film of that season`,
    });

  // Which editions: a year the text gives, else the season of the claim's ceremony.
  const docYear = v.doc ? kb.heldYearOf(v.doc.ceremony) : undefined;
  const calendar = ref.year ?? (ref.relativeYear !== undefined && docYear ? docYear + ref.relativeYear : undefined);
  const season = ctx ? kb.heldYearOf(ctx.ceremony) : undefined;
  if (calendar === undefined && season === undefined)
    return claim({ ...base, statement, verdict: "unverifiable", message: "No year or season in context" });
  const a2 = kb.awards.columns;
  const inEdition = (row: number) => (calendar !== undefined ? a2.year[row] === calendar : a2.season[row] === season);
  const want = ref.category ?? (subj.kind === "person" && t.roles.length === 1 ? t.roles[0] : undefined);
  // (A category guessed from the person's one role takes that role's debut prize too: a writer's "Spirit Award"
  // may be its best first screenplay.)
  const debut = ref.category === undefined ? `first-${want?.replace(/^(?:original|adapted)-/, "")}` : undefined;
  const fits = (row: number) =>
    (!ref.group || a2.award[row] === ref.group) &&
    (!want || a2.key[row] === debut || compatible(want, ref.variant, a2.key[row], a2.variant[row]));
  const mine = (row: number) =>
    (what === "win" ? a2.winners[row] : [...a2.winners[row], ...a2.nominees[row]]).some((f) => t.films.includes(f));
  const edition = kb.awards.rows(ref.body, (r) => inEdition(r));
  const year = calendar ?? (edition.length ? a2.year[edition[0]] : undefined);
  const label = `${year ?? ""} ${bodyName}`.trim();
  if (edition.length === 0)
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: `No ${bodyName} data for ${calendar ?? `the ${season} season`}`,
    });
  const hits = edition.filter((r) => fits(r) && mine(r));
  // ("Foxx was nominated … for Collateral, and arrived having won the Golden Globe": the film named is one of the
  // person's that night, the prize another's; a category the text names must still fit.)
  if (!hits.length && t.how === "named" && subj.kind === "person" && what === "win" && filmsInEarlierClause(v, a)) {
    const wide = tie(v, subj, ctx?.ceremony, true);
    const fitsSaid = (r: number) =>
      (!ref.group || a2.award[r] === ref.group) &&
      (!ref.category || compatible(ref.category, ref.variant, a2.key[r], a2.variant[r]));
    if (wide) hits.push(...edition.filter((r) => fitsSaid(r) && a2.winners[r].some((f) => wide.films.includes(f))));
  }

  // Counts: "three Independent Spirit Awards" is exact; "a BAFTA" is at least one.
  if (what === "win" && ref.count !== undefined && !ref.category && subj.kind === "film") {
    // (A film can reach that body a year after or before its Oscar night: the edition it competed at.)
    const competed = calendar === undefined ? competedEdition(v, ref.body, season!, edition, t.films) : undefined;
    const counted = competed ?? edition;
    const edLabel = competed ? `${a2.year[competed[0]]} ${bodyName}` : label;
    const won = counted.filter((r) => a2.winners[r].some((f) => t.films.includes(f)));
    const cats = listText(won.map((r) => kb.awards.categoryLabel(r)));
    const ok = ref.atLeast ? won.length >= 1 : won.length === ref.count;
    const noun = kb.awards.awardNoun(ref.body, ref.atLeast ? 1 : ref.count);
    const countStatement = `${who} won ${ref.atLeast ? "at least one" : ref.count} ${noun} (${edLabel})`;
    if (ok)
      return claim({
        ...base,
        statement: countStatement,
        verdict: "supported",
        message: `${who} won ${won.length} at the ${edLabel}: ${cats}`,
        evidence: won.map((r) => evidenceOf(kb, r)),
      });
    // "the film" for an earlier sentence's film that is not the piece's main one: a guess, never refuted.
    if (subj.coref && !(subj.ids.length === 1 && v.prior.focus() === subj.ids[0]))
      return claim({ ...base, statement: countStatement, verdict: "unverifiable", message: "Which film is unsure" });
    const c = claim({
      ...base,
      statement: countStatement,
      verdict: "refuted",
      severity: "error",
      message: `At the ${edLabel}, ${who} won ${won.length} award${won.length === 1 ? "" : "s"}${
        won.length ? ` (${cats})` : ""
      }, not ${ref.count}.`,
      evidence: won.map((r) => evidenceOf(kb, r)),
    });
    const said = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+)?$/i.exec(
      v.text.slice(Math.max(0, a.start - 30), a.start),
    );
    if (said && !ref.atLeast && won.length > 0) {
      const at = a.start - said[0].length;
      c.fixes.push(
        fix(
          `Replace "${said[1]}" with "${numberLike(won.length, said[1])}"`,
          numberLike(won.length, said[1]),
          at,
          at + said[1].length,
        ),
      );
    }
    return settle(c);
  }
  if (hits.length)
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${label}: ${hits.map((r) => kb.awards.categoryLabel(r)).join(", ")}`,
      evidence: hits.map((r) => evidenceOf(kb, r)),
    });
  // Festivals' films can reach the Oscars a year later or sooner; so can release dates.
  const anyYear = kb.awards.rows(
    ref.body,
    (r) =>
      fits(r) &&
      mine(r) &&
      (calendar !== undefined ? false : Math.abs(a2.season[r] - season!) <= (kb.awards.isFestival(ref.body) ? 2 : 1)),
  );
  if (anyYear.length)
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${a2.year[anyYear[0]]} ${bodyName}: ${kb.awards.categoryLabel(anyYear[0])}`,
      evidence: anyYear.map((r) => evidenceOf(kb, r)),
    });
  const field = kb.awards.principal(edition.filter(fits));
  // ('"A Star Is Born" swept the Globe' in a 2025 piece: a season none of the film's namesakes competed in is a guess.)
  const ownSeason =
    calendar !== undefined ||
    subj.kind !== "film" ||
    !ctx ||
    subj.ids.some((id) => kb.ceremoniesOfFilm(id).includes(ctx.ceremony));
  // ("He also won the Golden Globe … for the role" after a sentence naming several men: "he" is a guess.)
  const sure =
    t.how !== "guess" &&
    ownSeason &&
    !(subj.coref && subj.kind === "person") &&
    (subj.kind !== "person" || t.how !== "oscar" || (!!want && othersWon(kb, subj, ctx?.ceremony, field)));
  const unsure = (c: Claim) => (!sure && c.verdict === "refuted" ? quiet(c) : c);
  // ("F beat A and B. It had already won the BAFTA": "it" going on with the sentence before's subject is sure.)
  const continued = subj.coref && subj.ids.length === 1 && v.prior.filmSubject?.ids[0] === subj.ids[0];
  if (!want || field.length === 0 || (t.how === "film" && subj.coref && !continued)) {
    return unsure(
      claim({
        ...base,
        statement,
        // (No category of the body matches, or a film "it" stands for: nothing to put right.)
        verdict: want ? "unverifiable" : "refuted",
        severity: "error",
        message: want
          ? field.length
            ? "The film the claim is about is a guess"
            : `No ${bodyName} category matching the claim in ${label}`
          : `At the ${label}, ${who} ${what === "win" ? "won nothing" : "had no nomination"} in the data.`,
        evidence: [],
      }),
    );
  }
  const ownWins = edition.filter((r) => a2.winners[r].some((f) => t.films.includes(f)));
  const films = t.films
    .map((f) => kb.awards.title(f))
    .filter(Boolean)
    .join(" / ");
  const message = `At the ${label}, ${field.map((r) => `${kb.awards.categoryLabel(r)} went to ${kb.awards.winnersText(r)}`).join("; ")}; ${films}${ownWins.length ? ` won ${listText(ownWins.map((r) => kb.awards.categoryLabel(r)))}` : what === "win" ? " won nothing there" : " was not nominated"}.`;
  return unsure(
    claim({
      ...base,
      statement,
      verdict: "refuted",
      severity: "error",
      message,
      evidence: field.map((r) => evidenceOf(kb, r)),
    }),
  );
}

/**
 * The edition of `body` a season away from `season` where the films competed, when they did not compete in
 * the season's own (`own`, its rows) and did in exactly one neighbour ("Amadeus won four BAFTAs", held the
 * year after its Oscars).
 */
function competedEdition(
  v: SentenceView,
  body: string,
  season: number,
  own: number[],
  films: number[],
): number[] | undefined {
  const a = v.kb.awards.columns;
  const inIt = (r: number) => [...a.winners[r], ...a.nominees[r]].some((f) => films.includes(f));
  const at = (s: number) => v.kb.awards.rows(body, (r) => a.season[r] === s);
  if (own.some(inIt)) return undefined;
  const near = [season - 1, season + 1].map(at).filter((e) => e.some(inIt));
  return near.length === 1 ? near[0] : undefined;
}

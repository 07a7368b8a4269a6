import { numberValue } from "../../text/fold";

/**
 * Predicate cues: the words that say what a clause claims (a win, a nomination, a loss) and
 * how (denied, hedged, about an earlier year). Each list is one role; a unit is looked up
 * once. Words are the skeleton's folded units.
 */
export type CueKind = "win" | "nominate" | "lose" | "neg" | "hedge" | "past" | "play";

const WIN = [
  "won",
  "win",
  "wins",
  "winning",
  "winner",
  "winners",
  "triumphed",
  "triumphs",
  "prevailed",
  "prevails",
  // "converted three of its eight nominations": won them.
  "converted",
  "converts",
  "victory",
  "victories",
  "swept",
  "sweeps",
  "collected",
  "collects",
  "collecting",
  "nabbed",
  "bagged",
  "snagged",
  "scooped",
  "grabbed",
  "clinched",
  "clinches",
  "clinching",
  "captured",
  "capturing",
  "nabbing",
  "snagging",
  "bagging",
  "secured",
  "claimed",
  "claims",
  "claiming",
  "awarded",
  "honored",
  "honoured",
  "named",
  "crowned",
  "took",
  "takes",
  "taking",
  "picked",
  "picking",
  "received",
  "receives",
  "receiving",
  "accepted",
  "accepts",
  "accepting",
  "earned",
  "earns",
  "earning",
  "brought",
  "gave",
  "went",
  "goes",
  "handed",
  "presented",
  "garnered",
  "landed",
  "recipient",
  "selected",
  "chosen",
  "voted",
  "cited",
  "snapped",
  "nabs",
  "bags",
  "scoops",
  "grabs",
  "wins",
  // Live-blog present tense: "Gravity picks up film editing", "Parasite captures the top prize".
  "snags",
  "captures",
  "secures",
  "garners",
  "lands",
];
const NOMINATE = [
  "nominated",
  "nomination",
  "nominations",
  "nominee",
  "nominees",
  "nod",
  "nods",
  "nom",
  "noms",
  "contender",
  "contenders",
  "contention",
  "competing",
  "competed",
  "compete",
  "competes",
  "vying",
  "vied",
  "race",
  "shortlisted",
  "running",
];
const LOSE = ["lost", "loses", "losing", "lose", "snubbed", "passed", "loss", "losses", "missing", "misses"];
const NEG = [
  ...["not", "n't", "never", "no", "without", "failed", "fails", "nor", "neither", "missed", "instead"],
  ...["overlooked", "omitted", "excluded", "ignored"],
];
const HEDGE = [
  // ("fans had hoped for a fourth nomination at the 98th": a wish, no claim.)
  ...["hoped", "hoping", "hopes", "wished", "wishing"],
  "if",
  "whether",
  "would",
  "could",
  "might",
  "may",
  "expected",
  "predicted",
  "predicts",
  "predict",
  "favored",
  "favoured",
  "favorite",
  "favourite",
  "frontrunner",
  "front-runner",
  "tipped",
  "likely",
  "hopes",
  "hope",
  "hoping",
  "should",
  "odds",
  "bets",
  "bet",
  "projected",
  "will",
  "can",
  "rumored",
  "rumoured",
  "almost",
  "nearly",
  "deserved",
  "deserve",
  "deserves",
  "wish",
  "want",
  "wanted",
  "?",
  "chance",
  "chances",
  "poised",
  "potential",
  "potentially",
  "possible",
  "eligible",
  "hopeful",
  "hopefuls",
  "guess",
  "predictions",
  "prediction",
  "think",
  "believe",
  "seemed",
  "seems",
  "seem",
  // Those whose picks a sentence reports: "most pundits had F winning best picture".
  "pundit",
  "pundits",
  "forecaster",
  "forecasters",
  "forecast",
  "forecasts",
  "oddsmakers",
  "bettors",
  "prognosticators",
];
const PAST = ["previously", "before", "earlier", "ago", "prior", "once", "former", "past", "already", "later", "again"];
const PLAY = ["played", "plays", "playing", "portrayal", "portraying", "portrayed", "portrays", "role", "turn", "as"];

const WIN_NOUNS = new Set(["awards", "oscars", "wins", "prizes", "trophies", "victories"]);

const TABLE = new Map<string, CueKind>();
for (const [kind, words] of [
  ["play", PLAY],
  ["past", PAST],
  ["hedge", HEDGE],
  ["neg", NEG],
  ["lose", LOSE],
  ["nominate", NOMINATE],
  ["win", WIN],
] as [CueKind, string[]][]) {
  for (const w of words) TABLE.set(w, kind);
}

const NOT_TAKEN = new Set(["part", "place", "until", "over", "years", "decades", "months", "time", "long", "off"]);
const SHARED_AFTER = /^(?:with|award|oscar|prize|honou?rs?|,|\.|;|and|for|that|at|in)$/;
const PICKS = new Set(["picked", "picks", "pick", "picking", "backed", "backing", "backs"]);

const QUANTIFIERS =
  /^(?:a|an|half|every|all|twice|thrice|\d[\d,]*|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred)$/;

/** Whether a word opens a quantity ("two", "a", "every", "40"). */
function measured(word: string): boolean {
  return numberValue(word) !== undefined || QUANTIFIERS.test(word);
}

/** The cue a unit is, if any. "up for" is a nomination ("up for Best Actor"); "picked up" is not. */
export function cueOf(units: string[], i: number): CueKind | undefined {
  const u = units[i];
  if (u === "up" && units[i + 1] === "for" && units[i - 1] !== "picked" && units[i - 1] !== "picks") return "nominate";
  if (u === "went" || u === "goes" || u === "go") return units[i + 1] === "to" ? "win" : undefined;
  // ("took part", "took place", "That took until 2026", "took years": no award taken.)
  if (u === "took" || u === "takes" || u === "taking") return NOT_TAKEN.has(units[i + 1]) ? undefined : "win";
  if (u === "as") return undefined; // "as" binds a role only next to a person (see roles)
  // ("Instead X won C", "Y won instead": what happened in place of something else; only "instead of" denies.)
  if (u === "instead") return units[i + 1] === "of" ? "neg" : undefined;
  // ("Nearly two decades later", "almost a year on": a quantity measured, no hedged verb.)
  if ((u === "nearly" || u === "almost") && measured(units[i + 1] ?? "")) return undefined;
  // "the movie's awards included best director …": a list of wins.
  if (u === "included" || u === "include" || u === "includes") return WIN_NOUNS.has(units[i - 1]) ? "win" : undefined;
  if (u === "deserved" && units[i - 1] === "-") return undefined; // "a well-deserved win" happened
  if (u === "race" || u === "running") return units[i - 1] === "the" && units[i + 1] === "for" ? "nominate" : undefined;
  if (u === "picks") return units[i + 1] === "up" ? "win" : undefined;
  // ("finally got his directing Oscar": a category's statuette got is won; "got a nomination" is the noun's.)
  if (u === "got" || u === "gets")
    return /^(?:his|her|their|the)$/.test(units[i + 1] ?? "") &&
      units[i + 2]?.startsWith("<C") &&
      /^(?:oscar|award|statuette|trophy)$/.test(units[i + 3] ?? "")
      ? "win"
      : undefined;
  // ("had to settle for the animated feature prize": a lesser prize, won.)
  if (/^settl(?:e|ed|es|ing)$/.test(u)) return units[i + 1] === "for" ? "win" : undefined;
  // "was left out of the best picture race", "shut out of": denied, not named.
  if ((u === "left" || u === "shut") && units[i + 1] === "out") return "neg";
  // ("was named best director" is a win; "named in both the directing and screenplay categories", "are named for
  // art direction", as a nominations list puts it, a nomination.)
  // ("were cited for art direction, losing to Y": so is "cited for"; "cited as best actress" a win.)
  if (u === "named" || u === "cited") return /^(?:in|among|for)$/.test(units[i + 1] ?? "") ? "nominate" : "win";
  if (u === "landed" || u === "garnered" || u === "lands" || u === "garners")
    return units[i + 1] === "a" || units[i + 1] === "an" ? undefined : "win";
  // "Skyfall and Zero Dark Thirty tied for sound editing": both won it.
  if (u === "tied" || u === "tie") return units[i + 1] === "for" && units[i + 2]?.startsWith("<C") ? "win" : undefined;
  // "Hauben and Goldman shared the award for adapted screenplay": shared winners.
  // ("Jenkins shared adapted screenplay with McCraney": the category itself may follow.)
  // ("shared Best Picture frontrunner status with F": a category followed by another noun is no award shared.)
  const sharedCategory = units[i + 1]?.startsWith("<C") && SHARED_AFTER.test(units[i + 2] ?? ".");
  if (u === "shared") return /^(?:the|an|a)$/.test(units[i + 1] ?? "") || sharedCategory ? "win" : undefined;
  // "Brando declined the best actor award": an award refused was won ("declined to campaign" is not).
  if (u === "declined" || u === "refused")
    return /^(?:the|his|her|an|a)$/.test(units[i + 1] ?? "") &&
      /award|oscar|statuette|honou?r|<C/.test(units.slice(i + 1, i + 6).join(" "))
      ? "win"
      : undefined;
  // "picked X to win C", "backed X to win": a pick, not a result ("picked up C" is a win).
  if (
    PICKS.has(u) &&
    units[i + 1] !== "up" &&
    units
      .slice(i + 2, i + 7)
      .join(" ")
      .includes("to win")
  )
    return "hedge";
  // "There is a version of the race in which F wins": what follows tells of a world that was not.
  if (u === "which" && units[i - 1] === "in" && units.slice(Math.max(0, i - 8), i - 1).some((w) => UNREAL.has(w)))
    return "hedge";
  return TABLE.get(u) ?? (u.endsWith("n't") ? "neg" : undefined); // "didn't", "wasn't", "can't"
}

/** Nouns of a world imagined: "a version of the race in which", "an alternate universe in which". */
const UNREAL = new Set(["version", "world", "scenario", "universe", "timeline", "alternate", "hypothetical"]);

/** Words naming a relative ("his sister", "her son"): someone else than the person named. */
export const KIN_WORDS = [
  ...["father", "mother", "son", "daughter", "brother", "sister", "husband", "wife", "dad", "mom", "mum"],
  ...["uncle", "aunt", "niece", "nephew", "grandfather", "grandmother", "grandson", "granddaughter", "cousin"],
];

/** "X beat A, B and C": the verbs the rivals reader reads its rivals after. */
export const BEAT_VERBS = [
  "beat",
  "beats",
  "beating",
  "defeated",
  "defeating",
  "bested",
  "edged",
  "edging",
  "trounced",
];
/** BEAT_VERBS as a set, for the readers that test a word against it. */
export const BEATING = new Set(BEAT_VERBS);

/** "X was beaten by Y", "was narrowly edged out by Y": the passives of beating, a loss to the one after "by". */
export const BEATEN_VERBS = ["beaten", "bested", "defeated", "edged", "trounced", "topped", "outpolled"];
/** BEATEN_VERBS as a set. */
export const BEATEN = new Set(BEATEN_VERBS);

/** Words before a name that make it an object of something other than the clause's verb. */
export const OBJECT_BEFORE = new Set([
  "for",
  "with",
  "by",
  "of",
  "in",
  "against",
  "over",
  "from",
  "to",
  "starring",
  "alongside",
  // Verbs of defeating: the name after them is the one beaten, not the next verb's subject.
  ...BEAT_VERBS,
  ...["upset", "upsetting", "topped", "toppling", "toppled", "overtook", "overtaking", "outdid", "outshone"],
  // "F matched G with four awards, winning for …": the one matched is an object.
  ...["matched", "matching", "tied", "tying", "equaled", "equalled", "equaling"],
  "including",
  "like",
  "than",
  "featuring",
  "behind",
  "besides",
  "after",
  "about",
  "opposite",
  "under",
  "on",
  "at",
  "defeating",
  "defeated",
  "edging",
  "topping",
  "and",
  "or",
  "as",
]);

/** "won nothing", "won none of its …", "won neither": a win of no award. */
export const NONE = new Set(["none", "neither", "nothing", "zero", "no"]);

/** Units that end a clause outright. */
export const CLAUSE_END = new Set([";", ".", "!", "?", "\u2022"]);
/** After a comma, these open a new clause. */
export const CLAUSE_OPENERS = new Set(["but", "while", "whereas", "although", "though", "meanwhile", "yet", "and"]);

/** Words before a film noun that make it the film told of: "the film", "his movie". */
export const FILM_DETERMINERS = "the|its|this|that|his|her|their";

/** Pronouns and definite descriptions that stand for an earlier film or person. */
export const FILM_COREF = new Set([
  "it",
  "film",
  "movie",
  "pic",
  "picture",
  "drama",
  "musical",
  "comedy",
  "biopic",
  "epic",
  "release",
  "thriller",
  "western",
  "satire",
  "romance",
  "documentary",
  "noir",
  "melodrama",
  "tale",
  "saga",
  "fable",
]);
export const PERSON_COREF = new Set(["he", "she", "they"]);

/** Words opening an appositive after a name: "X, a favorite …,", "A and B, both …,", "F, already …,". */
export const APPOSITIVE_OPENERS = new Set(["a", "an", "the", "only", "already", "both", "each", "long", "once"]);

/** Quotation marks as skeleton units ("“” become '"'; '' and `` are newswire quotes). */
export const QUOTES = new Set(['"', "'", "''", "``", "`", "*", "_"]);

/** Words that put what follows them at another time than the clause ("… a year after her first at the 9th"). */
export const TIME_SHIFT = new Set(["after", "before", "since", "until", "following"]);
/** Words that close a span of years: "until 1977", "through 1968" ("to" opens too many other phrases). */
export const SPAN_END = new Set(["until", "till", "through"]);
/** "a record set by Walt Disney at the 26th": a record's agent after one of these has a time of its own. */
export const RECORD_SET = new Set(["set", "held", "established", "equalled", "equaled", "matched"]);

/** Prepositions of time: "before Pearl Harbor", "after best actor wins for F". */
export const TIME_PREPOSITION = /^(?:before|after|during|since|until)$/;

/** Verbs that show "as" opened a clause ("his third Oscar as best picture was announced"), not a role. */
export const AS_CLAUSE_VERBS = String.raw`was|were|went|is|came|won|took`;

/** "as an actor", "as a director": the family of categories a role names. */
export const ROLE_FAMILY: Record<string, string> = {
  actor: "acting",
  actress: "acting",
  performer: "acting",
  director: "director",
};

/** The family a unit's role word names ("as a director", the word read as a category or not). */
export function roleFamilyOf(u: { text: string; mention?: { text: string } } | undefined): string | undefined {
  return u ? ROLE_FAMILY[(u.mention?.text ?? u.text).toLowerCase()] : undefined;
}

/** "the prize", "the category", "the directing honor": an award said by its noun ("the prize went to X"). */
export const AWARD_NOUNS = new Set([
  "award",
  "oscar",
  "prize",
  "statuette",
  "trophy",
  "honor",
  "honour",
  "category",
  "race",
]);

/** Nouns that name a film described before its title ("the French musical F", "X's dark comedy F"). */
export const FILM_NOUNS = new Set([
  ...["film", "movie", "drama", "comedy", "musical", "epic", "thriller", "western", "biopic", "films", "movies"],
  ...["adaptation", "debut", "documentary", "feature"],
]);

/**
 * A film's country in the International Feature race: "Spain's 'A Prophet'", "Son of Saul (Hungary)".
 * The Academy credits the award to the submitting country, so the data names it. A country said of a
 * film the data credits to another country is refuted; names of one country over time ("West Germany",
 * "the Federal Republic of Germany") and near ones a journalist may loosely use are one group.
 */
import type { KnowledgeBase } from "../kb";
import type { Mention } from "../mentions/types";
import { fold } from "../text/fold";
import { claim, evidence, fix, refuted, settle } from "./common";
import type { Claim } from "./types";
import { hedged, type SentenceView } from "./view";

/** Each group: names of one country, or of countries a film's nationality is loosely given by. */
const GROUPS = [
  "france",
  "italy",
  "spain",
  "sweden",
  "japan",
  "denmark",
  "poland",
  "israel",
  "hungary",
  "mexico",
  "belgium",
  "argentina",
  "norway",
  "canada",
  "brazil",
  "switzerland",
  "greece",
  "algeria",
  "austria",
  "iran",
  "india",
  "tunisia",
  "south africa",
  "lebanon",
  "chile",
  "vietnam",
  "uruguay",
  "south korea|korea",
  "romania",
  "puerto rico",
  "peru",
  "nicaragua",
  "nepal",
  "mauritania",
  "latvia",
  "kazakhstan",
  "jordan",
  "ivory coast|cote d'ivoire",
  "ireland",
  "iceland",
  "georgia",
  "finland",
  "estonia",
  "cuba",
  "colombia",
  "cambodia",
  "bhutan",
  "australia",
  "the netherlands|netherlands|holland",
  "union of soviet socialist republics|soviet union|ussr|russia",
  "germany|west germany|east germany|federal republic of germany|german federal republic|" +
    "german democratic republic|federal republic of germany - west",
  "czechoslovakia|czech republic|czechia|slovakia",
  "yugoslavia|serbia|croatia|slovenia|bosnia and herzegovina|bosnia & herzegovina|bosnia|north macedonia|" +
    "macedonia|the former yugoslav republic of macedonia",
  "people's republic of china|china|taiwan|hong kong",
  "united kingdom|britain|great britain|england|wales|scotland|uk",
  "the palestinian territories|palestine",
].map((g) => g.split("|"));

const GROUP_OF = new Map(GROUPS.flatMap((names, k) => names.map((n) => [n, k] as [string, number])));

/** The group of a country's name, with or without a leading "the". */
function groupOf(name: string): number | undefined {
  const key = fold(name).replace(/^the\s+/, "");
  return GROUP_OF.get(key) ?? GROUP_OF.get(`the ${key}`);
}

/** "Spain's", 'South Korea's "', "the Soviet Union's ": the country owning the film after it. */
const OWNER_BEFORE = /((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['\u2019]s\s+["\u201c]?$/u;
/** '"Character" (Belgium)', "Son of Saul (Hungary, 2015)": the country in brackets after the film. */
const BRACKET_AFTER = /^["\u201d]?,?\s*\(([\p{L}.&' -]{2,40}?)(?:,\s*\d{4})?\)/u;

/** The country said with a film, its range, if the words name one we know. */
function countrySaid(v: SentenceView, m: Mention): { name: string; start: number; end: number } | undefined {
  const before = OWNER_BEFORE.exec(v.text.slice(Math.max(v.sentence.start, m.start - 60), m.start));
  // The whole capitalised run before "'s" must be the country: "Agnieszka Holland's" is a person's.
  if (before && groupOf(before[1]) !== undefined) {
    const end = m.start - (before[0].length - before[1].length);
    return { name: before[1], start: end - before[1].length, end };
  }
  const after = BRACKET_AFTER.exec(v.text.slice(m.end, Math.min(v.sentence.end, m.end + 50)));
  if (!after || groupOf(after[1]) === undefined) return undefined;
  const start = m.end + after[0].indexOf(after[1]);
  return { name: after[1], start, end: start + after[1].length };
}

/** The film's International Feature nominations, each with the country it was credited to. */
function countryRows(kb: KnowledgeBase, m: Mention): number[] {
  return m.ids.flatMap((id) => kb.nominationsOfFilm(id)).filter((i) => kb.keyOf(i) === "international-feature");
}

/** Words of the race: "foreign-language", "international feature", a country's "submission" or "entry". */
const RACE_WORDS = /\b(?:foreign|international|submission|submitted|entry|entries)\b/;

export function checkCountries(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  if (hedged(v.sk)) return out;
  const kb = v.kb;
  // Only where the race is told of: "France's 'Amour' starred …" may name a co-producer of a film the
  // Oscars knew in other categories too.
  const race =
    v.mentions.some((m) => m.category === "international-feature") ||
    v.priorCategory === "international-feature" ||
    RACE_WORDS.test(v.sk);
  for (const m of v.mentions) {
    if (m.kind !== "film") continue;
    const rows = countryRows(kb, m);
    // (A film the Oscars know only as a country's entry is in that race wherever it is named.)
    const entryOnly = rows.length > 0 && m.ids.every((id) => kb.nominationsOfFilm(id).every((i) => rows.includes(i)));
    if (rows.length === 0 || (!race && !entryOnly)) continue;
    const said = countrySaid(v, m);
    if (!said) continue;
    const group = groupOf(said.name);
    const right = rows.filter((i) => groupOf(kb.data.nominations.name[i]) === group);
    const base = { kind: "nomination" as const, rule: "wrong-country", start: said.start, end: said.end };
    const statement = `${m.text} was ${said.name}'s International Feature nominee`;
    const label = (i: number) => kb.ceremonyLabel(kb.data.nominations.ceremony[i]);
    if (right.length) {
      const message = `International Feature, ${label(right[0])}: ${kb.describeWinner(right[0])}`;
      out.push(claim({ ...base, statement, verdict: "supported", message, evidence: [evidence(kb, right[0])] }));
      continue;
    }
    const countries = [...new Set(rows.map((i) => kb.data.nominations.name[i]))];
    // (Producers named in the Name cell of the early special awards: no country to put right.)
    if (countries.some((c) => groupOf(c) === undefined)) continue;
    const credited = countries.join(" / ");
    const message = `At the ${label(rows[0])}, ${m.text} was the nominee of ${credited}, not ${said.name}.`;
    const c = refuted({ ...base, statement, message, evidence: rows.map((i) => evidence(kb, i)) });
    if (countries.length === 1)
      c.fixes.push(fix(`Replace "${said.name}" with "${countries[0]}"`, countries[0], said.start, said.end));
    out.push(settle(c));
  }
  return out;
}

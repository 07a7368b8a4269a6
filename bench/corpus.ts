/**
 * Benchmark drafts: award-season prose from sentence templates written for this project,
 * filled with names, films, categories and numbers from the dataset by a seeded PRNG, so
 * every run checks the same text. Roughly one in five filled claims is false.
 */
import type { Dataset } from "../server/src/engine";
import { ordinalSuffix } from "../server/src/engine";

const TEMPLATES = [
  "At the {ord} Academy Awards, {person} won {category} for {film}, a night the trade papers had predicted for weeks.",
  "{film} took home {n} awards at the {ord} Oscars, including {category}.",
  "Critics in the press room kept returning to {person}, who was nominated for {category} for {film}.",
  "{film} led the nominations with {n} nods, though the campaign spent far less than its rivals.",
  "The {year} Oscars ceremony ran long, and {person} thanked the crew of {film} twice before the music cut in.",
  "Few predicted that {film} would beat {film2} for {category}, but the preferential ballot rewarded broad support.",
  "Backstage, {person} said the win for {film} belonged to the editors, the colourists and the caterers.",
  "In {year}, the Academy honoured {film} in {category}, its {nth} nomination in that field for the studio.",
  "{person}'s {film} collected {n} Oscars, the most of any film that season.",
  "Box office receipts for {film} climbed by nearly $12 million in the week after the {ord} Academy Awards.",
  "The ballot for {category} at the {ord} Academy Awards included {film}, {film2} and three other titles.",
  "Industry analysts noted that {person}, a first-time nominee, had spent the season on the festival circuit.",
  "When the envelope for {category} was opened, {person} was already walking toward the stage for {film}.",
  "The {ord} Academy Awards closed with {film} winning {category}, capping a season of guild and critics' prizes.",
  "Reporters asked {person} about the budget of {film}, reportedly under $20 million, and the long shoot.",
];

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const NTH = ["first", "second", "third", "fourth", "fifth"];

/** A draft of about `words` words, in paragraphs of three to six sentences. */
export function makeDraft(data: Dataset, words: number, seed = 97): string {
  const rand = prng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
  const nom = data.nominations;
  const competitive = new Set(
    data.categories
      .map((c, i) => (["Acting", "Directing", "Title", "Production", "Music", "Writing"].includes(c.cls) ? i : -1))
      .filter((i) => i >= 0),
  );
  const recent = [] as number[];
  for (let i = 0; i < nom.ceremony.length; i++)
    if (nom.ceremony[i] >= 70 && competitive.has(nom.category[i]) && nom.films[i].length) recent.push(i);
  const titleCase = (s: string) =>
    s
      .toLowerCase()
      .replace(/(^|\s|\()(\p{L})/gu, (m, a: string, b: string) => a + b.toUpperCase())
      .replace(/\b(In|A|Of|And|The|For)\b/g, (w) => w.toLowerCase());
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) {
      const i = pick(recent);
      const j = pick(recent);
      const truthful = rand() > 0.2;
      const row = truthful ? i : j;
      const person = nom.people[row].length ? data.people[nom.people[row][0]].name : "the producers";
      const c = nom.ceremony[i];
      const s = pick(TEMPLATES)
        .replace("{ord}", ordinalSuffix(c))
        .replace("{year}", data.ceremonies[c - 1].date.slice(0, 4))
        .replace("{person}", person)
        .replace("{film}", data.films[nom.films[i][0]].title)
        .replace("{film2}", data.films[nom.films[j][0]].title)
        .replace(
          "{category}",
          `Best ${titleCase(data.categoryNames[nom.categoryName[i]])
            .replace(/^Writing \((.*)\)$/, "$1")
            .replace(/^Music \((.*)\)$/, "$1")}`,
        )
        .replace("{n}", pick(WORDS))
        .replace("{nth}", pick(NTH));
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    out.push(sentences.join(" "));
  }
  return out.join("\n\n") + "\n";
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined } from "../helpers";

test("ceremony date and weekday", () => {
  assert.deepEqual(findings("Anora won Best Picture at the 97th Academy Awards on Sunday, March 2, 2025."), []);
  const text = "Anora won Best Picture at the 97th Academy Awards on March 9, 2025.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-ceremony-date");
  assert.equal(underlined(text, f), "March 9, 2025");
  assert.match(f.message, /took place on Sunday, March 2, 2025/);
  assert.equal(f.fixes[0].replacement, "March 2, 2025");
  const wd = findings("The 97th Academy Awards were held on Monday, March 2.");
  assert.equal(wd.length, 1);
  assert.match(wd[0].message, /a Sunday/);
});

test("ordinal against year", () => {
  assert.deepEqual(findings("The 96th Academy Awards in 2024 crowned Oppenheimer."), []);
  const text = "The 96th Academy Awards in 2025 crowned Oppenheimer.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "2025");
  assert.equal(f.fixes[0].replacement, "2024");
});

test("first-time nominee and Nth Oscar", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Mikey Madison, a first-time nominee, won Best Actress."), []);
  const text = "At the 97th Academy Awards, Adrien Brody, a first-time nominee, won Best Actor.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-career");
  assert.match(f.message, /the first was Actor in a Leading Role for The Pianist at the 75th Academy Awards \(2003\)/);
  assert.deepEqual(findings("At the 97th Academy Awards, Adrien Brody collected his second Oscar."), []);
  assert.equal(findings("At the 97th Academy Awards, Adrien Brody collected his third Oscar.").length, 1);
});

test("misspelled names of the ceremony's nominees", () => {
  const text = "At the 97th Academy Awards, Adrian Brody won Best Actor.";
  const fs = findings(text);
  const f = fs.find((x) => x.rule === "misspelled-name");
  assert.ok(f);
  assert.equal(underlined(text, f), "Adrian Brody");
  assert.equal(f.fixes[0].replacement, "Adrien Brody");
  assert.equal(f.severity, "warning");
  // A name the data does not know is not an error.
  assert.deepEqual(findings("At the 97th Academy Awards, Meg Ryan and Billy Crystal presented Best Picture."), []);
});

test("a misspelling of a well-known name of another year: flagged when it is the one name that close", () => {
  const night = "At the 59th Academy Awards, Paul Newman won Best Actor.\n\n";
  const [f] = findings(night + "His wife Joanne Woodword was in the audience.");
  assert.equal(f?.rule, "misspelled-name");
  assert.match(f.message, /Joanne Woodward/);
  assert.deepEqual(findings(night + "His wife Joanne Woodward was in the audience."), []);
});

test("'It was his second Oscar' and 'the first Oscar for Miss X' rank the win the paragraph told of", () => {
  const lead = "At the 72nd Academy Awards, Kevin Spacey won Best Actor for American Beauty. ";
  const career = (text: string) => claims(lead + text).filter((c) => c.kind === "career");
  assert.equal(career("It was his second Academy Award.")[0]?.verdict, "supported");
  assert.equal(career("It was the second Academy Award for Mr. Spacey.")[0]?.verdict, "supported");
  const [wrong] = findings(lead + "It was the third Academy Award for Mr. Spacey.");
  assert.match(wrong?.message ?? "", /2nd competitive Oscar, not the 3rd/);
  // A pronoun's person is a guess: a wrong rank is not claimed against it, unless the paragraph
  // names no one else (then "his" can only be Spacey, and the wrong rank is refuted).
  const two = "At the 72nd Academy Awards, Kevin Spacey won Best Actor and Sam Mendes best director. ";
  assert.deepEqual(findings(two + "It was his third Oscar."), []);
  assert.match(findings(lead + "It was his third Oscar.")[0]?.message ?? "", /2nd competitive Oscar, not the 3rd/);
  const swank = "At the 72nd Academy Awards, Hilary Swank won Best Actress. It was the first Oscar for Miss Swank.";
  assert.equal(claims(swank).find((c) => c.kind === "career")?.verdict, "supported");
});

test("a film in a relative clause after the ranked win is that clause's, not the ranked one's", () => {
  const text =
    "At the 72nd Academy Awards, Kevin Spacey won Best Actor. " +
    "It was the second Academy Award for Mr. Spacey, who won best supporting actor for The Usual Suspects.";
  assert.deepEqual(findings(text), []);
});

test("a relative clause's other body or hedge does not silence the rank before it", () => {
  const lead = "At the 72nd Academy Awards, Hilary Swank won Best Actress for Boys Don't Cry. ";
  const rank = (text: string) => claims(lead + text).find((c) => c.kind === "career");
  const relative = "It was the first Oscar for Swank, who had been the favorite after winning a Golden Globe.";
  assert.equal(rank(relative)?.verdict, "supported");
  assert.match(findings(lead + relative.replace("first", "second"))[0]?.message ?? "", /1st competitive Oscar/);
  // A hedge on the rank itself still silences it.
  assert.equal(rank("It might be the second Oscar for Swank, who won a Golden Globe."), undefined);
});

test("'his second Oscar in that category' ranks within the category the clause named last before it", () => {
  const right =
    "At the 17th Academy Awards, Leo McCarey, who also wrote its original story, won best director, " +
    "his second Oscar in that category.";
  assert.deepEqual(findings(right), []);
  assert.ok(claims(right).some((c) => c.verdict === "supported" && /2nd Oscar for Best Director/.test(c.statement)));
  const [wrong] = findings(right.replace("second Oscar", "third Oscar"));
  assert.match(wrong?.message ?? "", /was their 2nd Directing Oscar, not the 3rd/);
});

test("'It was her third Oscar' after a paragraph naming only her is checked (a wrong rank is refuted)", () => {
  const night = "At the 86th Academy Awards, Cate Blanchett won best actress for Blue Jasmine.";
  assert.deepEqual(findings(`${night} It was her second Oscar.`), []);
  const [wrong] = findings(`${night} It was her third Oscar.`);
  assert.match(wrong?.message ?? "", /was their 2nd competitive Oscar, not the 3rd/);
  // Two women named: whose rank it is stays unsure.
  const two = "At the 86th Academy Awards, Cate Blanchett won best actress and Lupita Nyong'o best supporting actress.";
  assert.deepEqual(findings(`${two} It was her third Oscar.`), []);
});

test("'It was his second Oscar' counts an honorary award the year before", () => {
  const text =
    "At the 54th Academy Awards, Henry Fonda won best actor for On Golden Pond. It was his second Oscar; he had " +
    "received an honorary award the year before.";
  assert.deepEqual(findings(text), []);
});

test("a rank whose film is described ('came for a family drama') is not placed on the paragraph's night", () => {
  const lead = "Gene Hackman won best actor at the 44th Academy Awards. ";
  assertSilent([`${lead}His second Oscar nomination came for a family drama.`]);
  assert.ok(
    claims(`${lead}His second Oscar nomination came for I Never Sang for My Father.`).some(
      (c) => c.verdict === "supported" && /^Gene Hackman's 2nd nomination/.test(c.statement),
    ),
  );
});

test("'X is an N-time nominee': the copula joins the name to the count as an appositive's comma does", () => {
  const text = "Glenn Close is an eight-time nominee.";
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /8 nominations/.test(c.message)));
  assert.ok(claims("Glenn Close is a nine-time nominee.").some((c) => c.verdict === "refuted"));
});

test("'It gave X a fourth nod': the rank is for a film the sentence does not name, not for the article's night", () => {
  assertSilent([
    "The 30th Academy Awards honoured 12 Angry Men.\n\nLater came a drama. It gave Sidney Lumet a fourth nod.",
  ]);
  // "It was her first nomination" still goes on with the article's night.
  const text = "At the 97th Academy Awards, Mikey Madison won Best Actress. It was her first nomination.";
  assert.deepEqual(findings(text), []);
});

test("a rank within a class the words name ('in the leading category', 'in a supporting role') is not read", () => {
  const page = "Geraldine Page was nominated for Hondo at the 26th Academy Awards. ";
  assertSilent([
    page + "Her first nomination in the leading category came at the 34th ceremony, for Summer and Smoke.",
    page + "Her first nomination in a leading role came at the 34th ceremony, for Summer and Smoke.",
  ]);
  // Unqualified, the rank is of every nomination: the second.
  const [f] = findings(page + "Her first nomination came at the 34th ceremony, for Summer and Smoke.");
  assert.equal(f?.rule, "wrong-career");
});

test("'a first-time nominee' is said of the name it is set beside, 'the last' of a list its last name", () => {
  const list = "The best actress nominees at the 94th Academy Awards are Jessica Chastain, Olivia Colman and ";
  assertSilent([
    list + "Kristen Stewart, the last a first-time nominee.",
    // An opening phrase with no name is said of the first name after it.
    "At the 97th Academy Awards, despite being a first-time nominee, Mikey Madison beat Demi Moore.",
    // The object of "losing to" is someone else.
    "After losing to a first-time nominee at the 91st Academy Awards, Glenn Close was nominated again.",
  ]);
  const [f] = findings(list + "Kristen Stewart. Jessica Chastain, a first-time nominee, was favoured.");
  assert.equal(f?.rule, "wrong-career");
  assert.match(f.message, /Jessica Chastain had been nominated at 3 ceremonies/);
  const [g] = findings(
    "At the 96th Academy Awards, despite being a first-time nominee, Emma Stone beat Lily Gladstone.",
  );
  assert.match(g?.message ?? "", /Emma Stone had been nominated/);
});

test("'her first Oscar in 29 years' and 'his first Oscar for an original score' are no career ranks", () => {
  assertSilent([
    "At the 84th Academy Awards, Meryl Streep won best actress for The Iron Lady, her first Oscar in 29 years.",
    'John Williams won his first Oscar for "Fiddler on the Roof." His "Jaws" theme won him his first Oscar for an ' +
      "original score, at the 48th ceremony.",
  ]);
  assert.ok(
    findings("At the 84th Academy Awards, Meryl Streep won best actress for The Iron Lady, her first Oscar.").length,
  );
});

test("a list of a person's wins ('won three times, for A, B and C'): a film they won nothing for is to blame", () => {
  const docter = 'At the Oscars, Pete Docter has won three times, for "Up," "Inside Out" and "Coco."';
  assert.match(
    findings(docter)[0]?.message ?? "",
    /Peter Docter's competitive Oscars were for Up, Inside Out and Soul/,
  );
  assertSilent([docter.replace("Coco", "Soul")]);
});

test("'her second Oscar, after F': each film after 'after' must be one of the person's earlier wins", () => {
  const zellweger =
    'Renée Zellweger won best actress for "Judy" at the 92nd Academy Awards, her second Oscar after "Chicago."';
  assert.match(findings(zellweger)[0]?.message ?? "", /none was for Chicago/);
  assertSilent([zellweger.replace("Chicago", "Cold Mountain")]);
  const streep =
    "Meryl Streep won her third Oscar at the 84th Academy Awards, after Kramer vs. Kramer and Out of Africa.";
  assert.match(findings(streep)[0]?.message ?? "", /none was for Out of Africa/);
  assertSilent([streep.replace("Out of Africa", "Sophie's Choice")]);
});

test("a career rank 'as best director' counts within that category", () => {
  const said = (rank: string) =>
    `At the 47th Academy Awards, Francis Ford Coppola won his ${rank} Oscar as best director for ` +
    "The Godfather Part II.";
  assert.deepEqual(findings(said("first")), []);
  const [f] = findings(said("second"));
  assert.match(f?.message ?? "", /1st Directing Oscar, not the 2nd/);
});

test(
  "a rank's film is not one set off in a dash aside: 'his " +
    "second nomination as a director — his first was for F —'",
  () => {
    const text =
      "At the 96th Academy Awards, Christopher Nolan won, on his second nomination " +
      "as a director — his first was for Dunkirk — and his eighth overall.";
    assert.deepEqual(findings(text), []);
  },
);

/**
 * Words that describe rather than claim: a number in a compound modifier, a category naming a craft's
 * people, a surname ending a title, "the Oscars" in a quotation, and phrases that tell of another time
 * ("a streak that began with F in 1994", ", after best actor wins for F"). Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findings, oscarFacts, supportedStatements as supported } from "../helpers";

test("a number joined to a word by a hyphen is no film title ('38-year-old')", () => {
  const text = "At the 59th Academy Awards, the 38-year-old newcomer watched Platoon win four Oscars.";
  const films = oscarFacts()
    .analyze(text)
    .mentions.filter((m) => m.kind === "film")
    .map((m) => m.text);
  assert.deepEqual(films, ["Platoon"]);
  assert.deepEqual(findings(text), []);
});

test("a category naming a craft's people ('the sound team led by X') is no award won", () => {
  const text =
    "At the 72nd Academy Awards, Zach Staenberg won for film editing, and the visual effects team led by " +
    "John Gaeta for visual effects.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /John Gaeta won Visual Effects at the 72nd/.test(s)));
});

test("a surname after 'of the' ends a title, not a person ('Return of the King' after Peter King)", () => {
  const text =
    "Peter King won for makeup at the 76th Academy Awards.\n\n" +
    "It was the night Return of the King swept the board. It won the Golden Globe for best drama too.";
  const m = oscarFacts()
    .analyze(text)
    .mentions.find((x) => x.text === "Return of the King");
  assert.equal(m?.kind, "film");
  assert.deepEqual(findings(text), []);
});

test("'the Oscars' inside a quotation names no night for a venue", () => {
  const text =
    "Edith Head won her first Oscar at the 22nd Academy Awards, and she was nominated again at the 23rd " +
    "Academy Awards.\n\nShe made her last appearance at the 45th Academy Awards in 1973. Carol Burnett, who " +
    'was host that night at the Dorothy Chandler Pavilion, called her "the woman who dressed the Oscars."';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /45th Academy Awards \(1973\) took place at Dorothy Chandler/.test(s)));
});

test("'X, who was host that night' names the night's host", () => {
  const said = (host: string) =>
    `The 61st Academy Awards were held at the Shrine Auditorium. ${host}, who was host that night, was absent.`;
  assert.deepEqual(findings(said("Nobody")), []);
  const [f] = findings(said("Billy Crystal"));
  assert.equal(f?.rule, "wrong-host");
});

test("a streak that began with F in a year: the film and year are the streak's start, not the rank's", () => {
  const text =
    "At the 88th Academy Awards, Leonardo DiCaprio won best actor for The Revenant. " +
    "It was DiCaprio's fifth acting nomination, a streak that began with What's Eating Gilbert Grape in 1994.";
  assert.deepEqual(findings(text), []);
});

test("', after best actor wins for F and G' tells of earlier wins: no role or night of the clause", () => {
  const text =
    "At the 98th Academy Awards, Sean Penn won supporting actor as Col. Steven J. Lockjaw, " +
    "after best actor wins for Mystic River and Milk.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Penn won Actor in a Leading Role at the 76th/.test(s)));
});

/**
 * Words that describe rather than claim: a number in a compound modifier, a category naming a craft's
 * people, a surname ending a title, "the Oscars" in a quotation, and phrases that tell of another time
 * ("a streak that began with F in 1994", ", after best actor wins for F", "three times since", "having already
 * taken"), and names that are someone else ("John Cusack"). Sentences written for the test.
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

test("a time's object closing an aside is no subject ('F, a drama set before Pearl Harbor, won …')", () => {
  const text =
    'HOLLYWOOD, March 26 — "From Here to Eternity," Columbia\'s film of a novel of Army life before Pearl ' +
    'Harbor, won eight Academy Awards last night, equaling the record set by "Gone With the Wind."';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /From Here to Eternity won 8 Oscars at the 26th/.test(s)));
});

test("a rank's film is not one in a relative clause after it, nor one explained after a colon", () => {
  const whose =
    "At the 97th Academy Awards, Adrien Brody won best actor for The Brutalist. " +
    "It is the second Oscar for Brody, whose first came at the 75th ceremony for The Pianist.";
  assert.deepEqual(findings(whose), []);
  const colon =
    "At the 89th Academy Awards, Viola Davis won supporting actress for Fences. It was her third nomination: " +
    "she was nominated for Doubt in 2009 and for The Help three years later.";
  assert.deepEqual(findings(colon), []);
});

test("'nominated three times since' counts from a point in the career, not the total", () => {
  const text =
    "Kathy Bates won best actress for Misery at the 63rd Academy Awards. " +
    "She has been nominated three times since, all in supporting.";
  assert.deepEqual(findings(text), []);
  assert.equal(findings("Kathy Bates has been nominated three times.").length, 1);
});

test("'…, having already taken the Palme d'Or' does not make the clause's category Cannes'", () => {
  const text =
    "At the 67th Academy Awards, Pulp Fiction won one, for Quentin Tarantino's original screenplay, having " +
    "already taken " +
    "the Palme d'Or at Cannes.";
  assert.deepEqual(findings(text), []);
});

test("a possessor is no character ('as T. S. Eliot's wife'), nor a name in a relative clause on the role", () => {
  const wife = "At the 67th Academy Awards, Miranda Richardson was nominated as T. S. Eliot's wife in Tom & Viv.";
  assert.deepEqual(findings(wife), []);
  const told =
    "At the 67th Academy Awards, Dianne Wiest played a diva who scolds John Cusack in Bullets over Broadway.";
  assert.deepEqual(findings(told), []);
});

test("a common first name before a nominee's surname is a namesake, not a misspelling ('John Cusack')", () => {
  assert.deepEqual(findings("At the 67th Academy Awards, John Cusack starred opposite Dianne Wiest."), []);
  assert.equal(findings("At the 61st Academy Awards, Joan Cusak was a nominee.")[0]?.rule, "misspelled-name");
});

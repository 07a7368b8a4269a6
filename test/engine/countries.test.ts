import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements, underlined } from "../helpers";

test("a film's country in the International Feature race: the one the Academy credited", () => {
  const text = "At the 79th Academy Awards, the foreign language nominees included Denmark's \"Pan's Labyrinth.\"";
  const [f] = findings(text);
  assert.equal(f?.rule, "wrong-country");
  assert.equal(underlined(text, f!), "Denmark");
  assert.match(f!.message, /Pan's Labyrinth was the nominee of Mexico, not Denmark/);
  assert.equal(f!.fixes[0]?.replacement, "Mexico");
  const right = "At the 79th Academy Awards, the foreign language nominees included Mexico's \"Pan's Labyrinth.\"";
  assertSilent([right]);
  assert.ok(supportedStatements(right).includes("Pan's Labyrinth was Mexico's International Feature nominee"));
});

test("a country in brackets after the film, and a country's other names, are read too", () => {
  const list =
    'The 2008 foreign language nominees were "The Counterfeiters" (Germany), "Katyń" (Hungary) and ' +
    '"Mongol" (Kazakhstan).';
  const fs = findings(list);
  assert.deepEqual(
    fs.map((f) => underlined(list, f)),
    ["Germany", "Hungary"],
  );
  assert.match(fs[1].message, /Katyń was the nominee of Poland, not Hungary/);
  // The Counterfeiters was Austria's; a former name of a country is that country ("the Soviet Union", "Russia").
  assertSilent([
    'The Soviet Union\'s "Moscow Does Not Believe in Tears" won in 1981, as did Russia\'s "Burnt by the Sun."',
  ]);
});

test("a country is the whole name before the possessive, and only in the International Feature race", () => {
  assertSilent([
    'Agnieszka Holland\'s "In Darkness" was nominated for best foreign language film.',
    'France\'s "Amour" starred Emmanuelle Riva and Jean-Louis Trintignant.',
  ]);
});

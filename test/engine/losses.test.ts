import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements, underlined } from "../helpers";

// Another night opens the draft, so a loss read below cannot lean on the article's night.
const ELSEWHERE = "At the 97th Academy Awards, Anora won Best Picture.\n\n";
const OTOOLE = "Peter O'Toole was nominated for Best Actor for The Lion in Winter. ";

/** The one finding a text raises, with the words it underlines. */
function only(text: string) {
  const fs = findings(text);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join("\n"));
  return { ...fs[0], words: underlined(text, fs[0]) };
}

test("a pronoun loser: the winner named must have won the field the loser lost", () => {
  const wrong = only(ELSEWHERE + OTOOLE + "He lost to Alan Arkin of The Heart Is a Lonely Hunter.");
  assert.equal(wrong.words, "Alan Arkin");
  assert.match(wrong.message, /41st Academy Awards \(1969\), Actor went to Cliff Robertson for Charly/);
  const right = ELSEWHERE + OTOOLE + "He lost to Cliff Robertson of Charly.";
  assertSilent([right]);
  assert.ok(supportedStatements(right).includes("Cliff Robertson won Actor at the 41st Academy Awards (1969)"));
  // A guess at "he" the winner never competed with says nothing.
  assertSilent([ELSEWHERE + OTOOLE + "He lost to Tom Hanks."]);
});

test("a loss goes on with the category the clause named the loser nominated in", () => {
  const lee = "Ang Lee was nominated for Best Director for Crouching Tiger, Hidden Dragon, losing to ";
  const wrong = only(ELSEWHERE + lee + "Ridley Scott for Gladiator.");
  assert.equal(wrong.words, "Ridley Scott");
  assert.match(wrong.message, /Directing went to Steven Soderbergh for Traffic/);
  assertSilent([ELSEWHERE + lee + "Steven Soderbergh for Traffic."]);
});

test("a possessive winner owns the film after it, and 'but lost' goes on with the clause before", () => {
  const zimmer = "Hans Zimmer's score for Inception was nominated, but lost to ";
  const wrong = only(zimmer + "Alexandre Desplat's music for The King's Speech.");
  assert.equal(wrong.words, "Alexandre Desplat");
  assert.match(wrong.message, /Original Score went to Trent Reznor and Atticus Ross for The Social Network/);
  assertSilent([zimmer + "Trent Reznor's score for The Social Network."]);
});

test("a film may lose to a person's work on another film", () => {
  const grit = '"True Grit" was nominated for cinematography and lost to ';
  const wrong = only(grit + "Danny Cohen's work on \"The King's Speech.\"");
  assert.equal(wrong.words, "Danny Cohen");
  assert.match(wrong.message, /Cinematography went to Wally Pfister for Inception/);
  assertSilent([grit + 'Wally Pfister\'s work on "Inception."']);
});

test("'It lost to \"F\"': a quoted winner, and 'it' going on with the film the sentence before opened on", () => {
  const exit = '"Exit Through the Gift Shop" was nominated at the 83rd Academy Awards. It lost to ';
  const wrong = only(exit + '"Gasland."');
  assert.equal(wrong.words, "Gasland");
  assert.match(wrong.message, /Feature Documentary went to Inside Job/);
  assertSilent([exit + '"Inside Job."']);
});

test("'F was nominated for C, but it lost to Y' reads the loss in C, the category the clause before named", () => {
  const bad = "Hidden Figures was nominated for best adapted screenplay, but it lost to Fences.";
  const [f] = findings(bad);
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Adapted Screenplay went to Barry Jenkins and Tarell Alvin McCraney for Moonlight/);
  assert.equal(underlined(bad, f), "Fences");
  assert.deepEqual(findings("Hidden Figures was nominated for best adapted screenplay but lost to Moonlight."), []);
});

test("'Both lost to X', 'all three eventually lost to X': the category named before, won by X", () => {
  const before = "At the 79th Academy Awards, Judi Dench and Kate Winslet were nominated for best actress.";
  assert.deepEqual(findings(`${before} Both lost to Helen Mirren.`), []);
  const [f] = findings(`${before} Both eventually lost to Meryl Streep.`);
  assert.match(f?.message ?? "", /went to Helen Mirren for The Queen/);
  // "Both films" is not the losers said before.
  assert.deepEqual(findings(`${before} Both films lost to Meryl Streep's.`), []);
});

test(
  "rivals beaten after a list of categories are not tied to " +
    "the last one: '…and original screenplay, beating Avatar'",
  () => {
    const text =
      "At the 82nd Academy Awards, The Hurt Locker won six Oscars, including best picture, " +
      "director for Kathryn Bigelow and original screenplay for Mark Boal, beating Avatar.";
    assert.deepEqual(findings(text), []);
    // One category named: the rivals' own.
    assert.equal(findings("At the 82nd Academy Awards, Mark Boal won original screenplay, beating Avatar.").length, 1);
  },
);

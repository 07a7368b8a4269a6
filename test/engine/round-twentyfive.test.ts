/**
 * Readings added in the twenty-fifth round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertOneFinding, assertSilent, supportedStatements } from "../helpers";

test("a title a nominee owns ('Guillermo del Toro's Pinocchio') goes by what follows the possessive", () => {
  const won = (night: string, category: string) => `At the ${night} Academy Awards, Pinocchio won best ${category}.`;
  assertSilent([won("95th", "animated feature")]);
  assert.ok(supportedStatements(won("95th", "animated feature")).some((s) => /del Toro's Pinocchio won Anim/.test(s)));
  assertOneFinding(won("95th", "original score"), /Original Score went to .*; Guillermo del Toro's Pinocchio won/);
  // The older film of that title keeps its own night.
  assertSilent([won("13th", "original score")]);
  assert.ok(supportedStatements("Corpse Bride was nominated for best animated feature in 2006.").length > 0);
  assertOneFinding("Corpse Bride won best animated feature at the 78th Academy Awards.", /Corpse Bride was nominated/);
});

test("'X's film brought him his third nomination' after a paragraph on someone else: either may be meant", () => {
  const brought = (before: string, rank: string) =>
    `${before} Frank Capra's It's a Wonderful Life brought him his ${rank} nomination.`;
  const stewart = "James Stewart came home from the war in 1945.";
  assertSilent([brought(stewart, "third")]);
  assertSilent([brought(stewart, "sixth")]);
  // The maker is the one the paragraph is about: his rank is checked.
  const capra = "Frank Capra came home from the war in 1945.";
  assertOneFinding(brought(capra, "third"), /Frank Capra's Directing at the 19th .* was their 6th/);
  assertSilent([brought(capra, "sixth")]);
});

test("of films sharing a title, the one that competed on a night the sentence names, over the piece's season", () => {
  const piece = (when: string) =>
    "Little Women won best costume design at the 92nd Academy Awards. " +
    `Little Women had won best adapted screenplay ${when}.`;
  assertSilent([piece("in 1934")]);
  assertSilent([piece("at the 6th Academy Awards")]);
  assert.ok(supportedStatements(piece("in 1934")).some((s) => /Adaptation at the 6th Academy Awards/.test(s)));
  // No night named: the piece's season's film, whose record refutes it.
  assertOneFinding(piece("as well"), /Adapted Screenplay went to Taika Waititi for Jojo Rabbit/);
});

test("a clause naming the Oscars and no award is theirs, after a clause about another body's prizes", () => {
  const said = (who: string, where: string) =>
    `Saving Private Ryan had won the Golden Globe for best drama, and ${who} won ${where}.`;
  const night = said("Steven Spielberg", "Best Director on Oscar night");
  assertSilent([night]);
  assert.ok(supportedStatements(night).some((s) => /Spielberg won Directing at the/.test(s)));
  assertOneFinding(said("Tom Hanks", "Best Actor on Oscar night in 1999"), /went to Roberto Benigni/);
  // "There" goes on with the body named before: the Globes' directing prize.
  assertSilent([said("Steven Spielberg", "Best Director there")]);
});

/**
 * Readings added in the twenty-third round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertOneFinding, assertSilent, supportedStatements } from "../helpers";

test("a loss told as a year after the stated night is checked on its own night", () => {
  const lost = (who: string) =>
    `In 2011 Colin Firth won for The King's Speech, a year after he had been beaten by ${who} for A Single Man.`;
  assertSilent([lost("Jeff Bridges")]);
  assert.ok(supportedStatements(lost("Jeff Bridges")).some((s) => /Jeff Bridges won .* 82nd/.test(s)));
  // Beaten by someone who did not win that year is still a finding, on the night of the loss.
  assertOneFinding(lost("Sean Penn"), /82nd Academy Awards \(2010\), Actor in a Leading Role went to Jeff Bridges/);
});

test("'it' goes on with the one film the sentence said someone was nominated for", () => {
  const night = "At the 95th Academy Awards, The Banshees of Inisherin went home with nothing. ";
  const said = (category: string) =>
    night + `Hong Chau, nominated for The Whale, lost, though her film did not: it won for ${category}.`;
  assertSilent([said("makeup and hairstyling")]);
  assert.ok(supportedStatements(said("makeup and hairstyling")).some((s) => /The Whale won Makeup/.test(s)));
  assertOneFinding(said("production design"), /Production Design went to .* for All Quiet on the Western Front/);
});

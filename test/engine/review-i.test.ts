/**
 * Readings from the nineteenth round's blind sets, each on a sentence written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings } from "../helpers";

test("a one-word title owning a win is a film: 'Encanto's win for best animated feature' dates its sentence", () => {
  assertSilent([
    "At the 5th Academy Awards, Flowers and Trees won. The 5th Academy Awards were at the Ambassador.\n\n" +
      "Encanto's win for best animated feature, at a ceremony co-hosted by Regina Hall and Wanda Sykes, was the latest.",
  ]);
  const [f] = findings("Flow's win for best animated feature came at the 96th Academy Awards.");
  assert.match(f?.message ?? "", /97th/);
});

test("an unknown capitalised subject after a list of names: 'hosted by A and B, Francis won C' is not B's win", () => {
  assertSilent([
    "At the 47th Academy Awards, hosted by Bob Hope, Shirley MacLaine, Sammy Davis Jr. and Frank Sinatra, " +
      "Francis won best director, best picture and adapted screenplay for The Godfather Part II.",
  ]);
  const [f] = findings("At the 47th Academy Awards, Frank Sinatra won best director for The Godfather Part II.");
  assert.match(f?.message ?? "", /Directing went to Francis Ford Coppola/);
});

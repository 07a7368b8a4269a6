/**
 * Readings added in the twenty-eighth round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertBorneOut, assertOneFinding, assertSilent, claims } from "../helpers";

test("a win in the passive ('C was won by X', 'was taken by X') holds the agent as the winner", () => {
  const night = "At the 86th Academy Awards, Best Actress was ";
  assertBorneOut(`${night}won by Cate Blanchett for Blue Jasmine.`, /Cate Blanchett/);
  assertOneFinding(`${night}taken by Sandra Bullock for Gravity.`, /went to Cate Blanchett.*Sandra Bullock was nomi/);
  // "had taken C" is a win like "took C"; "taken aback" claims nothing.
  assertOneFinding("Sandra Bullock had taken Best Actress for Gravity at the 86th Academy Awards.", /Cate Blanchett/);
  assertSilent(["At the 86th Academy Awards, Sandra Bullock was taken aback by the applause."]);
  // Another body's award after "had taken" is read as after "had won".
  const globe = claims("Cate Blanchett had taken the Golden Globe for Blue Jasmine in 2014.");
  assert.ok(globe.some((c) => c.kind === "season" && c.verdict === "supported"));
});

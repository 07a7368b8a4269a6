/**
 * Readings added in the twenty-fourth round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertOneFinding, assertSilent, supportedStatements } from "../helpers";

test("'the film beat' after an acting win: the rivals are not the acting category's", () => {
  const night = "At the 86th Academy Awards, Lupita Nyong'o won best supporting actress, ";
  assertSilent([night + "and the film beat Gravity and Philomena."]);
  assertSilent([night + "and the film narrowly beat Gravity for best picture."]);
  // The performer herself beat her rivals in her category.
  assertOneFinding(night + "and she beat Julia Roberts and Meryl Streep.", /Meryl Streep was not an Actress in a/);
  assert.ok(supportedStatements(night + "and she beat Julia Roberts.").some((s) => /Julia Roberts competed/.test(s)));
});

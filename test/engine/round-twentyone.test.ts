/**
 * Readings added in the twenty-first round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements } from "../helpers";

const NIGHT = "At the 86th Academy Awards, Jared Leto won best supporting actor. ";

test("a person with their film in brackets is the subject of another body's win", () => {
  assert.ok(
    supportedStatements(NIGHT + "Barkhad Abdi (Captain Phillips) won the BAFTA for best supporting actor.").some((s) =>
      /Barkhad Abdi won BAFTA/.test(s),
    ),
  );
  const wrong = findings(
    NIGHT + "Michael Fassbender (12 Years a Slave) won the Golden Globe for best supporting actor.",
  );
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /Golden Globes, .*Supporting Role.* went to Dallas Buyers Club/);
});

test("a gapped conjunct after another body's win takes the win verb", () => {
  const night = "At the 86th Academy Awards, Matthew McConaughey won best actor. ";
  assert.ok(
    supportedStatements(night + "He won the Golden Globe, and Cate Blanchett the BAFTA.").some((s) =>
      /Cate Blanchett won BAFTA/.test(s),
    ),
  );
  const wrong = findings(night + "He won the Golden Globe, and Sandra Bullock the BAFTA.");
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /BAFTA Film Awards, Best Leading Actress went to Blue Jasmine/);
  // No win read, no gapped win; a gapped nomination is not read as a win.
  assertSilent([
    night + "He won the Golden Globe, and Sandra Bullock the cover of a magazine.",
    night + "He was nominated for the Golden Globe, and Sandra Bullock the BAFTA.",
  ]);
});

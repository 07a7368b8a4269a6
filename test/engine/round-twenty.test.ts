/**
 * Readings added in the twentieth round, each pinned on sentences written for the test: the rule's reading made,
 * and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements } from "../helpers";

test("'X lost C' with no winner named says X was nominated for C that night", () => {
  const read = supportedStatements("At the 82nd Academy Awards, Avatar lost Best Picture.");
  assert.ok(
    read.some((s) => /Avatar was nominated for Best Picture/.test(s)),
    read.join("\n"),
  );
  const wrong = findings("At the 82nd Academy Awards, Up lost best director.");
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /Up was nominated for .*not Directing/);
  // The loser of a named winner is the loss reader's, once.
  assert.equal(findings("At the 82nd Academy Awards, Avatar lost Best Picture to Up in the Air.").length, 1);
});

test("a nomination lost out on or snubbed for is no nomination", () => {
  assertSilent([
    "At the 82nd Academy Awards, Avatar lost out on a Best Actor nomination.",
    "Avatar was snubbed for a best actor nomination at the 82nd Academy Awards.",
  ]);
});

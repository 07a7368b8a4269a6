/**
 * Categories of the early ceremonies, named as histories name them: each is read as a
 * category, so a win or nomination in it is checked. Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements as supported } from "../helpers";

test("'Unique and Artistic Production' is the first night's second top award", () => {
  const text = "Wings won Best Picture, and Sunrise won Unique and Artistic Production.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Sunrise won Unique and Artistic Picture at the 1st/.test(s)));
  assert.match(
    findings("The Crowd won the award for Unique and Artistic Production.")[0]?.message ?? "",
    /went to Sunrise; The Crowd was nominated but did not win/,
  );
});

test("title writing, dance direction and assistant director are categories", () => {
  assert.ok(
    supported("Joseph Farnham won the Oscar for title writing.").some((s) => /Title Writing at the 1st/.test(s)),
  );
  const dance = "Dave Gould won Best Dance Direction for Broadway Melody of 1936.";
  assert.ok(supported(dance).some((s) => /^Dave Gould won Dance Direction at the 8th/.test(s)));
  assert.match(
    findings("Dave Gould won Best Dance Direction for Top Hat.")[0]?.message ?? "",
    /Dave Gould won Dance Direction for Broadway Melody of 1936 .*not for Top Hat/,
  );
});

test("an assistant director as a job is no claim", () => {
  assertSilent(["Frank Lloyd's assistant director on Cavalcade went on to win an Oscar of his own."]);
});

test("the short subjects by reel: a win in the other reel's category is refuted", () => {
  const text = "Bored of Education won Best Short Subject (One-Reel) at the 9th Academy Awards.";
  assert.ok(supported(text).some((s) => /One-Reel Short Subject at the 9th/.test(s)));
  assert.match(
    findings("Bored of Education won Best Two-Reel Short Subject at the 9th Academy Awards.")[0]?.message ?? "",
    /Two-Reel Short Subject went to The Public Pays/,
  );
});

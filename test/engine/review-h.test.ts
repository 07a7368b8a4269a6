/**
 * Correct sentences a review of the eighteenth round's rules found misread, each kept silent, with the reading
 * the rule is for still made. Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings } from "../helpers";

test("'Both lost to X' after two categories named says not which: no finding; a possessive winner is no winner", () => {
  assertSilent([
    "Barbie and Poor Things were both nominated for best picture and best costume " +
      "design at the 96th Academy Awards. Both lost to Oppenheimer in the top category.",
    "At the 96th Academy Awards, Gosling and Ferrera were both nominated, he for supporting " +
      "actor and she for supporting actress. They both lost to Oppenheimer's Robert Downey Jr.",
  ]);
  const one = "At the 96th Academy Awards, Emma Stone and Sandra Huller were nominated for best actress.";
  assert.equal(findings(`${one} Both lost to Lily Gladstone.`).length, 1);
});

test("a host told of the past, and an aside's date of another night, are not the article's night's", () => {
  assertSilent([
    "Oppenheimer won best picture at the 96th Academy Awards.\n\nBilly " +
      "Crystal, back for his ninth turn as host, once rode onstage on a horse.",
    "Oppenheimer won best picture at the 96th Academy Awards. The ceremony, " +
      "hosted by Jimmy Kimmel, who also emceed the March 12, 2023, show, ran long.",
    "Oppenheimer won best picture at the 96th Academy Awards. The ceremony, " +
      "watched by more people than the one on March 12, 2023, ran long.",
  ]);
  const [f] = findings(
    "Oppenheimer won best picture at the 96th Academy Awards. The ceremony, held on March 11, ran long.",
  );
  assert.equal(f?.rule, "wrong-ceremony-date");
});

test("a hyphen inside a word is no dash aside: 'the Scorsese-directed F' is still the rank's film", () => {
  assertSilent(["Leonardo DiCaprio's second acting nomination came for the Scorsese-directed The Aviator."]);
  assert.equal(
    findings("Leonardo DiCaprio's third acting nomination came for the Scorsese-directed The Aviator.").length,
    1,
  );
});

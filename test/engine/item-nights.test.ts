/**
 * A list item's heading dates its night in brackets after the film or person it is about; the item's
 * lines are about that night, not the article's. Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements } from "../helpers";

const OPENING = "Upsets that still start arguments\n\nThe 14th Academy Awards, hosted by Bob Hope, had one.\n\n";

test("'3. Ordinary People over Raging Bull (1981)': the lines under the heading are about the 53rd", () => {
  const item = "3. Ordinary People over Raging Bull (1981)\nRedford beat Scorsese for best picture; ";
  assertSilent([`${OPENING}${item}Johnny Carson hosted.`]);
  const [f] = findings(`${OPENING}${item}Billy Crystal hosted.`);
  assert.match(f?.message ?? "", /did not host the 53rd .* hosted by Johnny Carson/);
});

test("a year after a person names the night that person competed at: 'Olivia Colman over Glenn Close (2019)'", () => {
  const item = "7. Olivia Colman over Glenn Close (2019)\nColman won; the ceremony had no host.";
  assertSilent([`${OPENING}${item}`]);
  assert.ok(supportedStatements(`${OPENING}${item}`).some((s) => /91st/.test(s)));
});

test("'(98th, 2026).' closing an item's first sentence dates the sentences after it", () => {
  const item =
    '16. Paul Thomas Anderson, "One Battle After Another" (98th, 2026). Leonardo DiCaprio, ' +
    "nominated as Bob, went home empty-handed. Conan O'Brien hosted.";
  assertSilent([`${OPENING}${item}`]);
  const [f] = findings(`${OPENING}${item.replace("Conan O'Brien", "Jimmy Kimmel")}`);
  assert.match(f?.message ?? "", /did not host the 98th/);
});

test("a bracketed year in running prose is no heading: 'after Gandhi (1982).', a hard-wrapped line", () => {
  const prose =
    "Titanic won 11 Oscars at the 70th Academy Awards. Its\nrecord was matched by Ben-Hur\n(1959) and " +
    "nobody else. Kingsley won again, decades after Gandhi (1982).\nJames Cameron won best director.";
  assertSilent([prose]);
  assert.ok(!supportedStatements(prose).some((s) => /55th|32nd/.test(s)));
});

test("a list inside an appositive is not the subject: 'X, the only one in a field with A, B and C, won'", () => {
  assertSilent([
    "At the 65th Academy Awards, Marisa Tomei, the only American in a field that included Vanessa Redgrave, " +
      "Joan Plowright, Miranda Richardson and Judy Davis, won supporting actress.",
  ]);
});

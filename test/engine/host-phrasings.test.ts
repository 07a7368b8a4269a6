/**
 * Ways a draft names a ceremony's host beyond "hosted by X": each phrasing is read and checked
 * against the ceremonies table, on sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { claims, findings } from "../helpers";

const hostVerdicts = (text: string) =>
  claims(text)
    .filter((c) => c.rule === "wrong-host")
    .map((c) => c.verdict);

const cases: [string, string, string][] = [
  [
    "with X as host",
    "The 23rd Academy Awards took place at the RKO Pantages Theatre, with Fred Astaire as host.",
    "The 23rd Academy Awards took place at the RKO Pantages Theatre, with Bob Hope as host.",
  ],
  [
    "X served as master of ceremonies",
    "At the 12th Academy Awards, Bob Hope served as master of ceremonies.",
    "At the 12th Academy Awards, Jack Benny served as master of ceremonies.",
  ],
  [
    "the host of the Nth was X",
    "The host of the 76th Academy Awards was Billy Crystal.",
    "The host of the 76th Academy Awards was Steve Martin.",
  ],
  [
    "X was the host of the Nth",
    "Steve Martin was the host of the 73rd Academy Awards.",
    "Chris Rock was the host of the 73rd Academy Awards.",
  ],
  [
    "X hosted the Nth in its year",
    "Steve Martin hosted the 73rd Academy Awards in 2001.",
    "Chris Rock hosted the 73rd Academy Awards in 2001.",
  ],
  [
    "an aside between the host and 'hosted'",
    "Chris Rock, the stand-up comedian, hosted the 77th Academy Awards.",
    "Chris Rock, the stand-up comedian, hosted the 79th Academy Awards.",
  ],
  [
    "a tally: 'hosted the ceremony N times'",
    "Johnny Carson hosted the ceremony five times.",
    "Johnny Carson hosted the ceremony six times.",
  ],
];

for (const [what, right, wrong] of cases) {
  test(`host phrasing read: ${what}`, () => {
    assert.deepEqual(findings(right), [], right);
    assert.deepEqual(hostVerdicts(right), ["supported"], right);
    const [f] = findings(wrong);
    assert.equal(f?.rule, "wrong-host", wrong);
  });
}

test("a host of the article's own night may be counted with that night or without it", () => {
  const draft =
    "The 96th Academy Awards were held in 2024.\n\nJimmy Kimmel, who has hosted three times before, returned.\n";
  assert.deepEqual(findings(draft), []);
});

/**
 * Correct sentences the review of the seventeenth round found flagged by its first drafts: a host told
 * of at another time, a present-perfect body in a paragraph's opening, a look-back sentence that must
 * not move the night of those after it, "as" opening a clause after a rank. Sentences written for the test.
 */
import { test } from "node:test";
import { assertSilent } from "../helpers";

test("silent: correct sentences near this round's rules", () => {
  assertSilent([
    "At the 89th Academy Awards, Jimmy Kimmel teased Chris Rock, who was host the year before.",
    "At the 96th Academy Awards, Jimmy Kimmel saluted Billy Crystal, who was host nine times.",
    "The 92nd Academy Awards were held in 2020.\n\n1917 has won the BAFTA for best film. Joaquin Phoenix won " +
      "best actor, and Sam Mendes won best director.",
    "The 96th Academy Awards were held in 2024.\n\nOppenheimer won best picture, and Christopher Nolan won best " +
      "director. Heath Ledger won supporting actor for Nolan's The Dark Knight. Jimmy Kimmel was the host at " +
      "the Dolby Theatre.",
    "At the 76th Academy Awards, Peter Jackson collected his third Oscar as best picture was announced.",
    "Frances McDormand won her fourth Oscar as best picture went to Nomadland at the 93rd Academy Awards.",
  ]);
});

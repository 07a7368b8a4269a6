/**
 * Correct sentences a review of the nineteenth round's rules found misread, each kept silent, with the reading
 * the rule is for still made. Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings } from "../helpers";

test("'in <Month> <Year>' after a night another event is for ('nominations for the 96th …') is no date", () => {
  assertSilent([
    "Oppenheimer led the nominations for the 96th Academy Awards in January 2024 with 13 nods.",
    "The pandemic upended plans for the 93rd Academy Awards in February 2021, and the ceremony moved to April.",
  ]);
  assert.equal(findings("At the 93rd Academy Awards in February 2021, Nomadland won best picture.").length, 1);
});

test("'won praise as R', 'won the role' are no Oscar win; a role's name ends at 'after'", () => {
  assertSilent([
    "Felicity Jones won praise as Jane Hawking, but at the 87th Academy Awards the best actress Oscar went to " +
      "Julianne Moore.",
    "At the 91st Academy Awards, Amy Adams won acclaim as Lynne Cheney but lost to Regina King.",
    "At the 96th Academy Awards, Lily Gladstone was nominated for best actress. Gladstone won the role of " +
      "Mollie Burkhart after Martin Scorsese saw her in Certain Women.",
  ]);
});

test("an undated list item or heading ends the night of the dated item before it", () => {
  assertSilent([
    "1. Gandhi over Tootsie (1983)\nThe ceremony was held at the Dorothy Chandler Pavilion.\n\n" +
      "2. Titanic's sweep\nThe ceremony that year was held at the Shrine, and Billy Crystal hosted.",
    "1. Gandhi over Tootsie (1983)\nWalter Matthau and Richard Pryor hosted the ceremony.\n" +
      "2. Titanic over Good Will Hunting\nBilly Crystal hosted the ceremony.",
  ]);
});

test("a year before a host that is no night's: 'Born in April 1963, host X', 'Since 2003, host X'", () => {
  assertSilent([
    "The 97th Academy Awards were held on March 2, 2025.\n\nBorn in April 1963, host Conan O'Brien began as a writer.",
    "The 96th Academy Awards were held on March 10, 2024.\n\nSince 2003, host Jimmy Kimmel has fronted a " +
      "late-night show.",
  ]);
});

test("a building's short name only where a night is held there: not 'after two years at the Shrine'", () => {
  assertSilent([
    "The 71st Academy Awards returned to the Dorothy Chandler Pavilion after two years at the Shrine.",
    "The 1st Academy Awards were a dinner at the Hollywood Roosevelt Hotel; the Academy had been launched at a " +
      "banquet at the Biltmore.",
    "At the 92nd Academy Awards, Bong Joon Ho said he had taken a call from the ambassador.",
  ]);
  assert.equal(findings("The 96th Academy Awards were held at the Shrine in Los Angeles.").length, 1);
});

test("a person's season prize 'in January' is the piece's season, not a night the paragraph told of", () => {
  assertSilent([
    "The 96th Academy Awards were held on March 10, 2024.\n\nPaul Giamatti broke through in Sideways and was " +
      "nominated for Cinderella Man in 2006. Giamatti won the Golden Globe in January.",
  ]);
});

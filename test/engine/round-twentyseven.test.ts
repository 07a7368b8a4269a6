/**
 * Readings added in the twenty-seventh round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertOneFinding, assertSilent, supportedStatements } from "../helpers";

test("'its' after a subject described by a maker we cannot place is no guess at the last film named", () => {
  const before = "The Reader was nominated for Best Picture. ";
  assertSilent([`${before}Danny Boyle's tale of a tea boy on a quiz show won eight Oscars from its ten nominations.`]);
  assertSilent([`${before}Ang Lee's wuxia epic took four Oscars from its ten nominations.`]);
  // The maker's film, named before, still owns "its"; a wrong total is still refuted.
  const slumdog = "Slumdog Millionaire was nominated for Best Picture. ";
  assertOneFinding(`${slumdog}Danny Boyle's tale of a tea boy won eight Oscars from its nine nominations.`, /10/);
  // With no description, "its" is still the film last named.
  assertOneFinding(`${before}It won one Oscar from its six nominations.`, /5 nominations, not 6/);
});

test("'at the Dolby Theatre' (or the Kodak) names the Oscars for its clause, after another body fronted", () => {
  const globes = "At the Golden Globes, Roma won Best Foreign Language Film; weeks later, ";
  const dolby = (clause: string) => `${globes}at the Dolby Theatre, ${clause}.`;
  assertSilent([dolby("Roma lost Best Picture to Green Book")]);
  assert.ok(supportedStatements(dolby("Roma lost Best Picture to Green Book")).some((s) => /Best Picture/.test(s)));
  assertOneFinding(dolby("Roma lost Best Picture to Bohemian Rhapsody"), /Best Picture went to Green Book/);
  assertOneFinding(dolby("Bohemian Rhapsody won Best Picture"), /Best Picture went to Green Book/);
  // The fronted body still holds a clause no house or Oscar word claims back.
  assertSilent(["At the Golden Globes, Green Book won Best Musical or Comedy, but Roma lost Best Director to Peter."]);
  // A theatre named in passing is no night: a premiere "at the Dolby" is not read as a ceremony.
  assertSilent(["Roma won Best Foreign Language Film at the Golden Globes after a screening in the Dolby Theatre."]);
});

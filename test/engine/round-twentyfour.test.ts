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

test("after a dashed aside, 'while being nominated' goes on with the clause's subject, not the aside's name", () => {
  const said = (category: string) =>
    "At the 71st Academy Awards, Life Is Beautiful won foreign language film—Roberto Benigni, beaming, " +
    `climbed over the seats—while also being nominated for ${category}.`;
  assertSilent([said("best picture")]);
  assert.ok(
    supportedStatements(said("best picture")).some((s) => /Life Is Beautiful was nominated for Best P/.test(s)),
  );
  assertOneFinding(said("best actress"), /Life Is Beautiful was nominated for .*Best Picture/);
});

test("films of several nights leave a host's night open, unless the team of hosts names one of them", () => {
  const piece = (films: string, hosts: string) =>
    "Ben-Hur won eleven Oscars at the 32nd Academy Awards.\n\n" +
    `At the other end sit ${films}, which won nothing, the latter at a ceremony hosted by ${hosts}.`;
  const team = "Alan Alda, Jane Fonda and Robin Williams";
  assertSilent([piece("The Turning Point and The Color Purple", team)]);
  assert.ok(
    supportedStatements(piece("The Turning Point and The Color Purple", team)).some((s) => /58th.*Alda/.test(s)),
  );
  // One host, two nights: which night is meant stays open.
  assertSilent([piece("The Turning Point and The Color Purple", "Bob Hope")]);
  // Films of one night still name it.
  assertOneFinding(
    piece("The Color Purple and Out of Africa", "Bob Hope"),
    /58th Academy Awards \(1986\) was hosted by/,
  );
});

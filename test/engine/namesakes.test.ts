/**
 * Titles and names the data gives to more than one holder (a remake, two people of one name):
 * a claim is about the holder it is true of, and wrong only when it is true of none.
 * Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements as supported } from "../helpers";

test("a remade title's claim is borne out by the version it is true of", () => {
  const text = "Titanic won Best Picture, and the 1953 Titanic won for its screenplay.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported("Titanic won Best Picture.").some((s) => /^Titanic won Best Picture at the 70th/.test(s)));
});

test("a claim false of every version is refuted, told of the version with the longest record", () => {
  assert.match(
    findings("Titanic won Best Actress.")[0]?.message ?? "",
    /Best Actress|Actress in a Leading Role went to Helen Hunt/,
  );
});

test("'the film' after a remade title is the version the paragraph's night bears out", () => {
  // Two films are called Titanic (1953, 1997); the count is true of the 1997 one only.
  const text = "Titanic won 11 Oscars. The film also won Best Cinematography.";
  assert.ok(supported(text).some((s) => /^Titanic won Cinematography at the 70th/.test(s)));
  const stated = "Titanic won 11 Oscars at the 70th Academy Awards. It also won Best Sound.";
  assert.ok(supported(stated).some((s) => /^Titanic won Sound at the 70th/.test(s)));
});

test("a possessive maker picks the version of a shared title they are credited on", () => {
  const text =
    'At the 84th Academy Awards, The Artist won Best Picture.\n\nGeorge Cukor\'s "A Star Is Born" went home ' +
    "empty-handed from six nominations.";
  assertSilent([text]);
  assert.ok(supported(text).some((s) => /^A Star Is Born had 6 nominations at the 27th Academy Awards/.test(s)));
});

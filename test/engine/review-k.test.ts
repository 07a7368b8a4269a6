/**
 * Correct sentences a review of the twentieth round's rules found misread, each kept silent, with the reading
 * the rule is for still made. Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements } from "../helpers";

test("a name no nominee bears, beaten or nominated outside an Oscar race, is left alone", () => {
  assertSilent([
    "When We Were Kings, about the night Muhammad Ali beat George Foreman in Kinshasa, won best documentary " +
      "feature at the 69th Academy Awards.",
    "At the 85th Academy Awards, Lincoln, set in the months after Abraham Lincoln defeated George McClellan, " +
      "earned Daniel Day-Lewis his third best actor Oscar.",
    "At the 75th Academy Awards, Bowling for Columbine won best documentary feature; Moore later filmed how " +
      "Hillary Clinton lost to Donald Trump.",
    "Atonement, which had earned Ian McEwan a Booker nomination, was nominated for best picture at the 80th " +
      "Academy Awards.",
    "At the 79th Academy Awards, An Inconvenient Truth won best documentary; Al Gore was nominated for the Nobel " +
      "Peace Prize that year.",
  ]);
  assert.equal(findings("At the 81st Academy Awards, Sean Penn beat Marcus Holloway for best actor.").length, 1);
});

test("a prize the data credits to a country is no stranger's win", () => {
  assertSilent(["At the 97th Academy Awards, Walter Salles won best international feature for I'm Still Here."]);
});

test("a past winner presenting leaves the article's night for the host: no other night is checked", () => {
  assertSilent([
    "The 90th Academy Awards were held in 2018.\n\nEva Marie Saint, 93, presented best costume design at a " +
      "ceremony hosted by Jimmy Kimmel.",
  ]);
});

test("'lost out on C' may be no nomination; 'X lost C' of a winner is refuted", () => {
  assertSilent(["At the 85th Academy Awards, Argo won best picture, though Ben Affleck lost out on best director."]);
  const [f] = findings("At the 88th Academy Awards, Alejandro G. Iñárritu lost best director.");
  assert.match(f?.message ?? "", /won Directing at the 88th Academy Awards \(2016\); it was not lost/);
});

test("a dashed aside ending on a person names the subject: '— a 28-year-old Emma Stone — won'", () => {
  const text = "At the 89th Academy Awards, La La Land's leading lady — a 28-year-old Emma Stone — won best actress.";
  assert.deepEqual(findings(text), []);
  assert.ok(supportedStatements(text).some((s) => /^Emma Stone won Actress in a Leading Role/.test(s)));
});

test("'F sadly went home empty-handed', 'the F team went home empty-handed' are still the film's", () => {
  assert.equal(findings("At the 89th Academy Awards, Arrival sadly went home empty-handed.").length, 1);
  assert.equal(findings("At the 90th Academy Awards, the Get Out team went home empty-handed.").length, 1);
});

test("an Oxford-comma host list is still read; 'more … than anyone to win C' is the subject's win", () => {
  const hosts =
    "The 59th Academy Awards were hosted by Chevy Chase, Goldie Hawn, and Bette Midler, at the Dorothy " +
    "Chandler Pavilion.";
  assert.equal(findings(hosts).length, 1);
  assert.equal(
    findings("At the 75th Academy Awards, Glenn Close was more surprised than anyone to win best actress.").length,
    1,
  );
});

test("a gapped count's list: '…, and Moonlight just three, for C1, C2 and C3' gives all three to Moonlight", () => {
  const text =
    "At the 89th Academy Awards, La La Land won six, for best director, best actress and cinematography, and " +
    "Moonlight just three, for best picture, supporting actor and adapted screenplay.";
  assert.deepEqual(findings(text), []);
  assert.ok(supportedStatements(text).some((s) => /^Moonlight won Adapted Screenplay/.test(s)));
});

test("'for playing Elizabeth I. Gwyneth Paltrow won': a part's numeral ends the sentence", () => {
  const text =
    "At the 71st Academy Awards, Judi Dench won supporting actress for playing Elizabeth I. Gwyneth " +
    "Paltrow won best actress.";
  assert.ok(supportedStatements(text).some((s) => /^Gwyneth Paltrow won Actress in a Leading Role/.test(s)));
});

test("strangers: a series named for its hero, a studio's or producer's prize; a director 'losing best picture'", () => {
  assertSilent([
    "At the 84th Academy Awards, Harry Potter was nominated again, for art direction, makeup and visual effects.",
    "At the 8th Academy Awards, Irving Thalberg won best picture for Mutiny on the Bounty.",
    "At the 89th Academy Awards, Denis Villeneuve lost best picture and best director.",
  ]);
});

/**
 * Correct sentences from the sixth round's last reviews that once raised findings, in their
 * general shapes (written for the test): each must stay silent, and what they state be read.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements as supported } from "../helpers";

test("times and streaks: 'a year after his first at the 66th', 'his second win in a row'", () => {
  assertSilent([
    "Tom Hanks won his second Oscar at the 67th Academy Awards, a year after his first at the 66th.",
    "Tom Hanks won Best Actor for Forrest Gump, his second win in a row after Philadelphia.",
  ]);
});

test("nights: an appositive's film, 'the first ceremony', years of other nights beside a venue", () => {
  assertSilent([
    "Hugh Jackman, the star of X-Men, hosted the 81st Academy Awards.",
    "The 21st ceremony was held at the Academy Award Theater. " +
      "The first ceremony was held at the Hollywood Roosevelt Hotel.",
    "The 21st ceremony was held at the Academy Award Theater. " +
      "From 1961 to 1968 the Oscars were held at the Santa Monica Civic Auditorium.",
  ]);
});

test("roles and names: a role the data names 'The Queen', a character after 'as', 'the comedian Lenny Bruce'", () => {
  assertSilent([
    "Helen Mirren won Best Actress for The Queen, playing Elizabeth II.",
    "Troy Kotsur won Best Supporting Actor for CODA as Frank Rossi.",
    "Lenny, Bob Fosse's portrait of the comedian Lenny Bruce, earned six nominations.",
  ]);
});

test("subjects: a gapped film conjunct, a possessive's quoted song, 'his' that does not fit a woman", () => {
  const gapped =
    "At the 93rd Academy Awards, Another Round won Best International Feature, and Nomadland Best Picture.";
  assert.deepEqual(findings(gapped), []);
  assert.ok(supported(gapped).some((s) => /^Nomadland won Best Picture/.test(s)));
  assertSilent([
    "At the 57th Academy Awards, Prince won Original Song Score, and Stevie Wonder's " +
      '"I Just Called to Say I Love You" won Best Original Song.',
    "Jack Nicholson won his third Oscar for As Good as It Gets, where his co-star Helen Hunt won Best Actress.",
  ]);
});

test("'every one of its nine nominations' is all of them", () => {
  assert.ok(supported("Gigi won every one of its nine nominations.").some((s) => /Gigi won 9 Oscars/.test(s)));
  assert.equal(findings("Gigi won every one of its eight nominations.")[0]?.rule, "wrong-count");
});

test("a gapped conjunct with a maker's possessive, and 'that ceremony' for the night named last", () => {
  const gapped =
    "At the 93rd Academy Awards, Denmark's Another Round won Best International Feature, " +
    "and Pixar's Soul Best Animated Feature.";
  assert.ok(supported(gapped).some((s) => /^Soul won Animated Feature Film/.test(s)));
  const that = (host: string) =>
    "Cate Blanchett's first nomination came at the 71st Academy Awards. " +
    `She won Best Supporting Actress at the 77th Academy Awards. ${host} hosted that ceremony at the Kodak Theatre.`;
  assert.deepEqual(findings(that("Chris Rock")), []);
  assert.equal(findings(that("Billy Crystal"))[0]?.rule, "wrong-host");
});

test("last review: a film lost to is no 'it'; 'the film' after 'in F'; honorary before 1951; 'following'", () => {
  const et =
    "At the 55th Academy Awards, Gandhi won best picture. E.T. The Extra-Terrestrial lost best picture to Gandhi. ";
  assert.ok(supported(`${et}It won four awards from nine nominations.`).some((s) => /^E\.T\. .* won 4 Oscars/.test(s)));
  assertSilent([
    'At the 55th Academy Awards, Gandhi won best picture. Dustin Hoffman, who played Michael Dorsey in "Tootsie," ' +
      "lost best actor; the film won only one of its 10 nominations.",
    "At the 19th Academy Awards, Harold Russell received an honorary award.",
    "Luise Rainer won Best Actress for The Good Earth; it was her second Oscar in two years, following her win for " +
      "The Great Ziegfeld at the 9th ceremony.",
  ]);
});

test("'did better, with two' after 'won only one'; a quoted song's own clause; 'named in' a category", () => {
  const better =
    "At the 91st Academy Awards, The Favourite had ten nominations but won only one. " +
    "Roma did better, with three: Alfonso Cuarón won best director, and Alfonso Cuarón won for cinematography.";
  const song =
    "At the 87th Academy Awards, Alexandre Desplat won for the original score, " +
    'and "Glory," by Common and John Legend, was named best song.';
  const named =
    "At the 92nd Academy Awards, Bong Joon Ho was named in both the directing and original screenplay categories.";
  assertSilent([better, song, named]);
  assert.ok(supported(better).some((s) => /^Roma won 3 Oscars at the 91st/.test(s)));
  assert.match(
    findings("At the 92nd Academy Awards, Todd Phillips was named best director.")[0]?.message ?? "",
    /Directing went to Bong Joon Ho/,
  );
});

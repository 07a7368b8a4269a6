/**
 * Readings from the nineteenth round's blind sets, each on a sentence written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings } from "../helpers";

test("a one-word title owning a win is a film: 'Encanto's win for best animated feature' dates its sentence", () => {
  assertSilent([
    "At the 5th Academy Awards, Flowers and Trees won. The 5th Academy Awards were at the Ambassador.\n\n" +
      "Encanto's win for best animated feature, at a ceremony co-hosted by Regina Hall and Wanda Sykes, " +
      "was the latest.",
  ]);
  const [f] = findings("Flow's win for best animated feature came at the 96th Academy Awards.");
  assert.match(f?.message ?? "", /97th/);
});

test("an unknown capitalised subject after a list of names: 'hosted by A and B, Francis won C' is not B's win", () => {
  assertSilent([
    "At the 47th Academy Awards, hosted by Bob Hope, Shirley MacLaine, Sammy Davis Jr. and Frank Sinatra, " +
      "Francis won best director, best picture and adapted screenplay for The Godfather Part II.",
  ]);
  const [f] = findings("At the 47th Academy Awards, Frank Sinatra won best director for The Godfather Part II.");
  assert.match(f?.message ?? "", /Directing went to Francis Ford Coppola/);
});

test("a season prize in a clause after the film named: the person's other film that night may have won it", () => {
  assertSilent([
    "At the 77th Academy Awards, Jamie Foxx was nominated twice, also in supporting for Collateral, " +
      "and arrived having won the Golden Globe, SAG and BAFTA.",
  ]);
  // (Said of the film itself, the prize is that film's.)
  const said = "Jamie Foxx won the Golden Globe for Collateral, and he was nominated at the 77th Academy Awards.";
  assert.equal(findings(said).length, 1);
});

test("a person's season prize with no film follows the night the paragraph moved to, not the article's", () => {
  const lede = "Peter O'Toole starred in Lawrence of Arabia, which won best picture at the 35th Academy Awards.\n\n";
  const becket =
    "In Becket (1964) he was King Henry II. He and Richard Burton were nominated for best actor, and both lost " +
    "to Rex Harrison of My Fair Lady. Mr. O'Toole won the Golden Globe for best actor in a drama.";
  assertSilent([lede + becket]);
  // (Said in the paragraph on the 35th, it is that season's prize, which went to Gregory Peck's film.)
  const [f] = findings(lede + "Mr. O'Toole won the Golden Globe for best actor in a drama.");
  assert.match(f?.message ?? "", /1963 Golden Globes/);
});

test("in a family piece, a first name is the one relative named in full with it: 'Peter lost to X'", () => {
  const family =
    "Henry Fonda won best actor at the 54th Academy Awards. Jane Fonda won best actress at the 44th Academy " +
    "Awards. Peter Fonda was nominated for Ulee's Gold at the 70th Academy Awards.\n\n";
  assertSilent([`${family}Jane won again for Coming Home. Peter lost to Jack Nicholson.`]);
  const [f] = findings(`${family}Peter lost to Dustin Hoffman.`);
  assert.match(f?.message ?? "", /went to Jack Nicholson/);
  // (One Fonda alone: his surname says who he is, and a first name is left to the surname.)
  assert.equal(
    findings("Peter Fonda was nominated at the 70th Academy Awards.\n\nPeter lost to Dustin Hoffman.").length,
    0,
  );
});

test("the kin of a name are not the name: 'The daughters of Sir X, himself a nominee for F, went head to head'", () => {
  assertSilent([
    "The daughters of Sir Michael Redgrave, himself a nominee for Mourning Becomes Electra, went head to head " +
      "in best actress at the 39th Academy Awards in 1967.",
  ]);
});

test("'at the 22nd ceremony and again at the 23rd, which X hosted at the Shrine': the night before 'which'", () => {
  const said = "He won for A Letter to Three Wives at the 22nd ceremony and again for All About Eve at the 23rd, ";
  assertSilent([`${said}which Fred Astaire hosted at the Pantages.`]);
  const found = findings(`${said}which Bob Hope hosted at the Shrine.`).map((f) => f.message);
  assert.equal(found.length, 2);
  assert.ok(found.some((m) => /23rd .* hosted by Fred Astaire/.test(m)));
  assert.ok(found.some((m) => /23rd .* took place at the RKO Pantages Theatre/.test(m)));
});

test("a building's short name after 'the' ('at the Shrine') is that building; 'Dolby Atmos' is not", () => {
  assertSilent([
    "The 70th Academy Awards were held at the Shrine. The 23rd Academy Awards were held at the Pantages.",
    "The 96th Academy Awards, mixed in the Dolby Atmos format, were a hit.",
  ]);
  assert.equal(findings("The 96th Academy Awards were held at the Shrine.").length, 1);
});

test("'Ryan and Zinzi Coogler': a first name joined to a full name shares its surname; 'Ryan' is then no film", () => {
  const couple = "Ryan and Zinzi Coogler produced Sinners. ";
  assertSilent([`${couple}Ryan won the original screenplay Oscar at the 98th Academy Awards.`]);
  const [f] = findings(`${couple}Ryan won the adapted screenplay Oscar at the 98th Academy Awards.`);
  assert.match(f?.message ?? "", /Ryan Coogler/);
  assertSilent(["Joel and Ethan Coen won best director for No Country for Old Men. Joel won again."]);
});

test("roles: a quoted nickname before the name, a short given name, a participle after a rival's name", () => {
  assertSilent([
    'Kate Hudson was a supporting actress nominee for Almost Famous, in which she played the "Band-Aid" Penny Lane.',
    "Mahershala Ali won best supporting actor for Green Book, as the pianist Don Shirley.",
    "At the 96th Academy Awards, Cillian Murphy beat Bradley Cooper, nominated as Leonard Bernstein in Maestro.",
  ]);
  const [f] = findings(
    "At the 96th Academy Awards, Cillian Murphy beat Bradley Cooper, nominated as Felicia Montealegre in Maestro.",
  );
  assert.match(f?.message ?? "", /^Bradley Cooper was nominated as Leonard Bernstein/);
});

test("a year in the host's own clause names the host's night: '…for Ran, and in 1990 … hosted by X'", () => {
  const said = "Kurosawa was nominated at the 58th Academy Awards. His only directing nomination came for Ran, ";
  assertSilent([`${said}and in 1990 he received an honorary award at a ceremony hosted by Billy Crystal.`]);
  const [f] = findings(`${said}and in 1990 he received an honorary award at a ceremony hosted by Johnny Carson.`);
  assert.match(f?.message ?? "", /62nd .* hosted by Billy Crystal/);
});

test("'lost the prize to Brazil's I'm Still Here': a title owning a title is its country; the second won", () => {
  assertSilent(["At the 97th Academy Awards, Emilia Pérez lost the prize to Brazil's I'm Still Here."]);
});

test("'won original song for \"Remember Me\"': the title the song prize was for is the song, not a film", () => {
  assertSilent([
    "Rain Man won best picture at the 61st Academy Awards.\n\nCoco, Lee Unkrich's musical, won animated feature " +
      'and original song for "Remember Me," written by Kristen Anderson-Lopez and Robert Lopez.',
  ]);
});

test("'The prize went to X' after a sentence naming two categories says not which prize", () => {
  const before =
    "At the 67th Academy Awards, Hoop Dreams was not nominated for documentary feature; its only nomination";
  assertSilent([`${before} was for film editing. The prize that year went to Maya Lin: A Strong Clear Vision.`]);
  const [f] = findings(
    "At the 67th Academy Awards, Hoop Dreams was nominated for film editing. The prize went to Speed.",
  );
  assert.match(f?.message ?? "", /Forrest Gump/);
});

test("'X won as R' of a nominee that night who never won an Oscar is refuted; 'who has yet to win' is not", () => {
  const night = "At the 87th Academy Awards, Eddie Redmayne won best actor. ";
  const [f] = findings(`${night}Felicity Jones won as Jane Hawking.`);
  assert.match(f?.message ?? "", /Felicity Jones has never won an Oscar; .* went to Julianne Moore/);
  assertSilent([
    `${night}Felicity Jones was nominated as Jane Hawking.`,
    `${night}Felicity Jones, who has yet to win, was nominated as Jane Hawking.`,
  ]);
});

test("'the 76th Academy Awards in March 2003': a month makes the year the one held", () => {
  assertSilent([
    "At the 76th Academy Awards in February 2004, The Return of the King won.",
    "The 40th Academy Awards, held in April 1968, went to In the Heat of the Night.",
  ]);
  const [f] = findings("At the 76th Academy Awards in March 2004, The Return of the King won.");
  assert.match(f?.message ?? "", /February 29, 2004, not in March 2004/);
});

test("a one-word title before ', <Maker>'s film,' is the film; a verb after the comma makes no appositive", () => {
  const [f] = findings("Anora, Sean Baker's film, won six Oscars.");
  assert.match(f?.message ?? "", /Anora won 5 Oscars/);
  assertSilent([
    "Anora, Sean Baker's film, won five Oscars.",
    "At the 14th Academy Awards, Donald Crisp, as the patriarch Mr. Morgan, took supporting actor for Ford's film.",
  ]);
});

test("', and won six' goes on with the sentence's subject; a night another clause names is blamed once", () => {
  const [f] = findings("Mary Poppins earned 13 nominations, including best picture, and won six.");
  assert.match(f?.message ?? "", /Mary Poppins won 5 Oscars/);
  assertSilent(["Mary Poppins, which earned 13 nominations, including best picture, and won five, was a hit."]);
  const argo =
    "Argo went on to win best picture at the 86th Academy Awards, with George Clooney accepting as a producer, " +
    "and also won for adapted screenplay and film editing.";
  assert.deepEqual(
    findings(argo).map((x) => x.message.slice(0, 45)),
    ["Argo won Best Picture at the 85th Academy Awa"],
  );
});

test("'that prize went to the French musical F': a described winner after 'went to', blamed on the winner", () => {
  const flow = "At the 97th Academy Awards, Flow was nominated for international feature; that prize went to the ";
  assertSilent([`${flow}Brazilian drama I'm Still Here.`]);
  const said = `${flow}French musical Emilia Pérez.`;
  const [f] = findings(said);
  assert.equal(said.slice(f?.start ?? 0, f?.end ?? 0), "Emilia Pérez");
});

test("a dateline's year in brackets is no night of the claim: '(AP, Feb. 10, 2020) — F won … at the 91st'", () => {
  const [f] = findings(
    "LOS ANGELES (AP, Feb. 10, 2020) — Bong Joon Ho's Parasite won best picture at the 91st Academy Awards.",
  );
  assert.match(f?.message ?? "", /92nd Academy Awards \(2020\), not at the 91st/);
});

test("a one-word character that is a given name ('as Maria', 'the father, David') is checked; a noun is not", () => {
  const [f] = findings("At the 94th Academy Awards, Ariana DeBose won supporting actress as Maria.");
  assert.match(f?.message ?? "", /nominated as Anita in West Side Story/);
  assertSilent([
    "At the 94th Academy Awards, Ariana DeBose won supporting actress as Anita.",
    "At the 94th Academy Awards, Ariana DeBose won supporting actress as Shark.",
  ]);
});

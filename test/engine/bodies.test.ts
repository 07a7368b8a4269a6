/**
 * Which awards body a sentence is about when a piece names the Oscars and another body: an aside
 * about another body does not take an Oscars piece with it. Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, supportedStatements as supported } from "../helpers";

test("a body named after the Oscars in the opening, as often as them, is an aside", () => {
  const opening =
    "Emma Stone won Best Actress at the 96th Academy Awards for Poor Things, after earlier winning the Golden Globe.";
  assert.deepEqual(
    findings(`${opening} Da'Vine Joy Randolph was honoured as Best Supporting Actress for The Holdovers.`),
    [],
  );
  const [f] = findings(`${opening} Emily Blunt was honoured as Best Supporting Actress for Oppenheimer.`);
  assert.match(f?.message ?? "", /96th Academy Awards .*Da'Vine Joy Randolph/);
});

test("an Oscars piece whose last paragraph lists other bodies stays an Oscars piece", () => {
  const piece = (host: string) =>
    "LOS ANGELES — Oppenheimer won Best Picture at the 96th Academy Awards on Sunday.\n\n" +
    `The ceremony at the Dolby Theatre was hosted by ${host}.\n\n` +
    "Emma Stone won Best Actress for Poor Things, after earlier winning the Golden Globe, the BAFTA " +
    "and the Critics Choice award.\n";
  assert.deepEqual(findings(piece("Jimmy Kimmel")), []);
  assert.equal(findings(piece("Conan O'Brien"))[0]?.rule, "wrong-host");
});

test("a winners list after a paragraph that mentions the Golden Globes is the Oscars' list", () => {
  const list = (supporting: string) =>
    "Oppenheimer won Best Picture at the 96th Academy Awards. " +
    "Earlier, it had won the Golden Globe for Best Motion Picture – Drama.\n\n" +
    "The winners\n" +
    "Best Picture: Oppenheimer\n" +
    "Best Director: Christopher Nolan (Oppenheimer)\n" +
    "Best Actor: Cillian Murphy (Oppenheimer)\n" +
    "Best Actress: Emma Stone (Poor Things)\n" +
    "Best Supporting Actor: Robert Downey Jr. (Oppenheimer)\n" +
    `Best Supporting Actress: ${supporting}\n`;
  assert.deepEqual(findings(list("Da'Vine Joy Randolph (The Holdovers)")), []);
  const [f] = findings(list("Emily Blunt (Oppenheimer)"));
  assert.match(f?.message ?? "", /96th Academy Awards/);
});

test("the Oscars named to compare ('Weeks before the Oscars, …') leave the paragraph the other body's", () => {
  const text =
    "Green Book won Best Picture at the 91st Academy Awards.\n\n" +
    "Weeks before the Oscars, the Golden Globes had their say. Bohemian Rhapsody won Best Picture.\n";
  assert.deepEqual(findings(text), []);
});

test("another body named in a fronted participle or a trailing relative clause is not the category's", () => {
  const snubbed = 'Snubbed by the Golden Globes, Paul Mescal earned a best actor nomination for "Aftersun."';
  const relative = '"Parasite" won best picture over "1917," which had won the Golden Globe.';
  assertSilent([snubbed, relative]);
  assert.ok(supported(relative).some((s) => /^Parasite won Best Picture at the 92nd/.test(s)));
});

test("bodies an opening names after the Oscars are an aside: the next sentence is still the Oscars'", () => {
  const opening =
    "Emma Stone won best actress at the 96th Academy Awards, after winning the Golden Globe and the BAFTA.";
  const wrong = `${opening} Emily Blunt won supporting actress for "Oppenheimer."`;
  assert.match(findings(wrong)[0]?.message ?? "", /Supporting Role went to Da'Vine Joy Randolph/);
  const right = `${opening} Da'Vine Joy Randolph won supporting actress for "The Holdovers."`;
  assert.ok(supported(right).some((s) => /^Da'Vine Joy Randolph won .* at the 96th/.test(s)));
});

test("'Oscar race' names no award; a trailing 'which brought her an Oscar nomination' says nothing of the win", () => {
  assertSilent([
    "BAFTAs 2025: 'Conclave' Takes Best Film as Oscar Race Tightens",
    "At the Golden Globes in January, Oppenheimer won best motion picture – drama. " +
      "Lily Gladstone won best actress in a drama for Killers of the Flower Moon, " +
      "which brought her an Oscar nomination.",
  ]);
  assert.ok(supported("BAFTAs 2025: 'Conclave' Takes Best Film").some((s) => /Conclave won Best Film/.test(s)));
});

test("a body named in an epithet ('already a Golden Globe winner') is no topic and carries on nowhere", () => {
  const text =
    "Iran's A Separation, already a Golden Globe winner, became the country's first winner in the " +
    "foreign-language category, and Rango was named best animated feature.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Rango won Animated Feature Film/.test(s)));
  const night =
    "At the 84th Academy Awards, A Separation, already a Golden Globe winner, won foreign-language film, and " +
    "Rango was named best animated feature.";
  assert.deepEqual(findings(night), []);
});

test("a list of the beaten ends before ', and \"F,\" about X, was named'", () => {
  const text =
    'At the 81st Academy Awards, "WALL-E" won the animated feature prize, beating "Bolt" and "Kung Fu Panda," ' +
    'and "Man on Wire," about the high-wire walker Philippe Petit, was named best documentary.';
  assert.deepEqual(findings(text), []);
});

test("in a piece on the season, a paragraph opened on the Oscars is theirs until another body is named", () => {
  const season =
    "The Golden Globes went to Oppenheimer and Poor Things in January. BAFTA picked Oppenheimer too, and the " +
    "Critics' Choice Awards agreed. The SAG ensemble prize went to Oppenheimer.\n\n";
  const text =
    season +
    "At the 96th Academy Awards, Oppenheimer won seven Oscars. Poor Things took costume design; its star, " +
    "Emma Stone, had won the Globe.";
  assert.deepEqual(findings(text), []);
  const won = claims(text).find((c) => c.kind === "win" && /Costume/i.test(c.statement));
  assert.equal(won?.verdict, "supported");
  assert.match(won!.statement, /96th Academy Awards/);
});

test("'at the Oscars' names the Oscars: a sentence that says it is theirs in a piece on the season", () => {
  const season =
    "The Golden Globes went to The Last Emperor in January. BAFTA and the Critics' Choice Awards followed, " +
    "and the Globes named My Life as a Dog best foreign-language film.\n\n";
  const text =
    season +
    "My Life as a Dog was not in the foreign-language race at the Oscars but was recognized elsewhere: " +
    "Lasse Hallström was nominated for best director.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Hallström was nominated for Directing at the 60th/.test(s)));
});

test("a rival's appositive ('over X, the Globe winner for F') leaves the clause the Oscars'", () => {
  const text =
    "Driving Miss Daisy won best picture at the 62nd Academy Awards. Brenda Fricker won supporting actress " +
    "over Julia Roberts, the Globe winner for Steel Magnolias.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Fricker won Actress in a Supporting Role at the 62nd/.test(s)));
});

test("a relative clause closed inside the clause tells of its own body, not the main verb's", () => {
  const oscars = (a: string, b: string) =>
    `At the 96th Academy Awards, ${a} beat ${b}, which had won at the Golden Globes, for the best picture Oscar.`;
  assert.deepEqual(findings(oscars("Oppenheimer", "Poor Things")), []);
  assert.ok(
    supported(oscars("Oppenheimer", "Poor Things")).some((s) => /Oppenheimer won Best Picture at the 96th/.test(s)),
  );
  const [f] = findings(oscars("Poor Things", "Oppenheimer"));
  assert.match(f?.message ?? "", /Best Picture went to Oppenheimer/);
  const globes =
    "At the Golden Globes, Poor Things, which had won at the Critics' Choice Awards, won best musical or comedy.";
  assert.deepEqual(findings(globes), []);
});

test("a body someone holds or had won, told after a paragraph's opening, does not make the paragraph its own", () => {
  const egot =
    "The 90th Academy Awards were held in 2018.\n\n" +
    'Coco won best animated feature, and its song "Remember Me" won best original song. Robert Lopez, who has ' +
    "an Emmy, a Grammy and a Tony, is now a double EGOT. Elsewhere, Greta Gerwig won best director for Lady Bird.";
  assert.equal(findings(egot)[0]?.rule, "wrong-winner");
  const looked =
    "The 97th Academy Awards were held in 2025.\n\nFlow beat Inside Out 2 and The Wild Robot for best animated " +
    "feature. It had already won the Golden Globe. The Substance won costume design.";
  assert.equal(findings(looked).find((f) => /Costume Design/.test(f.message))?.rule, "wrong-winner");
});

test("a piece that opens on an Oscar night and no other body stays that night's, precursors compared after", () => {
  const piece = (said: string) =>
    "HOLLYWOOD — Everything Everywhere All at Once won best picture at the 95th Academy Awards on Sunday night." +
    "\n\nIt had won at the Critics' Choice Awards, the SAG Awards and the Golden Globes, and BAFTA gave its top " +
    "prize to All Quiet on the Western Front. The Globes split their picture prize; the BAFTAs and the guilds " +
    `went their own way.\n\nSarah Polley took ${said} screenplay for Women Talking.`;
  assert.deepEqual(findings(piece("adapted")), []);
  assert.equal(findings(piece("original"))[0]?.rule, "wrong-winner");
});

test("'the guild gave its cast award to F', 'BAFTA chose F as best film': the body's own prize to F", () => {
  assert.deepEqual(findings("In 2025 the Screen Actors Guild gave its cast award to Conclave."), []);
  assert.equal(findings("In 2025 the Screen Actors Guild gave its cast award to Wicked.").length, 1);
  assert.deepEqual(findings("In 2025 BAFTA chose Conclave as best film."), []);
  assert.match(findings("In 2025 BAFTA chose Anora as best film.")[0]?.message ?? "", /Best Film went to Conclave/);
});

test("'F lost the Globe to G' says G won that body's prize that year", () => {
  assert.deepEqual(findings("In 2020 Frozen II lost the Globe to Missing Link."), []);
  assert.match(
    findings("In 2020 Frozen II lost the Globe to Toy Story 4.")[0]?.message ?? "",
    /Toy Story 4 won nothing/,
  );
});

test(
  "a film's count at another body is taken at the edition " + "it competed in, a year after its Oscars if need be",
  () => {
    const draft = (s: string) =>
      `Amadeus won eight Oscars at the 57th Academy Awards.\n\nThe British were cooler. ${s}\n`;
    assert.deepEqual(findings(draft("Amadeus won four BAFTAs, for its craft.")), []);
    const [f] = findings(draft("Amadeus won three BAFTAs, for its craft."));
    assert.match(f?.message ?? "", /1986 BAFTA Film Awards, Amadeus won 4 awards/);
  },
);

test("the Globes' split said before the role ('the drama actress prize') is not an Oscar category", () => {
  const draft = (s: string) => `Titanic won 11 Oscars at the 70th Academy Awards.\n\n${s}\n`;
  assertSilent([
    draft("Helena Bonham Carter lost the drama actress prize to Judi Dench for Mrs. Brown."),
    draft("Robert Duvall lost the drama actor award to Peter Fonda for Ulee's Gold."),
  ]);
});

test("a loss in a relative clause is of its antecedent: 'Toronto's audience award, which it lost to F'", () => {
  const draft = `Argo won best picture at the 85th Academy Awards. Alan Arkin was nominated for supporting actor.
By March it had won every prize on the circuit except Toronto's audience award,
which it lost to Silver Linings Playbook.
`;
  assertSilent([draft]);
});

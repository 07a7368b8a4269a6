/**
 * Ways a draft names a ceremony's host beyond "hosted by X": each phrasing is read and checked
 * against the ceremonies table, on sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, supportedStatements } from "../helpers";

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
    "a host announced: 'X will host the Nth'",
    "Jon Stewart will host the 80th Academy Awards.",
    "Chris Rock will host the 80th Academy Awards.",
  ],
  [
    "a host announced: 'X is set to host the Nth'",
    "David Letterman is set to host the 67th Academy Awards in March.",
    "Whoopi Goldberg is set to host the 67th Academy Awards in March.",
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

test("a bare ordinal in a host's sentence is its night, each host with its own clause's", () => {
  assertSilent([
    "The 80th Academy Awards were held in 2008. The host of the 79th was Ellen DeGeneres.",
    "The 1st Academy Awards were held in 1929. Jon Stewart, the comedian, hosted the 78th and the 80th.",
    "Billy Crystal was the host of the 76th, and Chris Rock hosted the 77th in 2005.",
  ]);
  assert.equal(
    findings("Billy Crystal was the host of the 77th, and Chris Rock hosted the 76th.")[0]?.rule,
    "wrong-host",
  );
});

test("a relative clause's year names the night its venue is of", () => {
  assertSilent([
    "The 80th Academy Awards were held in 2008. " +
      "Bob Hope hosted the ceremony, which was held in 1940 at the Ambassador Hotel.",
  ]);
});

test("a host's present tense is read only with the ceremony as its object", () => {
  assertSilent([
    "The 97th Academy Awards were held in 2025. Jimmy Kimmel hosts a late-night talk show on ABC.",
    "Jimmy Kimmel would host the 97th Academy Awards if asked.",
    "Jimmy Kimmel will not host the 97th Academy Awards.",
  ]);
});

test("'that year' is the night the paragraph told of last, a win borne out included", () => {
  const text = (host: string) =>
    "Linda Hunt won at the 56th Academy Awards. Jessica Tandy won for Driving Miss Daisy in 1990. " +
    `${host} hosted that year.`;
  assert.deepEqual(findings(text("Billy Crystal")), []);
  assert.deepEqual(hostVerdicts(text("Billy Crystal")), ["supported"]);
  assert.deepEqual(hostVerdicts(text("Johnny Carson")), ["refuted"]);
});

test("'that year' after a claim borne out of a film's one night, whoever it names", () => {
  const text = (host: string) =>
    "Linda Hunt won at the 56th Academy Awards. Jessica Tandy was cast late. " +
    `The actress won best actress for Driving Miss Daisy at 80. ${host} hosted that year.`;
  assert.deepEqual(hostVerdicts(text("Billy Crystal")), ["supported"]);
  assert.deepEqual(hostVerdicts(text("Johnny Carson")), ["refuted"]);
});

test("'hosted by X, Y and Z': every name of a list closed by 'and' is a host", () => {
  assert.deepEqual(findings("The 58th Academy Awards were hosted by Alan Alda, Jane Fonda and Robin Williams."), []);
  const wrong = "The 58th Academy Awards were hosted by Alan Alda, Jane Fonda and Steve Martin.";
  assert.deepEqual(hostVerdicts(wrong), ["supported", "supported", "refuted"]);
  // A list that is not closed, a possessor or a film after the comma: no host.
  assertSilent([
    "At the 21st Academy Awards, hosted by Robert Montgomery, Laurence Olivier's Hamlet won Best Picture.",
    "Hilary Swank won for Boys Don't Cry, at the 72nd ceremony hosted by Billy Crystal, and Million Dollar Baby.",
  ]);
});

test("a host 'with X as host' in a clause dated in full is the host of the night held that day", () => {
  const text = "The ceremony took place on March 31, 1981, with Billy Crystal as host.";
  const [f] = findings(text);
  assert.match(f.message, /53rd Academy Awards \(1981\)/);
  assert.deepEqual(findings(text.replace("Billy Crystal", "Johnny Carson")), []);
  // A date no ceremony was held on names no night.
  assertSilent(["The party took place on March 30, 1981, with Billy Crystal as host."]);
});

test("'the X-hosted Nth Academy Awards' names the night's host", () => {
  const text = "Sidney Lumet received an honorary award at the Chris Rock-hosted 77th Academy Awards.";
  assert.deepEqual(findings(text), []);
  const [f] = findings(text.replace("Chris Rock", "Billy Crystal"));
  assert.match(f.message, /Billy Crystal did not host the 77th Academy Awards/);
});

test("'where X was host' and 'the hosts, X and Y,' name hosts of a night the sentence or paragraph names", () => {
  const where = (host: string) =>
    `The 40th Academy Awards were held at the Santa Monica Civic Auditorium, where ${host} was host.`;
  assert.deepEqual(findings(where("Bob Hope")), []);
  assert.match(findings(where("Johnny Carson"))[0]?.message ?? "", /hosted by Bob Hope/);
  const hosts = "At the 59th Academy Awards, the hosts, Chevy Chase and Goldie Hawn, opened the ceremony.";
  assert.deepEqual(findings(hosts), []);
  assert.equal(claims(hosts).filter((c) => c.kind === "ceremony" && /hosted by/.test(c.statement)).length, 2);
});

test("a late-night or talk-show host named after the ceremony is another show's host", () => {
  assertSilent([
    "At the 2020 Oscars, Parasite won Best Picture. The late-night host, Jimmy Kimmel, joked about it the next night.",
    "At the 2020 Oscars, Parasite won Best Picture; Bong Joon Ho later appeared on a late-night show where " +
      "Jimmy Kimmel was host.",
    "Driving Miss Daisy won Best Picture at the 1990 Oscars. Four years later, the show had its first solo " +
      "female host. Whoopi Goldberg was host that night.",
  ]);
});

test("a host's name with a particle joined to it ('deMille') is read whole", () => {
  const text = "The 2nd Academy Awards were held at the Ambassador Hotel and hosted by William C. deMille.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /hosted by William C\. deMille$/.test(c.statement)));
});

test("a host's count of times is the night's, not one told as before ('having previously presided …')", () => {
  const text =
    "The 96th Academy Awards took place on March 10, 2024. Jimmy Kimmel hosted for the fourth time, having " +
    "previously presided over the 89th and 90th ceremonies and the 95th ceremony in 2023.";
  assert.deepEqual(findings(text), []);
  assert.ok(findings(text.replace("fourth time", "fifth time")).some((f) => /hosting/.test(f.message)));
});

test("a host's count in a sentence that says the year is that year's night", () => {
  assertSilent(["Jimmy Kimmel hosted for the fourth time in 2024, having presided over the 95th ceremony."]);
  const third =
    "Jimmy Kimmel hosted the Oscars for the third time in 2024, having previously presided over the 95th ceremony.";
  assert.match(findings(third)[0]?.message ?? "", /96th Academy Awards \(2024\) was Jimmy Kimmel's 4th time/);
});

test("a host whose name ends in a full stop is that host ('Sammy Davis Jr.')", () => {
  const text = "The 44th ceremony was hosted by Helen Hayes, Alan King, Sammy Davis Jr. and Jack Lemmon.";
  assertSilent([text]);
  assert.ok(supportedStatements(text).includes("The 44th Academy Awards (1972) was hosted by Sammy Davis Jr"));
});

test("'the hosts were A, B and C' and 'hosted for the first time by X' name the night's hosts", () => {
  const wrong = findings("At the 59th Academy Awards, the hosts were Chevy Chase, Paul Hogan and Billy Crystal.");
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /hosted by Chevy Chase, Goldie Hawn and Paul Hogan/);
  assertSilent(["At the 59th Academy Awards, the hosts were Chevy Chase, Goldie Hawn and Paul Hogan."]);
  const first = findings("The 96th Oscars were hosted for the first time by Conan O'Brien.");
  assert.match(first[0]?.message ?? "", /hosted by Jimmy Kimmel/);
  // Hosts of other years are no claim on the night.
  assertSilent(["At the 97th Academy Awards, past hosts were Bob Hope and Billy Crystal."]);
});

test("a host named by surname keeps it; a month dating something else names no night", () => {
  assertSilent([
    "The 90th Academy Awards\n\nThe ceremony was hosted by Kimmel as comedian Tiffany Haddish joked from the audience.",
    "The 83rd Academy Awards\n\nCo-host James Franco, born in April 1978, looked tired on stage.",
  ]);
});

test("a passing host is not held to a document's night when a date in it is another night's", () => {
  assertSilent([
    "When the composer finally walked to the stage of the Dolby Theatre on March 4, 2018, he was 80 years old. " +
      "The room, which had spent the evening laughing along with host Jimmy Kimmel, went quiet.\n\n" +
      "In between, the academy gave him an honorary award, presented at the 80th ceremony.",
  ]);
});

test("'hosting for the second year running', 'for a third straight year': nights in a row, and whose", () => {
  const draft = (s: string) => `At the 98th Academy Awards, One Battle After Another won best picture. ${s}`;
  assert.deepEqual(findings(draft("Conan O'Brien, hosting for the second year running, was sharp.")), []);
  const [row] = findings(draft("Conan O'Brien, back as host for a third straight year, was sharp."));
  assert.match(row?.message ?? "", /2nd year hosting in a row/);
  const [who] = findings(draft("Jimmy Kimmel, hosting for the second year running, was sharp."));
  assert.match(who?.message ?? "", /hosted by Conan O'Brien/);
});

test(
  "a passing host's night: the one year the sentence says " +
    "when its film competed then; not a relative clause's year",
  () => {
    const piece = "Colleen Atwood won for Fantastic Beasts at the 89th Academy Awards.\n\n";
    assert.deepEqual(
      findings(
        `${piece}Her third came in 2011, for Alice in Wonderland, ` +
          `at the ceremony hosted by James Franco and Anne Hathaway.`,
      ),
      [],
    );
    const [f] = findings(
      `${piece}Her third came in 2011, for Alice in Wonderland, at the ceremony hosted by Jimmy Kimmel.`,
    );
    assert.match(f?.message ?? "", /83rd Academy Awards \(2011\) was hosted by James Franco and Anne Hathaway/);
    const relative =
      "No Country for Old Men won best picture at the 80th Academy Awards.\n\nThe brothers, who " +
      "had won for Fargo in 1997, took picture and director on a night hosted by Jon Stewart.";
    assert.deepEqual(findings(relative), []);
  },
);

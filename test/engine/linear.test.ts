/**
 * Every text pass is linear: on pathological drafts the engine does about 4× the work for
 * 4× the text. Work is counted, not timed (test/work.ts): a quadratic pass gives about 16×.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeDraft } from "../../bench/corpus";
import { oscarFacts, root } from "../helpers";
import { WorkMeter } from "../work";

const meter = new WorkMeter();
before(() => meter.start()); // before any engine code is compiled
after(() => meter.stop());

/** Work on 4n characters over work on n: about 4 when every pass is linear. */
async function growth(make: (n: number) => string, n: number): Promise<number> {
  const engine = oscarFacts();
  engine.doValidation(make(n)); // first use builds lazy indexes: not the draft's work
  const small = await meter.count(() => engine.doValidation(make(n)));
  const large = await meter.count(() => engine.doValidation(make(4 * n)));
  return large / small;
}

/** `unit` repeated to about n characters. */
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));

async function assertLinear(cases: Record<string, (n: number) => string>, n: number): Promise<void> {
  for (const [name, make] of Object.entries(cases)) {
    const g = await growth(make, n);
    assert.ok(g < 5, `${name}: ${g.toFixed(1)}× the work for 4× the text`);
  }
}

test("long runs of one punctuation mark", async () => {
  const cases: Record<string, (n: number) => string> = {};
  for (const mark of [".", "!", "?", ",", ";", "-", "*", "_", '"', "\u2026", "\u2022"])
    cases[`${mark} × n`] = (n) => fill(mark, n) + "Wicked";
  cases[".!? × n"] = (n) => fill("?!.", n) + " Wicked";
  cases["'. ' × n"] = (n) => fill(". ", n) + "Wicked";
  await assertLinear(cases, 5_000);
});

test("thousands of unclosed openers: comments, tags, links, code", async () => {
  await assertLinear(
    {
      "<!-- × n": (n) => fill("<!--", n),
      "<!-- on lines": (n) => fill("<!-- Anora\n", n),
      "<a × n": (n) => fill("<a ", n),
      "<http: × n": (n) => fill("<http:x", n),
      "]( × n": (n) => fill("](", n),
      '](x " × n': (n) => fill('](x "', n),
      "[x lines then ]:": (n) => fill("[x\n", n) + "]: y",
      "``` lines": (n) => fill("```\n", n),
      "` × n": (n) => fill("`a ", n),
      "--- front matter, unclosed": (n) => "---\n" + fill("title: x\n", n),
    },
    8_000,
  );
});

test("deeply nested Markdown", async () => {
  await assertLinear(
    {
      "> × n": (n) => fill("> ", n) + "Anora won Best Picture.",
      "nested lists": (n) =>
        Array.from(
          { length: Math.ceil(n / 60) },
          (_, i) => `${"  ".repeat(i % 40)}- > *Anora* won [Best Picture](x).`,
        ).join("\n"),
      "[ × n": (n) => fill("[", n) + "Anora" + fill("](", n),
      "( × n": (n) => fill("(", n) + "Anora" + fill(")", n),
      "** × n": (n) => fill("*", n) + "Anora" + fill("_", n),
    },
    6_000,
  );
});

test("names, ceremonies and award bodies by the thousand", async () => {
  await assertLinear(
    {
      "Oscars without spaces": (n) => fill("Oscars", n),
      "the Oscars × n": (n) => fill("the 97th Oscars ", n),
      "BAFTA × n": (n) => fill("BAFTA Best Picture ", n),
      "Best Picture × n, no full stop": (n) => fill("Best Picture ", n),
      "one endless sentence of claims": (n) => fill("Anora won Best Picture and ", n),
      directives: (n) =>
        fill("<!-- oscar-facts-disable-next-line -->\nAt the 97th Academy Awards, Demi Moore won Best Actress.\n", n),
    },
    8_000,
  );
});

test("a 1 MB single line of prose", async () => {
  const data = JSON.parse(readFileSync(join(root, "dist", "data", "oscars.json"), "utf8"));
  // The benchmark's award-season prose, every line break turned into a space.
  const prose = makeDraft(data, 180_000, 3).replace(/\s+/g, " ");
  assert.ok(prose.length >= 1_000_000, `${prose.length} characters`);
  const g = await growth((n) => prose.slice(0, n), 250_000);
  assert.ok(g < 4.6, `${g.toFixed(2)}× the work for 4× the text`);
});

/** The press-article grammar, tokenised by VS Code's own TextMate engine (vscode-textmate + oniguruma). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as oniguruma from "vscode-oniguruma";
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from "vscode-textmate";
import { root } from "./helpers";

const DRAFT = [
  "Anora Wins Big at the 97th Academy Awards",
  "LOS ANGELES, March 3, 2025 – The film took Best Picture and Best Actress in a Leading Role at the 2025 Oscars.",
  "“We made this for $6 million,” the producer said.",
  "Caption: The cast on stage. (Photo by Jane Roe/Getty Images)",
  "The budget was $6.5 million; Best Original Screenplay also went its way.",
  "<!-- oscar-facts-disable-next-line -->",
].join("\n");

let grammar: Promise<IGrammar> | undefined;
function load(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(root, "node_modules", "vscode-oniguruma", "release", "onig.wasm"));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (p) => new oniguruma.OnigScanner(p),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scope) =>
        scope === "text.press-article"
          ? parseRawGrammar(
              readFileSync(join(root, "syntaxes", "press-article.tmLanguage.json"), "utf8"),
              "press-article.tmLanguage.json",
            )
          : null,
    });
    return (await registry.loadGrammar("text.press-article"))!;
  })();
  return grammar;
}

/** Each line as [token text, innermost scope] pairs, the way VS Code colours them. */
async function tokens(): Promise<[string, string][][]> {
  const g = await load();
  let state = INITIAL;
  return DRAFT.split("\n").map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map(
      (t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]] as [string, string],
    );
  });
}

test("headline: the draft's first line", async () => {
  const [headline] = await tokens();
  assert.deepEqual(headline, [["Anora Wins Big at the 97th Academy Awards", "markup.heading.headline.press-article"]]);
});

test("dateline, categories and a ceremony year, token by token", async () => {
  const line = (await tokens())[1];
  assert.deepEqual(line, [
    ["LOS ANGELES", "entity.name.section.dateline.city.press-article"],
    [", ", "meta.dateline.press-article"],
    ["March 3, 2025", "constant.other.date.dateline.press-article"],
    [" –", "punctuation.separator.dateline.press-article"],
    [" The film took ", "text.press-article"],
    ["Best Picture", "support.type.award-category.press-article"],
    [" and ", "text.press-article"],
    ["Best Actress in a Leading Role", "support.type.award-category.press-article"],
    [" at the ", "text.press-article"],
    ["2025", "constant.numeric.year.ceremony.press-article"],
    [" ", "meta.ceremony.press-article"],
    ["Oscars", "entity.name.type.ceremony.press-article"],
    [".", "text.press-article"],
  ]);
});

test("quotations hold money amounts", async () => {
  const line = (await tokens())[2];
  assert.deepEqual(line, [
    ["“", "punctuation.definition.string.begin.press-article"],
    ["We made this for ", "string.quoted.double.press-article"],
    ["$6 million", "constant.numeric.money.press-article"],
    [",", "string.quoted.double.press-article"],
    ["”", "punctuation.definition.string.end.press-article"],
    [" the producer said.", "text.press-article"],
  ]);
});

test("captions and photo credits", async () => {
  const line = (await tokens())[3];
  assert.deepEqual(line, [
    ["Caption:", "keyword.other.caption.press-article"],
    [" ", "meta.caption.press-article"],
    ["The cast on stage. ", "meta.caption.press-article"],
    ["(Photo by Jane Roe/Getty Images)", "comment.line.credit.photo.press-article"],
  ]);
});

test("ceremony ordinal, money and directives elsewhere in the text", async () => {
  const all = await tokens();
  assert.ok(all[4].some(([t, s]) => t === "$6.5 million" && s === "constant.numeric.money.press-article"));
  assert.ok(
    all[4].some(([t, s]) => t === "Best Original Screenplay" && s === "support.type.award-category.press-article"),
  );
  assert.deepEqual(all[5], [["<!-- oscar-facts-disable-next-line -->", "comment.block.directive.press-article"]]);
});

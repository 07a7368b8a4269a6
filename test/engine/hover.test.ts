import { test } from "node:test";
import assert from "node:assert/strict";
import { oscarFacts } from "../helpers";

function hover(text: string, word: string) {
  return oscarFacts().doHover(text, text.indexOf(word) + 1);
}

const draft = "At the 97th Academy Awards, Mikey Madison won Best Picture for Anora.";

test("person card: nominations and wins with ceremony and year", () => {
  const h = hover(draft, "Mikey Madison");
  assert.ok(h);
  assert.equal(draft.slice(h.start, h.end), "Mikey Madison");
  assert.match(h.markdown, /\*\*Mikey Madison\*\* — 1 Academy Award nomination, 1 win/);
  assert.match(h.markdown, /★ 97th \(2025\) \| Actress in a Leading Role \| Anora — _Ani_ \| \*\*Won\*\*/);
});

test("category card in context: that year's nominees, winner marked", () => {
  const h = hover(draft, "Best Picture");
  assert.ok(h);
  assert.match(h.markdown, /\*\*Best Picture\*\* — 97th Academy Awards \(2025\)/);
  assert.match(h.markdown, /★ \*\*Anora\*\* \(winner\)/);
  assert.equal((h.markdown.match(/^- /gm) ?? []).length, 10);
});

test("film card and ceremony card", () => {
  const f = hover(draft, "Anora");
  assert.match(f!.markdown, /\*\*Anora\*\* — 97th Academy Awards \(2025\): 6 nominations, 5 wins/);
  const c = hover(draft, "97th Academy Awards");
  assert.match(c!.markdown, /Held: Sunday, March 2, 2025/);
  assert.match(c!.markdown, /Host: Conan O'Brien/);
  assert.match(c!.markdown, /Best Picture: ★ \*\*Anora\*\*/);
  assert.match(c!.markdown, /Most wins: Anora \(5\)/);
});

test("no card over plain words", () => {
  assert.equal(hover(draft, "won"), undefined);
});

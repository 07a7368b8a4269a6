/**
 * A fix replaces what its title names, to the character, wherever the claim's film or
 * person was first named: drafts mixed from many paragraphs, each read with what came before.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeDraft, prng } from "../../bench/corpus";
import { oscarFacts } from "../helpers";

test("every fix replaces the words its title names, in drafts whose paragraphs refer to each other", () => {
  const engine = oscarFacts();
  const data = engine.kb.data;
  const paragraphs = [1, 2, 3, 4].flatMap((seed) => makeDraft(data, 800, seed).split(/\n\s*\n/));
  const rand = prng(5);
  let fixes = 0;
  for (let round = 0; round < 40; round++) {
    const picked = Array.from({ length: 4 }, () => paragraphs[Math.floor(rand() * paragraphs.length)]);
    // "The film …" opening a paragraph: a reference to a film of another paragraph.
    const text = picked.map((p, i) => (i % 2 ? p.replace(/^[A-Z][^ ]* [^ ]*/, "The film") : p)).join("\n\n");
    check(text);
  }
  // A film named in one paragraph, "the film" of the next: the finding names the film, the fix edits nothing else.
  const carried = check(
    "Edward Berger's thriller Conclave earned eight nominations at the 97th Academy Awards.\n\n" +
      "The film took home best picture that night.\n",
  );
  assert.match(carried[0]?.message ?? "", /Best Picture went to Anora; Conclave/);
  assert.ok(fixes > 20, `fixes were offered (${fixes})`);

  function check(text: string) {
    const found = engine.doValidation(text);
    for (const f of found)
      for (const x of f.fixes) {
        const named = /^Replace "(.+)" with/s.exec(x.title)?.[1];
        if (named === undefined) continue;
        fixes++;
        assert.equal(text.slice(x.start, x.end), named, `${x.title} in:\n${text}`);
      }
    return found;
  }
});

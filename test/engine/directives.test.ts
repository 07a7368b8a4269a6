import { test } from "node:test";
import assert from "node:assert/strict";
import { disableNextLineEdit } from "../../server/src/engine";
import { findings } from "../helpers";

const WRONG = "At the 97th Academy Awards, Demi Moore won Best Actress.";

test("disable-next-line silences only the next line", () => {
  assert.equal(findings(`<!-- oscar-facts-disable-next-line -->\n${WRONG}\n${WRONG}\n`).length, 1);
  assert.equal(findings(`// oscar-facts-disable-next-line\n${WRONG}\n`).length, 0);
});

test("off / on silence a stretch; off alone lasts to the end", () => {
  assert.equal(findings(`<!-- oscar-facts off -->\n${WRONG}\n<!-- oscar-facts on -->\n${WRONG}\n`).length, 1);
  assert.equal(findings(`// oscar-facts off\n${WRONG}\n\n${WRONG}\n`).length, 0);
});

test("the ignore edit writes a directive line above, in the draft's comment style", () => {
  const text = `Intro.\n  ${WRONG}\n`;
  const e = disableNextLineEdit(text, text.indexOf("Best"), "html");
  const edited = text.slice(0, e.at) + e.insert + text.slice(e.at);
  assert.equal(edited, `Intro.\n  <!-- oscar-facts-disable-next-line -->\n  ${WRONG}\n`);
  assert.equal(findings(edited).length, 0);
});

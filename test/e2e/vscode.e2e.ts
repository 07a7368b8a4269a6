/**
 * The packaged extension in a real VS Code (code-server) in headless Chromium:
 * what a journalist sees. Screenshots of each end state go to test-results/.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { LineIndex } from "../../server/src/engine";
import { oscarFacts, root } from "../helpers";
import { editorText, hoverText, openFile, problems, setSettings, showProblems, startVsCode, statusText, until, wordPoint, type Session } from "./code-server";

const shots = join(root, "test-results");
const draft = readFileSync(join(root, "test", "fixtures", "e2e-draft.md"), "utf8");
let s: Session;

async function shot(name: string): Promise<void> {
  await s.page.screenshot({ path: join(shots, `${name}.png`) });
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  for (const f of readdirSync(shots)) if (/^vscode-/.test(f)) rmSync(join(shots, f));
  s = await startVsCode({ "draft.md": draft });
  await openFile(s.page, "draft.md");
  await showProblems(s.page);
});

after(async () => s?.stop());

/** A scenario that leaves a screenshot behind when it fails. */
function scenario(name: string, fn: () => Promise<void>): void {
  test(name, async () => {
    try {
      await fn();
    } catch (e) {
      await s.page.screenshot({ path: join(shots, `vscode-failed-${name.slice(0, 1)}.png`) }).catch(() => undefined);
      throw e;
    }
  });
}

scenario("1. Problems lists exactly the draft's two wrong claims, as the engine reports them; the status bar counts them", async () => {
  const expected = oscarFacts().doValidation(draft);
  assert.equal(expected.length, 2, "the fixture has two wrong claims");
  const lines = new LineIndex(draft);
  const want = expected.map((f) => ({ message: f.message, line: lines.position(f.start).line + 1, column: lines.position(f.start).character + 1, severity: "error" }));
  const seen = await until("two oscar-facts problems", async () => {
    const p = await problems(s.page);
    return p.length === 2 ? p : undefined;
  }, 60_000);
  assert.deepEqual(seen.sort((a, b) => a.column - b.column), want.sort((a, b) => a.column - b.column));
  await until("the status item", async () => ((await statusText(s.page)) === "Oscar Facts: 2" ? true : undefined), 10_000);
  await shot("vscode-1-problems");
});

scenario("2. hovers show the card's key facts for a person, a film and a category", async () => {
  const person = await hoverText(s.page, "Kieran Culkin", /Kieran Culkin.*Academy Award nomination/);
  assert.match(person, /Actor in a Supporting Role/);
  assert.match(person, /A Real Pain/);
  await s.page.mouse.move(5, 5);
  const film = await hoverText(s.page, "A Real Pain", /A Real Pain.*97th Academy Awards \(2025\)/);
  assert.match(film, /2 nominations, 1 win/);
  await s.page.mouse.move(5, 5);
  const category = await hoverText(s.page, "Best Supporting Actor", /Actor in a Supporting Role.*97th Academy Awards/);
  assert.match(category, /Kieran Culkin for A Real Pain \(winner\)/);
  assert.match(category, /Edward Norton/);
  await shot("vscode-2-hover");
  await s.page.mouse.move(5, 5);
});

scenario("3. the quick fix replaces the wrong fact and the finding disappears", async () => {
  const p = await wordPoint(s.page, "Best Cinematography");
  await s.page.mouse.click(p.x, p.y);
  await s.page.keyboard.press("Control+.");
  const item = s.page.locator(".action-widget .monaco-list-row", { hasText: 'Replace "Conclave" with "The Brutalist"' });
  await item.waitFor({ timeout: 10_000 });
  await shot("vscode-3-quickfix-menu");
  await item.click();
  await until("the corrected text", async () => ((await editorText(s.page)).includes("The Brutalist won Best Cinematography") ? true : undefined), 10_000);
  const left = await until("one problem left", async () => {
    const p = await problems(s.page);
    return p.length === 1 ? p : undefined;
  }, 10_000);
  assert.match(left[0].message, /Wicked had 10 nominations, not 14/);
  await until("the status item", async () => ((await statusText(s.page)) === "Oscar Facts: 1" ? true : undefined), 10_000);
  await shot("vscode-3-fixed");
});

scenario("4. typing a wrong sentence raises a finding; deleting it clears it", async () => {
  await s.page.locator(".monaco-editor .view-lines").first().click();
  await s.page.keyboard.press("Control+End");
  const sentence = "Flow won Best Picture at the 97th Academy Awards.";
  await s.page.keyboard.press("Enter");
  await s.page.keyboard.type(sentence, { delay: 5 });
  const typed = Date.now();
  const seen = await until("the new finding", async () => {
    const p = await problems(s.page);
    return p.some((x) => /Best Picture went to Anora/.test(x.message)) ? p : undefined;
  }, 10_000);
  console.log(`# finding appeared ${Date.now() - typed} ms after the last keystroke`);
  assert.equal(seen.length, 2);
  await shot("vscode-4-typed");
  await s.page.keyboard.press("Home");
  await s.page.keyboard.press("Shift+End");
  await s.page.keyboard.press("Delete");
  await s.page.keyboard.press("Backspace");
  await until("the finding to go", async () => ((await problems(s.page)).length === 1 ? true : undefined), 10_000);
  await shot("vscode-4-deleted");
});

scenario("5. settings.json changes apply without a reload", async () => {
  await setSettings(s, { "oscarFacts.diagnosticSeverity": { "wrong-count": "warning" } }, "draft.md");
  await until("the finding as a warning", async () => {
    const p = await problems(s.page);
    return p.length === 1 && p[0].severity === "warning" ? true : undefined;
  }, 20_000);
  await shot("vscode-5-severity");
  await setSettings(s, { "oscarFacts.enable": false }, "draft.md");
  await until("no findings when turned off", async () => ((await problems(s.page)).length === 0 ? true : undefined), 20_000);
  await until("the status item says off", async () => ((await statusText(s.page)).includes("off") ? true : undefined), 10_000);
  await shot("vscode-5-off");
  await setSettings(s, {}, "draft.md");
  await until("findings back on", async () => ((await problems(s.page)).length === 1 ? true : undefined), 20_000);
});

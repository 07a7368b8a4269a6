/**
 * The packaged extension in a real VS Code (code-server) in headless Chromium:
 * what a journalist sees. Screenshots of each end state go to test-results/.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { LineIndex } from "../../server/src/engine";
import { oscarFacts, root } from "../helpers";
import {
  editorText,
  hintPoint,
  hoverText,
  leaveHover,
  openFile,
  runCommand,
  problems,
  quickFixRow,
  setSettings,
  showProblems,
  startVsCode,
  statusText,
  until,
  wordPoint,
  type Problem,
  type Session,
} from "./code-server";

const shots = join(root, "test-results");
const draft = readFileSync(join(root, "test", "fixtures", "e2e-draft.md"), "utf8");
let s: Session;

/** A screenshot in test-results/; README ones are also copied to docs/images when OSCAR_FACTS_README_SHOTS=1. */
async function shot(name: string, readme?: string): Promise<void> {
  const path = join(shots, `${name}.png`);
  await s.page.screenshot({ path });
  if (readme && process.env.OSCAR_FACTS_README_SHOTS === "1") {
    mkdirSync(join(root, "docs", "images"), { recursive: true });
    copyFileSync(path, join(root, "docs", "images", `${readme}.png`));
  }
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  for (const f of readdirSync(shots)) if (/^vscode-/.test(f)) rmSync(join(shots, f));
  s = await startVsCode({ "draft.md": draft });
  await openFile(s.page, "draft.md");
  await showProblems(s.page);
});

after(async () => s?.stop());

/** The Problems rows once they pass `ok`. */
function problemsWhen(what: string, ok: (p: Problem[]) => boolean, ms: number): Promise<Problem[]> {
  return until(
    what,
    async () => {
      const p = await problems(s.page);
      return ok(p) ? p : undefined;
    },
    ms,
  );
}

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

scenario(
  "1. Problems lists exactly the draft's two wrong claims, as the engine reports them; the status bar counts them",
  async () => {
    const expected = oscarFacts().doValidation(draft);
    assert.equal(expected.length, 2, "the fixture has two wrong claims");
    const lines = new LineIndex(draft);
    const want = expected.map((f) => ({
      message: f.message,
      line: lines.position(f.start).line + 1,
      column: lines.position(f.start).character + 1,
      severity: "error",
    }));
    const seen = await problemsWhen("two oscar-facts problems", (p) => p.length === 2, 60_000);
    assert.deepEqual(
      seen.sort((a, b) => a.column - b.column),
      want.sort((a, b) => a.column - b.column),
    );
    await until(
      "the status item",
      async () => ((await statusText(s.page)) === "Oscar Facts: 2" ? true : undefined),
      10_000,
    );
    await shot("vscode-1-problems");
  },
);

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
  await shot("vscode-2-hover", "hover");
  await leaveHover(s.page);
});

scenario("3. the quick fix replaces the wrong fact and the finding disappears", async () => {
  const p = await wordPoint(s.page, "Best Cinematography");
  const item = await quickFixRow(s.page, p, 'Replace "Conclave" with "The Brutalist"', 15_000);
  await shot("vscode-3-quickfix-menu");
  await item.click();
  await until(
    "the corrected text",
    async () => ((await editorText(s.page)).includes("The Brutalist won Best Cinematography") ? true : undefined),
    10_000,
  );
  const left = await problemsWhen("one problem left", (p) => p.length === 1, 10_000);

  assert.match(left[0].message, /Wicked had 10 nominations, not 14/);
  await until(
    "the status item",
    async () => ((await statusText(s.page)) === "Oscar Facts: 1" ? true : undefined),
    10_000,
  );
  await shot("vscode-3-fixed");
});

scenario("4. typing a wrong sentence raises a finding; deleting it clears it", async () => {
  await s.page.locator(".monaco-editor .view-lines").first().click();
  await s.page.keyboard.press("Control+End");
  const sentence = "Flow won Best Picture at the 97th Academy Awards.";
  await s.page.keyboard.press("Enter");
  await s.page.keyboard.type(sentence, { delay: 5 });
  const typed = Date.now();
  // Findings come and go while a sentence is half typed: wait for those of the whole sentence.
  const seen = await problemsWhen(
    "the new finding beside the one left",
    (p) => p.some((x) => /Best Picture went to Anora/.test(x.message)) && p.length === 2,
    10_000,
  );

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
  await until(
    "the finding as a warning",
    async () => {
      const p = await problems(s.page);
      return p.length === 1 && p[0].severity === "warning" ? true : undefined;
    },
    20_000,
  );
  await shot("vscode-5-severity");
  await setSettings(s, { "oscarFacts.enable": false }, "draft.md");
  await until(
    "no findings when turned off",
    async () => ((await problems(s.page)).length === 0 ? true : undefined),
    20_000,
  );
  await until(
    "the status item says off",
    async () => ((await statusText(s.page)).includes("off") ? true : undefined),
    10_000,
  );
  await shot("vscode-5-off");
  await setSettings(s, {}, "draft.md");
  await until("findings back on", async () => ((await problems(s.page)).length === 1 ? true : undefined), 20_000);
});

/** The draft as the editor holds it now, for the engine's own answer. */
async function draftNow(): Promise<string> {
  return readFileSync(join(s.workspace, "draft.md"), "utf8");
}

scenario("6. ✓ marks follow verified claims, with the evidence as their tooltip", async () => {
  await s.page.keyboard.press("Control+S");
  const text = await until(
    "the saved draft",
    async () => ((await draftNow()).includes("The Brutalist won Best Cinematography") ? draftNow() : undefined),
    10_000,
  );
  const marks = oscarFacts().claimMarks(oscarFacts().analyze(text), "verified");
  assert.ok(marks.length >= 5, `the engine verifies the fixture's claims (${marks.length})`);
  const lines = new LineIndex(text);
  // Each mark shows on its claim's line, right after the claim's last word.
  const want = marks.map((m) => ({ line: lines.position(m.offset).line, before: text.slice(m.offset - 5, m.offset) }));
  const seen = await until(
    "the ✓ marks",
    async () => {
      const shown = await s.page.locator(".monaco-editor .view-lines .view-line").evaluateAll((els) =>
        els
          .map((e) => ({
            top: parseFloat((e as HTMLElement).style.top),
            text: (e.textContent ?? "").replace(/\u00a0/g, " "),
          }))
          .sort((a, b) => a.top - b.top),
      );
      const n = shown.reduce((k, l) => k + (l.text.match(/✓/g) ?? []).length, 0);
      return n === marks.length ? shown.map((l) => l.text) : undefined;
    },
    20_000,
  );
  for (const w of want)
    assert.ok(seen[w.line].includes(`${w.before}✓`), `"${w.before}✓" on line ${w.line + 1}: ${seen[w.line]}`);
  assert.ok(!seen.join("\n").includes("?"), "unverifiable claims are not marked by default");
  const p = await hintPoint(s.page, "Kieran Culkin won", "✓");
  await s.page.mouse.move(p.x - 30, p.y - 60);
  await s.page.mouse.move(p.x, p.y, { steps: 3 });
  await until(
    "the mark's tooltip",
    async () => {
      const t = (await s.page.locator(".monaco-hover-content").allInnerTexts()).join("\n");
      return /Verified: Kieran Culkin won Actor in a Supporting Role at the 97th Academy Awards \(2025\)/.test(t) &&
        /Evidence: Actor in a Supporting Role: Kieran Culkin for A Real Pain/.test(t)
        ? t
        : undefined;
    },
    10_000,
  );
  await shot("vscode-6-verified-marks", "verified-marks");
  await leaveHover(s.page);
});

scenario("7. the claims view lists the draft's claims by verdict; a click selects the claim in the draft", async () => {
  const text = await draftNow();
  const listed = oscarFacts().listClaims(oscarFacts().analyze(text));
  const count = (v: string) => listed.filter((c) => c.verdict === v).length;
  const pane = s.page.locator(".pane", { has: s.page.locator(".pane-header", { hasText: "Oscar Facts: Claims" }) });
  const header = pane.locator(".pane-header");
  await header.waitFor({ timeout: 20_000 });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  // Room for every row (the list draws only the rows in view): fold the folder's section meanwhile.
  const folders = s.page.locator(".pane-header", { hasText: /^workspace/i }).first();
  if ((await folders.getAttribute("aria-expanded")) === "true") await folders.click();
  // A wider side bar shows whole statements.
  const side = await s.page.locator(".part.sidebar").boundingBox();
  if (side) {
    await s.page.mouse.move(side.x + side.width + 1, side.y + 300);
    await s.page.mouse.down();
    await s.page.mouse.move(side.x + side.width + 300, side.y + 300, { steps: 5 });
    await s.page.mouse.up();
  }
  const rows = pane.locator(".monaco-list-row");
  const labels = await until(
    "the three groups with their counts",
    async () => {
      const t = (await rows.locator(".label-name").allInnerTexts()).map((x) => x.trim());
      return t.includes(`Wrong (${count("refuted")})`) &&
        t.includes(`Verified (${count("supported")})`) &&
        t.includes(`Unverifiable (${count("unverifiable")})`)
        ? t
        : undefined;
    },
    20_000,
  );
  for (const c of listed.filter((x) => x.verdict !== "unverifiable"))
    assert.ok(labels.includes(c.statement), `row "${c.statement}" in ${labels.join(" | ")}`);
  // Move the cursor away, then click a claim: the editor selects exactly its words.
  await s.page.locator(".monaco-editor .view-lines").first().click();
  await s.page.keyboard.press("Control+Home");
  const claim = listed.find((c) => c.statement.startsWith("Kieran Culkin won"))!;
  await rows.filter({ hasText: claim.statement }).first().click();
  const lines = new LineIndex(text);
  const end = lines.position(claim.end);
  const want = `Ln ${end.line + 1}, Col ${end.character + 1} (${claim.end - claim.start} selected)`;
  await until(
    `the selection "${want}"`,
    async () =>
      (
        await s.page
          .locator(".statusbar-item", { hasText: /^Ln \d+, Col \d+/ })
          .first()
          .innerText()
      ).includes(want)
        ? true
        : undefined,
    10_000,
  );
  await shot("vscode-7-claims-view", "claims-view");
  await folders.click();
  await s.page.locator(".explorer-folders-view .monaco-list-row", { hasText: "draft.md" }).first().waitFor();
});

scenario(
  "8. ceremony sheets: from the command palette and from a hover's link, beside the draft, as Markdown",
  async () => {
    const page = s.page;
    await page.locator(".tab", { hasText: "draft.md" }).first().click();
    await runCommand(page, "Oscar Facts: Open Ceremony Sheet");
    // The draft's own ceremony comes first; typing a year finds another.
    const first = page.locator(".quick-input-widget .monaco-list-row").first();
    const firstIs = (label: string) =>
      until(label, async () => ((await first.innerText().catch(() => "")).includes(label) ? true : undefined), 10_000);
    await firstIs("97th Academy Awards (2025)");
    await page.keyboard.type("1998");
    await firstIs("70th Academy Awards (1998)");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Anora");
    await firstIs("97th Academy Awards (2025)");
    await page.keyboard.press("Enter");
    const tab = page.locator(".tab", { hasText: "97th Academy Awards (2025).md" });
    await tab.waitFor({ timeout: 20_000 });
    const sheet = page.locator(".editor-group-container", {
      has: page.locator(".tab.active", { hasText: "97th Academy Awards (2025).md" }),
    });
    await until(
      "the sheet's text",
      async () => {
        const t = (
          await sheet
            .locator(".view-lines")
            .innerText()
            .catch(() => "")
        ).replace(/\u00a0/g, " ");
        return t.includes("# 97th Academy Awards (2025)") && t.includes("Conan O'Brien") ? t : undefined;
      },
      20_000,
    );
    // Beside the draft: two editor groups, the draft still open in the first.
    assert.equal(await page.locator(".editor-group-container").count(), 2);
    // Read-only, and Markdown: the preview opens.
    await sheet.locator(".view-lines").click();
    await page.keyboard.type("x");
    await page
      .locator(".monaco-editor-overlaymessage", { hasText: /read-only/i })
      .first()
      .waitFor({ timeout: 10_000 });
    // Room for the three columns in the picture: no side bar, no panel (back after it).
    await page.keyboard.press("Control+B");
    await page.keyboard.press("Control+J");
    await runCommand(page, "Markdown: Open Preview to the Side");
    await page.locator(".tab", { hasText: /Preview\] 97th Academy Awards \(2025\)\.md/ }).waitFor({ timeout: 20_000 });
    // The preview (a webview) renders the sheet's Markdown: headings, lists, the ★ winners.
    await until(
      "the rendered preview",
      async () => {
        for (const f of page.frames()) {
          const t = await f
            .evaluate(() => (document.querySelector("h2") ? document.body.innerText : ""))
            .catch(() => "");
          if (t.includes("Actress in a Supporting Role") && t.includes("★ Zoe Saldaña — Emilia Pérez, as Rita"))
            return true;
        }
        return undefined;
      },
      20_000,
    );
    await shot("vscode-8-sheet", "ceremony-sheet");
    // The preview has the focus: back to the sheet's editor for the keys.
    await sheet.first().locator(".view-lines").click();
    await page.keyboard.press("Control+B");
    await page.keyboard.press("Control+J");
    // Close the sheet and its preview; the hover card of a ceremony links to the same sheet.
    await runCommand(page, "View: Close All Editor Groups");
    await openFile(page, "draft.md");
    await hoverText(page, "97th Academy Awards", /97th Academy Awards \(2025\)[\s\S]*Ceremony sheet: 97th/);
    await page.locator(".monaco-hover-content a", { hasText: "Ceremony sheet: 97th" }).click();
    await tab.waitFor({ timeout: 20_000 });
    assert.ok(
      (await page
        .locator(".monaco-hover-content a", { hasText: "oscars.org: the 97th Academy Awards (2025)" })
        .count()) <= 1,
    );
    await runCommand(page, "View: Close All Editor Groups");
    await openFile(page, "draft.md");
  },
);

scenario("9. completion inserts a name as the data spells it: Gudn → Hildur Guðnadóttir", async () => {
  const page = s.page;
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The score went to Gudn", { delay: 5 });
  await page.keyboard.press("Control+Space");
  const item = page.locator(".suggest-widget .monaco-list-row", { hasText: "Hildur Guðnadóttir" }).first();
  await item.waitFor({ timeout: 15_000 });
  await until(
    "the item's detail",
    async () =>
      (await page.locator(".suggest-widget").innerText()).includes("Original Score, 92nd (2020), winner")
        ? true
        : undefined,
    10_000,
  );
  await shot("vscode-9-completion", "completion");
  await page.keyboard.press("Enter");
  await until(
    "the name inserted",
    async () => ((await editorText(page)).includes("The score went to Hildur Guðnadóttir") ? true : undefined),
    10_000,
  );
  assert.ok(!(await editorText(page)).includes("Gudn"), "the typed word was replaced");
});

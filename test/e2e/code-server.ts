/// <reference lib="dom" />
/** A real VS Code: code-server on loopback with the packaged extension, driven in headless Chromium. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { root } from "../helpers";
import { e2eEnv } from "./env";

export const BASE_SETTINGS = {
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "editor.minimap.enabled": false,
  "editor.hover.delay": 150,
  "editor.wordWrap": "on",
  // So that text typed by the tests lands as typed.
  "editor.autoClosingBrackets": "never",
  "editor.autoClosingQuotes": "never",
  "editor.autoIndent": "none",
  "editor.formatOnType": false,
};

export interface Session {
  page: Page;
  workspace: string;
  settingsFile: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function until<T>(what: string, get: () => Promise<T | undefined> | T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await get();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (${(last as Error).message})` : ""}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startVsCode(files: Record<string, string>): Promise<Session> {
  const env = e2eEnv();
  const dir = mkdtempSync(join(tmpdir(), "oscar-facts-e2e-"));
  const userData = join(dir, "user-data");
  const extensions = join(dir, "extensions");
  const workspace = join(dir, "workspace");
  for (const d of [join(userData, "User"), extensions, workspace]) mkdirSync(d, { recursive: true });
  const settingsFile = join(userData, "User", "settings.json");
  writeFileSync(settingsFile, JSON.stringify(BASE_SETTINGS, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);

  const vsix = join(root, "build", "oscar-facts.vsix");
  const install = spawnSync(
    env.node24,
    [env.codeServer, "--user-data-dir", userData, "--extensions-dir", extensions, "--install-extension", vsix],
    { encoding: "utf8" },
  );
  if (install.status !== 0 || !/successfully installed/.test(install.stdout))
    throw new Error(`installing ${vsix} failed: ${install.stdout}${install.stderr}`);

  const port = await freePort();
  const server: ChildProcess = spawn(
    env.node24,
    [
      env.codeServer,
      "--auth",
      "none",
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--user-data-dir",
      userData,
      "--extensions-dir",
      extensions,
      workspace,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let serverLog = "";
  server.stdout?.on("data", (d) => (serverLog += d));
  server.stderr?.on("data", (d) => (serverLog += d));
  await until(
    "code-server to answer",
    async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok,
    60_000,
  ).catch((e) => {
    throw new Error(`${(e as Error).message}\n${serverLog}`);
  });

  const browser: Browser = await chromium.launch({
    executablePath: env.chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector(".monaco-workbench", { timeout: 90_000 });
  return {
    page,
    workspace,
    settingsFile,
    async stop() {
      await browser.close().catch(() => undefined);
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Edits the user settings.json inside VS Code, as a person would: Preferences: Open User
 * Settings (JSON), replace the text, save, and go back to the draft. (code-server here does
 * not notice writes made to the file from outside, so the test types them.)
 */
export async function setSettings(s: Session, extra: Record<string, unknown>, backTo: string): Promise<void> {
  const page = s.page;
  const json = JSON.stringify({ ...BASE_SETTINGS, ...extra }, null, 2);
  await runCommand(page, "Preferences: Open User Settings (JSON)");
  // This VS Code opens it in a modal editor; older ones in a tab. Find it by its content.
  const editor = page.locator(".monaco-editor", { hasText: "security.workspace.trust.enabled" }).first();
  await editor.waitFor();
  await editor.locator(".view-lines").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(json);
  await page.keyboard.press("Control+S");
  await until(
    "settings.json saved",
    () =>
      JSON.stringify(JSON.parse(readFileSync(s.settingsFile, "utf8"))) === JSON.stringify(JSON.parse(json))
        ? true
        : undefined,
    10_000,
  ).catch((e) => {
    throw new Error(`${(e as Error).message}; the file holds:\n${readFileSync(s.settingsFile, "utf8")}`);
  });
  await page.keyboard.press("Escape");
  await page.locator(".tab", { hasText: backTo }).first().click();
  await page.locator(".tab.active", { hasText: backTo }).waitFor();
}

/** Runs a command from the command palette (F1), by its title as listed there. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator(".quick-input-widget .monaco-list-row", { hasText: title }).first().waitFor();
  await page.keyboard.press("Enter");
}

export async function openFile(page: Page, name: string): Promise<void> {
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: name }).first().click();
  await page.locator(".monaco-editor .view-lines").first().waitFor();
}

/** The editor's text as shown (non-breaking spaces made plain). */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator(".monaco-editor .view-lines .view-line").evaluateAll((els) =>
    els
      .map((e) => ({ top: parseFloat((e as HTMLElement).style.top), text: e.textContent ?? "" }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return lines.join("\n").replace(/\u00a0/g, " ");
}

export interface Problem {
  message: string;
  line: number;
  column: number;
  severity: "error" | "warning" | "info";
}

export async function showProblems(page: Page): Promise<void> {
  if (
    !(await page
      .locator(".markers-panel")
      .isVisible()
      .catch(() => false))
  )
    await page.keyboard.press("Control+Shift+M");
  await page.locator(".markers-panel").waitFor();
}

/** Problems rows from oscar-facts (evidence rows excluded). */
export async function problems(page: Page): Promise<Problem[]> {
  const rows = await page.locator(".markers-panel .monaco-list-row").evaluateAll((els) =>
    els.map((e) => ({
      text: (e as HTMLElement).innerText,
      error: !!e.querySelector(".codicon-error"),
      warning: !!e.querySelector(".codicon-warning"),
    })),
  );
  const out: Problem[] = [];
  for (const r of rows) {
    const m = /^([\s\S]*?)\noscar-facts\n[\w-]+\n\[Ln (\d+), Col (\d+)\]/.exec(r.text);
    if (m)
      out.push({
        message: m[1].trim(),
        line: Number(m[2]),
        column: Number(m[3]),
        severity: r.error ? "error" : r.warning ? "warning" : "info",
      });
  }
  return out;
}

export async function statusText(page: Page): Promise<string> {
  return (
    (await page
      .locator(".statusbar-item", { hasText: "Oscar Facts" })
      .first()
      .innerText()
      .catch(() => "")) ?? ""
  ).trim();
}

/** Screen point of the n-th occurrence of `word` in the editor. */
export async function wordPoint(page: Page, word: string, nth = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ({ word, nth }) => {
      let seen = 0;
      for (const line of Array.from(document.querySelectorAll(".monaco-editor .view-lines .view-line"))) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        const nodes: Text[] = [];
        while ((node = walker.nextNode())) nodes.push(node as Text);
        const full = nodes
          .map((n) => n.data)
          .join("")
          .replace(/\u00a0/g, " ");
        let at = full.indexOf(word);
        while (at >= 0) {
          if (seen++ === nth) {
            // Map the character offset to its text node.
            let rest = at + 1;
            for (const n of nodes) {
              if (rest <= n.data.length) {
                const r = document.createRange();
                r.setStart(n, rest - 1);
                r.setEnd(n, Math.min(n.data.length, rest + 1));
                const b = r.getBoundingClientRect();
                return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
              }
              rest -= n.data.length;
            }
          }
          at = full.indexOf(word, at + 1);
        }
      }
      return null;
    },
    { word, nth },
  );
  if (!p) throw new Error(`"${word}" is not on screen`);
  return p;
}

export async function hoverText(page: Page, word: string, expect: RegExp): Promise<string> {
  const p = await wordPoint(page, word);
  await page.mouse.move(p.x - 30, p.y - 60);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  return until(
    `a hover on "${word}" matching ${expect}`,
    async () => {
      const t = await page.locator(".monaco-hover-content").allInnerTexts();
      const text = t.join("\n");
      return expect.test(text) ? text : undefined;
    },
    10_000,
  );
}

/** Screen point of the element showing exactly `text` (an inlay hint) on the editor line that holds `line`. */
export async function hintPoint(page: Page, line: string, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ({ line, text }) => {
      for (const l of Array.from(document.querySelectorAll(".monaco-editor .view-lines .view-line"))) {
        if (!(l.textContent ?? "").replace(/\u00a0/g, " ").includes(line)) continue;
        const el = Array.from(l.querySelectorAll("span")).find(
          (e) => e.children.length === 0 && e.textContent === text,
        );
        const b = el?.getBoundingClientRect();
        // Its right part: over the left part the editor still reads the word before it.
        if (b) return { x: b.right - 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    { line, text },
  );
  if (!p) throw new Error(`no "${text}" on the line with "${line}"`);
  return p;
}

/** Moves the mouse off the editor and waits for the hover to close (cards with links close after a short delay). */
/**
 * The quick-fix menu row `label` at `point`: click there, Ctrl+. and wait for the row. A
 * keypress that lands while the editor is still settling (first use, a repaint) opens
 * nothing, so the menu is asked for again, as a user would, until `ms` have passed.
 */
export async function quickFixRow(page: Page, point: { x: number; y: number }, label: string, ms: number) {
  const row = page.locator(".action-widget .monaco-list-row", { hasText: label });
  return until(
    `the quick-fix row "${label}"`,
    async () => {
      await page.keyboard.press("Escape");
      await page.mouse.click(point.x, point.y);
      await page.keyboard.press("Control+.");
      await row.waitFor({ timeout: 2_000 });
      return row;
    },
    ms,
  );
}

export async function leaveHover(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await until(
    "the hover to close",
    async () =>
      (await page.locator(".monaco-hover-content").filter({ visible: true }).count()) === 0 ? true : undefined,
    10_000,
  );
}

export { until, readFileSync };

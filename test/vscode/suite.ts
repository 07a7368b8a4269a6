/**
 * Runs inside VS Code's extension host (through @vscode/test-electron): the packaged
 * extension on a real editor. No test framework: each check polls and throws.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";

const DRAFT =
  "At the 97th Academy Awards, Demi Moore won Best Actress.\nMikey Madison was nominated for Best Actress for Anora.\n";

async function until<T>(
  get: () => T | undefined | Thenable<T | undefined>,
  ok: (v: T | undefined) => boolean,
  ms = 15000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v as T;
    if (Date.now() > end) throw new Error(`timed out; last: ${JSON.stringify(v)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const checks: [string, () => Promise<void>][] = [];
const check = (name: string, fn: () => Promise<void>) => checks.push([name, fn]);

let doc: vscode.TextDocument;
const ours = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === "oscar-facts");

check("diagnostics appear for a wrong claim", async () => {
  doc = await vscode.workspace.openTextDocument({ language: "markdown", content: DRAFT });
  await vscode.window.showTextDocument(doc);
  const d = await until(ours, (x) => !!x && x.length === 1);
  assert.equal(d[0].code, "wrong-winner");
  assert.match(d[0].message, /Actress in a Leading Role went to Mikey Madison for Anora/);
});

check("hover shows the person's card", async () => {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    "vscode.executeHoverProvider",
    doc.uri,
    new vscode.Position(1, 3),
  );
  const text = hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : (c as vscode.MarkdownString).value)))
    .join("\n");
  assert.match(text, /Mikey Madison/);
  assert.match(text, /1 win/);
});

check("the quick fix corrects the text and the finding goes", async () => {
  const [d] = ours();
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    "vscode.executeCodeActionProvider",
    doc.uri,
    d.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((a) => a.isPreferred);
  assert.ok(fix?.edit);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(doc.getText(), /Mikey Madison won Best Actress\./);
  await until(ours, (x) => !!x && x.length === 0);
});

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of checks) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (e) {
      failures.push(name);
      console.log(`not ok - ${name}: ${(e as Error).message}`);
    }
  }
  console.log(`${checks.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} VS Code check(s) failed`);
}

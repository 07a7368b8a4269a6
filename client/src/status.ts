import * as vscode from "vscode";

const SOURCE = "oscar-facts";

/** "Oscar Facts: 2" for the active draft; a click opens the Problems view. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("oscarFacts.status", vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = "Oscar Facts";
    this.item.command = "workbench.actions.view.problems";
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("oscarFacts") && this.update()),
    ];
    this.update();
  }

  count(uri: vscode.Uri): number {
    return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).length;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const languages = vscode.workspace.getConfiguration("oscarFacts").get<string[]>("languages", []);
    if (!editor || !languages.includes(editor.document.languageId)) {
      this.item.hide();
      return;
    }
    const enabled = vscode.workspace.getConfiguration("oscarFacts", editor.document.uri).get<boolean>("enable", true);
    const n = this.count(editor.document.uri);
    this.item.text = !enabled
      ? "$(circle-slash) Oscar Facts: off"
      : n === 0
        ? "$(check) Oscar Facts: 0"
        : `$(warning) Oscar Facts: ${n}`;
    this.item.tooltip = !enabled
      ? "Oscar Facts is turned off (oscarFacts.enable)"
      : `${n} Oscar Facts finding${n === 1 ? "" : "s"} in this draft. Click to open Problems.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

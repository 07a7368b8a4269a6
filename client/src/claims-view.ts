import * as vscode from "vscode";
import { RequestType, State, type LanguageClient } from "vscode-languageclient/node";

type Verdict = "refuted" | "supported" | "unverifiable";

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface ClaimInfo {
  verdict: Verdict;
  statement: string;
  text: string;
  range: LspRange;
  summary: string;
}

interface ClaimsResult {
  checked: boolean;
  reason?: string;
  claims: ClaimInfo[];
}

const ClaimsRequest = new RequestType<{ uri: string }, ClaimsResult | null, void>("oscarFacts/claims");

const GROUPS: { verdict: Verdict; label: string; icon: string; color: string }[] = [
  { verdict: "refuted", label: "Wrong", icon: "error", color: "problemsErrorIcon.foreground" },
  { verdict: "supported", label: "Verified", icon: "pass", color: "testing.iconPassed" },
  { verdict: "unverifiable", label: "Unverifiable", icon: "question", color: "problemsInfoIcon.foreground" },
];

type Node = { group: (typeof GROUPS)[number] } | { claim: ClaimInfo };

/**
 * "Oscar Facts: Claims" in the Explorer: the active draft's claims by verdict, from
 * `oscarFacts/claims`, read again whenever the draft's diagnostics change.
 */
export class ClaimsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[];
  private draft?: vscode.Uri;
  private claims: ClaimInfo[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView("oscarFacts.claims", { treeDataProvider: this });
    this.subscriptions = [
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.draft && e.uris.some((u) => u.toString() === this.draft!.toString())) this.reload();
      }),
      vscode.workspace.onDidChangeConfiguration(
        (e) => e.affectsConfiguration("oscarFacts") && this.follow(vscode.window.activeTextEditor),
      ),
      vscode.workspace.onDidCloseTextDocument(
        (d) => d.uri.toString() === this.draft?.toString() && this.show(undefined, []),
      ),
      vscode.commands.registerCommand("oscarFacts.revealClaim", (uri: vscode.Uri, range: LspRange) =>
        reveal(uri, range),
      ),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The active editor's draft; other editors (a ceremony sheet, the output) leave the view as it is. */
  follow(editor: vscode.TextEditor | undefined): void {
    const doc = editor?.document;
    if (!doc || (doc.uri.scheme !== "file" && doc.uri.scheme !== "untitled")) return;
    const languages = vscode.workspace.getConfiguration("oscarFacts").get<string[]>("languages", []);
    if (!languages.includes(doc.languageId)) return this.show(undefined, []);
    this.draft = doc.uri;
    this.reload(0);
  }

  /** Reads the claims again, soon: diagnostics arrive in bursts. */
  reload(delay = 100): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), delay);
  }

  private async load(): Promise<void> {
    const c = this.client();
    const uri = this.draft;
    if (!c || !uri || c.state !== State.Running) return;
    const r = await c.sendRequest(ClaimsRequest, { uri: uri.toString() }).catch(() => null);
    if (uri !== this.draft) return;
    if (!r) return this.show(uri, [], "Oscar Facts could not list the claims (see the Oscar Facts output).");
    this.show(
      uri,
      r.claims,
      r.checked ? (r.claims.length ? undefined : "No claims found in this draft yet.") : `Not checked: ${r.reason}.`,
    );
  }

  private show(uri: vscode.Uri | undefined, claims: ClaimInfo[], message?: string): void {
    this.draft = uri;
    this.claims = claims;
    this.view.message = message;
    this.view.description = uri ? uri.path.split("/").pop() : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.draft ? GROUPS.map((group) => ({ group })) : [];
    if ("group" in node) return this.claims.filter((c) => c.verdict === node.group.verdict).map((claim) => ({ claim }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ("group" in node) {
      const { verdict, label, icon, color } = node.group;
      const n = this.claims.filter((c) => c.verdict === verdict).length;
      const item = new vscode.TreeItem(
        `${label} (${n})`,
        n ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.id = `${this.draft}#${verdict}`;
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(c.statement, vscode.TreeItemCollapsibleState.None);
    item.description = `“${c.text}” · line ${c.range.start.line + 1}`;
    item.tooltip = new vscode.MarkdownString(c.summary);
    const group = GROUPS.find((g) => g.verdict === c.verdict)!;
    item.iconPath = new vscode.ThemeIcon(group.icon, new vscode.ThemeColor(group.color));
    item.command = {
      command: "oscarFacts.revealClaim",
      title: "Show the claim in the draft",
      arguments: [this.draft, c.range],
    };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Selects the claim in its draft, in the editor group already showing it. */
async function reveal(uri: vscode.Uri, range: LspRange): Promise<void> {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: open?.viewColumn, selection: r });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

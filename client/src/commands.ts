import * as vscode from "vscode";
import { RequestType, type LanguageClient } from "vscode-languageclient/node";
import type { StatusItem } from "./status";

const CheckRequest = new RequestType<{ uri: string }, { checked: boolean; reason?: string; findings: number }, void>(
  "oscarFacts/check",
);

export function registerCommands(
  client: () => LanguageClient | undefined,
  output: vscode.OutputChannel,
  status: StatusItem,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand("oscarFacts.checkDocument", async () => {
      const editor = vscode.window.activeTextEditor;
      const c = client();
      if (!editor || !c) return;
      const r = await c.sendRequest(CheckRequest, { uri: editor.document.uri.toString() });
      if (!r.checked)
        void vscode.window.showInformationMessage(`Oscar Facts did not check this document: ${r.reason}.`);
      else
        void vscode.window.setStatusBarMessage(
          `Oscar Facts: ${r.findings} finding${r.findings === 1 ? "" : "s"}`,
          4000,
        );
      status.update();
    }),
    vscode.commands.registerCommand("oscarFacts.restartServer", async () => {
      const c = client();
      if (!c) return;
      await c.restart();
      void vscode.window.setStatusBarMessage("Oscar Facts: language server restarted", 3000);
    }),
    vscode.commands.registerCommand("oscarFacts.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("oscarFacts.usePressArticleLanguage", async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, "press-article");
    }),
  ];
}

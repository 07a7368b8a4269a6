import * as vscode from "vscode";
import { RequestType, type LanguageClient } from "vscode-languageclient/node";

interface CeremonyChoice {
  n: number;
  label: string;
  filmYear: string;
  date: string;
  bestPicture: string;
  uri: string;
}

const CeremoniesRequest = new RequestType<
  { uri?: string },
  { current: number | null; ceremonies: CeremonyChoice[] },
  void
>("oscarFacts/ceremonies");

type Pick = vscode.QuickPickItem & { uri?: string };

/**
 * "Oscar Facts: Open Ceremony Sheet…": a ceremony picked by number, year or Best Picture
 * (the draft's own first), or the one a hover link names, opened beside the draft. The
 * sheet itself is an `oscar-facts:` document the server provides (LSP textDocumentContent).
 */
export function registerSheetCommand(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand("oscarFacts.openCeremonySheet", async (target?: string | number) => {
    const c = client();
    if (!c) return;
    let uri = typeof target === "string" ? target : undefined;
    if (!uri) {
      const draft = vscode.window.activeTextEditor?.document.uri;
      const mine = draft && (draft.scheme === "file" || draft.scheme === "untitled") ? draft.toString() : undefined;
      const { current, ceremonies } = await c.sendRequest(CeremoniesRequest, { uri: mine });
      uri = typeof target === "number" ? ceremonies.find((x) => x.n === target)?.uri : await pick(ceremonies, current);
    }
    if (!uri) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    if (doc.languageId !== "markdown") await vscode.languages.setTextDocumentLanguage(doc, "markdown");
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  });
}

async function pick(ceremonies: CeremonyChoice[], current: number | null): Promise<string | undefined> {
  const item = (x: CeremonyChoice): Pick => ({
    label: x.label,
    description: `Best Picture: ${x.bestPicture}`,
    detail: `Held ${new Date(`${x.date}T12:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })} · films of ${x.filmYear}`,
    uri: x.uri,
  });
  const own = ceremonies.find((x) => x.n === current);
  const items: Pick[] = own
    ? [
        { label: "This draft", kind: vscode.QuickPickItemKind.Separator },
        item(own),
        { label: "All ceremonies", kind: vscode.QuickPickItemKind.Separator },
      ]
    : [];
  items.push(...ceremonies.filter((x) => x !== own).map(item));
  const chosen = await vscode.window.showQuickPick(items, {
    title: "Open Ceremony Sheet",
    placeHolder: "Ceremony number, year or Best Picture (e.g. 97, 2025, Anora)",
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return chosen?.uri;
}

/**
 * Oscar Facts for VS Code: starts the bundled language server (dist/server.js), passes
 * settings, adds commands and a status item. Everything else happens in the server.
 */
import * as vscode from "vscode";
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { registerCommands } from "./commands";
import { StatusItem } from "./status";
import { ClaimsView } from "./claims-view";
import { registerSheetCommand } from "./sheets";

let client: LanguageClient | undefined;

export const LANGUAGES = ["markdown", "plaintext", "press-article"];

/**
 * glibc gives each thread that allocates at once its own malloc arena. V8's compiler and GC
 * threads free what they allocate, but their arenas keep the pages: about 20 MB of the server's
 * resident memory after a 100k-word check. One arena returns them (the server's JavaScript runs
 * on one thread; its helpers rarely allocate at the same time). Ignored off glibc.
 */
const SERVER_ENV = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "1" };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("Oscar Facts", { log: true });
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: SERVER_ENV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    synchronize: { configurationSection: "oscarFacts" },
    outputChannel: output,
    // Hover cards link to ceremony sheets through this command (and only this one).
    initializationOptions: { sheetCommand: "oscarFacts.openCeremonySheet" },
    markdown: { isTrusted: { enabledCommands: ["oscarFacts.openCeremonySheet"] } },
  };
  client = new LanguageClient("oscarFacts", "Oscar Facts", serverOptions, clientOptions);
  const status = new StatusItem();
  const claims = new ClaimsView(() => client);
  context.subscriptions.push(
    output,
    status,
    claims,
    registerSheetCommand(() => client),
    ...registerCommands(() => client, output, status),
  );
  try {
    await client.start();
    claims.follow(vscode.window.activeTextEditor);
  } catch (e) {
    output.appendLine(`Oscar Facts could not start its language server: ${(e as Error).message}`);
    void vscode.window
      .showErrorMessage(
        "Oscar Facts could not start its language server. See the Oscar Facts output for details.",
        "Show Output",
      )
      .then((pick) => pick && output.show());
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

import { RequestType, type Connection } from "vscode-languageserver/node";
import { ordinalSuffix, type CeremonyChoice, type OscarFacts } from "../engine";
import type { Checker } from "./checker";
import { guard } from "./guard";

export interface CeremoniesResult {
  /** The ceremony of the draft named in the request (its article's, else the default setting). */
  current: number | null;
  /** Newest first, each with its sheet's `oscar-facts:` URI. */
  ceremonies: CeremonyChoice[];
}

/** `oscarFacts/ceremonies`: the ceremonies to pick a sheet from. */
export const CeremoniesRequest = new RequestType<{ uri?: string }, CeremoniesResult, void>("oscarFacts/ceremonies");

/**
 * Ceremony sheets as read-only virtual documents (`workspace/textDocumentContent`, LSP
 * 3.18, for `oscar-facts:` URIs), and the list to choose one from.
 */
export function registerSheets(connection: Connection, checker: Checker, engine: OscarFacts): void {
  connection.workspace.textDocumentContent.on(
    guard(
      connection,
      "workspace/textDocumentContent",
      { text: "Oscar Facts could not build this sheet (see the Oscar Facts output)." },
      ({ uri }) => ({
        text:
          engine.ceremonySheet(uri) ??
          `No ceremony sheet at ${uri}: the data has the 1st to the ${ordinalSuffix(engine.kb.latestCeremony)} Academy Awards.\n`,
      }),
    ),
  );
  connection.onRequest(
    CeremoniesRequest,
    guard(
      connection,
      "oscarFacts/ceremonies",
      { current: null, ceremonies: [] } as CeremoniesResult,
      async ({ uri }) => {
        const fromDraft = uri ? checker.lastChecked(uri)?.analysis.doc?.ceremony : undefined;
        const fallback = uri ? (await checker.settings.get(uri)).defaultCeremony : null;
        return { current: fromDraft ?? fallback ?? null, ceremonies: engine.ceremonies() };
      },
    ),
  );
}

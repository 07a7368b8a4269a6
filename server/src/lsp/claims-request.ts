import { RequestType, type Connection, type TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { OscarFacts } from "../engine";
import { skipMessage, type Checker } from "./checker";
import { toClaimInfo, type ClaimInfo } from "./convert";
import { guard } from "./guard";
import { severityFor } from "./settings";

export interface ClaimsResult {
  uri: string;
  /** The document version the claims were read from. */
  version: number | null;
  checked: boolean;
  /** Why the document was not checked. */
  reason?: string;
  /** The article's ceremony, when it has one. */
  ceremony: number | null;
  claims: ClaimInfo[];
}

/**
 * `oscarFacts/claims`: every claim of an open draft with its verdict, statement, message,
 * evidence and range (the claims view). Refuted claims whose rule is set to "off" are left
 * out, as they are from the diagnostics.
 */
export const ClaimsRequest = new RequestType<{ uri: string }, ClaimsResult, void>("oscarFacts/claims");

export function registerClaimsRequest(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  checker: Checker,
  engine: OscarFacts,
): void {
  connection.onRequest(
    ClaimsRequest,
    guard(connection, "oscarFacts/claims", null as unknown as ClaimsResult, async ({ uri }) => {
      const empty = { uri, version: null, ceremony: null, claims: [] };
      const doc = documents.get(uri);
      if (!doc) return { ...empty, checked: false, reason: "the document is not open" };
      const s = await checker.settings.get(uri);
      const skip = checker.skipReason(doc, s);
      if (skip) return { ...empty, version: doc.version, checked: false, reason: skipMessage(skip, doc) };
      const checked = await checker.check(doc);
      if (!checked) return { ...empty, version: doc.version, checked: false, reason: "the document is not checked" };
      const claims = engine
        .listClaims(checked.analysis)
        .filter((c) => c.verdict !== "refuted" || severityFor(s, c.rule, "error") !== "off");
      return {
        uri,
        version: checked.version,
        checked: true,
        ceremony: checked.analysis.doc?.ceremony ?? null,
        claims: claims.map((c) => toClaimInfo(doc, c)),
      };
    }),
  );
}

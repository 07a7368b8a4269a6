import { RequestType, type Connection } from "vscode-languageserver/node";
import { skipMessage, type Checker } from "./checker";
import type { Diagnostics } from "./diagnostics";
import { guard } from "./guard";

export interface CheckResult {
  checked: boolean;
  reason?: string;
  findings: number;
}

/** `oscarFacts/check`: the client's "Check current document" command. */
export const CheckRequest = new RequestType<{ uri: string }, CheckResult, void>("oscarFacts/check");

export function registerCheckRequest(connection: Connection, checker: Checker, diagnostics: Diagnostics): void {
  connection.onRequest(
    CheckRequest,
    guard(
      connection,
      "oscarFacts/check",
      { checked: false, reason: "internal error (see the output channel)", findings: 0 },
      async ({ uri }, token) => {
        const c = await checker.current(uri, token);
        if (!c) return { checked: false, reason: "the document is not open", findings: 0 };
        if (c.skip) return { checked: false, reason: skipMessage(c.skip, c.doc), findings: 0 };
        const findings = checker.diagnostics(c).length;
        diagnostics.refreshAll();
        return { checked: true, findings };
      },
    ),
  );
}

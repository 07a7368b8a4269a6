/**
 * The connection to the client. Over --stdio the messages are encoded here, not by the
 * protocol library: a publishDiagnostics is made of the encodings of its diagnostics, kept
 * from one publish to the next for every diagnostic that did not change. On a long draft
 * each keystroke republishes every finding (half a megabyte at 50k words), and encoding it
 * afresh was a fifth of the server's work per keystroke. The bytes are the same as
 * JSON.stringify's. Other transports (VS Code's IPC) keep the library's own encoding.
 */
import { inspect } from "node:util";
import {
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type Message,
} from "vscode-languageserver/node";

type Options = Parameters<typeof createConnection>[3];

export function createServerConnection(options: Options): Connection {
  if (!process.argv.includes("--stdio")) return createConnection(ProposedFeatures.all, options);
  const writer = new StreamMessageWriter(process.stdout, {
    charset: "utf-8",
    contentTypeEncoder: { name: "application/json", encode: (msg) => Promise.resolve(encodeMessage(msg)) },
  });
  // stdin stays a stream, so the library still ends the process when the client goes away; the
  // library takes a writer as well as a stream for the output (its types offer only pairs).
  const output = writer as unknown as NodeJS.WritableStream;
  const connection = createConnection(ProposedFeatures.all, process.stdin, output, options);
  // As the library does for --stdio: stdout carries the protocol, so the console goes to the client's log.
  routeConsole(connection);
  return connection;
}

/** Encodings of frozen diagnostics (Stable in convert.ts), one per object, made on first use. */
const encoded = new WeakMap<object, Buffer>();

/** A placeholder for the diagnostics array while the rest of the message is encoded. */
const SPLICE = "\u0000diagnostics\u0000";
const SPLICE_JSON = JSON.stringify(SPLICE);

/** A message as JSON.stringify writes it, in UTF-8. */
export function encodeMessage(msg: Message): Buffer {
  const params = (msg as { method?: string; params?: { diagnostics?: unknown } }).params;
  const list = params?.diagnostics;
  if ((msg as { method?: string }).method !== "textDocument/publishDiagnostics" || !Array.isArray(list))
    return Buffer.from(JSON.stringify(msg), "utf-8");
  const shell = JSON.stringify({ ...msg, params: { ...params, diagnostics: SPLICE } });
  const at = shell.lastIndexOf(SPLICE_JSON);
  const parts: Buffer[] = [Buffer.from(shell.slice(0, at) + "[", "utf-8")];
  // (Each encoding starts with the comma that separates it from the one before: half the parts to copy.)
  list.forEach((d: object, i) => parts.push(i > 0 ? encodedDiagnostic(d) : encodedDiagnostic(d).subarray(1)));
  parts.push(Buffer.from("]" + shell.slice(at + SPLICE_JSON.length), "utf-8"));
  return Buffer.concat(parts);
}

/** A diagnostic's encoding after a comma. */
function encodedDiagnostic(d: object): Buffer {
  // Only a frozen diagnostic keeps its encoding: nothing can change it after.
  if (!Object.isFrozen(d)) return Buffer.from("," + JSON.stringify(d), "utf-8");
  let bytes = encoded.get(d);
  if (!bytes) encoded.set(d, (bytes = Buffer.from("," + JSON.stringify(d), "utf-8")));
  return bytes;
}

/** console.* to the client's log, as vscode-languageserver does when it opens --stdio itself. */
function routeConsole(connection: Connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" ");
  const log = (...args: unknown[]) => connection.console.log(text(args));
  Object.assign(console, {
    log,
    debug: log,
    dir: (arg: unknown) => connection.console.log(inspect(arg)),
    info: (...args: unknown[]) => connection.console.info(text(args)),
    warn: (...args: unknown[]) => connection.console.warn(text(args)),
    error: (...args: unknown[]) => connection.console.error(text(args)),
    trace: (...args: unknown[]) => connection.console.log(`Trace: ${text(args)}\n${new Error().stack}`),
  });
}

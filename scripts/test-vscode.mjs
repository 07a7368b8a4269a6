// npm run test:vscode: the extension-host suite through @vscode/test-electron.
// Uses VSCODE_EXECUTABLE when set; otherwise tries to download VS Code, and reports a
// skip (exit 0, with the reason) where that is impossible, as on a machine without internet.
import { build } from "esbuild";
import { resolve } from "node:path";
import { downloadAndUnzipVSCode, runTests } from "@vscode/test-electron";

const root = resolve(import.meta.dirname ?? ".", "..");
await build({
  entryPoints: [resolve(root, "test/vscode/suite.ts")],
  outfile: resolve(root, "build/vscode-suite.js"),
  bundle: true,
  platform: "node",
  format: "cjs",
  external: ["vscode"],
  logLevel: "warning",
});

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await Promise.race([
      downloadAndUnzipVSCode(process.env.VSCODE_VERSION ?? "stable"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 60 s")), 60_000)),
    ]);
  } catch (e) {
    console.log(
      `test:vscode skipped: VS Code could not be downloaded (${e?.message ?? e}). Set VSCODE_EXECUTABLE to a VS Code binary to run the extension-host suite.`,
    );
    process.exit(0);
  }
}
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: resolve(root, "build/vscode-suite.js"),
    launchArgs: ["--disable-extensions", "--disable-workspace-trust", "--no-sandbox"],
  });
} catch (e) {
  console.error(`test:vscode failed: ${e?.message ?? e}`);
  process.exit(1);
}

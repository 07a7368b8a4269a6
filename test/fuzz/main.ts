/**
 * npm run fuzz [-- --steps N] [-- --seed S] [-- --huge]: the fuzzer of test/fuzz/fuzzer.ts
 * as a long run, printing what it found and how the server fared. Exit 1 on any defect.
 */
import { runFuzz, type FuzzReport } from "./fuzzer";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function print(r: FuzzReport): void {
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const lines = [
    `seed ${r.seed}: ${r.steps} steps in ${(r.elapsedMs / 1000).toFixed(0)} s, ${r.requests} requests ` +
      `(${r.cancelRequests} cancelled by the client, ${r.answeredCancelled} answered RequestCancelled), ` +
      `${r.quietPoints} quiet points`,
    `crashes ${r.crashes}, stale results ${r.stale.length}, unanswered requests ${r.unanswered}, ` +
      `other violations ${r.violations.length}, server errors logged ${r.serverErrors.length}`,
    `latency, ms (p50 / p95 / p99 / max):`,
    ...Object.entries(r.latency).map(
      ([m, p]) => `  ${m.padEnd(24)} ${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)} / ${ms(p.max)}  (${p.n})`,
    ),
    `server RSS, MB: peak ${r.peakRssMb.toFixed(0)}; ` +
      `peak before any document over the size limit ${r.peakRssWithinLimitMb.toFixed(0)}; ` +
      `every document closed and collected ${r.rssAfterGcMb.toFixed(0)}`,
    ...r.stale.map((s) => `stale: ${s}`),
    ...r.violations.map((s) => `violation: ${s}`),
    ...r.serverErrors.map((s) => `server error: ${s}`),
  ];
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  const steps = Number(arg("--steps") ?? 10_000);
  const seed = Number(arg("--seed") ?? 1);
  const report = await runFuzz({
    seed,
    steps,
    huge: process.argv.includes("--huge") || steps >= 50_000,
    progress: (l) => console.error(l),
  });
  print(report);
  const defects =
    report.crashes + report.stale.length + report.unanswered + report.violations.length + report.serverErrors.length;
  process.exit(defects ? 1 : 0);
}

void main();

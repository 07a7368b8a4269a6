/**
 * Work, not time: how many blocks of engine code ran, counted exactly by V8's precise
 * coverage. The same input gives the same count on any machine and under any load, so
 * tests can compare the work on n and 4n characters without timing anything.
 */
import { Session } from "node:inspector/promises";

export class WorkMeter {
  private readonly session = new Session();
  private started = false;

  /** Call before any engine code runs: code compiled earlier is not counted block by block. */
  async start(): Promise<void> {
    this.session.connect();
    await this.session.post("Profiler.enable");
    await this.session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
    this.started = true;
  }

  /** Blocks of code under `server/src/engine/` executed by `fn`. */
  async count(fn: () => void): Promise<number> {
    if (!this.started) throw new Error("WorkMeter.start() first");
    await this.session.post("Profiler.takePreciseCoverage"); // resets the counters
    fn();
    const { result } = await this.session.post("Profiler.takePreciseCoverage");
    let blocks = 0;
    for (const script of result) {
      if (!script.url.includes("/server/src/engine/")) continue;
      for (const f of script.functions) for (const r of f.ranges) blocks += r.count;
    }
    return blocks;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.session.post("Profiler.stopPreciseCoverage");
    this.session.disconnect();
  }
}

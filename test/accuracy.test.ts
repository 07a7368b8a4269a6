/**
 * The development corpus's figures stay at or above the floor kept in accuracy-floor.json.
 * The corpus is read from ../shared (never copied in); without it the test says so and skips.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { root } from "./helpers";

const scorer = resolve(root, "..", "shared", "corpus", "score.py");
const floor = JSON.parse(readFileSync(join(root, "test", "accuracy-floor.json"), "utf8"));

test(
  "corpus accuracy does not fall below the floor",
  { skip: existsSync(scorer) ? false : `no corpus at ${scorer}` },
  () => {
    const out = join(mkdtempSync(join(tmpdir(), "oscar-facts-accuracy-")), "figures.json");
    const r = spawnSync("python3", [scorer, root, "--json", out], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const { real, mutated } = JSON.parse(readFileSync(out, "utf8"));
    const figures = {
      read: real.true_claims_read,
      injected: mutated.caught,
      real: real.false_claims_caught,
      alarms: real.false_alarms,
    };
    assert.ok(figures.read >= floor.trueClaimsRead, `true claims read ${figures.read} < floor ${floor.trueClaimsRead}`);
    assert.ok(
      figures.injected >= floor.injectedCaught,
      `injected errors caught ${figures.injected} < floor ${floor.injectedCaught}`,
    );
    assert.ok(
      figures.real >= floor.realErrorsCaught,
      `real errors caught ${figures.real} < floor ${floor.realErrorsCaught}`,
    );
    assert.ok(
      figures.alarms <= floor.maxFalseAlarms,
      `false alarms ${figures.alarms} > ceiling ${floor.maxFalseAlarms}`,
    );
  },
);

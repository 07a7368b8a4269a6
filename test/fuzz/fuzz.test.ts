/** A short fuzzing run (about 1,000 steps) as part of `npm test`; `npm run fuzz` runs it long. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { runFuzz } from "./fuzzer";

test("1,000 seeded fuzzing steps over stdio: no crash, no stale result, every request answered", async () => {
  const r = await runFuzz({ seed: 1, steps: 1_000 });
  assert.equal(r.crashes, 0);
  assert.deepEqual(r.stale, []);
  assert.equal(r.unanswered, 0);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.serverErrors, []);
  // It did drive the server: requests, cancellations and checks at quiet points.
  assert.ok(
    r.requests > 200 && r.quietPoints > 10 && r.answeredCancelled > 0,
    JSON.stringify({ requests: r.requests, quiet: r.quietPoints, cancelled: r.answeredCancelled }),
  );
});

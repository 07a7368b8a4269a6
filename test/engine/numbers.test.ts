/** Number and ordinal words as the readers take them. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { numberValue, ordinalValue } from "../../server/src/engine/text/fold";

test("number and ordinal words: spelled, in digits, compound; an object's own property names are no numbers", () => {
  assert.equal(numberValue("eleven"), 11);
  assert.equal(numberValue("14"), 14);
  assert.equal(ordinalValue("ninety-seventh"), 97);
  assert.equal(ordinalValue("97th"), 97);
  assert.equal(ordinalValue("Second"), 2);
  for (const word of ["constructor", "toString", "valueOf", "__proto__", "hasOwnProperty"]) {
    assert.equal(numberValue(word), undefined, word);
    assert.equal(ordinalValue(word), undefined, word);
  }
});

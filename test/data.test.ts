import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./helpers";

const compiler = join(root, "build", "compile-data.cjs");
const header =
  "Ceremony\tYear\tClass\tCanonicalCategory\tCategory\tFilm\tFilmId\tName\tNominees\tNomineeIds\tWinner\tDetail\tNote\tCitation";
const ceremonies =
  "ceremony\tdate\thosts\tvenue\tcity\tbroadcaster\tbest_picture\tsource_url\n1\t1929-05-16\tDouglas Fairbanks\tHollywood Roosevelt Hotel\tLos Angeles\tnone\tWings\thttps://example.org\n";

function dataDir(oscars: string | undefined, cer = ceremonies): string {
  const dir = mkdtempSync(join(tmpdir(), "oscar-facts-data-"));
  mkdirSync(join(dir, "oscar_data"));
  mkdirSync(join(dir, "ceremonies"));
  if (oscars !== undefined) writeFileSync(join(dir, "oscar_data", "oscars.csv"), oscars);
  writeFileSync(join(dir, "oscar_data", "LICENSE"), "BSD-2-Clause\n");
  writeFileSync(join(dir, "ceremonies", "ceremonies.tsv"), cer);
  mkdirSync(join(dir, "imdb_awards", "events"), { recursive: true });
  writeFileSync(
    join(dir, "imdb_awards", "events", "ev0000123.yml"),
    "# BAFTA Awards\n'1949':\n  bafta film award:\n    best film:\n      nominee: [tt0018578, tt9999999]\n      winner: [tt0018578]\n",
  );
  return dir;
}

function compile(dir: string) {
  const out = mkdtempSync(join(tmpdir(), "oscar-facts-out-"));
  const r = spawnSync(process.execPath, [compiler, out], {
    encoding: "utf8",
    env: { ...process.env, OSCAR_FACTS_DATA_DIR: dir },
  });
  return { code: r.status, err: r.stderr, out: r.stdout, dir: out };
}

test("the compiler reads the folder named by OSCAR_FACTS_DATA_DIR", () => {
  const dir = dataDir(
    `${header}\n1\t1927/28\tTitle\tBEST PICTURE\tOUTSTANDING PICTURE\tWings\ttt0018578\tParamount Famous Lasky\t\t\tTrue\n`,
  );
  const r = compile(dir);
  assert.equal(r.code, 0, r.err);
  const data = JSON.parse(readFileSync(join(r.dir, "oscars.json"), "utf8"));
  assert.equal(data.films[0].title, "Wings");
  assert.equal(data.ceremonies[0].date, "1929-05-16");
  // Other bodies join the Oscar data's films by IMDb id; unknown films are kept by id only.
  assert.deepEqual(data.awards.winners[0], [0]);
  assert.equal(data.awards.key[0], "picture");
  assert.deepEqual(data.awards.extraFilmIds, ["tt9999999"]);
  assert.ok(existsSync(join(r.dir, "LICENSE-oscar_data.txt")), "licence notice travels with the data");
});

test("a missing input file stops the build naming the file", () => {
  const r = compile(dataDir(undefined));
  assert.equal(r.code, 1);
  assert.match(r.err, /oscar_data\/oscars\.csv: file not found/);
});

test("malformed award data stops the build naming the file", () => {
  const dir = dataDir(`${header}\n1\t1927/28\tTitle\tBEST PICTURE\tX\tWings\ttt0018578\tX\t\t\tTrue\n`);
  writeFileSync(join(dir, "imdb_awards", "events", "ev0000292.yml"), "'1950':\n  golden globe: [unclosed\n");
  const r = compile(dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /ev0000292\.yml:\d+: not valid YAML/);
});

test("a malformed row stops the build naming file, line and problem", () => {
  const r = compile(
    dataDir(`${header}\n1\t1927/28\tTitle\tBEST PICTURE\tOUTSTANDING PICTURE\tWings\ttt0018578\tX\t\t\tMaybe\n`),
  );
  assert.equal(r.code, 1);
  assert.match(r.err, /oscars\.csv:2: Winner "Maybe" is neither empty nor True/);
  const cols = compile(dataDir(`${header}\n1\t1927/28\tTitle\tBEST PICTURE\tX\tWings\ttt1\tX\t\t\t\t\t\t\textra\n`));
  assert.match(cols.err, /oscars\.csv:2: 15 cells, header has 14 columns/);
  const date = compile(
    dataDir(
      `${header}\n`.replace(/$/, "1\t1927/28\tTitle\tBEST PICTURE\tX\tWings\ttt1\tX\t\t\t\n"),
      ceremonies.replace("1929-05-16", "May 1929"),
    ),
  );
  assert.match(date.err, /ceremonies\.tsv:2: date "May 1929" is not YYYY-MM-DD/);
});

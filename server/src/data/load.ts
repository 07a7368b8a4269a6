import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_VERSION, type Dataset } from "../engine/dataset";

/** Where the compiled dataset sits next to the bundles (dist/data/oscars.json). */
export function defaultDatasetPath(): string {
  return process.env.OSCAR_FACTS_DATASET ?? join(__dirname, "data", "oscars.json");
}

export class DatasetError extends Error {}

export function loadDataset(path = defaultDatasetPath()): Dataset {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new DatasetError(
      `cannot read the compiled dataset at ${path} (${(e as NodeJS.ErrnoException).code ?? e}); run "npm run build"`,
    );
  }
  let data: Dataset;
  try {
    data = JSON.parse(text) as Dataset;
  } catch (e) {
    throw new DatasetError(
      `the compiled dataset at ${path} is not valid JSON (${(e as Error).message}); run "npm run build"`,
    );
  }
  if (data.version !== DATASET_VERSION)
    throw new DatasetError(
      `the compiled dataset at ${path} has version ${data.version}, expected ${DATASET_VERSION}; run "npm run build"`,
    );
  return data;
}

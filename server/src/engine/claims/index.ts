import { checkAttribution } from "./attribution";
import { checkCareer } from "./career";
import { checkCeremony } from "./ceremony";
import { checkCounts } from "./counts";
import { checkNames } from "./names";
import { checkNominations } from "./nominations";
import type { Claim } from "./types";
import type { SentenceView } from "./view";
import { checkWins } from "./wins";
import { checkSeason } from "./season";
import { checkHosts } from "./host";
import { checkVenue } from "./venue";
import { checkRecords } from "./records";

/** Every claim kind, one file each; each reads a sentence and returns verified claims. */
export const CLAIM_CHECKS: ((v: SentenceView) => Claim[])[] = [checkWins, checkNominations, checkCounts, checkAttribution, checkCeremony, checkCareer, checkNames, checkSeason, checkHosts, checkVenue, checkRecords];

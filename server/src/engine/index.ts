/** Public API of the engine: text in; findings, hover content and fixes out. */
export { OscarFacts, type Finding, type ValidationOptions } from "./service";
export { Analysis, Analyzer, type AnalyzeOptions } from "./analysis";
export type { HoverOptions, HoverResult } from "./hover";
export type { CompletionResult, NameCompletion, NameKind } from "./completion";
export { carryMarks, evidenceLine, type TextEdit, type ClaimMark, type ListedClaim, type ShowVerified } from "./marks";
export { ceremoniesNamed, SHEET_SCHEME, type CeremonyChoice } from "./sheet";
export type { Claim, Evidence, Fix, Severity, Verdict } from "./claims/types";
export type { Mention, MentionKind } from "./mentions/types";
export type { Dataset } from "./dataset";
export { DATASET_VERSION } from "./dataset";
export { LineIndex, type Position } from "./positions";
export { disableNextLineEdit } from "./directives";
export { ordinalSuffix } from "./text/fold";

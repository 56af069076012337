export * from "./types";
export { judgeSegment, judgeState, callFor } from "./judge";
export { legalActions, type LegalAction } from "./legal";
export { sameSegment, describeSegment, isPureAck } from "./segments";
export { conceptOfMistake } from "./mistake-concept";

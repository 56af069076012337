// The match model: see docs/guide/architecture.md "The match model".
export * from "./types";
export { createMatch, rtoFor } from "./create";
export { applyInput, nextWakeAt } from "./reducer";
export { viewFor, viewParts, shownEntry, shownAsPlayed, shownEvent, eventsFor, EVENTS_THE_VIEW_CARRIES, stateChoices } from "./view";
export { replayMatch, replayRecord, type ReplayRecord } from "./replay";
export * as scoring from "./scoring";
export { MAX_DATA } from "./actions";

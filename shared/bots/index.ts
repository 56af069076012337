export * from "./types";
export { tutor, rightAction, dueStep } from "./tutor";
export { trickster, makeTrickster, spoil } from "./trickster";
export { playScenario, settleMemory, botByName, defaultConfig, type LocalOptions } from "./local";

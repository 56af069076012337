// The scenarios, in their order: the fourteen basics, then the lessons beyond them.
import type { Scenario } from "./types";
import * as LIST from "./list";

export * from "./types";

export const SCENARIOS: readonly Scenario[] = Object.values(LIST).sort((x, y) => x.number - y.number);

const BY_ID = new Map(SCENARIOS.map((s) => [s.id, s]));

export function getScenario(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

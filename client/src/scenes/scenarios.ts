// Scenario titles for the lobby's picker, loaded on demand from shared/scenarios (the data
// is not needed before the lobby). Tolerates a shared/ that does not have them yet.
import type { Language } from "../i18n";

export interface ScenarioChoice {
  id: string;
  number: number;
  title: Record<Language, string>;
}

const modules = import.meta.glob<Record<string, unknown>>("../../../shared/scenarios/index.ts");

let cache: Promise<ScenarioChoice[]> | null = null;

export function loadScenarioChoices(): Promise<ScenarioChoice[]> {
  cache ??= (async () => {
    const loader = Object.values(modules)[0];
    if (!loader) return [];
    const mod = await loader();
    // The list is whichever export is an array of scenarios (id, number, bilingual title).
    for (const value of Object.values(mod)) {
      if (Array.isArray(value) && value.length > 0 && value.every(isScenarioLike)) {
        return [...value].sort((a, b) => a.number - b.number).map((s) => ({ id: s.id, number: s.number, title: s.title }));
      }
    }
    return [];
  })().catch(() => []);
  return cache;
}

function isScenarioLike(v: unknown): v is ScenarioChoice {
  const s = v as ScenarioChoice;
  return typeof s === "object" && s !== null && typeof s.id === "string" && typeof s.number === "number" && typeof s.title?.en === "string" && typeof s.title?.zh === "string";
}

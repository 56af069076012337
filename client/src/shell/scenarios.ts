// Scenario titles for the lobby's picker, loaded on demand from shared/scenarios (the data
// is not needed before the lobby).
import type { Language } from "../i18n";

export interface ScenarioChoice {
  id: string;
  number: number;
  title: Record<Language, string>;
  /** What the players are about to see and do (shown in the lobby). */
  briefing: Record<Language, string> | null;
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
        return [...value]
          .sort((a, b) => a.number - b.number)
          .map((s) => ({ id: s.id, number: s.number, title: s.title, briefing: isText(s.briefing) ? s.briefing : null }));
      }
    }
    return [];
  })().catch(() => []);
  return cache;
}

function isText(v: unknown): v is Record<Language, string> {
  const t = v as Record<Language, unknown> | null;
  return typeof t === "object" && t !== null && typeof t.en === "string" && typeof t.zh === "string";
}

function isScenarioLike(v: unknown): v is ScenarioChoice {
  const s = v as ScenarioChoice;
  return typeof s === "object" && s !== null && typeof s.id === "string" && typeof s.number === "number" && isText(s.title);
}

// Every catalogue file under locales/<lang>/<namespace>.ts, gathered at build time, so a
// new namespace (client-match's match.ts) needs no registration.
export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalogue = { readonly [key: string]: string | Catalogue };
/** language -> namespace -> catalogue */
export type Resources = Record<Language, Record<string, Catalogue>>;

const modules = import.meta.glob<{ default: Catalogue }>("./locales/*/*.ts", { eager: true });

export function bundledResources(): Resources {
  const resources: Resources = { zh: {}, en: {} };
  for (const [path, mod] of Object.entries(modules)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match;
    if (lang !== "zh" && lang !== "en") continue;
    resources[lang][ns as string] = mod.default;
  }
  return resources;
}

/** Dotted paths of every string in a catalogue ("menu.play", ...), for completeness checks. */
export function keyPaths(catalogue: Catalogue, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.push(path);
    else out.push(...keyPaths(value, path));
  }
  return out;
}

/**
 * The language to start in: what the player chose before, else the browser's first
 * preference that is Chinese or English, else English.
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === "zh" || stored === "en") return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "zh") return "zh";
    if (primary === "en") return "en";
  }
  return "en";
}

// Every catalogue file under locales/<lang>/<namespace>.ts, gathered at build time, so a
// new namespace (a feature's own file, e.g. match.ts) needs no registration.
export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalogue = { readonly [key: string]: string | Catalogue };
/** language -> namespace -> catalogue */
export type Resources = Record<Language, Record<string, Catalogue>>;

// "common" (the shell) is bundled with the title; the other namespaces (e.g.
// "match") come with the lazily loaded scenes that use them: they are not needed before.
const eagerModules = import.meta.glob<{ default: Catalogue }>("./locales/*/common.ts", { eager: true });
const lazyModules = import.meta.glob<{ default: Catalogue }>(["./locales/*/*.ts", "!./locales/*/common.ts"]);

function place(resources: Resources, path: string, catalogue: Catalogue): void {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(path);
  if (!match) return;
  const [, lang, ns] = match;
  if (lang === "zh" || lang === "en") resources[lang][ns as string] = catalogue;
}

/** The namespaces bundled with the title screen. */
export function bundledResources(): Resources {
  const resources: Resources = { zh: {}, en: {} };
  for (const [path, mod] of Object.entries(eagerModules)) place(resources, path, mod.default);
  return resources;
}

/** The namespaces loaded on demand (every file under locales/ except common.ts). */
export async function lazyResources(): Promise<Resources> {
  const resources: Resources = { zh: {}, en: {} };
  await Promise.all(Object.entries(lazyModules).map(async ([path, load]) => place(resources, path, (await load()).default)));
  return resources;
}

/** Every namespace, bundled or not (for the completeness test). */
export async function allResources(): Promise<Resources> {
  const all = bundledResources();
  const lazy = await lazyResources();
  for (const lang of LANGUAGES) Object.assign(all[lang], lazy[lang]);
  return all;
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

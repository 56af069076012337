// The one i18next instance of the client. Scenes never hard-code UI text: they call t()
// and redraw on onLanguageChanged(), because the language can switch at any time.
import i18next from "i18next";
import { bundledResources, detectLanguage, lazyResources, LANGUAGES, type Catalogue, type Language } from "./catalogue";
import { readLocal, writeLocal } from "../storage";

export { LANGUAGES, type Language } from "./catalogue";

const STORAGE_KEY = "tcpArena.lang";
const i18n = i18next.createInstance();

export function initI18n(): Language {
  const browser = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  const lng = detectLanguage(readLocal(STORAGE_KEY), browser);
  const resources = bundledResources();
  void i18n.init({
    lng,
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.en),
    defaultNS: "common",
    resources,
    initAsync: false, // resources are bundled: t() works as soon as init returns
    interpolation: { escapeValue: false }, // Phaser text is not HTML
    returnNull: false,
  });
  applyDocumentLanguage(lng);
  return lng;
}

export function t(key: string, options?: Record<string, unknown>): string {
  return i18n.t(key, options ?? {}) as string;
}

export function getLanguage(): Language {
  return i18n.language === "zh" ? "zh" : "en";
}

/** A text given in both languages, in the one in use. */
export function inLanguage(text: Readonly<Record<Language, string>>): string {
  return text[getLanguage()];
}

export function setLanguage(lang: Language): void {
  writeLocal(STORAGE_KEY, lang);
  applyDocumentLanguage(lang);
  void i18n.changeLanguage(lang);
}

export function onLanguageChanged(cb: (lang: Language) => void): () => void {
  const handler = (lng: string): void => cb(lng === "zh" ? "zh" : "en");
  i18n.on("languageChanged", handler);
  return () => i18n.off("languageChanged", handler);
}

let lazyLoaded: Promise<void> | null = null;

/** Adds the namespaces that are not bundled with the title (e.g. "match"); once. */
export function loadLazyNamespaces(): Promise<void> {
  lazyLoaded ??= lazyResources().then((res) => {
    for (const lang of LANGUAGES) for (const [ns, cat] of Object.entries(res[lang])) i18n.addResourceBundle(lang, ns, cat, true, true);
  });
  return lazyLoaded;
}

/** For a lazily loaded part (the quiz) that brings its own namespace. */
export function addBundle(ns: string, bundles: Record<Language, Catalogue>): void {
  for (const lang of LANGUAGES) i18n.addResourceBundle(lang, ns, bundles[lang], true, true);
}

function applyDocumentLanguage(lang: Language): void {
  if (typeof document !== "undefined") document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
}

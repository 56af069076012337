// The client's text catalogues: every key in both languages, with the same placeholders.
import { describe, expect, it } from "vitest";
import { allResources, bundledResources, detectLanguage, keyPaths, type Catalogue } from "../../client/src/i18n/catalogue";

// Every namespace: the one bundled with the title and those loaded with their scenes.
const resources = await allResources();

function lookup(cat: Catalogue, path: string): string | undefined {
  let node: string | Catalogue | undefined = cat;
  for (const part of path.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

describe("i18n catalogues", () => {
  it("bundle only the common namespace with the title screen, in both languages", () => {
    const bundled = bundledResources();
    expect(Object.keys(bundled.en)).toEqual(["common"]);
    expect(Object.keys(bundled.zh)).toEqual(["common"]);
  });

  it("have the same namespaces in Chinese and English", () => {
    expect(Object.keys(resources.zh).sort()).toEqual(Object.keys(resources.en).sort());
  });

  for (const ns of Object.keys(resources.en)) {
    it(`${ns}: every key exists in both languages`, () => {
      const en = keyPaths(resources.en[ns]!).sort();
      const zh = keyPaths(resources.zh[ns] ?? {}).sort();
      expect(zh).toEqual(en);
    });

    it(`${ns}: every text is non-empty and uses the same placeholders in both languages`, () => {
      for (const path of keyPaths(resources.en[ns]!)) {
        const en = lookup(resources.en[ns]!, path) ?? "";
        const zh = lookup(resources.zh[ns] ?? {}, path) ?? "";
        expect({ path, en: en.trim().length > 0, zh: zh.trim().length > 0 }).toEqual({ path, en: true, zh: true });
        expect({ path, vars: placeholders(zh) }).toEqual({ path, vars: placeholders(en) });
      }
    });
  }

  it("the Chinese catalogue is written in Chinese", () => {
    const texts = keyPaths(resources.zh.common!).map((p) => lookup(resources.zh.common!, p) ?? "");
    const han = texts.filter((s) => /[\u4e00-\u9fff]/.test(s)).length;
    expect(han / texts.length).toBeGreaterThan(0.8);
  });
});

describe("starting language", () => {
  it("follows a remembered choice over the browser", () => {
    expect(detectLanguage("en", ["zh-CN"])).toBe("en");
    expect(detectLanguage("zh", ["en-US"])).toBe("zh");
  });

  it("takes the browser's first Chinese or English preference", () => {
    expect(detectLanguage(null, ["zh-TW", "en"])).toBe("zh");
    expect(detectLanguage(null, ["fr-FR", "en-GB", "zh"])).toBe("en");
    expect(detectLanguage(null, ["de", "zh-Hans-CN"])).toBe("zh");
  });

  it("falls back to English", () => {
    expect(detectLanguage(null, [])).toBe("en");
    expect(detectLanguage("klingon", ["ja"])).toBe("en");
  });
});

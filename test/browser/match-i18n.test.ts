// Every code the match screen may have to explain has text in both languages: the engine's
// notes, the referee's mistake categories, the reducer's rejections and the server's errors,
// plus the states' triggers, timers, roles and difficulties the screen names.
import { describe, expect, it } from "vitest";
import en from "../../client/src/i18n/locales/en/match";
import zh from "../../client/src/i18n/locales/zh/match";
import { NOTE_CODES, TIMER_NAMES } from "../../shared/tcp/types";
import { MISTAKE_CODES } from "../../shared/referee/types";
import { REJECTION_CODES, DIFFICULTIES } from "../../shared/match/types";
import { ERROR_CODES } from "../../shared/protocol";
import { TRANSITIONS } from "../../client/src/match/state-diagram";
import { SCENARIOS } from "../../shared/scenarios";

type Tree = { readonly [k: string]: string | Tree };

function lookup(tree: Tree, path: string[]): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const p of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[p];
  }
  return typeof node === "string" ? node : undefined;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

/** [section, key] pairs the screen translates from codes. */
const NEEDED: [string, string][] = [
  ...NOTE_CODES.map((c): [string, string] => ["note", c]),
  ...MISTAKE_CODES.flatMap((c): [string, string][] => [
    ["mistake", c],
    ["mistakeGeneral", c],
    ["mistakeShort", c],
  ]),
  ...REJECTION_CODES.map((c): [string, string] => ["reject", c]),
  ...ERROR_CODES.map((c): [string, string] => ["error", c]),
  ...TIMER_NAMES.map((c): [string, string] => ["timer", c]),
  ...DIFFICULTIES.map((c): [string, string] => ["hud.difficulty", c]),
  ...[...new Set(SCENARIOS.flatMap((s) => [s.A.role, s.B.role]))].map((r): [string, string] => ["role", r]),
  ...TRANSITIONS.filter((t) => t.on.kind === "call").map((t): [string, string] => ["diagram.app", (t.on as { what: string }).what]),
];

describe("match catalogue", () => {
  it.each([
    ["en", en],
    ["zh", zh],
  ] as const)("has %s text for every note, mistake, rejection, error, timer, role and call", (_lang, cat) => {
    const missing = NEEDED.filter(([section, key]) => !lookup(cat as Tree, [...section.split("."), key])?.trim());
    expect(missing).toEqual([]);
  });

  it("uses the same placeholders in English and Chinese for every coded text", () => {
    const differ = NEEDED.filter(([section, key]) => {
      const path = [...section.split("."), key];
      return placeholders(lookup(en as Tree, path) ?? "").join() !== placeholders(lookup(zh as Tree, path) ?? "").join();
    });
    expect(differ).toEqual([]);
  });

  it("writes the Chinese catalogue in Chinese", () => {
    const han = /[\u4e00-\u9fff]/;
    const notes = NOTE_CODES.filter((c) => c !== "state/transition").map((c) => zh.note[c]);
    expect(notes.filter((s) => !han.test(s))).toEqual([]);
  });
});

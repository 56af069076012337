// The classroom's addresses, ids and rank changes, and what each refused join says.
import { beforeAll, describe, expect, it } from "vitest";
import { classroomLink } from "../../client/src/shell/invite";
import { randomId } from "../../client/src/classroom/identity";
import { rankMove } from "../../client/src/classroom/board";
import { addClassroomText, classErrorText } from "../../client/src/classroom/text";
import { initI18n, setLanguage } from "../../client/src/i18n";
import { BROWSER_ID_PATTERN, CLASS_ERROR_CODES } from "../../shared/protocol/classroom";

const at = (search: string, hash = "") => classroomLink({ search, hash });
const KEY = "abcdefghijklmnopqrstuvwxyz012345";

describe("classroom links", () => {
  it("?class=CODE is a student's link, with the code normalised", () => {
    expect(at("?class=k7qx3")).toEqual({ kind: "student", code: "K7QX3" });
  });
  it("an empty or malformed code still opens the join page, asking for the code", () => {
    expect(at("?class=")).toEqual({ kind: "student", code: null });
    expect(at("?class=O0I1L")).toEqual({ kind: "student", code: null });
  });
  it("#host=KEY after a class code opens the class as the teacher", () => {
    expect(at("?class=K7QX3", `#host=${KEY}`)).toEqual({ kind: "teacher", code: "K7QX3", hostKey: KEY });
  });
  it("a host key of the wrong shape makes a student's link, never a teacher's", () => {
    expect(at("?class=K7QX3", "#host=short")).toEqual({ kind: "student", code: "K7QX3" });
  });
  it("?teach opens the teacher's setup; other pages are not classroom pages", () => {
    expect(at("?teach")).toEqual({ kind: "setup" });
    expect(at("?room=K7QX3")).toBeNull();
    expect(at("")).toBeNull();
  });
});

describe("a browser id", () => {
  it("matches the contract's pattern", () => {
    expect(randomId(24)).toMatch(BROWSER_ID_PATTERN);
  });
  it("uses every byte's low six bits as one url-safe character", () => {
    expect(randomId(4, (b) => b.fill(0))).toBe("AAAA");
    expect(randomId(2, (b) => b.fill(255))).toBe("__");
  });
});

describe("a rank change", () => {
  it("is new without a previous rank, up when the rank number falls, down when it grows", () => {
    expect(rankMove(3, null)).toEqual({ kind: "new" });
    expect(rankMove(1, 4)).toEqual({ kind: "up", by: 3 });
    expect(rankMove(5, 2)).toEqual({ kind: "down", by: 3 });
    expect(rankMove(2, 2)).toEqual({ kind: "same" });
  });
});

describe("what a refused join says", () => {
  beforeAll(() => {
    initI18n();
    addClassroomText();
  });

  for (const lang of ["en", "zh"] as const) {
    it(`every class error code has its own sentence in ${lang}`, () => {
      setLanguage(lang);
      const texts = CLASS_ERROR_CODES.map((code) => classErrorText(new Error(code)));
      for (const [i, text] of texts.entries())
        expect(`${CLASS_ERROR_CODES[i]}: ${text}`).not.toMatch(/: (classroom:|error\.|Something went wrong)/);
      expect(new Set(texts).size).toBe(CLASS_ERROR_CODES.length);
    });
  }

  it("reads the code out of the SDK's message and out of a room `error` message", () => {
    setLanguage("en");
    expect(classErrorText(new Error("class/locked"))).toMatch(/locked/);
    expect(classErrorText({ code: "class/name-taken", message: "nickname in use" })).toMatch(/nickname/);
  });

  it("an unknown class code, an unreachable server and anything else each get their own text", () => {
    setLanguage("en");
    expect(classErrorText(Object.assign(new Error('room "K7QX3" not found'), { code: 4212 }))).toMatch(/no class with this code/);
    expect(classErrorText(new TypeError("Failed to fetch"))).toMatch(/cannot be reached/);
    expect(classErrorText(new Error("odd"))).toMatch(/odd/);
    expect(classErrorText(new Error("class/no-such-code"))).toMatch(/class\/no-such-code/);
  });
});

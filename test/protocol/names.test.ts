// The one rule for names shown to others (shared/protocol/names.ts): every character that
// can make a name look like something else is refused with its code; invisible differences
// (normal form, kinds of space, spaces at the ends) are normalised away.
import { describe, expect, it } from "vitest";
import { checkName, isNameErrorCode, NAME_ERROR_CODES } from "../../shared/protocol/names";
import { MAX_NAME_CHARS } from "../../shared/protocol/limits";

const refused = (input: unknown) => {
  const r = checkName(input);
  return r.ok ? `accepted as ${JSON.stringify(r.name)}` : r.code;
};

describe("names shown to others", () => {
  it("a plain name in any script is kept as typed", () => {
    for (const name of ["Ada", "小明", "José Ñúñez", "Đặng Thị", "محمد", "שרה", "Ωmega_42", "🦊 fox"]) {
      expect(checkName(name)).toEqual({ ok: true, name });
    }
  });

  it("bidi overrides, embeddings, isolates and marks are refused", () => {
    for (const ch of [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
      "\u061c",
    ]) {
      expect(refused(`evil${ch}txt.exe`)).toBe("name/forbidden-character");
    }
  });

  it("zero-width characters, the word joiner and the BOM are refused", () => {
    for (const ch of ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]) {
      expect(refused(`ad${ch}min`)).toBe("name/forbidden-character");
      expect(refused(`${ch}admin`)).toBe("name/forbidden-character");
    }
  });

  it("C0 controls, DEL and C1 controls are refused", () => {
    for (const code of [0x00, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f]) {
      expect(refused(`a${String.fromCharCode(code)}b`)).toBe("name/forbidden-character");
    }
  });

  it("line and paragraph separators are refused", () => {
    expect(refused("first\u2028second")).toBe("name/forbidden-character");
    expect(refused("first\u2029second")).toBe("name/forbidden-character");
  });

  it("invisible fillers, private-use characters and lone surrogates are refused", () => {
    for (const ch of ["\u3164", "\u115f", "\u1160", "\uffa0", "\u180e", "\ue000", "\ud800"]) {
      expect(refused(`x${ch}y`)).toBe("name/forbidden-character");
    }
  });

  it("a stack of more than four combining marks on one letter is refused", () => {
    expect(checkName("e\u0301\u0302").ok).toBe(true);
    expect(refused("x\u0301\u0302\u0303\u0304\u0305")).toBe("name/forbidden-character");
  });

  it("the name is stored in NFC, so two spellings of the same letters are one name", () => {
    const decomposed = "Jose\u0301";
    expect(checkName(decomposed)).toEqual({ ok: true, name: "José" });
    expect(checkName("José")).toEqual({ ok: true, name: "José" });
  });

  it("every kind of space becomes one ordinary space, runs collapse and the ends are trimmed", () => {
    expect(checkName("  Ada \u00a0\u3000 Lovelace  ")).toEqual({ ok: true, name: "Ada Lovelace" });
  });

  it("a name of spaces only is empty", () => {
    expect(refused("")).toBe("name/empty");
    expect(refused(" \u3000 ")).toBe("name/empty");
  });

  it("the length is counted in characters after normalisation, not in UTF-16 units", () => {
    expect(checkName("😀".repeat(MAX_NAME_CHARS)).ok).toBe(true);
    expect(refused("😀".repeat(MAX_NAME_CHARS + 1))).toBe("name/too-long");
    expect(checkName(`  ${"a".repeat(MAX_NAME_CHARS)}  `).ok).toBe(true);
    expect(refused("a".repeat(MAX_NAME_CHARS + 1))).toBe("name/too-long");
    expect(refused("a".repeat(100_000))).toBe("name/too-long");
    expect(checkName("a".repeat(40), 40).ok).toBe(true);
  });

  it("a value that is not a string is refused as not text", () => {
    for (const value of [undefined, null, 42, {}, ["Ada"]]) expect(refused(value)).toBe("name/not-text");
  });

  it("each code is recognised and nothing else is", () => {
    for (const code of NAME_ERROR_CODES) expect(isNameErrorCode(code)).toBe(true);
    expect(isNameErrorCode("name/other")).toBe(false);
    expect(isNameErrorCode(1)).toBe(false);
  });
});

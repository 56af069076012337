import { describe, expect, it } from "vitest";
import { NOTE_TEXT, noteCatalogue, noteText } from "../../shared/content/notes";
import { NOTE_CODES } from "../../shared/tcp/types";

describe("the note texts", () => {
  it("have an English and a Chinese text for every engine note code, and no others", () => {
    expect(Object.keys(NOTE_TEXT).sort()).toEqual([...NOTE_CODES].sort());
    for (const code of NOTE_CODES) {
      expect(NOTE_TEXT[code].en.length, code).toBeGreaterThan(0);
      expect(NOTE_TEXT[code].zh.length, code).toBeGreaterThan(0);
    }
  });

  it("give the client's catalogue one language's texts by code", () => {
    expect(noteCatalogue("zh")["segment/closed-reset"]).toBe(NOTE_TEXT["segment/closed-reset"].zh);
    expect(Object.keys(noteCatalogue("en"))).toEqual(Object.keys(NOTE_TEXT));
  });

  it("fill a note's placeholders from its params in both languages and leave unknown ones as they are", () => {
    const text = noteText({ code: "timer/retransmit", params: { seq: 4294967294, retries: 2, rto: 4000 } });
    expect(text.en).toBe("Retransmission timer: seq 4294967294 is sent again (try 2, RTO 4000 ms).");
    expect(text.zh).toContain("4294967294");
    expect(text.zh).not.toContain("{{");
    expect(noteText({ code: "segment/acked", params: {} }).en).toBe(NOTE_TEXT["segment/acked"].en);
  });
});

// Big captures: only the first connections keep their segments; the rest are listed with
// their counts. Every error a reader can return has a message in both languages.
import { describe, expect, it } from "vitest";
import { CAPTURE_ERROR_CODES, isCaptureError, parseCapture } from "../../shared/capture";
import en from "../../client/src/i18n/locales/en/capture";
import zh from "../../client/src/i18n/locales/zh/capture";
import { syntheticCapture } from "../../bench/capture-synthetic";

describe("a capture with more connections than are decoded", () => {
  const { bytes, packets } = syntheticCapture({ connections: 30, dataSegments: 3, payload: 10 });

  it("keeps the segments of the first N connections and only counts the others", () => {
    const r = parseCapture(bytes, { maxDecoded: 10, maxSegments: 1000 });
    if (isCaptureError(r)) throw new Error(r.code);
    expect(r.summary.packets).toBe(packets);
    expect(r.summary.connections).toHaveLength(30);
    expect(r.summary.connections.filter((c) => c.decoded).map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(Object.keys(r.segments).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // A listed connection still shows how many segments it had.
    expect(r.summary.connections[29]!.segments).toBe(3 + 2 * 3 + 4);
  });

  it("cuts a decoded connection at maxSegments and says so", () => {
    const r = parseCapture(bytes, { maxDecoded: 1, maxSegments: 5 });
    if (isCaptureError(r)) throw new Error(r.code);
    expect(r.segments[1]).toHaveLength(5);
    expect(r.summary.connections[0]!.cut).toBe(true);
  });
});

describe("error messages", () => {
  for (const code of CAPTURE_ERROR_CODES) {
    it(`${code} has a message in English and in Chinese`, () => {
      const key = code.replace("capture/", "") as keyof typeof en.error;
      expect(en.error[key]).toBeTruthy();
      expect(zh.error[key]).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});

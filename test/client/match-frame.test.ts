// The match screen's regions at the five widths the game is checked at (phones of 360 and
// 390 px, a tablet of 768, a laptop of 1280, a projector of 1920): no two panels overlap,
// every panel is on screen, and a phone's composer rows are at least 44 px tall.
import { describe, expect, it } from "vitest";
import { Frame, type Region } from "../../client/src/match/views/frame";
import { overlaps } from "../../client/src/match/diagram-layout";

const FIVE_SIZES: [number, number][] = [
  [360, 800],
  [390, 844],
  [768, 1024],
  [1280, 720],
  [1920, 1080],
];

const REGIONS: Region[] = ["bar", "hostA", "hostB", "wire", "prompt", "ladder", "diagram", "timers", "log", "composer"];

describe("the match screen's frame", () => {
  for (const [w, h] of FIVE_SIZES) {
    it(`at ${w}x${h} keeps every panel on screen and apart from the others`, () => {
      const f = new Frame(w, h, { stretch: true });
      const rects = REGIONS.map((r) => [r, f.region(r)] as const);
      for (const [i, [name, r]] of rects.entries()) {
        expect(r.x >= -0.5 && r.y >= -0.5 && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5, `${name} leaves the screen`).toBe(true);
        for (const [other, o] of rects.slice(i + 1)) expect(overlaps(r, o), `${name} overlaps ${other}`).toBe(false);
      }
    });
  }

  it("gives a phone's composer rows (flags, fields, buttons: 88 design units) at least 44 px", () => {
    for (const [w, h] of FIVE_SIZES.filter(([w]) => w < 400)) {
      const f = new Frame(w, h, { stretch: true });
      expect(f.portrait).toBe(true);
      expect(f.len(88)).toBeGreaterThanOrEqual(44);
    }
  });
});

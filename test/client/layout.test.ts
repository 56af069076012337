// The shell's layout function: readable on a projector, usable on a phone.
import { describe, expect, it } from "vitest";
import { computeLayout, fitContainer } from "../../client/src/ui/layout";

const SCREENS = {
  projector: [1920, 1080],
  laptop: [1280, 720],
  tablet: [1024, 768],
  phonePortrait: [390, 844],
  phoneLandscape: [844, 390],
  smallPhone: [320, 568],
} as const;

describe("computeLayout", () => {
  it("gives projector body text of at least 40 px", () => {
    const l = computeLayout(...SCREENS.projector);
    expect(l.font.body).toBeGreaterThanOrEqual(40);
    expect(l.font.code).toBeGreaterThan(150);
  });

  it("scales a portrait phone by its short side, not by the landscape design", () => {
    const portrait = computeLayout(...SCREENS.phonePortrait);
    expect(portrait.portrait).toBe(true);
    expect(portrait.unit).toBeCloseTo(390 / 720, 5);
  });

  for (const [name, [w, h]] of Object.entries(SCREENS)) {
    it(`${name}: keeps text readable, touch targets large and the menu on screen`, () => {
      const l = computeLayout(w, h);
      expect(Math.min(...Object.values(l.font))).toBeGreaterThanOrEqual(14);
      expect(l.buttonHeight).toBeGreaterThanOrEqual(44);
      expect(l.barHeight).toBeGreaterThanOrEqual(l.buttonHeight > 56 ? 56 : 44);
      expect(l.menuWidth).toBeLessThanOrEqual(w - 2 * l.gap);
      expect(l.contentTop).toBeLessThan(h / 2);
    });
  }
});

describe("fitContainer", () => {
  it("scales a 1280×720 design to fit a portrait phone and centres it", () => {
    const calls: { scale?: number; x?: number; y?: number } = {};
    const container = {
      setScale(s: number) {
        calls.scale = s;
        return this;
      },
      setPosition(x: number, y: number) {
        calls.x = x;
        calls.y = y;
        return this;
      },
    } as unknown as Phaser.GameObjects.Container;
    const scale = fitContainer(container, 1280, 720, { width: 390, height: 844 });
    expect(scale).toBeCloseTo(390 / 1280, 5);
    expect(calls.x).toBeCloseTo(0, 5);
    expect(calls.y).toBeCloseTo((844 - 720 * scale) / 2, 5);
  });
});

// The state diagram's geometry: at every screen size the game supports, and in both
// languages, no transition label covers another label or a state's box, and every label
// stays inside the diagram's panel.
import { describe, expect, it } from "vitest";
import { layoutDiagram, overlaps, touchBoxes, type Box } from "../../client/src/match/diagram-layout";
import { Frame } from "../../client/src/match/views/frame";
import en from "../../client/src/i18n/locales/en/match";
import zh from "../../client/src/i18n/locales/zh/match";
import { TRANSITIONS, type Transition } from "../../client/src/match/state-diagram";

type Cat = typeof en;
const fill = (s: string, what: string): string => s.replace("{{what}}", what);
const parts =
  (c: Cat) =>
  (tr: Transition): [string, string | null] => {
    const d = c.diagram;
    const what =
      tr.on.kind === "rcv"
        ? fill(d.rcv, tr.on.what)
        : tr.on.kind === "call"
          ? d.app[tr.on.what]
          : tr.on.timer === "time-wait"
            ? d.timeout
            : d.finWait2Timeout;
    return [what, tr.send ? fill(d.snd, tr.send) : null];
  };
// A generous text measure: a CJK character is a full em, anything else 0.6 em; Noto Sans
// CJK's lines are 1.45 em tall.
const measure =
  (font: number) =>
  (lines: string[]): { w: number; h: number } => ({
    w: Math.max(...lines.map((l) => [...l].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? font : font * 0.6), 0))) + 4,
    h: lines.length * font * 1.45 + 2,
  });

const SIZES: [number, number][] = [
  [1280, 800],
  [1280, 720],
  [1920, 1080],
  [1366, 768],
  [390, 844],
  [412, 915],
  [360, 800],
  [768, 1024],
];

/** The diagram as the match screen lays it out at one screen size (state-diagram-view.ts). */
function diagramAt(w: number, h: number, cat: Cat) {
  const f = new Frame(w, h, { stretch: true });
  const r = f.region("diagram");
  const area = { x: r.x + f.len(6), y: r.y + f.len(20), w: r.w - f.len(12), h: r.h - f.len(24) };
  const font = Math.max(10, Math.round(f.len(f.portrait ? 15 : 12)));
  const d = layoutDiagram({
    area,
    maxBoxH: f.len(f.portrait ? 46 : 34),
    pairGap: f.len(5),
    boxWidth: f.portrait ? 0.64 : 0.72,
    labelParts: parts(cat),
    measure: measure(font),
  });
  return { f, area, d };
}

describe("the state diagram's layout", () => {
  for (const [w, h] of SIZES) {
    for (const [lang, cat] of [
      ["en", en],
      ["zh", zh],
    ] as const) {
      it(`at ${w}x${h} in ${lang}, keeps every label clear of the other labels and of every state`, () => {
        const { area, d } = diagramAt(w, h, cat as Cat);
        const boxes: Box[] = [...d.nodes.values(), d.end];
        const labels = d.arrows.map((a) => a.label);
        expect(labels).toHaveLength(TRANSITIONS.length);
        for (const [i, l] of labels.entries()) {
          for (const b of boxes) expect(overlaps(l, b), `${l.lines.join(" ")} covers a state`).toBe(false);
          for (const o of labels.slice(i + 1)) expect(overlaps(l, o), `${l.lines.join(" ")} covers ${o.lines.join(" ")}`).toBe(false);
          expect(
            l.x >= area.x && l.y >= area.y && l.x + l.w <= area.x + area.w && l.y + l.h <= area.y + area.h,
            `${l.lines.join(" ")} leaves the panel`,
          ).toBe(true);
        }
      });
    }
  }
});

describe("the state diagram on a phone", () => {
  for (const [w, h] of SIZES.filter(([w]) => w < 400)) {
    it(`at ${w}x${h}, gives every state a touch box at least 44 px tall that reaches no other state's`, () => {
      const { f, d } = diagramAt(w, h, en);
      expect(f.portrait).toBe(true);
      const touch = [...touchBoxes(d, 44).entries()];
      expect(touch).toHaveLength(11);
      for (const [i, [state, b]] of touch.entries()) {
        expect(b.h, `${state}'s touch box`).toBeGreaterThanOrEqual(44);
        for (const [other, o] of touch.slice(i + 1)) expect(overlaps(b, o), `${state}'s touch box reaches ${other}'s`).toBe(false);
        expect(overlaps(b, d.end), `${state}'s touch box reaches the closing CLOSED`).toBe(false);
      }
    });
  }
});

// Flags as the player sees them. A flag is never told apart by colour alone: each has its
// letter (the keyboard shortcut too) and its own shape, and the colours are Okabe-Ito's.
import type { Flags } from "../../../shared/tcp/types";
import { Colors } from "../ui/palette";

export type FlagName = "SYN" | "ACK" | "FIN" | "RST" | "PSH";
export const FLAG_NAMES: readonly FlagName[] = ["SYN", "ACK", "FIN", "RST", "PSH"];

export type FlagShape = "circle" | "square" | "triangle" | "diamond" | "hexagon";

export interface FlagLook {
  key: keyof Flags;
  /** The keyboard shortcut and the letter drawn inside the shape. */
  letter: string;
  shape: FlagShape;
  color: number;
}

export const FLAG_LOOK: Record<FlagName, FlagLook> = {
  SYN: { key: "syn", letter: "S", shape: "circle", color: Colors.skyBlue },
  ACK: { key: "ack", letter: "A", shape: "square", color: Colors.bluishGreen },
  FIN: { key: "fin", letter: "F", shape: "triangle", color: Colors.orange },
  RST: { key: "rst", letter: "R", shape: "diamond", color: Colors.vermillion },
  PSH: { key: "psh", letter: "P", shape: "hexagon", color: Colors.reddishPurple },
};

export const noFlags = (): Flags => ({ syn: false, ack: false, fin: false, rst: false, psh: false });

export { flagsLabel, segmentLabel } from "../../../shared/tcp/format";

/** The names of the flags set, for drawing one badge each. */
export function setFlags(flags: Flags): FlagName[] {
  return FLAG_NAMES.filter((n) => flags[FLAG_LOOK[n].key]);
}

/** Points of a flag's shape around (0,0) with radius r, for Graphics.fillPoints. */
export function shapePoints(shape: FlagShape, r: number): { x: number; y: number }[] {
  const poly = (n: number, start: number): { x: number; y: number }[] =>
    Array.from({ length: n }, (_, i) => {
      const a = start + (i * 2 * Math.PI) / n;
      return { x: r * Math.cos(a), y: r * Math.sin(a) };
    });
  switch (shape) {
    case "circle":
      return poly(20, 0);
    case "square":
      return poly(4, Math.PI / 4).map((p) => ({ x: p.x * 0.92, y: p.y * 0.92 }));
    case "triangle":
      return poly(3, -Math.PI / 2).map((p) => ({ x: p.x * 1.1, y: p.y * 1.1 + r * 0.15 }));
    case "diamond":
      return poly(4, 0);
    case "hexagon":
      return poly(6, 0);
  }
}

// Where every part of the match screen goes. The screen is designed on a 1280×720
// landscape canvas (projectors, laptops) and a 720×1280 portrait one (phones); a Frame maps
// design units to canvas pixels, FIT-style, so buttons keep real pixel boxes for the
// pointer, the keyboard focus ring and the test hooks.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Region = "bar" | "hostA" | "hostB" | "wire" | "prompt" | "ladder" | "diagram" | "timers" | "log" | "composer";

export interface Design {
  width: number;
  height: number;
  regions: Record<Region, Rect>;
  /** Font sizes in design units. */
  font: { big: number; body: number; small: number; tiny: number };
}

const LANDSCAPE: Design = {
  width: 1280,
  height: 720,
  regions: {
    bar: { x: 0, y: 0, w: 1280, h: 52 },
    hostA: { x: 10, y: 58, w: 236, h: 132 },
    wire: { x: 252, y: 58, w: 776, h: 132 },
    hostB: { x: 1034, y: 58, w: 236, h: 132 },
    ladder: { x: 10, y: 196, w: 392, h: 324 },
    diagram: { x: 408, y: 196, w: 464, h: 324 },
    timers: { x: 878, y: 196, w: 392, h: 88 },
    log: { x: 878, y: 288, w: 392, h: 232 },
    prompt: { x: 10, y: 524, w: 1260, h: 52 },
    composer: { x: 10, y: 578, w: 1260, h: 136 },
  },
  font: { big: 22, body: 17, small: 14, tiny: 11 },
};

const PORTRAIT: Design = {
  width: 720,
  height: 1480,
  regions: {
    bar: { x: 0, y: 0, w: 720, h: 64 },
    hostA: { x: 6, y: 68, w: 200, h: 132 },
    wire: { x: 210, y: 68, w: 300, h: 132 },
    hostB: { x: 514, y: 68, w: 200, h: 132 },
    prompt: { x: 6, y: 204, w: 708, h: 100 },
    diagram: { x: 6, y: 308, w: 708, h: 440 },
    composer: { x: 6, y: 752, w: 708, h: 250 },
    timers: { x: 6, y: 1006, w: 708, h: 92 },
    ladder: { x: 6, y: 1102, w: 350, h: 374 },
    log: { x: 362, y: 1102, w: 352, h: 374 },
  },
  font: { big: 28, body: 22, small: 18, tiny: 14 },
};

export class Frame {
  readonly design: Design;
  readonly s: number;
  readonly ox: number;
  readonly oy: number;
  readonly portrait: boolean;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.portrait = height > width * 1.1;
    this.design = this.portrait ? PORTRAIT : LANDSCAPE;
    this.s = Math.min(width / this.design.width, height / this.design.height);
    this.ox = (width - this.design.width * this.s) / 2;
    this.oy = (height - this.design.height * this.s) / 2;
  }

  x(v: number): number {
    return this.ox + v * this.s;
  }

  y(v: number): number {
    return this.oy + v * this.s;
  }

  len(v: number): number {
    return v * this.s;
  }

  /** A design rect in canvas pixels. */
  rect(r: Rect): Rect {
    return { x: this.x(r.x), y: this.y(r.y), w: this.len(r.w), h: this.len(r.h) };
  }

  region(name: Region): Rect {
    return this.rect(this.design.regions[name]);
  }

  /** A font size in canvas pixels, never below what a phone can read. */
  font(size: keyof Design["font"]): number {
    return Math.max(10, Math.round(this.design.font[size] * this.s));
  }
}

/** Splits a rect into `n` columns with a gap (design or pixel units alike). */
export function columns(r: Rect, n: number, gap: number): Rect[] {
  const w = (r.w - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: r.x + i * (w + gap), y: r.y, w, h: r.h }));
}

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

/**
 * The landscape match screen, `extra` design units taller than 1280×720 (a 16:10 laptop
 * gets 80 more): the extra height goes to the middle row (ladder, state diagram, log), so
 * no band of the screen is left empty. Timers sit on top of the log, in the right column.
 */
function landscape(extra: number): Design {
  const mid = 158;
  const midH = 354 + extra;
  const prompt = mid + midH + 4;
  return {
    width: 1280,
    height: 720 + extra,
    regions: {
      bar: { x: 0, y: 0, w: 1280, h: 44 },
      hostA: { x: 10, y: 48, w: 236, h: 106 },
      wire: { x: 252, y: 48, w: 776, h: 106 },
      hostB: { x: 1034, y: 48, w: 236, h: 106 },
      ladder: { x: 10, y: mid, w: 372, h: midH },
      diagram: { x: 388, y: mid, w: 556, h: midH },
      timers: { x: 950, y: mid, w: 320, h: 62 },
      log: { x: 950, y: mid + 66, w: 320, h: midH - 66 },
      prompt: { x: 10, y: prompt, w: 1260, h: 68 },
      composer: { x: 10, y: prompt + 72, w: 1260, h: 128 },
    },
    font: { big: 22, body: 17, small: 14, tiny: 11 },
  };
}

/**
 * The phone's portrait screen; `extra` design units (a tall phone) go to the state diagram.
 * The composer's rows are 88 units tall: 44 px touch targets on a 360 px wide phone. The
 * diagram's rows are tall enough for 44 px state buttons on 360×800 and 390×844 phones.
 */
function portrait(extra: number): Design {
  const dH = 594 + extra;
  // The bar is 92 units tall: its buttons are 44 px on a 360 px phone too.
  const top = 96;
  const below = top + 252 + dH + 4;
  const height = PORTRAIT_HEIGHT + extra;
  return {
    width: 720,
    height,
    regions: {
      bar: { x: 0, y: 0, w: 720, h: 92 },
      hostA: { x: 6, y: top, w: 200, h: 120 },
      wire: { x: 210, y: top, w: 300, h: 120 },
      hostB: { x: 514, y: top, w: 200, h: 120 },
      prompt: { x: 6, y: top + 124, w: 708, h: 124 },
      diagram: { x: 6, y: top + 252, w: 708, h: dH },
      composer: { x: 6, y: below, w: 708, h: 334 },
      timers: { x: 6, y: below + 338, w: 708, h: 72 },
      ladder: { x: 6, y: below + 414, w: 350, h: height - 4 - below - 414 },
      log: { x: 362, y: below + 414, w: 352, h: height - 4 - below - 414 },
    },
    font: { big: 28, body: 22, small: 18, tiny: 14 },
  };
}

/** The portrait design's height before a tall phone's extra. */
const PORTRAIT_HEIGHT = 1508;

export class Frame {
  readonly design: Design;
  readonly s: number;
  readonly ox: number;
  readonly oy: number;
  readonly portrait: boolean;

  /** `stretch`: a landscape screen taller than 16:9 gets a taller design (up to 16:10 and a bit). */
  constructor(
    readonly width: number,
    readonly height: number,
    opts: { stretch?: boolean } = {},
  ) {
    this.portrait = height > width * 1.1;
    this.design = this.portrait
      ? portrait(opts.stretch ? Math.round(Math.min(240, Math.max(0, (height * 720) / width - PORTRAIT_HEIGHT))) : 0)
      : landscape(opts.stretch ? Math.round(Math.min(120, Math.max(0, (height * 1280) / width - 720))) : 0);
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

// The one place where sizes and positions come from. The game uses Phaser.Scale.RESIZE:
// the canvas fills the window, and every scene lays itself out again from computeLayout()
// when the size changes. Numbers are in "design units" of a 1280×720 landscape screen
// (720×1280 in portrait) multiplied by `unit`.

export const DESIGN = { long: 1280, short: 720 } as const;

/** Sizes in design units, scaled by `unit`. Projector-readable: body text is 30 units. */
const FONT = { title: 96, heading: 52, body: 30, small: 22, code: 120 } as const;
/** The smallest size any text may shrink to, in CSS pixels (phone readability). */
const MIN_FONT_PX = 14;

export interface Layout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  portrait: boolean;
  /** CSS pixels per design unit. */
  unit: number;
  font: { title: number; heading: number; body: number; small: number; code: number };
  /** A padding step (24 design units). */
  gap: number;
  /** Top bar height (language and sound toggles). */
  barHeight: number;
  /** Width of a menu column and height of one of its buttons. */
  menuWidth: number;
  buttonHeight: number;
  /** Vertical rhythm of a menu: button height plus a gap. */
  menuStep: number;
  /** Where a screen's heading sits and where its content starts. */
  headingY: number;
  contentTop: number;
  /** One of two side-by-side columns (landscape), or the menu column (portrait). */
  columnWidth: number;
  /** A row that spans the screen (landscape) or the menu column (portrait). */
  wideRowWidth: number;
  /** Title screen: the emblem's height, a language button's width, the Start button. */
  logoHeight: number;
  languageButtonWidth: number;
  startButton: { width: number; height: number };
  /** Top-bar toggles (language, sound). */
  topButton: { width: number; height: number };
  progressBar: { width: number; height: number };
  /** Spacing of the background grid. */
  gridStep: number;
}

export function computeLayout(width: number, height: number): Layout {
  const portrait = height > width;
  const unit = portrait ? Math.min(width / DESIGN.short, height / DESIGN.long) : Math.min(width / DESIGN.long, height / DESIGN.short);
  const px = (designUnits: number): number => Math.max(MIN_FONT_PX, Math.round(designUnits * unit));
  const gap = Math.round(24 * unit);
  const barHeight = Math.max(56, Math.round(72 * unit)); // room for 44 px touch targets
  const buttonHeight = Math.max(44, Math.round(64 * unit)); // 44 px: a comfortable touch target
  const menuWidth = Math.min(width - 2 * gap, Math.round(640 * unit));
  const columnWidth = portrait ? menuWidth : Math.min((width - 4 * gap) / 2, Math.round(menuWidth * 0.9));
  return {
    width,
    height,
    cx: width / 2,
    cy: height / 2,
    portrait,
    unit,
    font: {
      title: px(FONT.title),
      heading: px(FONT.heading),
      body: px(FONT.body),
      small: px(FONT.small),
      code: px(FONT.code),
    },
    gap,
    barHeight,
    menuWidth,
    buttonHeight,
    menuStep: buttonHeight + Math.round(gap * 0.6),
    headingY: barHeight + Math.round(56 * unit),
    contentTop: barHeight + Math.round(140 * unit),
    columnWidth,
    wideRowWidth: portrait ? menuWidth : Math.min(width - 2 * gap, Math.round(1024 * unit)),
    logoHeight: Math.round(150 * unit),
    languageButtonWidth: Math.min((menuWidth - gap) / 2, Math.round(300 * unit) + 40),
    startButton: { width: Math.min(menuWidth, Math.round(420 * unit) + 60), height: Math.round(buttonHeight * 1.2) },
    topButton: {
      width: Math.min(Math.round(width * 0.3), Math.max(Math.round(240 * unit), 144)),
      height: Math.max(44, barHeight - Math.max(12, Math.round(barHeight * 0.2))),
    },
    progressBar: { width: Math.min(width - 4 * gap, Math.round(720 * unit)), height: Math.max(16, Math.round(28 * unit)) },
    gridStep: Math.max(24, Math.round(64 * unit)),
  };
}

/**
 * Scales a container drawn on a fixed design canvas (e.g. 1280×720) to fit the screen,
 * centred, like Phaser.Scale.FIT but for one container: for scenes with a dense layout.
 */
export function fitContainer(
  container: Phaser.GameObjects.Container,
  designWidth: number,
  designHeight: number,
  layout: Pick<Layout, "width" | "height">,
): number {
  const scale = Math.min(layout.width / designWidth, layout.height / designHeight);
  container.setScale(scale);
  container.setPosition((layout.width - designWidth * scale) / 2, (layout.height - designHeight * scale) / 2);
  return scale;
}

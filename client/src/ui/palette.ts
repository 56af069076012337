// Okabe & Ito's colour-blind-safe palette (2008). Meaning is never carried by colour
// alone: every coloured thing also has a letter, a shape or a label.
export const Colors = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

/** The shell's surfaces: dark background for projectors, high-contrast text (WCAG AAA). */
export const Ui = {
  bg: 0x102030,
  bgDeep: 0x0a1520,
  panel: 0x1b3247,
  panelHover: 0x24425e,
  panelDisabled: 0x15283a,
  text: 0xe8eef4,
  textDim: 0xa9bccd,
  textDisabled: 0x6f8599,
  focus: Colors.yellow,
  accent: Colors.skyBlue,
  good: Colors.bluishGreen,
  bad: Colors.vermillion,
} as const;

/** "#rrggbb" for Phaser text styles, which take CSS colours. */
export const css = (color: number): string => `#${color.toString(16).padStart(6, "0")}`;

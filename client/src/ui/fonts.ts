import { css, Ui } from "./palette";

// Noto Sans CJK comes first so Chinese renders with the same face on every machine that
// has it (Debian's fonts-noto-cjk); the rest are the usual system fallbacks.
export const fontFamily = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif';

export interface TextStyleOptions {
  color?: number;
  bold?: boolean;
  align?: "left" | "center" | "right";
  wrapWidth?: number;
}

export function textStyle(sizePx: number, opts: TextStyleOptions = {}): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily,
    fontSize: `${Math.round(sizePx)}px`,
    color: css(opts.color ?? Ui.text),
    fontStyle: opts.bold ? "bold" : "normal",
    align: opts.align ?? "left",
    ...(opts.wrapWidth ? { wordWrap: { width: opts.wrapWidth, useAdvancedWrap: true } } : {}),
  };
}

/** Sharp text on HiDPI screens (phones, some projectors); capped to spare the GPU. */
export const textResolution = (): number => Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));

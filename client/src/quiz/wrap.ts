// Line breaking for mixed Chinese and Latin text. Phaser's own wrap breaks only at spaces,
// so "它是 ESTABLISHED 状态下…" wraps after the Latin word and leaves half-empty lines. Here
// every Han character is a break opportunity, Latin words stay whole, and closing
// punctuation (，。：) never starts a line.
const CJK = "\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef";
const TOKEN = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, "g");
const NO_LINE_START = /^[，。、；：？！）」』”’》]/;

/** A Phaser word-wrap callback that fills lines up to `maxWidth` pixels. */
export function mixedWrap(maxWidth: number): (text: string, obj: Phaser.GameObjects.Text) => string[] {
  return (text, obj) => {
    const ctx = obj.context;
    const lines: string[] = [];
    for (const para of text.split("\n")) {
      let line = "";
      for (const tok of para.match(TOKEN) ?? []) {
        const next = line + tok;
        const blank = /^\s+$/.test(tok);
        if (line !== "" && !blank && !NO_LINE_START.test(tok) && ctx.measureText(next.trimEnd()).width > maxWidth) {
          lines.push(line.trimEnd());
          line = tok;
        } else {
          line = next;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  };
}

/** Wraps a text object with mixedWrap at the given width. */
export function wrapMixed<T extends Phaser.GameObjects.Text>(obj: T, maxWidth: number): T {
  obj.setWordWrapCallback(mixedWrap(maxWidth));
  return obj;
}

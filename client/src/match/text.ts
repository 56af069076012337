// A log line in the player's language, with a mark that tells good from bad without colour.
import type { LogLine, Tone } from "./log-lines";
import { t } from "../i18n";

const MARK: Record<Tone, string> = { info: "·", good: "✓", bad: "✗", warn: "⚠" };

export function lineText(line: LogLine): string {
  return `${MARK[line.tone]} ${t(`match:${line.key}`, line.params)}`;
}

/** A line and its explanations, as the log shows them. */
export function lineBlock(line: LogLine): string[] {
  return [lineText(line), ...line.explain.map((e) => `   → ${t(`match:${e.key}`, e.params)}`)];
}

// The event log rebuilt from the ladder, for a player who reloads the page mid-match: the
// ladder is in every view, the events that wrote the log are not sent again. Only what this
// player may see: everyone's segments (public), and their own declarations, refusals,
// timers and scenario events. Like the live log, only guided mode names the right segment.
import type { LadderEntry, PlayerView, Side } from "../../../shared/match/types";
import type { LogLine } from "./log-lines";
import { mistakeLines } from "./log-lines";
import { segmentLabel } from "./flags";

export function logFromLadder(view: PlayerView, me: Side | null): LogLine[] {
  const out: LogLine[] = [];
  const push = (key: string, params: LogLine["params"], tone: LogLine["tone"], explain: LogLine["explain"] = []): void => {
    out.push({ key, params, tone, explain });
  };
  for (const e of view.ladder) lineFor(e);
  if (view.ended) push("log.ended", {}, "info");
  return out;

  function lineFor(e: LadderEntry): void {
    switch (e.kind) {
      case "segment": {
        const label = segmentLabel(e.segment);
        if (e.copyOf !== null) push("log.duplicated", { segment: label }, "warn");
        else push(e.from === me ? "log.sent" : "log.peerSent", { segment: label }, "info");
        if (e.from === me && e.verdict && !e.verdict.ok) push("log.onWire", {}, "bad", mistakeLines(e.verdict.mistakes, null));
        if (e.fate === "dropped") push("log.dropped", { segment: label }, "warn");
        else if (e.arrivedAt !== null && e.from !== me && me !== null) push("log.received", { segment: label }, "info");
        break;
      }
      case "declaration": {
        if (e.side !== me) break;
        if (e.right) push("log.declaredRightPlain", { state: e.declared }, "good");
        else push("log.declaredWrong", { state: e.declared }, "bad");
        for (const n of e.notes) {
          const params: LogLine["params"] = {};
          for (const [k, v] of Object.entries(n.params)) params[k] = typeof v === "boolean" ? String(v) : (v as string | number);
          push(`note.${n.code}`, params, "info");
        }
        break;
      }
      case "refused":
        if (e.side === me)
          push(
            "reject.action/wrong-segment",
            {},
            "bad",
            mistakeLines(e.verdict.mistakes, view.difficulty === "guided" ? e.verdict.expected : null),
          );
        break;
      case "timer":
        if (e.side === me) push("log.timer", { timer: e.timer }, "warn");
        break;
      case "script":
        push("log.scripted", { action: e.action, side: e.side }, "warn");
        break;
    }
  }
}

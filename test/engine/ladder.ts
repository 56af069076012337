// Ladder traces: one line per event, what the side emits and the state it ends in.
//   "b: listen                                   | LISTEN"
//   "a: connect               => S seq=4294967293 | SYN_SENT"
//   "b< S seq=4294967293      => SA seq=4294967294 ack=4294967294 | SYN_RCVD"
//   "@1000 a: timeout retransmit => S seq=4294967293 | SYN_SENT"
// Calls: listen, connect, send TEXT, shutdown, close, abort, reboot, timeout TIMER.
// "=>" lists the emitted segments separated by ";" (omitted: nothing emitted).
import { expect } from "vitest";
import { step, type Endpoint, type TcpEvent, type TimerName } from "../../shared/tcp";
import { deepFreeze } from "./fixtures";
import { fmt, seg } from "./trace";

function parseCall(text: string): TcpEvent {
  const [name = "", ...args] = text.trim().split(/\s+/);
  switch (name) {
    case "listen":
      return { type: "open", passive: true };
    case "connect":
      return { type: "open", passive: false };
    case "send":
      return { type: "send", data: args.join(" ") };
    case "shutdown":
    case "close":
    case "abort":
    case "reboot":
      return { type: name };
    case "timeout":
      return { type: "timeout", timer: args[0] as TimerName };
    default:
      throw new Error(`ladder: unknown call ${name}`);
  }
}

/** Replays the lines against the two endpoints, checking every line; returns the endpoints. */
export function ladder(start: { a: Endpoint; b: Endpoint }, lines: readonly string[]): { a: Endpoint; b: Endpoint } {
  const eps = { ...start };
  let now = 0;
  for (const raw of lines) {
    let line = raw.trim();
    const at = /^@(\d+)\s+/.exec(line);
    if (at) {
      now = Number(at[1]);
      line = line.slice(at[0].length);
    }
    const side = line[0] === "a" ? "a" : "b";
    const [left = "", right = ""] = line.slice(2).split("|");
    const [input = "", output] = left.split("=>");
    const event: TcpEvent = line[1] === "<" ? { type: "segment", segment: seg(input) } : parseCall(input);
    const r = step(deepFreeze(eps[side]), event, now);
    eps[side] = r.endpoint;
    const expected = output === undefined ? [] : output.split(";").map((s) => fmt(seg(s)));
    expect({ line: raw, emitted: r.segments.map(fmt), state: r.endpoint.state }).toEqual({
      line: raw,
      emitted: expected,
      state: right.trim(),
    });
  }
  return eps;
}

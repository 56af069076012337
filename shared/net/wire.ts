// The wire between A and B: segments in flight with network-time departure and arrival,
// and the scenario's network rules (drop, duplicate, delay, hold-until, old-duplicate) plus
// a random loss rate for free play. Pure: randomness comes in as an RngState.
// The wire is owned by its match: these functions update it in place (cheap per input).
import type { NetworkRule, SegmentMatch, Side } from "../scenarios/types";
import { otherSide } from "../scenarios/types";
import type { Segment, TcpState } from "../tcp/types";
import { nextFloat, type RngState } from "./rng";

export interface InFlight {
  id: number;
  from: Side;
  segment: Segment;
  /** Network time the sender put it on the wire. */
  sentAt: number;
  /** null while held (hold-until). */
  departAt: number | null;
  /** When it reaches the peer, or (dropped) when it vanishes. null while held. */
  arriveAt: number | null;
  /** "drop": it vanishes mid-way at arriveAt. */
  fate: "deliver" | "drop";
  kind: "original" | "duplicate" | "old";
  copyOf: number | null;
  /** Extra delay from delay rules, applied when a held segment is released. */
  extraMs: number;
  holdUntil: SegmentMatch | null;
}

/** A copy kept by an old-duplicate rule, delivered when `deliverTo` reaches `whenState`. */
export interface StoredOld {
  origId: number;
  from: Side;
  segment: Segment;
  deliverTo: Side;
  whenState: TcpState;
}

export interface WireState {
  delayMs: number;
  lossRate: number;
  flying: InFlight[];
  olds: StoredOld[];
  /** Per network rule: how many segments have matched it so far (for `nth`). */
  ruleCounts: number[];
  /** Per hold-until rule: its `until` segment has already been sent, so it holds nothing. */
  untilSeen: boolean[];
  nextId: number;
}

export function createWire(delayMs: number, lossRate: number, rules: readonly NetworkRule[]): WireState {
  return { delayMs, lossRate, flying: [], olds: [], ruleCounts: rules.map(() => 0), untilSeen: rules.map(() => false), nextId: 1 };
}

const FLAG_ORDER = ["SYN", "ACK", "FIN", "RST"] as const;

/** The exact flag set of a segment as "SYN,ACK" (PSH ignored). */
export function flagSet(segment: Segment): string {
  const on = { SYN: segment.flags.syn, ACK: segment.flags.ack, FIN: segment.flags.fin, RST: segment.flags.rst };
  return FLAG_ORDER.filter((f) => on[f]).join(",");
}

function normaliseFlags(text: string): string {
  const set = new Set(
    text
      .split(",")
      .map((f) => f.trim().toUpperCase())
      .filter((f) => f !== "PSH"),
  );
  return FLAG_ORDER.filter((f) => set.has(f)).join(",");
}

/**
 * Whether `segment` sent by `from` (then in `senderState`) matches, ignoring `nth`, which
 * the caller counts among segments matching every other field.
 */
export function matchesSegment(m: SegmentMatch, from: Side, segment: Segment, senderState?: TcpState): boolean {
  if (m.from !== undefined && m.from !== from) return false;
  if (m.inState !== undefined && m.inState !== senderState) return false;
  if (m.flags !== undefined && normaliseFlags(m.flags) !== flagSet(segment)) return false;
  if (m.hasData !== undefined && m.hasData !== segment.data.length > 0) return false;
  return true;
}

export interface SendResult {
  /** Everything newly placed on the wire: the original (even if it will be lost) and copies. */
  placed: InFlight[];
  /** Held segments that this one released. */
  released: InFlight[];
  rng: RngState;
}

/**
 * Puts a segment on the wire at network time `now`, applying the rules in order.
 * A segment matching several rules gets all their effects (e.g. delayed and duplicated).
 */
export function sendOnWire(
  wire: WireState,
  rules: readonly NetworkRule[],
  rng: RngState,
  from: Side,
  segment: Segment,
  now: number,
  senderState?: TcpState,
): SendResult {
  // Held segments waiting for this one fly now, together with it.
  const released: InFlight[] = [];
  for (const f of wire.flying) {
    if (f.holdUntil !== null && matchesSegment(f.holdUntil, from, segment, senderState)) {
      f.holdUntil = null;
      f.departAt = now;
      f.arriveAt = now + flightTime(wire, f);
      released.push(f);
    }
  }

  const original: InFlight = {
    id: wire.nextId++,
    from,
    segment,
    sentAt: now,
    departAt: now,
    arriveAt: null,
    fate: "deliver",
    kind: "original",
    copyOf: null,
    extraMs: 0,
    holdUntil: null,
  };
  const copies: { gapMs: number }[] = [];
  // A hold whose `until` segment was sent before never holds anything (who sends first waits).
  const untilSeenBefore = [...wire.untilSeen];
  rules.forEach((rule, i) => {
    if (rule.kind === "hold-until" && matchesSegment(rule.until, from, segment, senderState)) wire.untilSeen[i] = true;
  });
  rules.forEach((rule, i) => {
    if (!matchesSegment(rule.match, from, segment, senderState)) return;
    const count = (wire.ruleCounts[i] ?? 0) + 1;
    wire.ruleCounts[i] = count;
    if (rule.match.nth !== undefined && rule.match.nth !== count) return;
    switch (rule.kind) {
      case "drop":
        original.fate = "drop";
        break;
      case "delay":
        original.extraMs += rule.extraMs;
        break;
      case "duplicate":
        copies.push({ gapMs: rule.gapMs });
        break;
      case "hold-until":
        if (untilSeenBefore[i]) break;
        original.holdUntil = rule.until;
        original.departAt = null;
        break;
      case "old-duplicate":
        wire.olds.push({ origId: original.id, from, segment, deliverTo: rule.deliverTo, whenState: rule.whenState });
        break;
    }
  });
  let nextRng = rng;
  if (wire.lossRate > 0 && original.fate === "deliver") {
    const [roll, r] = nextFloat(rng);
    nextRng = r;
    if (roll < wire.lossRate) original.fate = "drop";
  }
  if (original.holdUntil === null) original.arriveAt = now + flightTime(wire, original);
  wire.flying.push(original);
  const placed = [original];
  for (const c of copies) {
    const copy: InFlight = {
      ...original,
      id: wire.nextId++,
      fate: "deliver",
      kind: "duplicate",
      copyOf: original.id,
      extraMs: original.extraMs + c.gapMs,
      holdUntil: null,
      departAt: now,
    };
    copy.arriveAt = now + flightTime(wire, copy);
    wire.flying.push(copy);
    placed.push(copy);
  }
  return { placed, released, rng: nextRng };
}

/** A lost segment vanishes half-way; others take the one-way delay plus any extra. */
function flightTime(wire: WireState, f: InFlight): number {
  const full = wire.delayMs + f.extraMs;
  return f.fate === "drop" ? Math.max(1, Math.floor(full / 2)) : full;
}

/** The next flight to land (or vanish): earliest arrival, ties by id. */
export function nextFlight(wire: WireState): InFlight | null {
  let best: InFlight | null = null;
  for (const f of wire.flying) {
    if (f.arriveAt === null) continue;
    if (best === null || f.arriveAt < best.arriveAt! || (f.arriveAt === best.arriveAt && f.id < best.id)) best = f;
  }
  return best;
}

export function removeFlight(wire: WireState, id: number): void {
  wire.flying = wire.flying.filter((f) => f.id !== id);
}

/** Whether any segment is moving (held ones do not count: they wait). */
export function wireBusy(wire: WireState): boolean {
  return wire.flying.some((f) => f.arriveAt !== null);
}

/**
 * Old duplicates whose moment has come (their target side is in `whenState`) are put back
 * on the wire, as if they had wandered in the network all along.
 */
export function releaseOldDuplicates(wire: WireState, states: Record<Side, TcpState>, now: number): InFlight[] {
  const out: InFlight[] = [];
  wire.olds = wire.olds.filter((o) => {
    if (states[o.deliverTo] !== o.whenState) return true;
    const f: InFlight = {
      id: wire.nextId++,
      from: otherSide(o.deliverTo),
      segment: o.segment,
      sentAt: now,
      departAt: now,
      arriveAt: now + wire.delayMs,
      fate: "deliver",
      kind: "old",
      copyOf: o.origId,
      extraMs: 0,
      holdUntil: null,
    };
    wire.flying.push(f);
    out.push(f);
    return false;
  });
  return out;
}

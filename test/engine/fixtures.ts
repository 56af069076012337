// Fixtures built by replaying real segments between two engine endpoints, with initial
// sequence numbers a few bytes below 2^32 so every scenario crosses the wrap.
import {
  createEndpoint,
  nextDeadline,
  seqAdd,
  SEQ_MOD,
  step,
  type Endpoint,
  type Note,
  type NoteCode,
  type Profile,
  type Segment,
  type StepResult,
  type TcpEvent,
} from "../../shared/tcp";

export const ISS_A = SEQ_MOD - 3;
export const ISS_B = SEQ_MOD - 2;
export const PORT_A = 40000;
export const PORT_B = 80;

export const plus = seqAdd;

/** Deep-freezes a value so a test fails if the engine mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** step() with a frozen input: any mutation of the input endpoint throws. */
export function apply(ep: Endpoint, event: TcpEvent, now = 0): StepResult {
  return step(deepFreeze(ep), event, now);
}

export const codes = (notes: readonly Note[]): NoteCode[] => notes.map((n) => n.code);
export const transitions = (notes: readonly Note[]): string[] =>
  notes.filter((n) => n.code === "state/transition").map((n) => `${n.params.from}->${n.params.to}`);

export function endpointA(profile: Profile = "rfc", extra: Partial<Parameters<typeof createEndpoint>[0]> = {}): Endpoint {
  return createEndpoint({ localPort: PORT_A, remotePort: PORT_B, iss: ISS_A, profile, ...extra });
}
export function endpointB(profile: Profile = "rfc", extra: Partial<Parameters<typeof createEndpoint>[0]> = {}): Endpoint {
  return createEndpoint({ localPort: PORT_B, remotePort: PORT_A, iss: ISS_B, profile, ...extra });
}

/** Two endpoints and everything that happened to them, in order. */
export interface Pair {
  a: Endpoint;
  b: Endpoint;
  now: number;
  /** Every note, tagged with the side it came from. */
  log: { side: "a" | "b"; note: Note }[];
  /** Every segment each side emitted. */
  sent: { side: "a" | "b"; segment: Segment }[];
}

export function pair(profile: Profile = "rfc"): Pair {
  return { a: endpointA(profile), b: endpointB(profile), now: 0, log: [], sent: [] };
}

const other = (side: "a" | "b"): "a" | "b" => (side === "a" ? "b" : "a");

/** Applies an event to one side and returns what it emitted (not yet delivered). */
export function act(p: Pair, side: "a" | "b", event: TcpEvent): Segment[] {
  const r = apply(p[side], event, p.now);
  p[side] = r.endpoint;
  for (const note of r.notes) p.log.push({ side, note });
  for (const segment of r.segments) p.sent.push({ side, segment });
  return r.segments;
}

/**
 * Delivers `segments` from `from` to the other side, then every reply back and forth
 * until nobody sends (at most 40 rounds), without loss.
 */
export function converse(p: Pair, from: "a" | "b", segments: Segment[]): Pair {
  let side = from;
  let inFlight = segments;
  for (let round = 0; round < 40 && inFlight.length > 0; round++) {
    const to = other(side);
    const replies: Segment[] = [];
    for (const s of inFlight) replies.push(...act(p, to, { type: "segment", segment: s }));
    side = to;
    inFlight = replies;
  }
  return p;
}

/** B listens, A connects, the handshake completes: both ESTABLISHED. */
export function established(profile: Profile = "rfc"): Pair {
  const p = pair(profile);
  act(p, "b", { type: "open", passive: true });
  return converse(p, "a", act(p, "a", { type: "open", passive: false }));
}

/** A sends `data` to B and B acknowledges it. */
export function sendData(p: Pair, side: "a" | "b", data: string): Pair {
  return converse(p, side, act(p, side, { type: "send", data }));
}

/** A full four-way close started by A (A ends in TIME_WAIT, B in CLOSED). */
export function closedByA(profile: Profile = "rfc"): Pair {
  const p = established(profile);
  converse(p, "a", act(p, "a", { type: "shutdown" }));
  return converse(p, "b", act(p, "b", { type: "shutdown" }));
}

/** The deadline of the endpoint's earliest timer (fails the test if none is armed). */
export function nextAt(ep: Endpoint): number {
  const d = nextDeadline(ep);
  if (d === null) throw new Error("no timer armed");
  return d.at;
}

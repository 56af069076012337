// What changed in the small parts of a view between two steps of one match (see ViewFrame in
// shared/protocol/server-messages.ts): the fields of a side box, of a player's own part and
// of the clock, and whether the wire changed. This runs for every client at every step, so
// each part is compared field by field in plain code: a table of comparers walked by key
// took 4.2 µs a message, against 1.5 µs for the rest of the tracker's work
// (`npm run bench:views`). test/server/frame-diff.test.ts changes every field of a real view
// in turn and checks that each change is found, so a field added to a part and forgotten
// here fails there; FIXED_FIELDS lists those that cannot change within a match.
//
// A comparison trusts identity where the view passes a match object through untouched (a
// feedback, a checkpoint's cause, a segment in flight: the reducer replaces these, never
// edits them) and is exact everywhere else.
import type { SideFrame } from "../../shared/protocol";
import type { PlayerView, SideView, WireView } from "../../shared/match/types";
import type { Segment } from "../../shared/tcp/types";

type You = NonNullable<PlayerView["you"]>;
type Clock = PlayerView["clock"];

/** Fields fixed for the whole match (a new match sends a whole view): never compared. */
export const FIXED_FIELDS = { box: ["side", "role", "address", "port"], you: ["side"] } as const satisfies {
  box: readonly (keyof SideView)[];
  you: readonly (keyof You)[];
};

/** A side box's changed fields, its score sheet with only the figures that changed. */
export function boxChanges(a: SideView, b: SideView): SideFrame | null {
  let out: SideFrame | null = null;
  if (a.iss !== b.iss) (out ??= {}).iss = b.iss;
  if (a.revealed !== b.revealed) (out ??= {}).revealed = b.revealed;
  if (a.checkpointPending !== b.checkpointPending) (out ??= {}).checkpointPending = b.checkpointPending;
  const x = a.score;
  const y = b.score;
  if (x !== y) {
    let score: Partial<SideView["score"]> | null = null;
    if (x.segments !== y.segments) (score ??= {}).segments = y.segments;
    if (x.declarations !== y.declarations) (score ??= {}).declarations = y.declarations;
    if (x.streak !== y.streak) (score ??= {}).streak = y.streak;
    if (x.speed !== y.speed) (score ??= {}).speed = y.speed;
    if (x.goal !== y.goal) (score ??= {}).goal = y.goal;
    if (x.penalties !== y.penalties) (score ??= {}).penalties = y.penalties;
    if (x.callouts !== y.callouts) (score ??= {}).callouts = y.callouts;
    if (x.total !== y.total) (score ??= {}).total = y.total;
    if (score) (out ??= {}).score = score;
  }
  return out;
}

/** The player's own part: undefined when nothing changed; whole when it appears or goes. */
export function youChanges(a: PlayerView["you"], b: PlayerView["you"]): Partial<You> | null | undefined {
  if (a === null || b === null) return a === b ? undefined : b;
  let out: Partial<You> | undefined;
  if (!sameCheckpoint(a.checkpoint, b.checkpoint)) (out ??= {}).checkpoint = b.checkpoint;
  if (!sameList(a.timers, b.timers, sameTimer)) (out ??= {}).timers = b.timers;
  if (a.received !== b.received) (out ??= {}).received = b.received;
  if (!sameList(a.hint, b.hint, sameSegment)) (out ??= {}).hint = b.hint;
  if (!samePrefill(a.prefill, b.prefill)) (out ??= {}).prefill = b.prefill;
  if (!sameList(a.stateChoices, b.stateChoices, is)) (out ??= {}).stateChoices = b.stateChoices;
  if (a.nextClientSeq !== b.nextClientSeq) (out ??= {}).nextClientSeq = b.nextClientSeq;
  if (a.feedback !== b.feedback) (out ??= {}).feedback = b.feedback;
  return out;
}

export function clockChanges(a: Clock, b: Clock): Partial<Clock> | null {
  let out: Partial<Clock> | null = null;
  if (a.netNow !== b.netNow) (out ??= {}).netNow = b.netNow;
  if (a.paused !== b.paused) (out ??= {}).paused = b.paused;
  if (a.wallAnchor !== b.wallAnchor) (out ??= {}).wallAnchor = b.wallAnchor;
  if (a.netAnchor !== b.netAnchor) (out ??= {}).netAnchor = b.netAnchor;
  if (a.rate !== b.rate) (out ??= {}).rate = b.rate;
  return out;
}

const sameFlight = (x: WireView, y: WireView): boolean =>
  x.id === y.id && x.from === y.from && x.segment === y.segment && x.sentAt === y.sentAt && x.arriveAt === y.arriveAt;

export const sameWire = (a: readonly WireView[], b: readonly WireView[]): boolean => sameList(a, b, sameFlight);

const sameCheckpoint = (a: You["checkpoint"], b: You["checkpoint"]): boolean =>
  a === b || (a !== null && b !== null && a.id === b.id && a.tries === b.tries && a.cause === b.cause);

/** Two lists (or nulls) alike, item by item. */
function sameList<T>(a: readonly T[] | null, b: readonly T[] | null, same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

const sameTimer = (x: { timer: string; at: number }, y: { timer: string; at: number }): boolean => x.timer === y.timer && x.at === y.at;

function sameSegment(x: Segment, y: Segment): boolean {
  if (x === y) return true;
  if (x.seq !== y.seq || x.ack !== y.ack || x.window !== y.window || x.data !== y.data) return false;
  const f = x.flags;
  const g = y.flags;
  return f.syn === g.syn && f.ack === g.ack && f.fin === g.fin && f.rst === g.rst && f.psh === g.psh;
}

const samePrefill = (a: You["prefill"], b: You["prefill"]): boolean => a === b || (!!a && !!b && a.seq === b.seq && a.ack === b.ack);

const is = <T>(x: T, y: T): boolean => x === y;

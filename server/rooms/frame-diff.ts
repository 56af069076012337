// What changed in the small parts of a view between two steps of one match (see ViewFrame in
// shared/protocol/server-messages.ts): the fields of a side box, of a player's own part and
// of the clock, and whether the wire changed. This runs for every client at every step, so
// each part has its own table of field comparisons (a mapped type makes the compiler demand
// one for every field) rather than a generic deep comparison, which cost more under load than
// packing the fields it saved. A comparison may trust identity where the view passes a
// match object through untouched (a feedback, a checkpoint's cause, a segment in flight: the
// reducer replaces these, never edits them) and is exact everywhere else.
import type { SideFrame } from "../../shared/protocol";
import type { PlayerView, SideView, WireView } from "../../shared/match/types";
import type { Segment } from "../../shared/tcp/types";

type You = NonNullable<PlayerView["you"]>;
type Clock = PlayerView["clock"];
type Same<T> = (a: T, b: T) => boolean;
type Fields<T> = { [K in keyof T]-?: Same<T[K]> };

const is = <T>(a: T, b: T): boolean => a === b;
/** Facts fixed for the whole match (a new match sends a whole view). */
const fixed = (): boolean => true;

/** A part's comparisons with their keys listed once, so that a step does not enumerate them. */
interface Part<T> {
  fields: Fields<T>;
  keys: readonly (keyof T)[];
}
const part = <T extends object>(fields: Fields<T>): Part<T> => ({ fields, keys: Object.keys(fields) as (keyof T)[] });

const sameParts = <T extends object>({ fields, keys }: Part<T>, a: T, b: T): boolean => {
  for (const key of keys) if (!fields[key](a[key], b[key])) return false;
  return true;
};

/** The fields of `b` that differ from `a`, or null when none do. */
function changes<T extends object>({ fields, keys }: Part<T>, a: T, b: T): Partial<T> | null {
  let out: Partial<T> | null = null;
  for (const key of keys) if (!fields[key](a[key], b[key])) (out ??= {} as Partial<T>)[key] = b[key];
  return out;
}

const sameList =
  <T>(same: Same<T>): Same<readonly T[] | null | undefined> =>
  (a, b) => {
    if (a === b) return true;
    if (!a || !b || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
    return true;
  };

const sameSegment = (a: Segment, b: Segment): boolean =>
  a === b ||
  (a.seq === b.seq &&
    a.ack === b.ack &&
    a.window === b.window &&
    a.data === b.data &&
    a.flags.syn === b.flags.syn &&
    a.flags.ack === b.flags.ack &&
    a.flags.fin === b.flags.fin &&
    a.flags.rst === b.flags.rst &&
    a.flags.psh === b.flags.psh);

const SCORE = part<SideView["score"]>({
  segments: is,
  declarations: is,
  streak: is,
  speed: is,
  goal: is,
  penalties: is,
  callouts: is,
  total: is,
});

const BOX = part<SideView>({
  side: fixed,
  role: fixed,
  address: fixed,
  port: fixed,
  iss: is,
  revealed: is,
  score: (a, b) => sameParts(SCORE, a, b),
  checkpointPending: is,
});

const YOU = part<You>({
  side: fixed,
  checkpoint: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.tries === b.tries && a.cause === b.cause),
  timers: sameList((a, b) => a.timer === b.timer && a.at === b.at),
  received: is,
  hint: sameList(sameSegment),
  prefill: (a, b) => a === b || (!!a && !!b && a.seq === b.seq && a.ack === b.ack),
  stateChoices: sameList(is),
  nextClientSeq: is,
  feedback: is,
});

const CLOCK = part<Clock>({ netNow: is, paused: is, wallAnchor: is, netAnchor: is, rate: is });

const WIRE = sameList<WireView>(
  (a, b) => a.id === b.id && a.from === b.from && a.segment === b.segment && a.sentAt === b.sentAt && a.arriveAt === b.arriveAt,
);

/** A side box's changed fields, its score sheet with only the figures that changed. */
export function boxChanges(a: SideView, b: SideView): SideFrame | null {
  const out = changes(BOX, a, b) as SideFrame | null;
  if (out?.score) out.score = changes(SCORE, a.score, b.score)!;
  return out;
}

/** The player's own part: null when nothing changed; whole when it appears or goes. */
export function youChanges(a: PlayerView["you"], b: PlayerView["you"]): Partial<You> | null | undefined {
  if (a === null || b === null) return a === b ? undefined : b;
  return changes(YOU, a, b) ?? undefined;
}

export const clockChanges = (a: Clock, b: Clock): Partial<Clock> | null => changes(CLOCK, a, b);

export const sameWire = (a: readonly WireView[], b: readonly WireView[]): boolean => WIRE(a, b);

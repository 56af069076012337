// The composer's model, apart from how it is drawn: which flags are on, the numbers and
// data as typed, and the segment they make. Pure, so the scene and the keyboard share it.
import type { SegmentDraft } from "../../../shared/match/types";
import type { Flags, Segment, TcpState } from "../../../shared/tcp/types";
import { MAX_DATA_CHARS, MAX_U32 } from "../../../shared/protocol/limits";
import { FLAG_LOOK, noFlags, type FlagName } from "./flags";
import { FIN_SENT_STATES } from "./state-diagram";

export type ComposerField = "seq" | "ack" | "data";

export interface ComposerState {
  flags: Flags;
  seq: string;
  ack: string;
  data: string;
}

export const emptyComposer = (): ComposerState => ({ flags: noFlags(), seq: "", ack: "", data: "" });

export function toggleFlag(state: ComposerState, flag: FlagName): ComposerState {
  const key = FLAG_LOOK[flag].key;
  return { ...state, flags: { ...state.flags, [key]: !state.flags[key] } };
}

/** Guided mode: the composer shows what TCP would send (the player still presses send). */
export function prefill(hint: Segment): ComposerState {
  return {
    flags: { ...hint.flags },
    seq: String(hint.seq),
    ack: hint.flags.ack ? String(hint.ack) : "",
    data: hint.data,
  };
}

/** Keeps what a field may hold: digits for numbers, printable ASCII for data. */
export function sanitize(field: ComposerField, text: string): string {
  if (field === "data") return text.replace(/[^\x20-\x7e]/g, "").slice(0, MAX_DATA_CHARS);
  return text.replace(/[^0-9]/g, "").slice(0, 10);
}

export type DraftProblem = "no-flags" | "seq-missing" | "seq-range" | "ack-range";

/**
 * The segment the composer holds, or why it cannot be sent yet. An empty ack with the ACK
 * flag off is 0 (the field is meaningless then, RFC 9293 3.1).
 */
export function toDraft(state: ComposerState): { draft: SegmentDraft } | { problem: DraftProblem } {
  const f = state.flags;
  if (!f.syn && !f.ack && !f.fin && !f.rst && !f.psh) return { problem: "no-flags" };
  if (state.seq === "") return { problem: "seq-missing" };
  const seq = Number(state.seq);
  if (!Number.isSafeInteger(seq) || seq > MAX_U32) return { problem: "seq-range" };
  const ack = state.ack === "" ? 0 : Number(state.ack);
  if (!Number.isSafeInteger(ack) || ack > MAX_U32 || (f.ack && state.ack === "")) return { problem: "ack-range" };
  return { draft: { seq, ack, flags: { ...f }, data: state.data } };
}

/**
 * A FIN asks the player whether the application keeps reading (shutdown) or lets go
 * (close), unless the player's known state says the FIN was sent before (a retransmission):
 * FIN_SENT_STATES, derived from the state diagram.
 */
export const needsFinChoice = (draft: SegmentDraft, known: TcpState | null): boolean =>
  draft.flags.fin && !draft.flags.rst && !(known !== null && FIN_SENT_STATES.includes(known));

// Every message a client may send to the match room, as zod schemas. The room checks each
// one at the boundary; a message that fails gets an `error` back and changes nothing.
import { z } from "zod";
import { TCP_STATES } from "../tcp/types";
import { MAX_DATA_CHARS } from "./limits";
import { MatchSettingsSchema } from "./rooms";

const u32 = z.int().min(0).max(0xffff_ffff);
/**
 * The sender's action counter (view.you.nextClientSeq): the reducer refuses an action whose
 * counter is not newer than the last accepted one (`action/stale`), so a resent or
 * duplicated click is never applied twice. Optional: without it no staleness check is made.
 */
const clientSeq = u32.optional();
/** Printable ASCII: one character is one byte of sequence space. */
const data = z
  .string()
  .max(MAX_DATA_CHARS)
  .regex(/^[\x20-\x7e]*$/, "printable ASCII only");

export const FlagsSchema = z.strictObject({
  syn: z.boolean(),
  ack: z.boolean(),
  fin: z.boolean(),
  rst: z.boolean(),
  psh: z.boolean(),
});

/** A segment built in the composer. The window is the endpoint's own; the server fills it. */
export const SegmentMessageSchema = z.strictObject({
  seq: u32,
  ack: u32,
  flags: FlagsSchema,
  data: data.default(""),
  /** For a FIN: does the application keep reading (shutdown) or let the socket go (close)? */
  finMode: z.enum(["shutdown", "close"]).optional(),
  clientSeq,
});
export type SegmentMessage = z.infer<typeof SegmentMessageSchema>;

/** A user call that sends no segment by itself: listen(), close(), abort(). */
export const CallMessageSchema = z.strictObject({
  call: z.enum(["listen", "close", "abort"]),
  clientSeq,
});
export type CallMessage = z.infer<typeof CallMessageSchema>;

/** The player's answer at a checkpoint. */
export const DeclareMessageSchema = z.strictObject({
  state: z.enum(TCP_STATES),
  clientSeq,
});
export type DeclareMessage = z.infer<typeof DeclareMessageSchema>;

/** Expert: call out a wrong segment the peer sent (its ladder id) and what was wrong with it. */
export const CalloutMessageSchema = z.strictObject({
  segmentId: z.int().min(0).max(1_000_000),
  claim: z.enum(["flags", "seq", "ack", "not-needed"]),
  clientSeq,
});
export type CalloutMessage = z.infer<typeof CalloutMessageSchema>;

export const ReadyMessageSchema = z.strictObject({ ready: z.boolean() });
export type ReadyMessage = z.infer<typeof ReadyMessageSchema>;

/** Lobby: change scenario, difficulty, time factor or loss rate (resets both "ready"). */
export const ConfigureMessageSchema = MatchSettingsSchema;
export type ConfigureMessage = z.infer<typeof ConfigureMessageSchema>;

/** After a match: vote for a rematch (roles swapped); both votes start it. */
export const RematchMessageSchema = z.strictObject({}).optional();
/** Ask for your view again (in guided mode it carries the hint: the segments TCP would send). */
export const HintMessageSchema = z.strictObject({}).optional();
/** Free play: end the match now. */
export const EndMessageSchema = z.strictObject({}).optional();

/** Message type -> schema. The keys are the only types the room accepts. */
export const CLIENT_MESSAGES = {
  segment: SegmentMessageSchema,
  call: CallMessageSchema,
  declare: DeclareMessageSchema,
  callout: CalloutMessageSchema,
  ready: ReadyMessageSchema,
  configure: ConfigureMessageSchema,
  rematch: RematchMessageSchema,
  hint: HintMessageSchema,
  end: EndMessageSchema,
} as const;
export type ClientMessageType = keyof typeof CLIENT_MESSAGES;

export type ClientMessages = {
  [K in ClientMessageType]: z.input<(typeof CLIENT_MESSAGES)[K]>;
};

// Options only the server itself may give a room (classroom matches): they travel inside
// the create options with a per-process secret, so a client cannot forge them. Several
// processes behind Redis share the secret through ROOM_SECRET.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { BOT_KINDS, MatchSettingsSchema, MAX_NAME_CHARS, SCORING_MODES } from "../../shared/protocol";

const SECRET = process.env.ROOM_SECRET ?? randomBytes(16).toString("hex");

export const SeatPlanSchema = z.discriminatedUnion("kind", [
  /** A seat reserved for a given player (see createMatch's reservations). */
  z.strictObject({ kind: z.literal("human"), name: z.string().max(MAX_NAME_CHARS) }),
  /** A seat played by a server-side bot. */
  z.strictObject({
    kind: z.literal("bot"),
    bot: z.enum(BOT_KINDS),
    mistakeRate: z.number().min(0).max(1).optional(),
    name: z.string().max(MAX_NAME_CHARS).optional(),
  }),
]);
export type SeatPlan = z.infer<typeof SeatPlanSchema>;

export const ServerMatchOptionsSchema = z.strictObject({
  settings: MatchSettingsSchema.extend({ scenarioId: z.string().min(1) }),
  seats: z.strictObject({ A: SeatPlanSchema, B: SeatPlanSchema }),
  /** Echoed in the results (e.g. "class 7B, round 2, pair 3"). */
  tag: z.string().max(200).optional(),
  /** Start as soon as every human seat is connected (no "ready" clicks). Default true. */
  autoStart: z.boolean().optional(),
  /** "accuracy": no speed bonus (a classroom's accuracy-first scoring). Default "standard". */
  scoring: z.enum(SCORING_MODES).optional(),
});
export type ServerMatchOptions = z.infer<typeof ServerMatchOptionsSchema>;

const KEY = "__server";

/** Wraps a value only the server may put in create options (matchMaker.createRoom). */
export function seal(kind: string, value: unknown): Record<string, unknown> {
  return { [KEY]: { secret: SECRET, kind, value } };
}

export function isSealed(createOptions: unknown): boolean {
  return typeof createOptions === "object" && createOptions !== null && KEY in createOptions;
}

/** The sealed value of `kind`. Throws on a wrong secret or another kind. */
export function unseal(kind: string, createOptions: unknown): unknown {
  const sealed = (createOptions as Record<string, unknown>)[KEY] as { secret?: unknown; kind?: unknown; value?: unknown };
  if (sealed?.secret !== SECRET || sealed.kind !== kind) throw new Error("server options with a wrong secret");
  return sealed.value;
}

/** Wraps server options for matchMaker.createRoom. */
export function sealServerOptions(options: ServerMatchOptions): Record<string, unknown> {
  return seal("match", options);
}

/** The server options of a create call, or null for a client's create. Throws on a bad seal. */
export function unsealServerOptions(createOptions: unknown): ServerMatchOptions | null {
  if (!isSealed(createOptions)) return null;
  return ServerMatchOptionsSchema.parse(unseal("match", createOptions));
}

/** Strips the server part, leaving what a client sent. */
export function clientPart(createOptions: unknown): unknown {
  if (typeof createOptions !== "object" || createOptions === null) return createOptions;
  const { [KEY]: _sealed, ...rest } = createOptions as Record<string, unknown>;
  return rest;
}

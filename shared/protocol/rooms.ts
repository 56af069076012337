// Room names and the options a client passes when it creates or joins a room.
import { z } from "zod";
import { LINUX_LIMITS } from "../tcp/profile";
import { MAX_NAME_CHARS } from "./limits";

/** The one match room type: duel (private or quick-match), practice vs a bot, classroom pairs. */
export const MATCH_ROOM = "match";

export const DIFFICULTIES = ["guided", "standard", "expert"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const BOT_KINDS = ["tutor", "trickster"] as const;
export type BotKind = (typeof BOT_KINDS)[number];

/**
 * How a room came to be: `private` (a code and a link, for a friend), `quick` (the
 * matchmaker pairs strangers), `practice` (the other seat is a bot), `classroom` (created
 * server-side for a pair of students; see docs/guide/protocol.md).
 */
export const ROOM_MODES = ["private", "quick", "practice", "classroom"] as const;
export type RoomMode = (typeof ROOM_MODES)[number];

const scenarioId = z
  .string()
  .min(1)
  .max(48)
  .regex(/^[a-z0-9-]+$/);
/** Its characters are checked by the one naming rule (names.ts checkName) when the room reads it. */
const name = z.string().max(MAX_NAME_CHARS * 8);

const bounded = (k: keyof typeof LINUX_LIMITS) => z.number().int().min(LINUX_LIMITS[k].min).max(LINUX_LIMITS[k].max).optional();

/** Linux's sysctls a host may set (tcp_fin_timeout, tcp_syn_retries, …), each within Linux's bounds. */
function LinuxSettingsSchema() {
  return z.strictObject({
    finTimeoutMs: bounded("finTimeoutMs"),
    synRetries: bounded("synRetries"),
    synackRetries: bounded("synackRetries"),
    retries2: bounded("retries2"),
    synLinearTimeouts: bounded("synLinearTimeouts"),
    rfc1337: z.boolean().optional(),
  });
}

/** Settings a player may choose in the lobby (and at creation). */
export const MatchSettingsSchema = z.strictObject({
  scenarioId: scenarioId.optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  /** TCP ms per wall ms while the network runs (bounded: a slow-motion factor, not a freeze). */
  timeFactor: z.number().min(0.05).max(100).optional(),
  /** Free play only: the chance that a segment is lost (0..0.5). */
  lossRate: z.number().min(0).max(0.5).optional(),
  /** Free play only: which TCP the two hosts run (default: the scenario's). */
  profile: z.enum(["rfc", "linux"]).optional(),
  /** Free play only, linux profile: Linux's sysctls (shared/tcp LinuxSettings; times in TCP ms). */
  linux: LinuxSettingsSchema().optional(),
});
export type MatchSettings = z.infer<typeof MatchSettingsSchema>;

/** Options of `client.create(MATCH_ROOM, …)` / `joinOrCreate` / `joinById`. */
export const JoinOptionsSchema = z.strictObject({
  name: name.optional(),
  /** Only at creation; `quick` is the default of joinOrCreate. */
  mode: z.enum(["private", "quick", "practice"]).optional(),
  /** practice: which bot plays the other seat (default tutor). */
  bot: z.enum(BOT_KINDS).optional(),
  /** practice: the trickster's mistake rate (0..1, default 0.3). */
  botMistakeRate: z.number().min(0).max(1).optional(),
  /** The seat you would like (if free); default the first free seat, A then B. */
  seat: z.enum(["A", "B"]).optional(),
  /** Join to watch, without a seat. */
  spectator: z.boolean().optional(),
  settings: MatchSettingsSchema.optional(),
  /** After a server restart: the resume secret from `welcome`, to take one's seat back. */
  resume: z.string().min(1).max(64).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

export const ROOM_PHASES = ["lobby", "playing", "finished"] as const;
export type RoomPhase = (typeof ROOM_PHASES)[number];

/** What each seat holds. */
export const SEAT_KINDS = ["empty", "human", "bot"] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

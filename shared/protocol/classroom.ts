// The classroom's contract: a teacher hosts a class (one "classroom" room, found by its code),
// students join it with a nickname, and each round the server pairs them into match rooms.
// Every message to the class room is checked against these schemas at the boundary; a bad one
// gets an `error` with one of CLASS_ERROR_CODES and changes nothing.
import { z } from "zod";
import { DIFFICULTIES } from "./rooms";
import { MAX_NAME_CHARS } from "./limits";

/** The room type of a class. Its roomId is the class code (the room-code alphabet). */
export const CLASS_ROOM = "classroom";

/** How many students one class takes (a school event). */
export const MAX_CLASS_STUDENTS = 2500;
export const MAX_CLASS_ROUNDS = 20;
export const MAX_CLASS_NAME_CHARS = 40;
/** A round's time limit, seconds. */
export const MIN_ROUND_SECONDS = 30;
export const MAX_ROUND_SECONDS = 3600;

export const SCORING_MODES = ["standard", "accuracy"] as const;
/** `standard`: the match's points. `accuracy`: no speed bonus, ranked by first-try accuracy first. */
export type ScoringMode = (typeof SCORING_MODES)[number];

export const LEADERBOARD_MODES = ["full", "top5"] as const;
/** `full`: everyone's rank on the projector. `top5`: the top five there, each student's own rank on their screen. */
export type LeaderboardMode = (typeof LEADERBOARD_MODES)[number];

export const PAIRING_MODES = ["swap", "shuffle"] as const;
/** Between rounds: the same partners with roles swapped, or new partners (roles alternate). */
export type PairingMode = (typeof PAIRING_MODES)[number];

/** The teacher's key: 32 url-safe characters the server makes (or the teacher's browser keeps). */
export const HOST_KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** A student's browser id: random, kept in the browser; it brings the student back to the same seat. */
export const BROWSER_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

const scenarioId = z
  .string()
  .min(1)
  .max(48)
  .regex(/^[a-z0-9-]+$/);
const hostKey = z.string().regex(HOST_KEY_PATTERN);
const browserId = z.string().regex(BROWSER_ID_PATTERN);
/** A name as typed; the server's name rule (sanitising, the word filter) decides if it is shown. */
const typedName = z.string().max(MAX_NAME_CHARS * 4);

export const ClassRoundSchema = z.strictObject({
  scenarioId,
  difficulty: z.enum(DIFFICULTIES),
  timeLimitSeconds: z.int().min(MIN_ROUND_SECONDS).max(MAX_ROUND_SECONDS),
});
export type ClassRound = z.infer<typeof ClassRoundSchema>;

export const ClassSetupSchema = z.strictObject({
  name: z
    .string()
    .max(MAX_CLASS_NAME_CHARS * 4)
    .default(""),
  rounds: z.array(ClassRoundSchema).min(1).max(MAX_CLASS_ROUNDS),
  scoring: z.enum(SCORING_MODES).default("standard"),
  leaderboard: z.enum(LEADERBOARD_MODES).default("full"),
  lateJoin: z.boolean().default(true),
  /** A tutor bot partners the odd student out; without it that student sits the round out. */
  botPartner: z.boolean().default(true),
  pairing: z.enum(PAIRING_MODES).default("swap"),
  /** A pair with no progress for this long is shown as stuck on the dashboard. */
  stuckSeconds: z.int().min(10).max(600).default(45),
});
export type ClassSetup = z.infer<typeof ClassSetupSchema>;
export type ClassSetupInput = z.input<typeof ClassSetupSchema>;

/** `client.create(CLASS_ROOM, options)`: the teacher creates a class. */
export const ClassCreateOptionsSchema = z.strictObject({
  setup: ClassSetupSchema,
  /** The key this browser already keeps (so all its classes list together); default a new one. */
  hostKey: hostKey.optional(),
});
export type ClassCreateOptions = z.input<typeof ClassCreateOptionsSchema>;

/** `client.joinById(code, options)`: the teacher (a second screen) or a student. */
export const ClassJoinOptionsSchema = z.union([z.strictObject({ hostKey }), z.strictObject({ name: typedName, browserId })]);
export type ClassJoinOptions = z.infer<typeof ClassJoinOptionsSchema>;

// ---- messages to the class room ------------------------------------------------------------

const studentId = z.int().min(1).max(1_000_000);
const empty = z.strictObject({}).optional();

/** Message type -> schema. Every class message is a teacher action and needs the host key: students only join, play their matches and read. */
export const CLASS_MESSAGES = {
  /** Remove a student; the same browser cannot come back into this class. */
  kick: z.strictObject({ studentId }),
  rename: z.strictObject({ studentId, name: typedName }),
  /** A locked class takes no new student (those already in may rejoin). */
  lock: z.strictObject({ locked: z.boolean() }),
  lateJoin: z.strictObject({ lateJoin: z.boolean() }),
  /** Pair the students and start the next round. */
  startRound: empty,
  /** Give the running round more time. */
  extendRound: z.strictObject({ seconds: z.int().min(10).max(1800) }),
  /** End the running round now: unfinished matches end and count as they stand. */
  endRound: empty,
  /** After the last round (or early): the podium and the report. */
  finishClass: empty,
} as const;
export type ClassMessageType = keyof typeof CLASS_MESSAGES;
export const CLASS_MESSAGE_TYPES = Object.keys(CLASS_MESSAGES) as ClassMessageType[];
export type ClassMessages = { [K in ClassMessageType]: z.input<(typeof CLASS_MESSAGES)[K]> };

// ---- errors --------------------------------------------------------------------------------

/** Join refusals (the SDK rejects the join with one of these as its message) and message errors. */
export const CLASS_ERROR_CODES = [
  "class/invalid-options", // the create or join options failed validation
  "class/locked", // the teacher locked the class: no new students
  "class/late-join-off", // the class has started and late join is off
  "class/full", // the class has MAX_CLASS_STUDENTS students
  "class/name-taken", // another student of this class has this nickname
  "class/name-refused", // the nickname is offensive (word filter, Chinese and English)
  "class/name-invalid", // the nickname is empty or has characters that are not shown to others
  "class/kicked", // this browser was removed from this class by the teacher
  "class/bad-host-key", // the host key does not open this class
  "class/not-host", // a teacher action from someone without the host key
  "class/wrong-phase", // the action does not fit the class's phase (e.g. start during a round)
  "class/no-students", // a round needs at least one student
  "class/unknown-student", // no student of this class has this id
  "class/ended", // the class is over: its report is all that is left
  "class/rate-limited", // too many joins or messages from this client or address
  "class/input-invalid", // the message has wrong types, or missing or extra fields
  "class/unknown-type", // no class message of this type exists
] as const;
export type ClassErrorCode = (typeof CLASS_ERROR_CODES)[number];

/** `error` from the class room. */
export interface ClassErrorMessage {
  code: ClassErrorCode;
  /** English, for logs and tests; the UI translates `code`. */
  message: string;
  type?: string;
}

// ---- messages from the class room ----------------------------------------------------------

export const CLASS_PHASES = ["lobby", "round", "results", "podium"] as const;
/**
 * `lobby`: students join. `round`: pairs play (round `round`). `results`: the round's
 * leaderboard. `podium`: the class is over (top three, then the report).
 */
export type ClassPhase = (typeof CLASS_PHASES)[number];

export interface ClassStatus {
  phase: ClassPhase;
  /** 1-based number of the current or last round; 0 before the first. */
  round: number;
  rounds: number;
  /** The running round's end, as ms from now when the message was sent (clocks differ). */
  endsInMs: number | null;
  locked: boolean;
  lateJoin: boolean;
  students: number;
}

/** `class.welcome`: after every join (a reload included). */
export interface ClassWelcome {
  role: "host" | "student";
  code: string;
  classId: string;
  name: string;
  setup: ClassSetup;
  status: ClassStatus;
  /** The link students open (the LAN address or PUBLIC_URL, never localhost), with ?class=CODE. */
  joinUrl: string;
  /** Host only: the key, and the link that opens this class as the teacher on a second screen. */
  hostKey?: string;
  teacherUrl?: string;
  /** Student only: who you are in this class. */
  student?: { id: number; name: string; points: number };
}

/** One student on the teacher's screen. */
export interface RosterEntry {
  id: number;
  name: string;
  connected: boolean;
  points: number;
}

/** A pair's seat: a student, or the tutor bot (studentId null). */
export interface PairSeat {
  studentId: number | null;
  name: string;
}

/** `class.pairs` (host): the round's pairs, once at its start. */
export interface ClassPairs {
  round: number;
  pairs: Array<{ pair: number; roomId: string; A: PairSeat; B: PairSeat }>;
  /** Students who sit this round out (the odd one without a bot partner). */
  waiting: number[];
}

/**
 * A pair's live progress, compact so 1,000 pairs fit in a few kB:
 * [pair, scoreA, scoreB, checkpointsA, checkpointsB, waiting, flags, idleSeconds]
 * waiting: bit 1 = the network waits for A, bit 2 = for B. flags: bit 1 goal reached,
 * bit 2 finished, bit 4 stuck (no progress for setup.stuckSeconds).
 */
export type PairProgressRow = [number, number, number, number, number, number, number, number];
export const PAIR_WAIT_A = 1;
export const PAIR_WAIT_B = 2;
export const PAIR_GOAL = 1;
export const PAIR_FINISHED = 2;
export const PAIR_STUCK = 4;

/**
 * `class.dashboard` (host), at most once a second and only when something changed: the
 * status, the roster entries that changed (all of them when `full`), the ids that left, and
 * the progress rows of the pairs that changed.
 */
export interface ClassDashboard {
  full: boolean;
  status: ClassStatus;
  roster: RosterEntry[];
  removed: number[];
  progress: PairProgressRow[];
}

/** One line of a leaderboard. `previousRank` is the rank before this round (null: new). */
export interface LeaderRow {
  studentId: number;
  name: string;
  rank: number;
  previousRank: number | null;
  points: number;
  /** Declarations right at the first try / all declarations, over all rounds so far. */
  right: number;
  declared: number;
}

/** `class.leaderboard`: to the host (full or top five, by setup) after each round. */
export interface ClassLeaderboard {
  round: number;
  rounds: number;
  rows: LeaderRow[];
  /** How many students are ranked in all. */
  of: number;
}

/** `class.match` (student): your seat in this round's match. */
export interface ClassMatchSeat {
  round: number;
  roomId: string;
  side: "A" | "B";
  /** The reservation for `client.consumeSeatReservation` (fresh after a rejoin). */
  reservation: unknown;
  partner: PairSeat;
  scenarioId: string;
  difficulty: (typeof DIFFICULTIES)[number];
  endsInMs: number;
}

/** `class.result` (student): your round, your rank, and what the class sees. */
export interface ClassRoundResult {
  round: number;
  rounds: number;
  /** This round's points (by the class's scoring mode) and the total so far. */
  roundPoints: number;
  points: number;
  rank: number;
  of: number;
  previousRank: number | null;
  /** The top five (top5 mode) or the whole board (full mode). */
  top: LeaderRow[];
}

/** Per concept: what a student (or the class) got right of what they were asked. */
export interface ConceptTally {
  concept: string;
  right: number;
  total: number;
  mistakes: number;
}

/** `class.final` (student) after the last round; `class.podium` (host) with the top three. */
export interface ClassFinal {
  rank: number;
  of: number;
  points: number;
  podium: LeaderRow[];
  concepts: ConceptTally[];
}
export interface ClassPodium {
  classId: string;
  podium: LeaderRow[];
  of: number;
}

/** Server -> client message types of the class room. */
export const CLASS_SERVER_MESSAGES = [
  "class.welcome",
  "class.status",
  "class.dashboard",
  "class.pairs",
  "class.leaderboard",
  "class.match",
  "class.result",
  "class.final",
  "class.podium",
  "class.kicked",
  "class.renamed",
  /** Another tab or device of the same student took this connection's place. */
  "class.replaced",
  "error",
] as const;

/** The page a student opens: the origin with ?class=CODE. */
export function classLink(origin: string, code: string): string {
  return `${origin.replace(/\/$/, "")}/?class=${code}`;
}

/** The teacher's second screen: the key rides in the fragment, which browsers never send to a server. */
export function teacherLink(origin: string, code: string, key: string): string {
  return `${classLink(origin, code)}#host=${key}`;
}

// ---- the class report (GET /api/classes/:id/report.json, Authorization: Bearer <hostKey>) --

export interface ClassSummary {
  id: string;
  code: string;
  name: string;
  createdAt: number;
  endedAt: number | null;
  students: number;
  roundsPlayed: number;
  rounds: number;
}

export interface ReportStudent {
  id: number;
  name: string;
  rank: number;
  points: number;
  right: number;
  declared: number;
  /** Points per round (null: did not play that round). */
  rounds: Array<number | null>;
  concepts: ConceptTally[];
  mistakes: Record<string, number>;
}

export interface ClassReport {
  summary: ClassSummary;
  setup: ClassSetup;
  students: ReportStudent[];
  /** The class per concept, most missed first. */
  concepts: ConceptTally[];
  /** Mistake categories across the class, most common first, each with its concept. */
  mistakes: Array<{ category: string; concept: string; count: number }>;
}

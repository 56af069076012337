// The lobby part of the synced state: seats, settings, ready flags and rematch votes. It
// knows nothing of TCP; it only turns the room's settings into a MatchConfig.
import { getScenario } from "../../shared/scenarios";
import type { LinuxSettings, Profile } from "../../shared/tcp/types";
import type { Scenario } from "../../shared/scenarios/types";
import type { MatchConfig, Side } from "../../shared/match/types";
import type { BotKind, Difficulty, ErrorMessage, MatchSettings, RoomMode } from "../../shared/protocol";
import { type RoomState, SeatState } from "./state";

const SIDES: readonly Side[] = ["A", "B"];
export const DEFAULT_SCENARIO = "handshake";
/** TCP ms per wall ms: a 200 ms hop takes 0.8 s to watch. */
export const DEFAULT_TIME_FACTOR = 0.25;
/** One-way delay in TCP ms; under RTO/2 (the engine's RTO starts at 1 s). */
export const WIRE_DELAY_MS = 200;
/** TCP ms per wall ms while nothing is on the wire and nobody owes anything. */
export const IDLE_TIME_FACTOR = 20;

export class Lobby {
  /** Free play: the host's profile and Linux settings (not synced: the lobby shows the scenario's). */
  private profile: Profile | undefined;
  private linux: Partial<LinuxSettings> | undefined;

  constructor(
    private readonly state: RoomState,
    mode: RoomMode,
    code: string,
  ) {
    state.mode = mode;
    state.code = mode === "quick" ? "" : code;
    state.scenarioId = DEFAULT_SCENARIO;
    state.timeFactor = DEFAULT_TIME_FACTOR;
    for (const side of SIDES) state.seats.set(side, new SeatState({ side, role: "" }));
    this.updateRoles();
  }

  /** Applies lobby settings; returns an error (and changes nothing) when they do not fit. */
  configure(settings: MatchSettings, initial: boolean): Omit<ErrorMessage, "type"> | null {
    if (!initial && !this.state.configurable) {
      return { code: "room/not-configurable", message: "this room's settings are fixed" };
    }
    if (settings.scenarioId !== undefined && !getScenario(settings.scenarioId)) {
      return { code: "room/unknown-scenario", message: `no scenario "${settings.scenarioId}"` };
    }
    if (settings.scenarioId !== undefined) this.state.scenarioId = settings.scenarioId;
    if (settings.difficulty !== undefined) this.state.difficulty = settings.difficulty;
    if (settings.timeFactor !== undefined) this.state.timeFactor = settings.timeFactor;
    if (settings.lossRate !== undefined) this.state.lossRate = settings.lossRate;
    if (settings.profile !== undefined) this.profile = settings.profile;
    if (settings.linux !== undefined) this.linux = { ...settings.linux };
    this.updateRoles();
    // A change of plan needs both players to agree again.
    for (const seat of this.seats()) if (seat.kind === "human") seat.ready = false;
    return null;
  }

  scenario(): Scenario {
    return getScenario(this.state.scenarioId)!;
  }

  matchConfig(seed: number): MatchConfig {
    const scenario = this.scenario();
    return {
      scenarioId: scenario.id,
      difficulty: this.state.difficulty as Difficulty,
      timeFactor: this.state.timeFactor,
      // When only timers run (a 2MSL wait), the network hurries: 60 s of TCP in ~3 s.
      idleTimeFactor: Math.max(this.state.timeFactor, IDLE_TIME_FACTOR),
      wireDelayMs: WIRE_DELAY_MS,
      seed,
      // The host's loss rate is a free-play setting; scripted scenarios bring their own faults.
      lossRate: scenario.goal.kind === "none" ? this.state.lossRate : 0,
      // So are the profile and Linux's settings: a scenario's lesson depends on its own.
      ...(scenario.goal.kind === "none" && this.profile ? { profile: this.profile } : {}),
      ...(scenario.goal.kind === "none" && this.linux ? { linux: this.linux } : {}),
    };
  }

  seatHuman(side: Side, name: string): void {
    const seat = this.seat(side);
    seat.kind = "human";
    seat.name = name || (side === "A" ? "Player A" : "Player B");
    seat.bot = "";
    seat.connected = true;
    seat.reconnecting = false;
    seat.ready = false;
    seat.rematch = false;
  }

  seatBot(side: Side, bot: BotKind, name?: string): void {
    const seat = this.seat(side);
    seat.kind = "bot";
    seat.bot = bot;
    seat.name = name ?? (bot === "tutor" ? "Tutor" : "Trickster");
    seat.connected = true;
    seat.ready = true;
  }

  vacate(side: Side): void {
    const seat = this.seat(side);
    seat.kind = "empty";
    seat.connected = false;
    seat.reconnecting = false;
    seat.ready = false;
    seat.rematch = false;
  }

  freeSeats(): Side[] {
    return SIDES.filter((s) => this.seat(s).kind === "empty");
  }

  full(): boolean {
    return this.freeSeats().length === 0;
  }

  /** Both seats filled and connected; humans ready (or autoStart: connected is enough). */
  canStart(autoStart: boolean): boolean {
    return this.seats().every((seat) => seat.kind === "bot" || (seat.kind === "human" && seat.connected && (autoStart || seat.ready)));
  }

  allVotedRematch(): boolean {
    const humans = this.seats().filter((s) => s.kind === "human");
    return humans.length > 0 && humans.every((s) => s.rematch && s.connected) && this.full();
  }

  clearVotes(): void {
    for (const seat of this.seats()) seat.rematch = false;
  }

  /** Rematch: the players change seats, so each plays the other role. */
  swapSeats(): void {
    const a = this.seat("A").toJSON() as Record<string, unknown>;
    const b = this.seat("B").toJSON() as Record<string, unknown>;
    this.state.seats.set("A", new SeatState({ ...b, side: "A" } as never));
    this.state.seats.set("B", new SeatState({ ...a, side: "B" } as never));
    this.updateRoles();
  }

  private updateRoles(): void {
    const scenario = getScenario(this.state.scenarioId);
    for (const side of SIDES) this.seat(side).role = scenario ? scenario[side].role : "";
  }

  private seat(side: Side): SeatState {
    return this.state.seats.get(side)!;
  }

  private seats(): SeatState[] {
    return SIDES.map((s) => this.seat(s));
  }
}

// The match room. Thin by design (docs/guide/architecture.md): it hands actions to the match
// reducer (through MatchSession), sends each client its own view and events, runs the
// lobby's phases (ready, start, rematch) and brings a match back after a crash. Its seats,
// members and the checks every message passes are seated-room.ts's.
import { type Client, CloseCode, ServerError } from "@colyseus/core";
import { randomInt } from "node:crypto";
import {
  JOIN_ERROR_STATUS,
  TAKEN_OVER_CLOSE_CODE,
  RATE_BURST,
  RATE_PER_SECOND,
  RECONNECT_SECONDS,
  type RoomMode,
} from "../../shared/protocol";
import type { ApplyResult, Side, Viewer } from "../../shared/match/types";
import { TokenBucket } from "./rate-limit";
import { freshRoomCode } from "./room-codes";
import { clientPart, unsealServerOptions } from "./server-options";
import { MatchSession } from "./match-session";
import { AwaitedSeats } from "./awaited-seats";
import { nodeScheduler } from "./scheduler";
import { Lobby } from "./lobby";
import { absentSeatMs, SeatedRoom, SIDES } from "./seated-room";
import { sendStep, ViewTracker } from "./views";
import { progressOf, publishProgress, publishResults, resultsOf, saveFinished } from "./results";
import { log } from "../log";
import { newMatchId } from "../storage";
import { replayMatch } from "../../shared/match/replay";
import { getScenario } from "../../shared/scenarios";
import { newResumeSecret, resumeWaitSeconds, takeRecovery, type LiveRoomMatch } from "./recovery";
import { RoomJournal, type JournaledRoom } from "./journaling";
import { parseJoinOptions, resumeOption, sendNow } from "./client-guards";

export class MatchRoom extends SeatedRoom {
  private matchCreatedAt = 0;

  override async onCreate(createOptions: unknown): Promise<void> {
    const recovered = takeRecovery(createOptions);
    if (recovered) return this.bringBack(recovered);
    try {
      this.plan = unsealServerOptions(createOptions);
    } catch {
      throw new ServerError(JOIN_ERROR_STATUS, "join/invalid-options");
    }
    const options = this.plan ? {} : parseJoinOptions(clientPart(createOptions));
    const mode: RoomMode = this.plan ? "classroom" : (options.mode ?? "quick");
    // A private, practice or classroom room is found by its code only, never by quick-match.
    if (mode !== "quick") {
      this.roomId = await freshRoomCode();
      await this.setPrivate(true);
    }
    this.lobby = new Lobby(this.state, mode, this.roomId);
    this.lobby.configure(this.plan?.settings ?? options.settings ?? {}, true);
    this.state.configurable = mode !== "classroom";

    if (this.plan) {
      for (const side of SIDES) {
        const seat = this.plan.seats[side];
        if (seat.kind === "bot") this.seatBot(side, seat.bot, seat.mistakeRate, seat.name);
      }
    } else if (mode === "practice") {
      const human: Side = options.seat ?? "A";
      this.seatBot(human === "A" ? "B" : "A", options.bot ?? "tutor", options.botMistakeRate);
    }

    this.listenToClients();
    if (this.plan) this.absentSeatTimer = setTimeout(() => this.fillAbsentSeats(), absentSeatMs());
    log.info("room.created", { room: this.roomId, mode, scenario: this.state.scenarioId });
  }

  override onJoin(client: Client, rawOptions: unknown, rawAuth?: unknown): void {
    const options = this.plan ? {} : parseJoinOptions(clientPart(rawOptions));
    // Seat auth only ever comes from matchMaker.reserveSeatFor (server-side); a client's own
    // join carries `true` from the default onAuth.
    const auth = typeof rawAuth === "object" && rawAuth !== null ? (rawAuth as { seat?: Side; name?: string }) : undefined;
    const resume = this.plan ? resumeOption(clientPart(rawOptions)) : options.resume;
    const returning = this.awaited.sideOf(resume);
    const viewer = returning ?? this.chooseSeat(options, auth);
    if (!returning && auth?.seat) {
      this.releaseSeat(auth.seat);
      // A student who comes late takes the seat back from the tutor that stood in.
      this.bots.remove(auth.seat);
    }
    this.members.set(client.sessionId, {
      viewer,
      bucket: new TokenBucket(RATE_BURST, RATE_PER_SECOND, performance.now()),
      views: new ViewTracker(),
      resume: viewer === "spectator" ? null : returning ? resume! : newResumeSecret(),
    });
    if (returning) {
      this.seatReturned(returning);
    } else if (viewer === "spectator") {
      this.state.spectators++;
    } else {
      this.lobby.seatHuman(viewer, auth?.name ?? options.name ?? "");
      if (this.state.mode === "quick" && this.lobby.full()) void this.lock();
    }
    log.info("player.joined", { room: this.roomId, session: client.sessionId, as: viewer });
    this.welcome(client, viewer);
    this.broadcastPatch();
    this.maybeStart();
  }

  override async onDrop(client: Client, code?: number): Promise<void> {
    if (code === CloseCode.WITH_ERROR && this.flooded(client)) return this.cutOff(client);
    if (this.takenOver.delete(client.sessionId)) {
      sendNow(client, "error", { code: "room/taken-over", message: "this seat was resumed elsewhere" });
      client.leave(TAKEN_OVER_CLOSE_CODE, "room/taken-over");
    }
    const member = this.members.get(client.sessionId);
    if (!member || member.viewer === "spectator") return this.forget(client, "left");
    const seat = this.seat(member.viewer);
    seat.connected = false;
    seat.reconnecting = true;
    this.broadcastPatch();
    log.info("player.dropped", { room: this.roomId, session: client.sessionId, seat: member.viewer });
    try {
      await this.allowReconnection(client, RECONNECT_SECONDS);
    } catch {
      // onLeave follows when the seat expires.
    }
  }

  override onReconnect(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (!member || member.viewer === "spectator") return;
    const seat = this.seat(member.viewer);
    seat.connected = true;
    seat.reconnecting = false;
    log.info("player.reconnected", { room: this.roomId, session: client.sessionId, seat: member.viewer });
    this.welcome(client, member.viewer);
    this.broadcastPatch();
  }

  override onLeave(client: Client): void {
    this.forget(client, "left");
  }

  override onDispose(): void {
    if (this.absentSeatTimer) clearTimeout(this.absentSeatTimer);
    this.awaited.stopDeadline();
    this.journal.disposed();
    this.session?.dispose();
    this.bots.dispose();
    log.info("room.disposed", { room: this.roomId });
  }

  override onUncaughtException(error: Error, methodName: string): void {
    // A join or create we refused on purpose (bad options, a full room) is no server error.
    if (error.cause instanceof ServerError) {
      log.info("join.refused", { room: this.roomId, method: methodName, code: error.cause.message });
      return;
    }
    log.error("room.exception", { room: this.roomId, method: methodName, error: error.message });
  }

  /**
   * The classroom ends a round's match from outside (time is up, or the teacher ended the
   * round), through matchMaker.remoteRoomCall: the match ends as it stands and its results
   * are published as for any finished match. A match that never started (a student never
   * came) has no results: the room just closes. Returns whether a match was running.
   */
  endByHost(): boolean {
    if (this.session && !this.session.ended) {
      this.session.end();
      return true;
    }
    if (!this.session) void this.disconnect();
    return false;
  }

  protected maybeStart(): void {
    const autoStart = this.plan ? this.plan.autoStart !== false : false;
    if (this.state.phase !== "lobby" || !this.lobby.canStart(autoStart)) return;
    this.startMatch();
  }

  protected maybeRematch(): void {
    if (!this.lobby.allVotedRematch()) return;
    this.lobby.swapSeats();
    for (const member of this.members.values()) {
      if (member.viewer !== "spectator") member.viewer = member.viewer === "A" ? "B" : "A";
    }
    this.bots.swap();
    // Each player hears of their new seat; the new match's first view follows at once.
    for (const [sessionId, member] of this.members) {
      const client = this.clients.getById(sessionId);
      if (client) this.welcome(client, member.viewer, false);
    }
    this.startMatch();
  }

  // ---- the match ------------------------------------------------------------------------

  private startMatch(): void {
    const scenario = this.lobby.scenario();
    const config = this.lobby.matchConfig(randomInt(0x7fffffff));
    if (this.plan?.scoring === "accuracy") config.speedBonus = false;
    this.session?.dispose();
    this.state.matchNumber++;
    this.state.matchId = newMatchId();
    this.matchCreatedAt = Date.now();
    this.state.phase = "playing";
    this.lobby.clearVotes();
    // ISNs are random per match, as a real host picks them (RFC 9293 3.4.1); the match
    // log keeps them so a replay is exact.
    const isn = { A: randomInt(0xffffffff), B: randomInt(0xffffffff) };
    this.session = new MatchSession(config, scenario, isn, nodeScheduler, {
      onResult: (result) => this.deliver(result),
    });
    log.info("match.started", { room: this.roomId, match: this.state.matchNumber, scenario: scenario.id, difficulty: config.difficulty });
    this.journal.begin();
    this.broadcastPatch();
    this.deliver({ match: this.session.match, events: [] });
    this.session.begin();
  }

  /** The one place a reducer result reaches the outside: views, events, bots, the end. */
  private deliver(result: ApplyResult): void {
    const session = this.session;
    if (!session) return;
    const now = session.now();
    const matchNumber = this.state.matchNumber;
    this.journal.inputs();
    const viewOf = sendStep(
      this.clients,
      (id) => this.members.get(id),
      (viewer) => session.view(viewer),
      session.match,
      result.events,
      now,
      matchNumber,
    );
    // The teacher's dashboard follows classroom matches step by step (public facts only).
    if (this.plan) {
      const waiting = viewOf("spectator").view.waitingFor;
      void publishProgress(progressOf(this.roomId, matchNumber, session.match, waiting, this.plan.tag));
    }
    if (session.ended && this.state.phase === "playing") return this.finish();
    this.bots.poke(session.match);
  }

  private finish(): void {
    const session = this.session!;
    this.state.phase = "finished";
    this.lobby.clearVotes();
    const results = resultsOf(this.roomId, this.state, session.match, this.plan?.tag);
    log.info("match.finished", {
      room: this.roomId,
      match: this.state.matchNumber,
      reason: results.reason,
      A: results.scores.A,
      B: results.scores.B,
    });
    this.broadcastPatch();
    saveFinished(this.session!.match, this.state.matchId, this.matchCreatedAt, results);
    this.journal.finished();
    void publishResults(results);
  }

  private welcome(client: Client, viewer: Viewer, withView = true): void {
    const resume = this.members.get(client.sessionId)?.resume;
    client.send("welcome", { you: viewer, code: this.roomId, mode: this.state.mode as RoomMode, ...(resume ? { resume } : {}) });
    // After a join or a reconnection the client may hold nothing: the next view is whole.
    this.members.get(client.sessionId)?.views.reset();
    if (this.session && withView) this.sendView(client, viewer);
  }

  protected sendView(client: Client, viewer: Viewer): void {
    const session = this.session!;
    const member = this.members.get(client.sessionId);
    if (!member) return;
    client.send("view", member.views.message(session.view(viewer), session.now(), this.state.matchNumber));
  }

  // ---- surviving a crash: the journal and the way back (see recovery.ts) -----------------

  private readonly journal = new RoomJournal(() => this.journalFacts());
  /** A brought-back match: each human seat's resume hash, until its player returns. */
  private readonly awaited = new AwaitedSeats();

  protected seatsChanged(): void {
    this.journal.roomChanged();
  }

  private journalFacts(): JournaledRoom {
    return {
      roomId: this.roomId,
      state: this.state,
      plan: this.plan,
      session: this.session,
      createdAt: this.matchCreatedAt,
      secretOf: (side) => [...this.members.values()].find((m) => m.viewer === side)?.resume ?? null,
      botPlan: (side) => this.bots.plan(side),
      awaitedHash: (side) => this.awaited.hashOf(side),
    };
  }

  /** onCreate for a match rebuilt from the journal: same room id, seats, settings and match. */
  private async bringBack(live: LiveRoomMatch): Promise<void> {
    const record = live.room;
    const scenario = getScenario(live.scenarioId);
    if (!scenario) throw new Error(`unknown scenario ${live.scenarioId}`);
    const match = replayMatch(live.config, scenario, live.isns, live.inputs);
    this.plan = record.plan;
    if (record.mode !== "quick") await this.setPrivate(true);
    else await this.lock();
    this.lobby = new Lobby(this.state, record.mode, this.roomId);
    this.lobby.configure(record.settings, true);
    this.state.configurable = record.mode !== "classroom";
    for (const side of SIDES) {
      const seat = record.seats[side];
      if (seat.kind === "bot") this.seatBot(side, seat.bot, seat.mistakeRate, seat.name);
      if (seat.kind !== "human") continue;
      this.lobby.seatHuman(side, seat.name);
      const state = this.seat(side);
      state.connected = false;
      state.reconnecting = true;
      state.ready = true;
      this.awaited.expect(side, seat.resumeHash);
    }
    this.state.matchNumber = record.matchNumber;
    this.state.matchId = live.id;
    this.matchCreatedAt = live.createdAt;
    this.state.phase = "playing";
    this.session = MatchSession.resume(match, nodeScheduler, { onResult: (result) => this.deliver(result) });
    this.journal.resumedWith(live.inputs.length);
    this.listenToClients();
    log.info("room.recovered", { room: this.roomId, match: live.id, waiting: this.awaited.size });
    if (match.ended !== null) return this.finish();
    if (this.awaited.size === 0) return this.resumePlay();
    // Held open for its players, however long they take to come back (up to the deadline).
    this.autoDispose = false;
    this.awaited.startDeadline(resumeWaitSeconds() * 1000, () => this.giveUpWaiting());
  }

  private seatReturned(side: Side): void {
    const allBack = this.awaited.returned(side);
    const seat = this.seat(side);
    seat.connected = true;
    seat.reconnecting = false;
    log.info("player.returned", { room: this.roomId, seat: side });
    if (allBack) this.resumePlay();
  }

  /** Nobody claimed some seats in time: a tutor plays them, or the match ends if nobody came. */
  private giveUpWaiting(): void {
    const session = this.session;
    if (!session || session.ended) return;
    const anyoneBack = [...this.members.values()].some((m) => m.viewer !== "spectator");
    if (!anyoneBack) {
      this.awaited.clear();
      this.autoDispose = true;
      session.end();
      return;
    }
    for (const side of this.awaited.sides()) this.seatBot(side, "tutor");
    this.awaited.clear();
    this.journal.roomChanged();
    this.resumePlay();
  }

  private resumePlay(): void {
    this.awaited.stopDeadline();
    this.autoDispose = true;
    const session = this.session;
    if (!session || session.ended) return;
    this.broadcastPatch();
    session.begin();
    this.bots.poke(session.match);
  }
}

// The seats of a match room and who sits in them: members (players and spectators), seat
// choice, bots standing in, a second tab taking a seat, floods, and every client message on
// its way to its handler (message-handlers.ts). MatchRoom (match-room.ts) builds the match
// on top of it.
import { type Client, Room } from "@colyseus/core";
import { FLOOD_CLOSE_CODE, MAX_MESSAGES_PER_SECOND, type ErrorMessage, type JoinOptions } from "../../shared/protocol";
import type { MatchState, Side, Viewer } from "../../shared/match/types";
import { checkMessage, isClientMessageType, unknownType } from "./boundary";
import type { TokenBucket } from "./rate-limit";
import { RoomState, type SeatState } from "./state";
import type { ServerMatchOptions } from "./server-options";
import type { MatchSession } from "./match-session";
import { SeatBots } from "./seat-bots";
import { dispatch, type HandlerRoom } from "./message-handlers";
import type { Lobby } from "./lobby";
import type { ViewTracker } from "./views";
import { log } from "../log";
import { messagesLastSecond, sendNow, stopReading } from "./client-guards";

export const SIDES: readonly Side[] = ["A", "B"];
/** WebSocket close code for a connection whose seat was taken by a newer one of the same player. */
const SEAT_TAKEN_CLOSE_CODE = 4009;
/** How long a classroom match waits for a reserved student before the tutor stands in (ABSENT_SEAT_MS overrides). */
export const absentSeatMs = (): number => Number(process.env.ABSENT_SEAT_MS ?? 20_000);

export interface Member {
  viewer: Viewer;
  bucket: TokenBucket;
  views: ViewTracker;
  /** A seated player's resume secret (see recovery.ts); null for spectators. */
  resume: string | null;
  /** What the message handlers get for this member, made once per connection (handlerRoom). */
  handlers?: { client: Client; room: HandlerRoom };
}

export abstract class SeatedRoom extends Room<{ state: RoomState }> {
  override state = new RoomState();
  override maxClients = 40;
  // The synced state changes only in the lobby and at the end, and each change is followed
  // by broadcastPatch() at once: the patch timer is only a slow safety net. (Without one,
  // Colyseus ticks its clock every 16 ms per room; our timers are Node's: see scheduler.ts.)
  override patchRate = 1000;
  // Counted by Colyseus before a message is decoded: a flooder is cut off (see onDrop).
  override maxMessagesPerSecond = MAX_MESSAGES_PER_SECOND;

  protected members = new Map<string, Member>();
  protected lobby!: Lobby;
  protected session: MatchSession | null = null;
  protected readonly bots = new SeatBots((side, action) => (this.session && !this.session.ended ? this.session.act(side, action) : null));
  protected plan: ServerMatchOptions | null = null;
  protected absentSeatTimer: NodeJS.Timeout | null = null;
  /** The current match (server-side only: it holds the hidden truth). */
  get match(): MatchState | null {
    return this.session?.match ?? null;
  }

  // ---- abuse: floods and second tabs -----------------------------------------------------

  /** Sessions whose live connection is being replaced by a reconnection from elsewhere. */
  protected takenOver = new Set<string>();

  /**
   * A second tab (or device) that presents this seat's reconnection token while the first
   * connection is still open TAKES the seat; the first is told why ("room/taken-over") and
   * closed with TAKEN_OVER_CLOSE_CODE, which the SDK does not retry, so the two never fight.
   * Refusing instead would lock out the common honest case: a player whose network changed
   * reconnects at once, while the server sees the old socket as open until its pings fail
   * (several seconds). The token never leaves the player's own tab storage, so whoever holds
   * it is that player. Colyseus closes the old connection itself (checkReconnectionToken);
   * we only mark it so onDrop can say why.
   */
  override checkReconnectionToken(reconnectionToken: string): string {
    const live = this.clients.find((c) => c.reconnectionToken === reconnectionToken);
    if (live) this.takenOver.add(live.sessionId);
    return super.checkReconnectionToken(reconnectionToken);
  }

  protected flooded(client: Client): boolean {
    return messagesLastSecond(client) > this.maxMessagesPerSecond;
  }

  /** A flooder is told why, closed for good and not offered a reconnection. */
  protected cutOff(client: Client): void {
    sendNow(client, "error", { code: "input/flooding", message: `more than ${this.maxMessagesPerSecond} messages a second` });
    client.leave(FLOOD_CLOSE_CODE, "input/flooding");
    stopReading(client);
    log.warn("client.cut-off", { room: this.roomId, session: client.sessionId, why: "flooding" });
    this.forget(client, "flooding");
  }

  // ---- messages -------------------------------------------------------------------------

  /** Every client message passes here: rate limit, type, schema, then the handler. */
  protected receive(client: Client, type: unknown, payload: unknown): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    const now = performance.now();
    if (!member.bucket.take(now)) {
      if (member.bucket.shouldWarn(now)) {
        this.reject(client, { code: "input/rate-limited", message: "too many messages; dropped" });
      }
      return;
    }
    if (!isClientMessageType(type)) return this.reject(client, unknownType(type));
    const checked = checkMessage(type, payload);
    if (!checked.ok) return this.reject(client, checked.error);
    if (member.viewer === "spectator") {
      return this.reject(client, { code: "room/spectator", message: "spectators cannot act", type });
    }
    // A reconnection brings a new Client object: the handlers' room is made again for it.
    if (member.handlers?.client !== client) member.handlers = { client, room: this.handlerRoom(client, member) };
    dispatch(member.handlers.room, member.viewer, type, checked.value);
  }

  /** What a message handler (message-handlers.ts) may use of the room, for one member. */
  protected handlerRoom(client: Client, member: Member): HandlerRoom {
    const room = this;
    return {
      state: this.state,
      lobby: this.lobby,
      get session() {
        return room.session;
      },
      seat: (s) => this.seat(s),
      broadcastPatch: () => this.broadcastPatch(),
      maybeStart: () => this.maybeStart(),
      maybeRematch: () => this.maybeRematch(),
      // The member's seat as it is now: a rematch swaps the seats.
      sendView: () => this.sendView(client, member.viewer),
      reject: (error) => this.reject(client, error),
    };
  }

  protected reject(client: Client, error: ErrorMessage): void {
    client.send("error", error);
    // A line per client and code at most every few seconds: a client decides how often it errs.
    log
      .throttled(`rejected ${client.sessionId} ${error.code}`)
      .info("message.rejected", { room: this.roomId, session: client.sessionId, code: error.code, type: error.type });
  }

  // ---- seats and lobby ------------------------------------------------------------------

  protected seat(side: Side): SeatState {
    return this.state.seats.get(side)!;
  }

  protected chooseSeat(options: JoinOptions, auth?: { seat?: Side }): Viewer {
    if (auth?.seat) return auth.seat;
    // Classroom seats go only to the players they were reserved for.
    if (this.plan || options.spectator) return "spectator";
    const free = this.lobby.freeSeats();
    if (options.seat && free.includes(options.seat)) return options.seat;
    return free[0] ?? "spectator";
  }

  /**
   * A fresh reservation for a seat someone holds (a classroom student who reloaded and came
   * back through the class): the newcomer takes the seat, the old connection is let go without
   * a bot taking over (its member is forgotten first, so its leave changes nothing).
   */
  protected releaseSeat(side: Side): void {
    for (const [sessionId, member] of this.members) {
      if (member.viewer !== side) continue;
      this.members.delete(sessionId);
      this.clients.getById(sessionId)?.leave(SEAT_TAKEN_CLOSE_CODE);
      log.info("seat.taken-over", { room: this.roomId, session: sessionId, seat: side });
    }
  }

  protected seatBot(side: Side, kind: "tutor" | "trickster", mistakeRate?: number, name?: string): void {
    this.lobby.seatBot(side, kind, name);
    this.bots.seat(side, kind, mistakeRate);
  }

  protected forget(client: Client, why: string): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    this.members.delete(client.sessionId);
    if (member.viewer === "spectator") {
      this.state.spectators = Math.max(0, this.state.spectators - 1);
    } else if (this.session && !this.session.ended && this.peerIsHere(member.viewer)) {
      // Mid-match, the one who stays is not stranded: a tutor plays the empty seat to the end.
      this.seatBot(member.viewer, "tutor");
      this.bots.poke(this.session.match, member.viewer);
      this.seatsChanged();
      log.info("seat.bot-takeover", { room: this.roomId, seat: member.viewer });
    } else {
      this.lobby.vacate(member.viewer);
      if (this.state.mode === "quick" && this.state.phase === "lobby") void this.unlock();
    }
    log.info("player.left", { room: this.roomId, session: client.sessionId, as: member.viewer, why });
    this.broadcastPatch();
  }

  protected peerIsHere(side: Side): boolean {
    for (const m of this.members.values()) if (m.viewer !== "spectator" && m.viewer !== side) return true;
    return false;
  }

  /**
   * A classroom match whose student has not come (a phone that died, a tab closed) would
   * hold the partner in the lobby until the round's end: after absentSeatMs() the tutor
   * plays the empty seat, and the student can still take it back by joining.
   */
  protected fillAbsentSeats(): void {
    this.absentSeatTimer = null;
    if (this.state.phase !== "lobby" || !this.plan) return;
    const empty = SIDES.filter((side) => this.plan!.seats[side].kind === "human" && this.seat(side).kind !== "human");
    if (empty.length === 0 || empty.length === SIDES.length) return;
    for (const side of empty) {
      this.seatBot(side, "tutor");
      log.info("seat.absent-bot", { room: this.roomId, seat: side });
    }
    this.broadcastPatch();
    this.maybeStart();
  }

  /**
   * One handler for every type: receive() checks the type itself. Colyseus gives each handler
   * registered its own wrapper, error binding and listener list: a handler per message type
   * cost every match room 4.3 KiB more (heap snapshots of 500 rooms, ten handlers apart).
   */
  protected listenToClients(): void {
    this.onMessage("*", (client, type, payload) => this.receive(client, type, payload));
  }

  // ---- what the match room adds -----------------------------------------------------------

  protected abstract maybeStart(): void;
  protected abstract maybeRematch(): void;
  protected abstract sendView(client: Client, viewer: Viewer): void;
  /** The seats changed mid-match (a bot took one): the journal's record of the room follows. */
  protected abstract seatsChanged(): void;
}

// A joined match room. Every server message goes through one wildcard handler, so a
// message that arrives before a scene subscribes is not lost: `latest(type)` returns it.
// Subscribe with `on(type, cb)`, never with room.onMessage (that would bypass the wildcard).
import type { Room } from "@colyseus/sdk";
import {
  mergeView,
  wholeEvents,
  type ClientMessageType,
  type RoomStateShape,
  type ServerMessages,
  type ServerMessageType,
  type ViewMessage,
  type WelcomeMessage,
  type WholeViewMessage,
} from "../../../shared/protocol";

/** What the session hands on: the server's messages, with every view rebuilt whole. */
type SessionMessages = Omit<ServerMessages, "view"> & { view: WholeViewMessage };
import { removeSession, writeSession } from "../storage";
import { RECONNECT_KEY, RESUME_KEY } from "./token";
import { debugState } from "../debug/registry";

/** Which seat a player holds in a match room: one of its two endpoints, or a spectator's. */
export type Seat = "A" | "B" | "spectator";

type Listener = (payload: unknown) => void;
/** The close code of a leave the player asked for (Colyseus' CloseCode.CONSENTED). */
const CONSENTED = 4000;

export class NetSession {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly last = new Map<string, unknown>();
  private readonly stateListeners = new Set<(state: RoomStateShape) => void>();
  private readonly leaveListeners = new Set<(code: number) => void>();
  private readonly connectionListeners = new Set<(connected: boolean) => void>();
  private left = false;

  constructor(readonly room: Room) {
    room.onMessage("*", (type: string | number, payload: unknown) => this.dispatch(String(type), payload));
    room.onStateChange((state: unknown) => {
      this.publishForTests();
      for (const cb of this.stateListeners) cb(state as RoomStateShape);
    });
    // A drop (network trouble, a reload) goes to onDrop and the SDK retries by itself; a
    // leave is final (consented, room closed, retries exhausted), so the token is useless.
    room.onLeave((code: number) => {
      this.left = true;
      removeSession(RECONNECT_KEY);
      // Left on purpose: nothing to come back to. Otherwise (a server restart) the resume
      // secret stays for the next load of the page.
      if (code === CONSENTED) removeSession(RESUME_KEY);
      const dbg = debugState();
      if (dbg) dbg.room = null;
      for (const cb of this.leaveListeners) cb(code);
    });
    room.onDrop(() => {
      for (const cb of this.connectionListeners) cb(false);
    });
    room.onReconnect(() => {
      this.rememberToken();
      for (const cb of this.connectionListeners) cb(true);
    });
    this.rememberToken();
  }

  /** The short room code (it is also the roomId). */
  get code(): string {
    return this.welcome?.code ?? this.room.roomId;
  }

  get welcome(): WelcomeMessage | undefined {
    return this.last.get("welcome") as WelcomeMessage | undefined;
  }

  get seat(): Seat {
    return this.welcome?.you ?? "spectator";
  }

  get state(): RoomStateShape | undefined {
    return this.room.state as RoomStateShape | undefined;
  }

  get hasLeft(): boolean {
    return this.left;
  }

  on<K extends ServerMessageType>(type: K, cb: (payload: SessionMessages[K]) => void): () => void;
  on(type: string, cb: (payload: unknown) => void): () => void;
  on(type: string, cb: (payload: never) => void): () => void {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(cb as Listener);
    this.listeners.set(type, set);
    return () => set.delete(cb as Listener);
  }

  /** The last message of this type received so far (e.g. the current `view`). */
  latest<K extends ServerMessageType>(type: K): SessionMessages[K] | undefined {
    return this.last.get(type) as SessionMessages[K] | undefined;
  }

  onState(cb: (state: RoomStateShape) => void): () => void {
    this.stateListeners.add(cb);
    return () => this.stateListeners.delete(cb);
  }

  onLeave(cb: (code: number) => void): () => void {
    this.leaveListeners.add(cb);
    return () => this.leaveListeners.delete(cb);
  }

  /** false when the socket dropped (the SDK is retrying), true when it is back. */
  onConnection(cb: (connected: boolean) => void): () => void {
    this.connectionListeners.add(cb);
    return () => this.connectionListeners.delete(cb);
  }

  send(type: ClientMessageType, payload: unknown = {}): void {
    if (!this.left) this.room.send(type, payload);
  }

  async leave(): Promise<void> {
    removeSession(RECONNECT_KEY);
    if (this.left) return;
    this.left = true;
    await this.room.leave(true).catch(() => undefined);
  }

  /** Whether a message of this type has a subscriber (used by tests of the session). */
  hasListener(type: string): boolean {
    return (this.listeners.get(type)?.size ?? 0) > 0;
  }

  /** window.__tcpArena.room: the public room state only (what every player may see). */
  private publishForTests(): void {
    const dbg = debugState();
    const st = this.state;
    if (!dbg || !st) return;
    const seat = (side: "A" | "B") => {
      const s = st.seats.get(side);
      return s ? { kind: s.kind, name: s.name, ready: s.ready, connected: s.connected } : null;
    };
    dbg.room = {
      code: this.code,
      seat: this.seat,
      phase: st.phase,
      scenarioId: st.scenarioId,
      difficulty: st.difficulty,
      seats: { A: seat("A"), B: seat("B") },
    };
  }

  private dispatch(type: string, payload: unknown): void {
    // The server sends only the ladder entries that changed: the session keeps the whole
    // view, so whoever subscribes late (a scene that starts after the first view) and
    // every listener get a complete one (ladderFrom 0), never a lone delta.
    if (type === "view") payload = this.mergeIntoView(payload as ViewMessage);
    this.last.set(type, payload);
    if (type === "welcome") {
      const w = payload as WelcomeMessage;
      if (w.resume) writeSession(RESUME_KEY, JSON.stringify({ code: w.code, resume: w.resume }));
      this.publishForTests();
    }
    for (const cb of this.listeners.get(type) ?? []) cb(payload);
  }

  private mergeIntoView(m: ViewMessage): WholeViewMessage {
    const prev = this.last.get("view") as WholeViewMessage | undefined;
    const previous = prev && prev.matchNumber === m.matchNumber ? prev.view : null;
    const whole: WholeViewMessage = { now: m.now, matchNumber: m.matchNumber, ladderFrom: 0, view: mergeView(previous, m) };
    if (m.events) whole.events = wholeEvents(m.events, whole.view);
    return whole;
  }

  private rememberToken(): void {
    if (this.room.reconnectionToken) writeSession(RECONNECT_KEY, this.room.reconnectionToken);
  }
}

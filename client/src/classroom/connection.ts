// The class room: one Colyseus room found by its code. Like net/session.ts, every message
// goes through one wildcard handler and the last of each type is kept, so a screen that
// starts late still reads the current status.
import type { Room } from "@colyseus/sdk";
import type {
  ClassCreateOptions,
  ClassJoinOptions,
  ClassMessages,
  ClassMessageType,
  ClassWelcome,
} from "../../../shared/protocol/classroom";

/** The room type (shared/protocol/classroom.ts CLASS_ROOM), kept as a literal: that module also holds the schemas, which this page does not need. */
const CLASS_ROOM = "classroom" satisfies typeof import("../../../shared/protocol/classroom").CLASS_ROOM;

type Listener = (payload: unknown) => void;

export class ClassSession {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly last = new Map<string, unknown>();
  private readonly leaveListeners = new Set<(code: number) => void>();
  private readonly connectionListeners = new Set<(connected: boolean) => void>();
  private left = false;

  constructor(readonly room: Room) {
    room.onMessage("*", (type: string | number, payload: unknown) => this.dispatch(String(type), payload));
    room.onLeave((code: number) => {
      this.left = true;
      for (const cb of this.leaveListeners) cb(code);
    });
    room.onDrop(() => {
      for (const cb of this.connectionListeners) cb(false);
    });
    room.onReconnect(() => {
      for (const cb of this.connectionListeners) cb(true);
    });
  }

  get welcome(): ClassWelcome | undefined {
    return this.last.get("class.welcome") as ClassWelcome | undefined;
  }

  get hasLeft(): boolean {
    return this.left;
  }

  on<T = unknown>(type: string, cb: (payload: T) => void): () => void {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(cb as Listener);
    this.listeners.set(type, set);
    return () => set.delete(cb as Listener);
  }

  latest<T = unknown>(type: string): T | undefined {
    return this.last.get(type) as T | undefined;
  }

  onLeave(cb: (code: number) => void): () => void {
    this.leaveListeners.add(cb);
    return () => this.leaveListeners.delete(cb);
  }

  onConnection(cb: (connected: boolean) => void): () => void {
    this.connectionListeners.add(cb);
    return () => this.connectionListeners.delete(cb);
  }

  send<K extends ClassMessageType>(type: K, payload: ClassMessages[K] = {} as ClassMessages[K]): void {
    if (!this.left) this.room.send(type, payload ?? {});
  }

  async leave(): Promise<void> {
    if (this.left) return;
    this.left = true;
    await this.room.leave(true).catch(() => undefined);
  }

  private dispatch(type: string, payload: unknown): void {
    this.last.set(type, payload);
    for (const cb of this.listeners.get(type) ?? []) cb(payload);
  }
}

const sdk = (): Promise<import("@colyseus/sdk").Client> => import("../net/connect").then((n) => n.sdkClient());

/** Resolves once `class.welcome` has arrived (the role, the status and the links are known). */
async function opened(roomPromise: Promise<Room>): Promise<ClassSession> {
  const session = new ClassSession(await roomPromise);
  if (session.welcome) return session;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("welcome timeout")), 8000);
    const off = session.on("class.welcome", () => {
      clearTimeout(timer);
      off();
      resolve();
    });
    session.onLeave(() => {
      clearTimeout(timer);
      reject(new Error("left before welcome"));
    });
  });
  return session;
}

export async function createClass(options: ClassCreateOptions): Promise<ClassSession> {
  const c = await sdk();
  return opened(c.create(CLASS_ROOM, options));
}

export async function joinClass(code: string, options: ClassJoinOptions): Promise<ClassSession> {
  const c = await sdk();
  return opened(c.joinById(code, options));
}

/** Starts downloading the SDK while the student types (nothing is sent yet). */
export function warmUp(): void {
  void sdk().catch(() => undefined);
}

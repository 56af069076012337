// The class room: one per class, found by its code. Thin like the match room: it checks each
// join and message at the boundary, hands the class's logic to ClassSession, and sends what
// that returns. Teacher actions need the host role, which only the host key (or creating the
// class) gives.
import { type Client, Room, ServerError, type AuthContext } from "@colyseus/core";
import {
  CLASS_MESSAGE_TYPES,
  CLASS_MESSAGES,
  ClassCreateOptionsSchema,
  ClassJoinOptionsSchema,
  MAX_CLASS_STUDENTS,
  type ClassErrorMessage,
  type ClassMessageType,
} from "../../shared/protocol/classroom";
import { JOIN_ERROR_STATUS } from "../../shared/protocol";
import { TokenBucket } from "../rooms/rate-limit";
import { freshRoomCode } from "../rooms/room-codes";
import { onMatchFinished, onMatchProgress } from "../server-matches";
import { services } from "../services";
import { log } from "../log";
import { hashSecret } from "./keys";
import { ClassSession, type ClassMember } from "./class-session";
import { unsealClassRestore } from "./restore-options";
import { JoinLimiter } from "./join-limiter";

/** Teacher actions per client: a burst, then a steady rate (a teacher clicks, never floods). */
const HOST_BURST = 30;
const HOST_PER_SECOND = 10;
/** How long a dropped connection keeps its place before the student counts as gone. */
const RECONNECT_SECONDS = 30;
/** A finished class stays open this long for late readers of the podium, then closes. */
const LINGER_AFTER_END_MS = 30 * 60_000;

type Auth = { role: "host"; hostKey?: string } | { role: "student"; studentId: number };

export class ClassRoom extends Room {
  override maxClients = MAX_CLASS_STUDENTS + 50;
  // A class outlives its connections: the teacher's laptop may reload, every phone may drop.
  override autoDispose = false;
  // No synced state: every client gets messages made for it (see ClassSession). A slow patch
  // timer rather than none: with none, Colyseus ticks its clock every 16 ms instead.
  override patchRate = 1000;

  // Set in onCreate; a create refused there leaves it unset (onDispose still runs).
  private session!: ClassSession;
  private members = new Map<string, ClassMember & { bucket: TokenBucket }>();
  private creatorPending = true;
  private readonly joins = new JoinLimiter();
  private unsubscribe: Array<() => void> = [];
  private tick: NodeJS.Timeout | null = null;

  override async onCreate(createOptions: unknown): Promise<void> {
    const repo = services().classes;
    const restoreId = unsealClassRestore(createOptions);
    if (restoreId) {
      const record = await repo?.getClass(restoreId);
      if (!record || !repo) throw new ServerError(JOIN_ERROR_STATUS, "class/invalid-options");
      this.roomId = record.code;
      this.session = await ClassSession.restore(record, repo, this.sender());
      this.creatorPending = false;
    } else {
      const parsed = ClassCreateOptionsSchema.safeParse(createOptions ?? {});
      if (!parsed.success) throw new ServerError(JOIN_ERROR_STATUS, "class/invalid-options");
      const code = await freshRoomCode();
      this.roomId = code;
      const created = ClassSession.create(code, parsed.data.setup, parsed.data.hostKey, repo, this.sender());
      if (!(created instanceof ClassSession)) throw new ServerError(JOIN_ERROR_STATUS, created.code);
      this.session = created;
    }
    await this.setPrivate(true);

    for (const type of CLASS_MESSAGE_TYPES) this.onMessage(type, (client, payload) => this.receive(client, type, payload));
    this.onMessage("*", (client, type) =>
      this.reject(client, { code: "class/unknown-type", message: `no message "${String(type)}"`, type: String(type) }),
    );
    this.unsubscribe.push(
      onMatchProgress((p) => this.session.onProgress(p)),
      onMatchFinished((r) => this.session.onFinished(r)),
    );
    // The dashboard's pace: at most one update a second, only when something changed.
    this.tick = setInterval(() => this.session.flush(), 1000);
    this.tick.unref?.();
    this.session.onEnded = () => {
      const closeTimer = setTimeout(() => void this.disconnect(), LINGER_AFTER_END_MS);
      closeTimer.unref?.();
    };
    log.info("class.created", { class: this.session.id, code: this.roomId, restored: restoreId !== null });
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): Auth {
    // The creator's own join carries the create options: it is the teacher, once.
    if (this.creatorPending && typeof options === "object" && options !== null && "setup" in options) {
      this.creatorPending = false;
      return { role: "host" };
    }
    const parsed = ClassJoinOptionsSchema.safeParse(options ?? {});
    if (!parsed.success) throw new ServerError(JOIN_ERROR_STATUS, "class/invalid-options");
    const join = parsed.data;
    if ("hostKey" in join) {
      if (!this.session.isHostKey(join.hostKey)) throw new ServerError(JOIN_ERROR_STATUS, "class/bad-host-key");
      return { role: "host", hostKey: join.hostKey };
    }
    const browserHash = hashSecret(join.browserId);
    if (!this.joins.allow(browserHash, context.ip ?? "unknown", performance.now())) {
      throw new ServerError(JOIN_ERROR_STATUS, "class/rate-limited");
    }
    const verdict = this.session.admit(browserHash, join.name);
    if (!verdict.ok) {
      log.info("class.join-refused", { class: this.session.id, code: verdict.code });
      throw new ServerError(JOIN_ERROR_STATUS, verdict.code);
    }
    return { role: "student", studentId: verdict.student.id };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth): void {
    const member: ClassMember = {
      role: auth.role,
      studentId: auth.role === "student" ? auth.studentId : null,
      ...(auth.role === "host" && auth.hostKey ? { hostKey: auth.hostKey } : {}),
      client,
    };
    this.members.set(client.sessionId, { ...member, bucket: new TokenBucket(HOST_BURST, HOST_PER_SECOND, performance.now()) });
    const replaced = this.session.join(member);
    // A second tab (or a reload racing its old socket) takes the place; the old one is told.
    if (replaced) {
      this.members.delete(replaced);
      const old = this.clients.getById(replaced);
      old?.send("class.replaced", {});
      old?.leave(4009);
    }
  }

  override async onDrop(client: Client): Promise<void> {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    this.session.drop(member);
    try {
      await this.allowReconnection(client, RECONNECT_SECONDS);
    } catch {
      // onLeave follows.
    }
  }

  override onReconnect(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (member) this.session.join({ ...member, client });
  }

  override onLeave(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    this.members.delete(client.sessionId);
    this.session.leave(member);
  }

  override onDispose(): void {
    for (const off of this.unsubscribe) off();
    if (this.tick) clearInterval(this.tick);
    this.session?.dispose();
    log.info("class.disposed", { class: this.session?.id, code: this.roomId });
  }

  override onUncaughtException(error: Error, methodName: string): void {
    // A refused join is an answer, not a fault: it was logged (info) where it was decided.
    if (error.message.startsWith("class/")) return;
    log.error("class.exception", { class: this.session?.id, method: methodName, error: error.message });
  }

  private receive(client: Client, type: ClassMessageType, payload: unknown): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    if (!member.bucket.take(performance.now()))
      return this.reject(client, { code: "class/rate-limited", message: "too many messages", type });
    if (member.role !== "host") return this.reject(client, { code: "class/not-host", message: "teacher actions need the host key", type });
    const checked = CLASS_MESSAGES[type].safeParse(payload ?? undefined);
    if (!checked.success)
      return this.reject(client, { code: "class/input-invalid", message: checked.error.issues[0]?.message ?? "invalid", type });
    const error = this.session.act(type, checked.data as never);
    if (error) this.reject(client, { ...error, type });
  }

  private reject(client: Client, error: ClassErrorMessage): void {
    client.send("error", error);
    log.info("class.message-rejected", { class: this.session?.id, session: client.sessionId, code: error.code, type: error.type });
  }

  /** How the session reaches clients: by session id (students) or every host connection. */
  private sender() {
    return {
      toClient: (sessionId: string, type: string, payload: unknown) => this.clients.getById(sessionId)?.send(type, payload),
      toHosts: (type: string, payload: unknown) => {
        for (const m of this.members.values()) if (m.role === "host") m.client.send(type, payload);
      },
      toAll: (type: string, payload: unknown) => this.broadcast(type, payload),
      disconnect: (sessionId: string) => {
        const client = this.clients.getById(sessionId);
        this.members.delete(sessionId);
        client?.leave(4003);
      },
    };
  }
}

// One class's life: the roster, the rounds (pairs made, matches created, progress followed,
// results kept), the leaderboard and the end. The room (class-room.ts) checks what comes in;
// this decides what happens and whom to tell. Every change worth keeping is written to the
// class store at once, so a crash loses no result (server/storage/stores.ts). Writes are not
// waited for (keep()): SQLite has made them when the call returns, and PostgreSQL's go out
// in the order they were made; one that fails is logged as class.save-failed.
import { randomInt } from "node:crypto";
import {
  classLink,
  MAX_CLASS_NAME_CHARS,
  teacherLink,
  type ClassDashboard,
  type ClassErrorCode,
  type ClassLeaderboard,
  type ClassMessages,
  type ClassMessageType,
  type ClassPhase,
  type ClassSetup,
  type ClassStatus,
  type ClassWelcome,
  type LeaderRow,
} from "../../shared/protocol/classroom";
import { planRound } from "../../shared/classroom/pairing";
import { getScenario } from "../../shared/scenarios";
import type { ClassRecord, ClassStore, ResultRecord } from "../storage";
import type { MatchProgress, MatchResults } from "../rooms/results";
import { services } from "../services";
import { log } from "../log";
import { hashSecret, newClassId, newHostKey, secretMatches } from "./keys";
import { checkShownName } from "./nickname";
import { Roster, type JoinVerdict, type Student } from "./roster";
import { RoundRunner } from "./round-runner";
import { Standings } from "./standings-book";

export interface ClassMember {
  role: "host" | "student";
  studentId: number | null;
  /** The key a teacher's connection came with (shown back in its welcome). */
  hostKey?: string;
  client: { sessionId: string; send(type: string, payload: unknown): void };
}

export interface Sender {
  toClient(sessionId: string, type: string, payload: unknown): void;
  toHosts(type: string, payload: unknown): void;
  toAll(type: string, payload: unknown): void;
  disconnect(sessionId: string): void;
}

type ActError = { code: ClassErrorCode; message: string } | null;

export class ClassSession {
  phase: ClassPhase = "lobby";
  round = 0;
  locked = false;
  lateJoin: boolean;
  endedAt: number | null = null;
  /** Called once when the class reaches its podium. */
  onEnded: (() => void) | null = null;

  private readonly roster: Roster;
  private readonly standings: Standings;
  private readonly runner: RoundRunner;
  private statusDirty = true;
  private firstDashboardSent = false;

  private constructor(
    readonly id: string,
    readonly code: string,
    readonly name: string,
    readonly setup: ClassSetup,
    private readonly hostKeyHash: string,
    readonly createdAt: number,
    private readonly repo: ClassStore | null,
    private readonly send: Sender,
    roster: Roster,
    results: readonly ResultRecord[],
    /** The key made for the creator (null after a restore: teachers come back with theirs). */
    readonly newKey: string | null,
  ) {
    this.lateJoin = setup.lateJoin;
    this.roster = roster;
    this.standings = new Standings(setup.scoring, results);
    this.runner = new RoundRunner(this.id, setup, {
      onPairs: (pairs, records) => {
        this.keep("pairs", (repo) => repo.savePairs(this.id, pairs.round, records));
        this.send.toHosts("class.pairs", pairs);
      },
      onSeat: (studentId, seat) => {
        const s = this.roster.get(studentId);
        if (s?.session) this.send.toClient(s.session, "class.match", seat);
      },
      onResults: (records) => this.record(records),
      onAllFinished: () => this.closeRound(),
      onTimeUp: () => this.endRound(),
      nameOf: (studentId) => this.roster.get(studentId)?.name ?? "?",
    });
  }

  static create(
    code: string,
    setup: ClassSetup,
    hostKey: string | undefined,
    repo: ClassStore | null,
    send: Sender,
  ): ClassSession | { code: ClassErrorCode } {
    for (const r of setup.rounds) if (!getScenario(r.scenarioId)) return { code: "class/invalid-options" };
    let name = "";
    if (setup.name.trim() !== "") {
      const checked = checkShownName(setup.name, MAX_CLASS_NAME_CHARS);
      if (!checked.ok) return { code: checked.code };
      name = checked.name;
    }
    const key = hostKey ?? newHostKey();
    const session = new ClassSession(newClassId(), code, name, setup, hashSecret(key), Date.now(), repo, send, new Roster(), [], key);
    session.keep("class", (r) => r.createClass(session.recordOf()));
    return session;
  }

  /** A class brought back after a restart: its roster and results from the database. */
  static async restore(record: ClassRecord, repo: ClassStore, send: Sender): Promise<ClassSession> {
    const [students, results, pairs] = await Promise.all([
      repo.students(record.id),
      repo.results(record.id),
      record.round > 0 ? repo.pairs(record.id, record.round) : Promise.resolve(null),
    ]);
    const roster = Roster.restore(students);
    const session = new ClassSession(
      record.id,
      record.code,
      record.name,
      record.setup,
      record.hostKeyHash,
      record.createdAt,
      repo,
      send,
      roster,
      results,
      null,
    );
    session.round = record.round;
    session.locked = record.locked;
    session.lateJoin = record.lateJoin;
    session.endedAt = record.endedAt;
    // A round that was running when the process died ends as it stood: the results that
    // had arrived are kept, and the teacher goes on with the next round.
    session.phase = record.phase === "round" ? "results" : record.phase;
    if (pairs) session.runner.restorePrevious(pairs);
    session.refreshPoints();
    session.persist();
    return session;
  }

  isHostKey(key: string): boolean {
    return secretMatches(key, this.hostKeyHash);
  }

  admit(browserHash: string, typedName: unknown): JoinVerdict {
    const verdict = this.roster.admit(
      browserHash,
      typedName,
      { locked: this.locked, open: this.phase === "lobby" || this.lateJoin, ended: this.phase === "podium" },
      Date.now(),
    );
    if (verdict.ok && verdict.isNew) {
      const s = verdict.student;
      this.keep("student", (repo) =>
        repo.addStudent(this.id, { id: s.id, browserHash: s.browserHash, name: s.name, joinedAt: s.joinedAt }),
      );
      this.statusDirty = true;
    }
    return verdict;
  }

  /** A connection arrives (join or reconnection). Returns the session it replaces, if any. */
  join(member: ClassMember): string | null {
    const sessionId = member.client.sessionId;
    if (member.role === "host") {
      member.client.send("class.welcome", this.welcome("host", member.hostKey ?? this.newKey ?? undefined));
      member.client.send("class.dashboard", this.dashboard(true));
      const pairs = this.runner.pairsMessage();
      if (pairs) member.client.send("class.pairs", pairs);
      if (this.phase === "results") member.client.send("class.leaderboard", this.leaderboardMessage());
      if (this.phase === "podium") member.client.send("class.podium", this.podiumMessage());
      return null;
    }
    const s = this.roster.get(member.studentId!);
    if (!s) return null;
    const previous = s.session !== sessionId ? s.session : null;
    this.roster.connect(s, sessionId);
    member.client.send("class.welcome", this.welcome("student", undefined, s));
    if (this.phase === "round") void this.runner.reseat(s.id, (seat) => this.send.toClient(sessionId, "class.match", seat));
    if (this.phase === "results" && this.round > 0) member.client.send("class.result", this.resultOf(s.id));
    if (this.phase === "podium") member.client.send("class.final", this.finalOf(s.id));
    return previous;
  }

  drop(member: ClassMember): void {
    if (member.role !== "student") return;
    const s = this.roster.get(member.studentId!);
    if (s && s.session === member.client.sessionId) this.roster.connect(s, null);
  }

  leave(member: ClassMember): void {
    this.drop(member);
  }

  // ---- teacher actions ----------------------------------------------------------------------

  act<K extends ClassMessageType>(type: K, msg: ClassMessages[K]): ActError {
    if (this.phase === "podium") return { code: "class/ended", message: "the class is over" };
    switch (type) {
      case "kick": {
        const { studentId } = msg as ClassMessages["kick"];
        const s = this.roster.kick(studentId);
        if (!s) return { code: "class/unknown-student", message: `no student ${studentId}` };
        this.keep("kick", (repo) => repo.kickStudent(this.id, studentId));
        if (s.session) {
          this.send.toClient(s.session, "class.kicked", {});
          this.send.disconnect(s.session);
          this.roster.connect(s, null);
        }
        this.statusDirty = true;
        log.info("class.kicked", { class: this.id, student: studentId });
        return null;
      }
      case "rename": {
        const { studentId, name } = msg as ClassMessages["rename"];
        const renamed = this.roster.rename(studentId, name);
        if (!renamed.ok) return renamed;
        this.keep("rename", (repo) => repo.renameStudent(this.id, studentId, renamed.name));
        const s = this.roster.get(studentId)!;
        if (s.session) this.send.toClient(s.session, "class.renamed", { name: renamed.name });
        return null;
      }
      case "lock":
        this.locked = (msg as ClassMessages["lock"]).locked;
        return this.changed();
      case "lateJoin":
        this.lateJoin = (msg as ClassMessages["lateJoin"]).lateJoin;
        return this.changed();
      case "startRound":
        return this.startRound();
      case "extendRound":
        if (this.phase !== "round") return { code: "class/wrong-phase", message: "no round is running" };
        this.runner.extend((msg as ClassMessages["extendRound"]).seconds * 1000);
        return this.changed();
      case "endRound":
        if (this.phase !== "round") return { code: "class/wrong-phase", message: "no round is running" };
        this.endRound();
        return null;
      case "finishClass":
        if (this.phase === "round") return { code: "class/wrong-phase", message: "end the round first" };
        this.finish();
        return null;
    }
    return { code: "class/unknown-type", message: `no action ${String(type)}` };
  }

  private startRound(): ActError {
    if (this.phase !== "lobby" && this.phase !== "results") return { code: "class/wrong-phase", message: "a round is running" };
    if (this.round >= this.rounds()) return { code: "class/wrong-phase", message: "every round has been played" };
    const present = this.roster.present().map((s) => s.id);
    if (present.length === 0 || (present.length === 1 && !this.setup.botPartner)) {
      return { code: "class/no-students", message: "no student to pair" };
    }
    this.round++;
    this.phase = "round";
    this.persist();
    const plan = planRound({
      present,
      previous: this.runner.previous(),
      mode: this.setup.pairing,
      botPartner: this.setup.botPartner,
      seed: randomInt(0x7fffffff),
    });
    void this.runner.start(this.round, plan);
    this.broadcastStatus();
    log.info("class.round-started", { class: this.id, round: this.round, pairs: plan.pairs.length, waiting: plan.waiting.length });
    return null;
  }

  private endRound(): void {
    this.runner.endAll(() => this.closeRound());
  }

  /** Every pair is done (or time is up and the grace has passed): the round's leaderboard. */
  private closeRound(): void {
    if (this.phase !== "round") return;
    this.record(this.runner.unfinishedResults());
    this.runner.stop();
    this.phase = "results";
    this.persist();
    this.refreshPoints();
    // The dashboard shows every pair's end before the leaderboard replaces it.
    this.statusDirty = true;
    this.flush();
    this.send.toHosts("class.leaderboard", this.leaderboardMessage());
    const students = this.activeStudents();
    for (const s of students) {
      if (s.session) this.send.toClient(s.session, "class.result", this.resultOf(s.id, students));
    }
    this.broadcastStatus();
    log.info("class.round-closed", { class: this.id, round: this.round });
  }

  private finish(): void {
    this.phase = "podium";
    this.endedAt = Date.now();
    this.persist();
    this.send.toHosts("class.podium", this.podiumMessage());
    const students = this.activeStudents();
    for (const s of students) if (s.session) this.send.toClient(s.session, "class.final", this.finalOf(s.id, students));
    this.broadcastStatus();
    log.info("class.finished", { class: this.id, rounds: this.round, students: students.length });
    this.onEnded?.();
  }

  // ---- the matches --------------------------------------------------------------------------

  onProgress(p: MatchProgress): void {
    this.runner.progress(p, Date.now());
  }

  onFinished(r: MatchResults): void {
    this.runner
      .finished(r, this.repo)
      .catch((error: unknown) => log.error("class.result-failed", { class: this.id, room: r.roomId, error: (error as Error).message }));
  }

  private record(records: readonly ResultRecord[]): void {
    if (records.length === 0) return;
    const fresh = records.filter((r) => !this.standings.has(r.round, r.studentId));
    if (fresh.length === 0) return;
    this.keep("results", (repo) => repo.saveResults(this.id, fresh));
    this.standings.add(fresh);
    // A result that arrives after its round closed (a match brought back after a crash) moves the board.
    if (this.phase !== "round") this.refreshPoints();
  }

  // ---- what clients see ---------------------------------------------------------------------

  flush(): void {
    const now = Date.now();
    const { roster, removed } = this.roster.takeChanges();
    const progress = this.runner.changedRows(now);
    if (!this.statusDirty && roster.length === 0 && removed.length === 0 && progress.length === 0 && this.firstDashboardSent) return;
    this.statusDirty = false;
    this.firstDashboardSent = true;
    const msg: ClassDashboard = { full: false, status: this.status(), roster, removed, progress };
    this.send.toHosts("class.dashboard", msg);
  }

  private dashboard(full: boolean): ClassDashboard {
    return {
      full,
      status: this.status(),
      roster: this.roster.active().map((s) => this.roster.entry(s)),
      removed: [],
      progress: this.runner.allRows(Date.now()),
    };
  }

  status(): ClassStatus {
    return {
      phase: this.phase,
      round: this.round,
      rounds: this.rounds(),
      endsInMs: this.phase === "round" ? this.runner.endsInMs(Date.now()) : null,
      locked: this.locked,
      lateJoin: this.lateJoin,
      students: this.roster.count(),
    };
  }

  private welcome(role: "host" | "student", hostKey?: string, s?: Student): ClassWelcome {
    const origin = services().publicOrigin;
    return {
      role,
      code: this.code,
      classId: this.id,
      name: this.name,
      setup: this.setup,
      status: this.status(),
      joinUrl: classLink(origin, this.code),
      ...(role === "host" && hostKey ? { hostKey, teacherUrl: teacherLink(origin, this.code, hostKey) } : {}),
      ...(s ? { student: { id: s.id, name: s.name, points: s.points } } : {}),
    };
  }

  private leaderboardMessage(): ClassLeaderboard {
    const rows = this.board();
    return {
      round: this.round,
      rounds: this.rounds(),
      rows: this.setup.leaderboard === "top5" ? rows.filter((r) => r.rank <= 5) : rows,
      of: rows.length,
    };
  }

  private podiumMessage() {
    const rows = this.board();
    return { classId: this.id, podium: rows.filter((r) => r.rank <= 3), of: rows.length };
  }

  private board(): LeaderRow[] {
    return this.standings.board(this.activeStudents(), this.round, this.roster.version);
  }

  private resultOf(id: number, students = this.activeStudents()) {
    return this.standings.resultFor(id, this.round, this.rounds(), students, this.setup.leaderboard, this.roster.version);
  }

  private finalOf(id: number, students = this.activeStudents()) {
    return this.standings.finalFor(id, students, this.roster.version);
  }

  private refreshPoints(): void {
    for (const row of this.board()) this.roster.setPoints(row.studentId, row.points);
  }

  private activeStudents(): Student[] {
    return this.roster.active();
  }

  private rounds(): number {
    return this.setup.rounds.length;
  }

  private changed(): ActError {
    this.persist();
    this.broadcastStatus();
    return null;
  }

  private broadcastStatus(): void {
    this.statusDirty = true;
    this.send.toAll("class.status", this.status());
  }

  private persist(): void {
    this.keep("class", (repo) =>
      repo.updateClass({
        id: this.id,
        code: this.code,
        phase: this.phase,
        round: this.round,
        locked: this.locked,
        lateJoin: this.lateJoin,
        endedAt: this.endedAt,
      }),
    );
  }

  /** Starts a write of this class without waiting for it; a failed one is logged. */
  private keep(what: string, write: (repo: ClassStore) => Promise<void>): void {
    if (!this.repo) return;
    write(this.repo).catch((error: unknown) => log.error("class.save-failed", { class: this.id, what, error: (error as Error).message }));
  }

  private recordOf(): ClassRecord {
    return {
      id: this.id,
      code: this.code,
      hostKeyHash: this.hostKeyHash,
      name: this.name,
      setup: this.setup,
      phase: this.phase,
      round: this.round,
      locked: this.locked,
      lateJoin: this.lateJoin,
      createdAt: this.createdAt,
      endedAt: this.endedAt,
    };
  }

  dispose(): void {
    this.runner.stop();
  }
}

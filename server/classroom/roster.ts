// The students of one class: who they are (a browser id's hash), their nickname, whether
// they are connected, kicked, and their points. No Colyseus here: the room calls it and
// stores what it returns.
import { MAX_CLASS_STUDENTS, type ClassErrorCode, type RosterEntry } from "../../shared/protocol/classroom";
import { MAX_NAME_CHARS } from "../../shared/protocol/limits";
import { checkShownName, nameKey } from "./nickname";
import type { StudentRecord } from "../storage";

export interface Student {
  id: number;
  browserHash: string;
  name: string;
  kicked: boolean;
  joinedAt: number;
  /** Colyseus sessionId of the student's live connection, or null. */
  session: string | null;
  points: number;
}

export type JoinVerdict = { ok: true; student: Student; isNew: boolean } | { ok: false; code: ClassErrorCode; message: string };

export interface JoinRules {
  locked: boolean;
  /** New students are welcome (the lobby, or late join on). */
  open: boolean;
  ended: boolean;
}

export class Roster {
  private readonly byId = new Map<number, Student>();
  private readonly byBrowser = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  private nextId = 1;
  /** Ids whose entry changed since the last dashboard. */
  readonly changed = new Set<number>();
  /** Bumped when a name or the set of active students changes (leaderboards are kept until then). */
  version = 0;

  static restore(records: readonly StudentRecord[]): Roster {
    const r = new Roster();
    for (const rec of records) {
      const s: Student = { ...rec, session: null, points: 0 };
      r.byId.set(s.id, s);
      r.byBrowser.set(s.browserHash, s.id);
      if (!s.kicked) r.byName.set(nameKey(s.name), s.id);
      r.nextId = Math.max(r.nextId, s.id + 1);
    }
    return r;
  }

  get(id: number): Student | undefined {
    return this.byId.get(id);
  }

  /** Students not kicked, in join order. */
  active(): Student[] {
    return [...this.byId.values()].filter((s) => !s.kicked);
  }

  /** Connected students, in join order: who plays the next round. */
  present(): Student[] {
    return this.active().filter((s) => s.session !== null);
  }

  count(): number {
    return this.byName.size;
  }

  /**
   * A student joining with a browser id (its hash) and a typed name. The same browser comes
   * back as the same student whatever name it types; a new one must pass the rules.
   */
  admit(browserHash: string, typedName: unknown, rules: JoinRules, now: number): JoinVerdict {
    const known = this.byBrowser.get(browserHash);
    if (known !== undefined) {
      const s = this.byId.get(known)!;
      if (s.kicked) return { ok: false, code: "class/kicked", message: "this browser was removed from the class" };
      return { ok: true, student: s, isNew: false };
    }
    if (rules.ended) return { ok: false, code: "class/ended", message: "the class is over" };
    if (rules.locked) return { ok: false, code: "class/locked", message: "the class is locked" };
    if (!rules.open) return { ok: false, code: "class/late-join-off", message: "the class has started; late join is off" };
    if (this.count() >= MAX_CLASS_STUDENTS) return { ok: false, code: "class/full", message: "the class is full" };
    const checked = checkShownName(typedName, MAX_NAME_CHARS);
    if (!checked.ok) return { ok: false, code: checked.code, message: `nickname refused: ${checked.why}` };
    if (this.byName.has(nameKey(checked.name)))
      return { ok: false, code: "class/name-taken", message: "another student has this nickname" };
    const s: Student = { id: this.nextId++, browserHash, name: checked.name, kicked: false, joinedAt: now, session: null, points: 0 };
    this.byId.set(s.id, s);
    this.byBrowser.set(browserHash, s.id);
    this.byName.set(nameKey(s.name), s.id);
    this.changed.add(s.id);
    this.version++;
    return { ok: true, student: s, isNew: true };
  }

  rename(id: number, typedName: unknown): { ok: true; name: string } | { ok: false; code: ClassErrorCode; message: string } {
    const s = this.byId.get(id);
    if (!s || s.kicked) return { ok: false, code: "class/unknown-student", message: `no student ${id}` };
    const checked = checkShownName(typedName, MAX_NAME_CHARS);
    if (!checked.ok) return { ok: false, code: checked.code, message: `name refused: ${checked.why}` };
    const key = nameKey(checked.name);
    const holder = this.byName.get(key);
    if (holder !== undefined && holder !== id) return { ok: false, code: "class/name-taken", message: "another student has this nickname" };
    this.byName.delete(nameKey(s.name));
    this.byName.set(key, id);
    s.name = checked.name;
    this.changed.add(id);
    this.version++;
    return { ok: true, name: s.name };
  }

  kick(id: number): Student | null {
    const s = this.byId.get(id);
    if (!s || s.kicked) return null;
    s.kicked = true;
    this.byName.delete(nameKey(s.name));
    this.changed.add(id);
    this.version++;
    return s;
  }

  connect(s: Student, session: string | null): void {
    s.session = session;
    this.changed.add(s.id);
  }

  setPoints(id: number, points: number): void {
    const s = this.byId.get(id);
    if (s && s.points !== points) {
      s.points = points;
      this.changed.add(id);
    }
  }

  entry(s: Student): RosterEntry {
    return { id: s.id, name: s.name, connected: s.session !== null, points: s.points };
  }

  /** The entries that changed (and the kicked ones, as removed) since the last call. */
  takeChanges(): { roster: RosterEntry[]; removed: number[] } {
    const roster: RosterEntry[] = [];
    const removed: number[] = [];
    for (const id of this.changed) {
      const s = this.byId.get(id);
      if (!s) continue;
      if (s.kicked) removed.push(id);
      else roster.push(this.entry(s));
    }
    this.changed.clear();
    return { roster, removed };
  }
}

// The teacher's side: setup -> the lobby on the projector -> the live dashboard while a round
// runs -> the leaderboard after it -> ... -> the podium -> the report. The host key stays in
// this browser (localStorage); the address only says ?teach=CODE, so a reload reopens the class.
import type {
  ClassDashboard,
  ClassErrorMessage,
  ClassLeaderboard,
  ClassPairs,
  ClassPodium,
  ClassReport,
  ClassStatus,
  ClassSummary,
} from "../../../../shared/protocol/classroom";
import { isRoomCode, normalizeRoomCode } from "../../../../shared/protocol/room-code";
import type { ClassroomLink } from "../../shell/invite";
import { onLanguageChanged } from "../../i18n";
import { h } from "../dom";
import { frame, setStatus, type Frame } from "../shell";
import { classErrorText, tc } from "../text";
import { hostKey, keepHostKey } from "../identity";
import { createClass, joinClass, type ClassSession } from "../connection";
import { prepareGame, showMatch, type OpenMatch } from "../play";
import { DashboardModel } from "./dashboard-model";
import { defaultDraft, draftToSetup, setupView, type SetupDraft } from "./setup";
import { controlsPanel, joinPanel, rosterPanel, type LobbyActions, type LobbyUi } from "./lobby-view";
import { clockText, dashboardView, type DashboardUi } from "./dashboard-view";
import { leaderboardView, podiumView } from "./show-views";
import { downloadCsv, fetchReport, listClasses, pastView, reportErrorText, reportView } from "./report";

type Screen =
  | { kind: "setup" }
  | { kind: "class" }
  | { kind: "report"; report: ClassReport; back: "class" | "setup" }
  | { kind: "spectating" };

export function startTeacher(root: HTMLElement, gameParent: HTMLElement, link: ClassroomLink): void {
  new TeacherPage(root, gameParent).start(link);
}

class TeacherPage {
  private screen: Screen = { kind: "setup" };
  private draft: SetupDraft = defaultDraft();
  private past: ClassSummary[] | null = null;
  private session: ClassSession | null = null;
  private readonly model = new DashboardModel();
  private readonly lobbyUi: LobbyUi = { renaming: null, confirmKick: null };
  private readonly dashUi: DashboardUi = { page: 0, filter: "all" };
  private endsAt: number | null = null;
  private watching: OpenMatch | null = null;
  private f: Frame | null = null;
  private shownKey = "";
  private pendingStatus: { text: string; kind: "error" | "info" } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly gameParent: HTMLElement,
  ) {}

  start(link: ClassroomLink): void {
    onLanguageChanged(() => this.render(true));
    setInterval(() => this.tickClock(), 500);
    if (link.kind === "teacher") {
      // The teacher link of a second screen: the key is kept, and leaves the address bar.
      keepHostKey(link.hostKey);
      void this.join(link.code, link.hostKey);
    } else {
      const raw = new URLSearchParams(location.search).get("teach") ?? "";
      const key = hostKey();
      if (isRoomCode(raw) && key) void this.join(normalizeRoomCode(raw), key);
      else this.render(true);
    }
    void this.loadPast();
  }

  // ---- drawing ---------------------------------------------------------------------------

  /** Draws the screen again, keeping the focused control and the scroll position. */
  private render(force = false): void {
    if (this.screen.kind === "spectating") return;
    const key = this.screenKey();
    if (!force && key === this.shownKey && this.screen.kind === "class" && this.phase() !== "lobby" && this.phase() !== "round") return;
    // A name being typed in the roster is not wiped by the next roster update.
    if (!force && this.lobbyUi.renaming !== null) return;
    this.shownKey = key;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.testid;
    const scroll = this.root.scrollTop;
    this.root.hidden = false;
    const w = this.session?.welcome;
    const f = frame(this.root, {
      wide: this.screen.kind !== "setup",
      className: this.screen.kind === "setup" ? "cr-setup" : undefined,
      subtitle: w ? `${w.name || tc("title")} · ${w.code}` : undefined,
    });
    this.f = f;
    if (this.screen.kind === "setup") this.drawSetup(f);
    else if (this.screen.kind === "report") {
      const r = this.screen.report;
      const back = this.screen.back;
      f.main.append(
        reportView(r, {
          csv: () => void this.csv(r.summary),
          back: () => ((this.screen = back === "class" && this.session ? { kind: "class" } : { kind: "setup" }), this.render(true)),
        }),
      );
    } else this.drawClass(f);
    if (this.pendingStatus) setStatus(f, this.pendingStatus.text, this.pendingStatus.kind);
    this.root.scrollTop = scroll;
    if (focused) (this.root.querySelector(`[data-testid="${focused}"]`) as HTMLElement | null)?.focus();
    this.tickClock();
  }

  private screenKey(): string {
    const st = this.status();
    return `${this.screen.kind}|${st?.phase}|${st?.round}|${this.session?.latest<ClassLeaderboard>("class.leaderboard")?.round ?? ""}|${this.session?.latest("class.podium") ? 1 : 0}`;
  }

  private note(text: string, kind: "error" | "info" = "info"): void {
    this.pendingStatus = text ? { text, kind } : null;
    if (this.f) setStatus(this.f, text, kind);
  }

  private drawSetup(f: Frame): void {
    // Past classes first: a teacher coming back for a report finds it without scrolling.
    if (this.past && this.past.length > 0)
      f.main.append(
        pastView(
          this.past.slice(0, 8),
          (c) => void this.openReport(c, "setup"),
          (c) => void this.csv(c),
        ),
      );
    f.main.append(
      setupView(
        this.draft,
        () => this.render(true),
        () => void this.create(),
      ),
    );
  }

  private status(): ClassStatus | null {
    return this.model.status ?? this.session?.latest<ClassStatus>("class.status") ?? this.session?.welcome?.status ?? null;
  }

  private phase(): ClassStatus["phase"] | null {
    return this.status()?.phase ?? null;
  }

  private actions(): LobbyActions {
    const s = this.session!;
    return {
      kick: (studentId) => s.send("kick", { studentId }),
      rename: (studentId, name) => (s.send("rename", { studentId, name }), this.render(true)),
      lock: (locked) => s.send("lock", { locked }),
      lateJoin: (lateJoin) => s.send("lateJoin", { lateJoin }),
      start: () => (this.note(tc("lobby.starting")), s.send("startRound")),
      finish: () => s.send("finishClass"),
      copyTeacherLink: () => void this.copyTeacherLink(),
    };
  }

  private drawClass(f: Frame): void {
    const w = this.session!.welcome!;
    const st = this.status() ?? w.status;
    const redraw = (): void => this.render(true);
    if (st.phase === "lobby") {
      f.main.append(
        joinPanel(w),
        controlsPanel(st, this.actions()),
        rosterPanel(this.model.students(), this.lobbyUi, this.actions(), redraw),
      );
    } else if (st.phase === "round") {
      const s = this.session!;
      f.main.append(
        dashboardView(
          this.model,
          this.dashUi,
          {
            spectate: (l) => void this.spectate(l.roomId),
            extend: (seconds) => s.send("extendRound", { seconds }),
            endRound: () => s.send("endRound"),
          },
          redraw,
        ),
      );
      if (st.lateJoin && !st.locked) f.main.append(joinPanel(w, true));
    } else if (st.phase === "results") {
      const board = this.session!.latest<ClassLeaderboard>("class.leaderboard");
      const controls = controlsPanel(st, this.actions());
      f.main.append(board ? leaderboardView(board, controls) : controls);
    } else {
      const podium = this.session!.latest<ClassPodium>("class.podium");
      f.main.append(
        podium
          ? podiumView(podium, () => void this.openReport({ id: podium.classId, code: w.code }, "class"))
          : h("p", { text: tc("podium.waiting") }),
      );
    }
  }

  private tickClock(): void {
    const el = this.root.querySelector('[data-testid="dash.clock"]');
    if (el) el.textContent = `${clockText(this.endsAt === null ? null : this.endsAt - Date.now())}`;
  }

  // ---- the class room --------------------------------------------------------------------

  private async create(): Promise<void> {
    const made = draftToSetup(this.draft);
    if ("problem" in made) return this.note(made.problem, "error");
    this.note(tc("setup.creating"));
    const key = hostKey();
    try {
      this.attach(await createClass({ setup: made.setup, ...(key ? { hostKey: key } : {}) }));
    } catch (err) {
      this.note(classErrorText(err), "error");
    }
  }

  private async join(code: string, key: string): Promise<void> {
    this.note(tc("setup.opening", { code }));
    try {
      this.attach(await joinClass(code, { hostKey: key }));
    } catch (err) {
      this.screen = { kind: "setup" };
      this.note(classErrorText(err), "error");
      this.render(true);
    }
  }

  private attach(session: ClassSession): void {
    const w = session.welcome!;
    if (w.role !== "host") {
      void session.leave();
      this.note(tc("error.not-host"), "error");
      return;
    }
    this.session = session;
    if (w.hostKey) keepHostKey(w.hostKey);
    const url = new URL(location.href);
    url.search = `?teach=${w.code}`;
    url.hash = "";
    history.replaceState(history.state, "", url);
    this.onStatus(w.status);
    this.screen = { kind: "class" };
    this.note("");
    session.on<ClassStatus>("class.status", (st) => this.onStatus(st));
    session.on<ClassDashboard>("class.dashboard", (d) => {
      this.model.applyDashboard(d);
      this.onStatus(d.status);
    });
    session.on<ClassPairs>("class.pairs", (p) => {
      this.model.applyPairs(p);
      this.dashUi.page = 0;
      this.render(true);
    });
    session.on<ClassLeaderboard>("class.leaderboard", () => void this.closeWatch().then(() => this.render(true)));
    session.on<ClassPodium>("class.podium", () => void this.closeWatch().then(() => this.render(true)));
    session.on<ClassErrorMessage>("error", (e) => this.note(classErrorText(e), "error"));
    session.onConnection((up) => this.note(up ? "" : tc("student.reconnecting"), up ? "info" : "error"));
    session.onLeave(() => {
      this.session = null;
      this.screen = { kind: "setup" };
      this.note(tc("student.lostClass"), "error");
      this.render(true);
    });
    this.render(true);
  }

  private onStatus(st: ClassStatus): void {
    const before = this.model.status;
    this.model.status = st;
    this.endsAt = st.endsInMs === null ? null : Date.now() + st.endsInMs;
    if (before?.phase !== st.phase && this.pendingStatus?.kind === "info") this.note("");
    this.render(before?.phase !== st.phase || before?.round !== st.round);
  }

  private async copyTeacherLink(): Promise<void> {
    const link = this.session?.welcome?.teacherUrl;
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      this.note(tc("lobby.teacherLinkCopied"));
    } catch {
      this.note(tc("lobby.teacherLinkManual", { link }));
    }
  }

  private async spectate(roomId: string): Promise<void> {
    this.note(tc("dash.opening"));
    try {
      const { spectateRoom } = await import("../../net/connect");
      await prepareGame(this.gameParent);
      const session = await spectateRoom(roomId);
      this.screen = { kind: "spectating" };
      this.root.hidden = true;
      this.watching = await showMatch(this.gameParent, session, () => {
        this.watching = null;
        this.screen = { kind: "class" };
        this.render(true);
      });
      if (!this.watching) throw new Error("engine");
      this.note("");
    } catch (err) {
      this.screen = { kind: "class" };
      this.note(classErrorText(err), "error");
      this.render(true);
    }
  }

  private async closeWatch(): Promise<void> {
    const w = this.watching;
    if (!w) return;
    this.watching = null;
    await w.close();
    this.screen = { kind: "class" };
  }

  // ---- reports ---------------------------------------------------------------------------

  private async loadPast(): Promise<void> {
    const key = hostKey();
    if (!key) return;
    try {
      this.past = await listClasses(key);
      if (this.screen.kind === "setup") this.render(true);
    } catch {
      this.past = null;
    }
  }

  private async openReport(c: Pick<ClassSummary, "id" | "code">, back: "class" | "setup"): Promise<void> {
    const key = hostKey();
    if (!key) return this.note(tc("report.noAccess"), "error");
    this.note(tc("report.loading"));
    try {
      const report = await fetchReport(c.id, key);
      this.screen = { kind: "report", report, back };
      this.note("");
      this.render(true);
    } catch (err) {
      this.note(reportErrorText(err), "error");
    }
  }

  private async csv(c: Pick<ClassSummary, "id" | "code">): Promise<void> {
    const key = hostKey();
    if (!key) return this.note(tc("report.noAccess"), "error");
    try {
      await downloadCsv(c, key);
      this.note(tc("report.downloaded"));
    } catch (err) {
      this.note(reportErrorText(err), "error");
    }
  }
}

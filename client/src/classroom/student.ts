// The student's side of a class: code and nickname -> "You're in" -> the round's match ->
// the round's result with their own rank -> ... -> the final rank and their concept summary.
// A reload joins again with the same browser id (same seat, same points) and goes back into
// the running match with the match's reconnection token, else with the class's fresh seat.
import type { ClassFinal, ClassMatchSeat, ClassRoundResult, ClassStatus } from "../../../shared/protocol/classroom";
import { isRoomCode, normalizeRoomCode, ROOM_CODE_LENGTH } from "../../../shared/protocol/room-code";
import { onLanguageChanged } from "../i18n";
import { h } from "./dom";
import { frame, setStatus, type Frame } from "./shell";
import { classErrorText, tc } from "./text";
import { browserId, keepNameInClass, lastName, nameInClass } from "./identity";
import { joinClass, warmUp, type ClassSession } from "./connection";
import { prefetchGame, prepareGame, showMatch, type OpenMatch } from "./play";
import { finalView, resultView, waitingView } from "./student-views";
import { markInteractive } from "./marks";

/** How long the end of a match stays on screen before the round's result replaces it. */
const RESULT_GRACE_MS = 3000;

type Screen =
  | { kind: "join"; error?: string; busy?: boolean }
  | { kind: "waiting" }
  | { kind: "match" }
  | { kind: "matchDone" }
  | { kind: "result"; result: ClassRoundResult }
  | { kind: "final"; final: ClassFinal }
  | { kind: "kicked" }
  /** Another tab or device of this student took the seat (class.replaced). */
  | { kind: "replaced" };

export class StudentPage {
  private screen: Screen = { kind: "join" };
  private session: ClassSession | null = null;
  private match: OpenMatch | null = null;
  private matchRoom: string | null = null;
  private resuming: Promise<void> | null = null;
  private code: string;
  private name = "";
  private f: Frame | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly gameParent: HTMLElement,
    code: string | null,
  ) {
    this.code = code ?? "";
  }

  start(): void {
    onLanguageChanged(() => this.render());
    const kept = this.code ? nameInClass(this.code) : null;
    this.render();
    markInteractive();
    warmUp();
    // A reload (or the link opened again on this browser): join again with the kept name.
    if (kept) void this.join(this.code, kept);
  }

  private render(): void {
    const s = this.screen;
    if (s.kind === "match") return; // the Match scene is on screen
    this.root.hidden = false;
    const f = frame(this.root, { subtitle: this.session?.welcome?.name || undefined });
    this.f = f;
    if (s.kind === "join") this.joinForm(f, s);
    else if (s.kind === "waiting") f.main.append(waitingView(this.name, this.status()));
    else if (s.kind === "matchDone") f.main.append(waitingView(this.name, this.status(), "matchDone"));
    else if (s.kind === "result") f.main.append(resultView(s.result, this.myId(), this.status()));
    else if (s.kind === "final") f.main.append(finalView(s.final, this.myId()));
    else if (s.kind === "replaced")
      f.main.append(
        h(
          "section",
          { class: "cr-card", "data-testid": "class.replaced" },
          h("h1", { text: tc("student.replacedTitle") }),
          h("p", { text: tc("student.replaced") }),
        ),
      );
    else if (s.kind === "kicked")
      f.main.append(
        h(
          "section",
          { class: "cr-card", "data-testid": "class.kicked" },
          h("h1", { text: tc("student.kickedTitle") }),
          h("p", { text: tc("error.kicked") }),
        ),
      );
  }

  private status(): ClassStatus | null {
    return this.session?.latest<ClassStatus>("class.status") ?? this.session?.welcome?.status ?? null;
  }

  private myId(): number | null {
    return this.session?.welcome?.student?.id ?? null;
  }

  private joinForm(f: Frame, s: Extract<Screen, { kind: "join" }>): void {
    const codeInput = h("input", {
      id: "cr-code",
      class: "cr-input cr-code-input",
      "data-testid": "class.code",
      value: this.code,
      maxlength: ROOM_CODE_LENGTH + 2,
      autocomplete: "off",
      autocapitalize: "characters",
      spellcheck: "false",
      placeholder: tc("student.codePlaceholder"),
      required: true,
    });
    const nameInput = h("input", {
      id: "cr-name",
      class: "cr-input",
      "data-testid": "class.name",
      value: this.name || lastName(),
      maxlength: 24,
      autocomplete: "nickname",
      placeholder: tc("student.namePlaceholder"),
      required: true,
    });
    const button = h("button", {
      type: "submit",
      class: "cr-button cr-primary",
      "data-testid": "class.join",
      disabled: s.busy === true,
      text: s.busy ? tc("student.joining") : tc("student.join"),
    });
    const form = h(
      "form",
      {
        class: "cr-card cr-form",
        "data-testid": "class.joinForm",
        onsubmit: (e: Event) => {
          e.preventDefault();
          const code = normalizeRoomCode(codeInput.value);
          if (!isRoomCode(code)) {
            this.screen = { kind: "join", error: tc("error.bad-code") };
            this.render();
            (this.root.querySelector("#cr-code") as HTMLInputElement | null)?.focus();
            return;
          }
          const name = nameInput.value.trim();
          if (!name) {
            this.screen = { kind: "join", error: tc("error.name-invalid") };
            this.render();
            (this.root.querySelector("#cr-name") as HTMLInputElement | null)?.focus();
            return;
          }
          void this.join(code, name);
        },
      },
      h("h1", { text: tc("student.joinTitle") }),
      h("label", { for: "cr-code", text: tc("student.code") }),
      codeInput,
      h("label", { for: "cr-name", text: tc("student.name") }),
      nameInput,
      button,
    );
    f.main.append(form);
    if (s.error) setStatus(f, s.error, "error");
    else if (s.busy) setStatus(f, tc("student.joining"));
    // The code came with the link: the nickname is what is left to type.
    (this.code && isRoomCode(this.code) ? nameInput : codeInput).focus();
  }

  private async join(code: string, name: string): Promise<void> {
    this.code = code;
    this.name = name;
    this.screen = { kind: "join", busy: true };
    this.render();
    try {
      const session = await joinClass(code, { name, browserId: browserId() });
      this.attach(session);
      keepNameInClass(code, name);
      this.keepCodeInAddress(code);
    } catch (err) {
      this.screen = { kind: "join", error: classErrorText(err) };
      this.render();
    }
  }

  /** The address becomes ?class=CODE, so a reload joins this class again. */
  private keepCodeInAddress(code: string): void {
    const url = new URL(location.href);
    url.searchParams.set("class", code);
    url.hash = "";
    history.replaceState(history.state, "", url);
  }

  private attach(session: ClassSession): void {
    this.session = session;
    const w = session.welcome!;
    this.name = w.student?.name ?? this.name;
    this.screen = { kind: "waiting" };
    prefetchGame();
    session.on<ClassStatus>("class.status", () => this.onStatus());
    session.on<ClassMatchSeat>("class.match", (seat) => void this.onMatch(seat));
    session.on<ClassRoundResult>("class.result", (r) => void this.onResult(r));
    session.on<ClassFinal>("class.final", (fin) => void this.onFinal(fin));
    session.on("class.kicked", () => void this.onKicked());
    session.on("class.replaced", () => {
      this.screen = { kind: "replaced" };
      void this.closeMatch().then(() => this.render());
    });
    session.on<{ name?: string }>("class.renamed", (p) => {
      if (typeof p?.name === "string") this.name = p.name;
      if (typeof p?.name === "string" && this.code) keepNameInClass(this.code, p.name);
      this.render();
    });
    session.on<{ code: string }>("error", (e) => this.f && setStatus(this.f, classErrorText(e), "error"));
    session.onConnection((up) => this.f && setStatus(this.f, up ? "" : tc("student.reconnecting")));
    session.onLeave(() => {
      if (this.screen.kind !== "kicked" && this.screen.kind !== "final" && this.screen.kind !== "replaced") {
        this.screen = { kind: "join", error: tc("student.lostClass") };
        this.render();
      }
    });
    this.resuming = this.resumeMatch();
    this.render();
  }

  /** After a reload mid-match: the match's own reconnection token first. */
  private async resumeMatch(): Promise<void> {
    const { hasResumeToken } = await import("../net/token");
    if (!hasResumeToken()) return;
    const { resumeFromReload } = await import("../net/connect");
    await prepareGame(this.gameParent);
    const session = await resumeFromReload();
    if (!session) return;
    if (session.welcome?.mode !== "classroom") {
      await session.leave();
      return;
    }
    await this.open(session);
  }

  private onStatus(): void {
    const st = this.status();
    if (st?.phase === "lobby" && this.screen.kind === "matchDone") this.screen = { kind: "waiting" };
    this.render();
  }

  private async onMatch(seat: ClassMatchSeat): Promise<void> {
    await this.resuming;
    if (this.matchRoom === seat.roomId && this.match) return; // already back in it
    const { consumeReservation } = await import("../net/connect");
    try {
      await prepareGame(this.gameParent);
      const session = await consumeReservation(seat.reservation);
      await this.open(session);
    } catch (err) {
      if (this.f) setStatus(this.f, classErrorText(err), "error");
    }
  }

  private async open(session: import("../net/session").NetSession): Promise<void> {
    await this.match?.close();
    this.matchRoom = session.room.roomId;
    this.screen = { kind: "match" };
    this.root.hidden = true;
    const opened = await showMatch(this.gameParent, session, () => {
      this.match = null;
      if (this.screen.kind === "match") this.screen = { kind: "matchDone" };
      this.render();
    });
    if (!opened) {
      this.screen = { kind: "waiting" };
      this.render();
      if (this.f) setStatus(this.f, tc("student.engineFailed"), "error");
      return;
    }
    this.match = opened;
  }

  /**
   * Closes the match screen. `graceMs`: the round ended (often by this very pair's last
   * answer): the player first sees that answer, then the result.
   */
  private async closeMatch(graceMs = 0): Promise<void> {
    const m = this.match;
    if (!m) return;
    if (graceMs > 0) await new Promise((resolve) => setTimeout(resolve, graceMs));
    if (this.match !== m) return; // the player went back to the class meanwhile
    this.match = null;
    await m.close();
  }

  private async onResult(result: ClassRoundResult): Promise<void> {
    await this.closeMatch(RESULT_GRACE_MS);
    this.screen = { kind: "result", result };
    this.render();
  }

  private async onFinal(fin: ClassFinal): Promise<void> {
    await this.closeMatch(RESULT_GRACE_MS);
    this.screen = { kind: "final", final: fin };
    this.render();
  }

  private async onKicked(): Promise<void> {
    await this.closeMatch();
    this.screen = { kind: "kicked" };
    this.render();
  }
}

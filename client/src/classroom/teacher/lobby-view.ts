// The lobby on the projector: the class code large, the join link and its QR code, the
// students as they join with a count, and moderation (rename, kick, lock, late join).
import QRCode from "qrcode";
import type { ClassStatus, ClassWelcome, RosterEntry } from "../../../../shared/protocol/classroom";
import { h } from "../dom";
import { tc } from "../text";

export interface LobbyActions {
  kick(id: number): void;
  rename(id: number, name: string): void;
  lock(locked: boolean): void;
  lateJoin(on: boolean): void;
  start(): void;
  finish(): void;
  copyTeacherLink(): void;
}

export interface LobbyUi {
  renaming: number | null;
  confirmKick: number | null;
}

const drawn = new Map<string, HTMLCanvasElement>();

/** The QR code of exactly `link`, drawn once on a canvas (the lobby redraws each second). */
export function qrCanvas(link: string): HTMLCanvasElement {
  let canvas = drawn.get(link);
  if (!canvas) {
    canvas = h("canvas", { class: "cr-qr", "data-testid": "lobby.qr", role: "img" });
    void QRCode.toCanvas(canvas, link, {
      errorCorrectionLevel: "M",
      margin: 1,
      width: 640,
      color: { dark: "#000000", light: "#ffffff" },
    }).catch(() => undefined);
    drawn.set(link, canvas);
  }
  canvas.setAttribute("aria-label", tc("lobby.qrLabel", { link }));
  return canvas;
}

export function joinPanel(w: ClassWelcome, compact = false): HTMLElement {
  return h(
    "section",
    { class: "cr-card cr-projector", "data-testid": "lobby.join" },
    h(
      "div",
      {},
      h("p", { class: "cr-dim", text: tc("lobby.goTo") }),
      h("p", { class: "cr-link", "data-testid": "lobby.link", text: w.joinUrl }),
      h("p", { class: "cr-dim", text: tc("lobby.code") }),
      h("p", { class: compact ? "cr-big" : "cr-code-big", "data-testid": "lobby.code", text: w.code }),
    ),
    compact ? null : qrCanvas(w.joinUrl),
  );
}

function studentItem(s: RosterEntry, ui: LobbyUi, act: LobbyActions, redraw: () => void): HTMLLIElement {
  if (ui.renaming === s.id) {
    const input = h("input", {
      class: "cr-input",
      value: s.name,
      maxlength: 24,
      "aria-label": tc("lobby.newName", { name: s.name }),
      "data-testid": `lobby.renameInput.${s.id}`,
    });
    const li = h(
      "li",
      {},
      h(
        "form",
        {
          class: "cr-row",
          onsubmit: (e: Event) => {
            e.preventDefault();
            ui.renaming = null;
            act.rename(s.id, input.value);
          },
        },
        input,
        h("button", { type: "submit", text: tc("lobby.save") }),
        h("button", { type: "button", text: tc("lobby.cancel"), onclick: () => ((ui.renaming = null), redraw()) }),
      ),
    );
    requestAnimationFrame(() => input.focus());
    return li;
  }
  const kickConfirm = ui.confirmKick === s.id;
  return h(
    "li",
    { class: s.connected ? "" : "cr-off", "data-testid": "lobby.student", "data-student": s.id },
    h("span", { text: s.connected ? s.name : `${s.name} (${tc("lobby.offline")})` }),
    h("button", {
      type: "button",
      "data-testid": `lobby.rename.${s.id}`,
      "aria-label": tc("lobby.renameOf", { name: s.name }),
      text: "✎",
      onclick: () => ((ui.renaming = s.id), redraw()),
    }),
    h("button", {
      type: "button",
      class: "cr-danger",
      "data-testid": `lobby.kick.${s.id}`,
      "aria-label": kickConfirm ? tc("lobby.kickSure", { name: s.name }) : tc("lobby.kickOf", { name: s.name }),
      text: kickConfirm ? tc("lobby.kickSureShort") : "✕",
      onclick: () => {
        if (kickConfirm) {
          ui.confirmKick = null;
          act.kick(s.id);
        } else {
          ui.confirmKick = s.id;
          redraw();
        }
      },
    }),
  );
}

export function rosterPanel(students: RosterEntry[], ui: LobbyUi, act: LobbyActions, redraw: () => void): HTMLElement {
  const shown = students.slice(0, 400);
  return h(
    "section",
    { class: "cr-card" },
    h("p", { class: "cr-count", "data-testid": "lobby.count", text: tc("lobby.count", { count: students.length }) }),
    students.length === 0 ? h("p", { class: "cr-dim", text: tc("lobby.empty") }) : null,
    h("ul", { class: "cr-roster", "data-testid": "lobby.roster" }, ...shown.map((s) => studentItem(s, ui, act, redraw))),
    students.length > shown.length ? h("p", { class: "cr-dim", text: tc("lobby.more", { count: students.length - shown.length }) }) : null,
  );
}

export function controlsPanel(status: ClassStatus, act: LobbyActions): HTMLElement {
  const last = status.round >= status.rounds;
  return h(
    "section",
    { class: "cr-card cr-row" },
    status.phase !== "podium" && !last
      ? h("button", {
          type: "button",
          class: "cr-primary",
          "data-testid": "lobby.start",
          text: status.round === 0 ? tc("lobby.startFirst") : tc("lobby.startNext", { round: status.round + 1, rounds: status.rounds }),
          onclick: () => act.start(),
        })
      : null,
    status.phase !== "podium" && status.round > 0
      ? h("button", {
          type: "button",
          class: last ? "cr-primary" : "",
          "data-testid": "lobby.finish",
          text: tc("lobby.finish"),
          onclick: () => act.finish(),
        })
      : null,
    h("button", {
      type: "button",
      "data-testid": "lobby.lock",
      "aria-pressed": String(status.locked),
      text: status.locked ? `■ ${tc("lobby.locked")} · ${tc("lobby.unlock")}` : tc("lobby.lock"),
      onclick: () => act.lock(!status.locked),
    }),
    h("button", {
      type: "button",
      "data-testid": "lobby.lateJoin",
      "aria-pressed": String(status.lateJoin),
      text: status.lateJoin ? `✓ ${tc("lobby.lateJoinOn")}` : `✕ ${tc("lobby.lateJoinOff")}`,
      onclick: () => act.lateJoin(!status.lateJoin),
    }),
    h("button", {
      type: "button",
      "data-testid": "lobby.teacherLink",
      text: tc("lobby.copyTeacherLink"),
      onclick: () => act.copyTeacherLink(),
    }),
  );
}

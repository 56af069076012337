// The words beside a segment: why it was sent, the timers left running, and every note
// (the engine's own, translated by the match namespace, and the capture's, from
// shared/capture/notes.ts), in the language being shown.
import { captureNoteText, describeOption, relative, type InferredConnection, type InferredStep } from "../../../shared/capture";
import { flagsOf } from "../../../shared/tcp/format";
import type { Side } from "../../../shared/scenarios/types";
import { getLanguage, t } from "../i18n";

export const roleOf = (conn: InferredConnection, side: Side): string =>
  t(`capture:view.role.${conn.start === "mid-connection" ? "peer" : side === "A" ? "client" : "server"}`);

export function sideLabel(conn: InferredConnection, side: Side): string {
  const h = side === "A" ? conn.info.a : conn.info.b;
  return `${t("capture:view.side", { side, role: roleOf(conn, side) })} :${h.port}`;
}

export function headLines(conn: InferredConnection, s: InferredStep): string[] {
  const to: Side = s.from === "A" ? "B" : "A";
  const f = s.segment.flags;
  const p = s.packet;
  const lines = [
    t("capture:view.direction", { from: sideLabel(conn, s.from), to: sideLabel(conn, to) }),
    t("capture:view.numbers", {
      flags: flagsOf(s.segment) || "—",
      seq: relative(conn, s.from, p.seq),
      ack: f.ack ? relative(conn, to, p.ack) : "—",
      len: p.payloadLen,
      win: p.window,
    }),
    t("capture:view.raw", { seq: p.seq, ack: f.ack ? p.ack : "—" }),
  ];
  if (p.options.length) lines.push(t("capture:view.options", { list: p.options.map(describeOption).join(", ") }));
  if (p.preview) lines.push(t("capture:view.payload", { text: p.preview }));
  return lines;
}

export function causeLine(s: InferredStep): string {
  if (s.cause === "reply") return s.replyTo === null ? t("capture:view.cause.replyStart") : t("capture:view.cause.reply", { n: s.replyTo });
  return t(`capture:view.cause.${s.cause}`);
}

export function timerLine(s: InferredStep, side: Side): string {
  const list = s.timers[side].map((x) => t(`capture:view.timer.${x.timer}`, { s: (x.inMs / 1000).toFixed(x.inMs < 10_000 ? 2 : 0) }));
  return list.length ? list.join(", ") : t("capture:view.noTimer");
}

/** Every note of the step, capture notes first; "state/transition" is the states line already. */
export function noteLines(conn: InferredConnection, s: InferredStep, withConnection: boolean): string[] {
  const zh = getLanguage() === "zh";
  const pick = (x: { en: string; zh: string }): string => (zh ? x.zh : x.en);
  const out: string[] = [];
  if (withConnection) for (const n of conn.notes) out.push(pick(captureNoteText(n)));
  for (const n of s.notes) out.push(pick(captureNoteText(n)));
  for (const { side, note } of s.engineNotes) {
    if (note.code === "state/transition") continue;
    out.push(`${side}: ${t(`match:note.${note.code}`, note.params)}`);
  }
  return out;
}

// The two hosts and the wire between them. Segments fly at the network delay (positions
// come from network time, so a paused network freezes them mid-air); each carries its flag
// badges and numbers; a lost one bursts and vanishes where it was; a network copy is
// marked "copy". Drawn with one Graphics and a small pool of texts, redrawn every frame.
import { learnt, peerIssKnown } from "../knowledge";
import type { PlayerView, Side } from "../../../../shared/match/types";
import type { Flight, MatchModel } from "../model";
import { setFlags } from "../flags";
import { Colors, Ui } from "../../ui/palette";
import { t } from "../../i18n";
import { flagBadge, panel, text } from "./draw";
import type { Frame, Rect } from "./frame";

const HOST_COLOR: Record<Side, number> = { A: Colors.blue, B: Colors.orange };

/** One flight, drawn once around (0,0) and then only moved: per-frame work stays tiny. */
interface FlightSprite {
  box: Phaser.GameObjects.Container;
  key: string;
  /** Its width: wide enough for its numbers (two 10-digit numbers do not fit the minimum). */
  w: number;
}

export class WireView {
  private sprites = new Map<number, FlightSprite>();
  private hostTexts: Partial<Record<Side, Phaser.GameObjects.Text>> = {};
  private wireRect!: Rect;
  private frame!: Frame;
  /** Local ms when each lost flight was first drawn lost (its burst fades in wall time). */
  private lostSeen = new Map<number, number>();
  private hostKey = "";

  constructor(private readonly scene: Phaser.Scene) {}

  build(frame: Frame): void {
    this.frame = frame;
    // The scene's children were all destroyed by the rebuild.
    this.sprites.clear();
    this.hostKey = "";
    this.wireRect = frame.region("wire");
    for (const side of ["A", "B"] as const) {
      const r = frame.region(side === "A" ? "hostA" : "hostB");
      panel(this.scene, r, null, frame.font("small"));
      const bar = this.scene.add.graphics();
      bar.fillStyle(HOST_COLOR[side], 1).fillRect(r.x, r.y, frame.len(8), r.h);
      // The host's letter in a square (A) or a circle (B): told apart without colour.
      this.hostTexts[side] = text(this.scene, r.x + frame.len(16), r.y + frame.len(6), "", frame.font("small"), {
        wrapWidth: r.w - frame.len(22),
      });
    }
    // The lanes never change: drawn once. A→B on top, B→A below; arrow heads show the way.
    const r = this.wireRect;
    const laneY = this.laneY();
    const lanes = this.scene.add.graphics();
    lanes
      .lineStyle(frame.len(3), Ui.textDim, 0.6)
      .lineBetween(r.x, laneY.A, r.x + r.w, laneY.A)
      .lineBetween(r.x, laneY.B, r.x + r.w, laneY.B);
    const ah = frame.len(8);
    lanes.fillStyle(Ui.textDim, 0.8);
    lanes.fillTriangle(r.x + r.w, laneY.A, r.x + r.w - ah, laneY.A - ah / 2, r.x + r.w - ah, laneY.A + ah / 2);
    lanes.fillTriangle(r.x, laneY.B, r.x + ah, laneY.B - ah / 2, r.x + ah, laneY.B + ah / 2);
  }

  private laneY(): Record<Side, number> {
    const r = this.wireRect;
    return { A: r.y + r.h * 0.3, B: r.y + r.h * 0.72 };
  }

  /** Host captions change with the view or the language only. */
  updateHosts(view: PlayerView, peerReconnecting: boolean): void {
    const me = view.you?.side ?? null;
    const key = JSON.stringify([
      view.A,
      view.B,
      me,
      peerReconnecting,
      t("host.you", { side: "" }),
      view.ladder.length,
      view.ended !== null,
    ]);
    if (key === this.hostKey) return;
    this.hostKey = key;
    for (const side of ["A", "B"] as const) {
      const sv = view[side];
      const who = me === null ? side : side === me ? t("match:host.you", { side }) : t("match:host.peer", { side });
      const phone = this.frame.portrait;
      const iss = side === me || me === null || peerIssKnown(view, me) ? sv.iss : "?";
      const lines = [`${side === "A" ? "■" : "●"} ${who}`];
      // A phone's box is narrow: my own box keeps the numbers and leaves out the address.
      if (!phone || side !== me)
        lines.push(
          `${t(`match:role.${sv.role}`, { defaultValue: sv.role })} · ${t("match:host.address", { address: sv.address, port: sv.port })}`,
        );
      lines.push(phone ? `ISS ${iss}` : t(side === me ? "match:host.iss" : "match:host.issPeer", { iss }));
      // What I have learnt so far: my next seq and the last ack the peer sent me.
      if (side === me && !view.ended) {
        const k = learnt(view, me, sv.iss ?? 0);
        const ack = k.lastAck === null ? t("match:host.noAck") : t("match:host.lastAck", { ack: k.lastAck });
        if (phone) lines.push(t("match:host.nextSeq", { seq: k.nextSeq }), ack);
        else lines.push(`${t("match:host.nextSeq", { seq: k.nextSeq })} · ${ack}`);
      }
      lines.push(`⟨${sv.revealed ?? "?"}⟩`);
      if (side !== me && me !== null && peerReconnecting) lines.push(`⟳ ${t("match:host.reconnecting")}`);
      const tx = this.hostTexts[side];
      if (tx) {
        // Longer lines (Chinese, a reconnecting peer) shrink to stay inside the host's box.
        tx.setScale(1).setText(lines);
        const box = this.frame.region(side === "A" ? "hostA" : "hostB");
        const room = box.y + box.h - this.frame.len(4) - tx.y;
        if (tx.height > room) tx.setScale(room / tx.height);
      }
    }
  }

  update(model: MatchModel, net: number, localNow: number): void {
    const laneY = this.laneY();
    const alive = new Set<number>();
    for (const flight of model.flights.values()) {
      if (flight.arrivedAt !== null && net - flight.arrivedAt > 0) continue;
      const lost = flight.lostAt !== null && net >= flight.lostAt;
      if (lost) {
        const seen = this.lostSeen.get(flight.id) ?? localNow;
        this.lostSeen.set(flight.id, seen);
        if (localNow - seen > 1800) continue;
      }
      alive.add(flight.id);
      this.placeFlight(model, flight, net, laneY[flight.from], lost, localNow);
    }
    for (const [id, s] of this.sprites) {
      if (!alive.has(id)) {
        s.box.destroy();
        this.sprites.delete(id);
      }
    }
  }

  private placeFlight(model: MatchModel, flight: Flight, net: number, y: number, lost: boolean, localNow: number): void {
    const f = this.frame;
    const r = this.wireRect;
    const p = lost ? model.progress(flight, flight.lostAt ?? net) : model.progress(flight, net);
    const alpha = lost ? Math.max(0, 1 - (localNow - (this.lostSeen.get(flight.id) ?? localNow)) / 1800) : 1;
    const key = `${lost}|${flight.copy}|${t("match:wire.dropped")}`;
    let s = this.sprites.get(flight.id);
    if (!s || s.key !== key) {
      s?.box.destroy();
      s = { ...this.drawFlight(flight, lost), key };
      this.sprites.set(flight.id, s);
    }
    const w = s.w + f.len(10);
    const cx = flight.from === "A" ? r.x + w / 2 + p * (r.w - w) : r.x + r.w - w / 2 - p * (r.w - w);
    s.box.setPosition(cx, y).setAlpha(alpha);
  }

  /** The envelope of one segment around (0,0): flags as badges, numbers, "copy" or "lost". */
  private drawFlight(flight: Flight, lost: boolean): { box: Phaser.GameObjects.Container; w: number } {
    const f = this.frame;
    const seg = flight.segment;
    const flags = setFlags(seg.flags);
    const nums = `${seg.seq}${seg.flags.ack ? ` / ${seg.ack}` : ""}${seg.data.length ? ` +${seg.data.length}` : ""}`;
    const letters = flags.map((n) => n[0]).join("");
    const label = text(this.scene, 0, f.len(1), `${letters}  ${nums}`, f.font("tiny"));
    const w = Math.max(f.len(132), label.width + f.len(14));
    label.setX(-w / 2 + f.len(6));
    const h = f.len(40);
    const dir = flight.from === "A" ? 1 : -1;
    const g = this.scene.add.graphics();
    g.fillStyle(Ui.panel, 0.95).fillRoundedRect(-w / 2, -h / 2, w, h, f.len(6));
    g.lineStyle(f.len(flight.copy ? 2 : 1.5), flight.copy ? Colors.yellow : Ui.text, 1);
    if (flight.copy) {
      // A copy made by the network has a dashed outline as well as its "copy" tag.
      for (let x = -w / 2; x < w / 2; x += f.len(10)) g.lineBetween(x, -h / 2, Math.min(x + f.len(5), w / 2), -h / 2);
    } else g.strokeRoundedRect(-w / 2, -h / 2, w, h, f.len(6));
    // The nose of the envelope points where it flies.
    const nx = (dir * w) / 2;
    g.fillStyle(Ui.text, 1).fillTriangle(nx + dir * f.len(8), 0, nx, -f.len(6), nx, f.len(6));
    flags.forEach((name, i) => flagBadge(g, name, -w / 2 + f.len(11) + i * f.len(19), -h / 2 + f.len(11), f.len(8)));
    if (lost) {
      g.lineStyle(f.len(4), Colors.vermillion, 1);
      g.lineBetween(-f.len(14), -f.len(14), f.len(14), f.len(14)).lineBetween(-f.len(14), f.len(14), f.len(14), -f.len(14));
    }
    const parts: Phaser.GameObjects.GameObject[] = [g, label];
    const tag = lost ? `✕ ${t("match:wire.dropped")}` : flight.copy ? t("match:wire.duplicate") : "";
    if (tag)
      parts.push(
        text(this.scene, -w / 2 + f.len(6), -h / 2 - f.len(16), tag, f.font("tiny"), {
          color: lost ? Colors.vermillion : Colors.yellow,
          bold: true,
        }),
      );
    return { box: this.scene.add.container(0, 0, parts), w };
  }
}

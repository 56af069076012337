// Your running timers as rings that empty as the deadline nears, each with how long that
// timer lasts in a real TCP (2MSL: 4 min with RFC 9293's MSL of 2 min, 60 s in Linux;
// FIN_WAIT_2: Linux's 60 s; retransmission: an RTO of at least 1 s, RFC 6298) and the game
// seconds left here: segments in flight slow network time down, an empty wire speeds it up.
import type { Profile, TimerName } from "../../../../shared/tcp/types";
import { gameSecondsLeft, realDuration } from "../timers";
import { Colors, Ui } from "../../ui/palette";
import { t } from "../../i18n";
import { panel, text } from "./draw";
import type { Frame, Rect } from "./frame";

const TIMER_LOOK: Record<TimerName, { color: number; mark: string }> = {
  retransmit: { color: Colors.skyBlue, mark: "↻" },
  "time-wait": { color: Colors.orange, mark: "◴" },
  "fin-wait-2": { color: Colors.reddishPurple, mark: "◷" },
};

export class TimersView {
  private g!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private rect!: Rect;
  private frame!: Frame;
  /** Network time each deadline was first seen: the ring's full length. */
  private firstSeen = new Map<string, number>();

  constructor(private readonly scene: Phaser.Scene) {}

  build(frame: Frame): void {
    this.frame = frame;
    this.rect = frame.region("timers");
    panel(this.scene, this.rect, null, frame.font("tiny"));
    this.g = this.scene.add.graphics();
    this.labels = [0, 1, 2].map(() => text(this.scene, 0, 0, "", frame.font("tiny"), { color: Ui.text }));
    // An empty panel looks broken: say that no timer runs (the rings appear when one does).
    this.none = text(
      this.scene,
      this.rect.x + this.rect.w / 2,
      this.rect.y + this.rect.h / 2,
      `◌ ${t("match:timer.none")}`,
      frame.font("small"),
      { color: Ui.textDim },
    ).setOrigin(0.5);
  }

  private none: Phaser.GameObjects.Text | null = null;

  /**
   * `busyUntil`: network time the last segment now in flight lands; `rates`: network ms per
   * wall ms while segments fly and while only timers run.
   */
  update(
    timers: readonly { timer: TimerName; at: number }[] | null,
    net: number,
    o: { busyUntil: number | null; rates: { flying: number; idle: number }; paused: boolean; profile: Profile },
  ): void {
    const f = this.frame;
    const r = this.rect;
    const g = this.g.clear();
    const list = timers ?? [];
    this.none?.setVisible(list.length === 0);
    // The running timers share the panel's width (one timer gets all of it).
    const slot = r.w / Math.min(3, Math.max(1, list.length));
    const radius = Math.min(r.h * 0.32, slot * 0.18);
    list.slice(0, 3).forEach((tm, i) => {
      const id = `${tm.timer}@${tm.at}`;
      if (!this.firstSeen.has(id)) this.firstSeen.set(id, net);
      const start = this.firstSeen.get(id)!;
      const total = Math.max(1, tm.at - start);
      const left = Math.max(0, tm.at - net);
      const cx = r.x + slot * i + radius + f.len(10);
      const cy = r.y + r.h / 2;
      const look = TIMER_LOOK[tm.timer];
      g.lineStyle(f.len(6), Ui.panel, 1).strokeCircle(cx, cy, radius);
      g.lineStyle(f.len(6), look.color, 1);
      g.beginPath();
      g.arc(cx, cy, radius, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * (left / total), false);
      g.strokePath();
      const game = gameSecondsLeft(net, tm.at, o.busyUntil, o.rates);
      const real = realDuration(tm.timer, o.profile);
      this.labels[i]!.setText([
        `${look.mark} ${t(`match:timer.${tm.timer}`)} · ${t("match:timer.real", { real: t(`match:timer.duration.${real.unit}`, { n: real.n }) })}`,
        t(o.paused ? "match:timer.leftPaused" : "match:timer.left", { game: game.toFixed(1) }),
      ])
        .setPosition(cx + radius + f.len(6), cy - f.len(14))
        .setVisible(true);
    });
    for (let i = list.length; i < 3; i++) this.labels[i]!.setVisible(false);
  }
}

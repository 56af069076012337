// A short burst of confetti (about 40 small shapes, gone after a second and a half), for a
// goal reached or a streak that grows. Tweens only: no particle textures to load, so it
// costs nothing until it plays. Colours are Okabe-Ito's; the text beside it says what happened.
import { Colors } from "./palette";

const COLORS = [Colors.yellow, Colors.skyBlue, Colors.bluishGreen, Colors.orange, Colors.reddishPurple, Colors.vermillion];

export function celebrate(scene: Phaser.Scene, x: number, y: number, spread: number, count = 40): void {
  for (let i = 0; i < count; i++) {
    const size = spread * (0.02 + (i % 4) * 0.006);
    const piece = scene.add
      .rectangle(x, y, size, size * 0.6, COLORS[i % COLORS.length]!)
      .setDepth(60)
      .setAngle((i * 47) % 360);
    const angle = (i / count) * Math.PI * 2;
    const dist = spread * (0.35 + ((i * 7) % 10) / 20);
    scene.tweens.add({
      targets: piece,
      x: x + Math.cos(angle) * dist,
      y: y + Math.sin(angle) * dist * 0.6 + spread * 0.25,
      angle: piece.angle + 360,
      alpha: 0,
      duration: 1100 + (i % 5) * 90,
      ease: "Cubic.easeOut",
      onComplete: () => piece.destroy(),
    });
  }
}

/** A small "pop" of a text object (the streak growing). */
export function pop(scene: Phaser.Scene, target: Phaser.GameObjects.Text): void {
  scene.tweens.add({ targets: target, scale: { from: 1.25, to: 1 }, duration: 260, ease: "Back.easeOut" });
}

// "Explain a capture", loaded lazily by the menu (entry.ts): open a .pcap/.pcapng in the
// browser, pick a TCP connection, step through it with the engine's explanation, take a quiz.
import { CaptureOpenScene } from "./open-scene";
import { CaptureQuizScene } from "./quiz-scene";
import { CaptureViewScene } from "./view-scene";
import { CaptureKey } from "./keys";

export const scenes: Record<string, new () => Phaser.Scene> = {
  [CaptureKey.Open]: CaptureOpenScene,
  [CaptureKey.View]: CaptureViewScene,
  [CaptureKey.Quiz]: CaptureQuizScene,
};

// Small sound effects synthesised with WebAudio (nothing downloaded). The AudioContext is
// made on the first sound, which always follows a player's key press or tap, so browsers
// allow it to start.
import { readLocal, writeLocal } from "../storage";

export type SoundName = "click" | "focus" | "success" | "error" | "send" | "receive";

interface Tone {
  /** Frequencies in Hz, played one after another. */
  notes: number[];
  /** Length of each note in seconds. */
  step: number;
  type: OscillatorType;
  gain: number;
}

const TONES: Record<SoundName, Tone> = {
  focus: { notes: [660], step: 0.03, type: "sine", gain: 0.04 },
  click: { notes: [520, 780], step: 0.05, type: "triangle", gain: 0.08 },
  send: { notes: [440, 660, 880], step: 0.05, type: "square", gain: 0.04 },
  receive: { notes: [880, 660], step: 0.06, type: "triangle", gain: 0.07 },
  success: { notes: [523, 659, 784, 1046], step: 0.08, type: "triangle", gain: 0.08 },
  error: { notes: [220, 165], step: 0.12, type: "sawtooth", gain: 0.05 },
};

const MUTE_KEY = "tcpArena.muted";

class Sfx {
  private ctx: AudioContext | null = null;
  muted = readLocal(MUTE_KEY) === "1";

  toggleMute(): boolean {
    this.muted = !this.muted;
    writeLocal(MUTE_KEY, this.muted ? "1" : "0");
    return this.muted;
  }

  play(name: SoundName): void {
    if (this.muted) return;
    const ctx = this.context();
    if (!ctx) return;
    const tone = TONES[name];
    const start = ctx.currentTime + 0.005;
    tone.notes.forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const env = ctx.createGain();
      const t0 = start + i * tone.step;
      osc.type = tone.type;
      osc.frequency.value = freq;
      // A short attack and exponential release: no clicks at the note edges.
      env.gain.setValueAtTime(0.0001, t0);
      env.gain.exponentialRampToValueAtTime(tone.gain, t0 + 0.008);
      env.gain.exponentialRampToValueAtTime(0.0001, t0 + tone.step * 0.95);
      osc.connect(env).connect(ctx.destination);
      osc.start(t0);
      osc.stop(t0 + tone.step);
    });
  }

  private context(): AudioContext | null {
    if (this.ctx) return this.ctx;
    // Before the player's first key press or tap the browser would refuse to start audio
    // (and say so in the console): stay silent until then.
    const activation = (globalThis.navigator as (Navigator & { userActivation?: { hasBeenActive: boolean } }) | undefined)?.userActivation;
    if (activation && !activation.hasBeenActive) return null;
    const Ctor = globalThis.AudioContext;
    if (!Ctor) return null;
    this.ctx = new Ctor();
    return this.ctx;
  }
}

export const sfx = new Sfx();

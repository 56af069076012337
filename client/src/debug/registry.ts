// The registry behind window.__tcpArena (no Phaser here, so net/ code and its unit tests can
// use it). window.__tcpArena: what browser tests (and curious teachers) can read about the running
// game. It only describes what is on screen; tests still click at these boxes and type on
// the keyboard as a player would. Nothing here can change the game.
import type { Language } from "../i18n";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  focused: boolean;
  enabled: boolean;
}

/** A box as a widget reports it: in game coordinates (converted to page pixels on read). */
export type BoxInGame = Box;

interface RoomInfo {
  code: string;
  seat: string;
  phase: string;
  scenarioId?: string;
  difficulty?: string;
  seats?: Record<"A" | "B", { kind: string; name: string; ready: boolean; connected: boolean } | null>;
}

export interface ArenaDebug {
  readonly scene: string;
  readonly scenes: string[];
  readonly language: Language;
  /** Which Phaser renderer runs: "webgl", or "canvas" where WebGL is only emulated. */
  readonly renderer: "webgl" | "canvas";
  readonly ui: Record<string, Box>;
  room: RoomInfo | null;
  notice: string;
}

declare global {
  interface Window {
    __tcpArena?: ArenaDebug;
  }
}

export const handles = new Map<string, () => BoxInGame | null>();

export function registerTestHandle(id: string, box: () => BoxInGame | null): () => void {
  handles.set(id, box);
  return () => {
    if (handles.get(id) === box) handles.delete(id);
  };
}

export const debugState = (): ArenaDebug | undefined => (typeof window === "undefined" ? undefined : window.__tcpArena);

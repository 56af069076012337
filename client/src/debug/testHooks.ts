// window.__tcpArena: what browser tests (and curious teachers) can read about the running
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

type BoxInGame = Omit<Box, "x" | "y" | "width" | "height"> & { x: number; y: number; width: number; height: number };

interface RoomInfo {
  code: string;
  seat: string;
  phase: string;
  scenarioId?: string;
  difficulty?: string;
  seats?: Record<"A" | "B", { kind: string; name: string; ready: boolean; connected: boolean } | null>;
}

interface ArenaDebug {
  readonly scene: string;
  readonly scenes: string[];
  readonly language: Language;
  readonly ui: Record<string, Box>;
  room: RoomInfo | null;
  notice: string;
}

declare global {
  interface Window {
    __tcpArena?: ArenaDebug;
  }
}

const handles = new Map<string, () => BoxInGame | null>();

export function registerTestHandle(id: string, box: () => BoxInGame | null): () => void {
  handles.set(id, box);
  return () => {
    if (handles.get(id) === box) handles.delete(id);
  };
}

export function installTestHooks(game: Phaser.Game, language: () => Language): ArenaDebug {
  const active = (): string[] => game.scene.getScenes(true).map((s) => s.scene.key);
  const hooks: ArenaDebug = {
    get scene() {
      const keys = active();
      return keys[keys.length - 1] ?? "";
    },
    get scenes() {
      return active();
    },
    get language() {
      return language();
    },
    get ui() {
      // Game coordinates -> CSS pixels of the page (RESIZE mode is 1:1, but stay exact).
      const rect = game.canvas.getBoundingClientRect();
      const sx = rect.width / game.scale.width;
      const sy = rect.height / game.scale.height;
      const out: Record<string, Box> = {};
      for (const [id, get] of handles) {
        const b = get();
        if (!b) continue;
        out[id] = { ...b, x: rect.left + b.x * sx, y: rect.top + b.y * sy, width: b.width * sx, height: b.height * sy };
      }
      return out;
    },
    room: null,
    notice: "",
  };
  window.__tcpArena = hooks;
  return hooks;
}

export const debugState = (): ArenaDebug | undefined => (typeof window === "undefined" ? undefined : window.__tcpArena);

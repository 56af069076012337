// The match of a classroom round, in the game's own Match scene. Phaser (about 1.2 MB) is
// imported here, on demand: the class pages never wait for it, and a student's waiting screen
// prefetches it (prefetchGame) so the first match opens at once.
import type Phaser from "phaser";
import type { NetSession } from "../net/session";
import type { MatchLaunch } from "../net/types";
import { getLanguage } from "../i18n";

interface Engine {
  game: Phaser.Game;
  matchKey: string;
}

let engine: Promise<Engine | null> | null = null;

function loadEngine(parent: HTMLElement): Promise<Engine | null> {
  engine ??= (async () => {
    const [{ createGame }, { installTestHooks }, { loadMatchScenes }, { SceneKey }] = await Promise.all([
      import("../game"),
      import("../debug/test-hooks"),
      import("../shell/lazy"),
      import("../shell/keys"),
    ]);
    // The canvas is created at the window's size under the class page (which covers it), and
    // sleeps until a match is shown.
    parent.hidden = false;
    const game = createGame(parent, []);
    installTestHooks(game, getLanguage);
    await new Promise<void>((resolve) => (game.isBooted ? resolve() : game.events.once("ready", () => resolve())));
    game.loop.sleep();
    return (await loadMatchScenes(game)) ? { game, matchKey: SceneKey.Match } : null;
  })().catch(() => null);
  return engine;
}

/**
 * Starts the game (hidden) before a match room is joined, so the room's first state already
 * reaches the page's test hooks (net/session.ts publishes on state changes).
 */
export async function prepareGame(parent: HTMLElement): Promise<boolean> {
  return (await loadEngine(parent)) !== null;
}

/** Downloads the game engine and the match scenes in the background (nothing is drawn). */
export function prefetchGame(): void {
  void Promise.all([import("../game"), import("../shell/lazy"), import("../match/index")]).catch(() => undefined);
}

export interface OpenMatch {
  session: NetSession;
  /** Closes the match screen (and leaves the room unless `keepRoom`). */
  close(): Promise<void>;
}

/**
 * Shows the match of `session` in the Match scene over the class page; `onExit` runs when the
 * player leaves it (the match's own "back to the class" button, or the room closing).
 */
export async function showMatch(parent: HTMLElement, session: NetSession, onExit: () => void): Promise<OpenMatch | null> {
  const e = await loadEngine(parent);
  if (!e) return null;
  e.game.loop.wake();
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await session.leave();
    if (e.game.scene.isActive(e.matchKey) || e.game.scene.isPaused(e.matchKey)) e.game.scene.stop(e.matchKey);
    e.game.loop.sleep();
  };
  const launch: MatchLaunch = {
    kind: "live",
    session,
    seat: session.seat,
    resumed: false,
    onExit: () => {
      void close().then(onExit);
    },
  };
  e.game.scene.start(e.matchKey, launch);
  return { session, close };
}

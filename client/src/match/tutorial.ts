// The first-match tutorial: six short cards that walk a newcomer through one handshake —
// what seq and ack mean, where to click, why the state is asked. A card moves on when the
// player presses Next (Enter) or does what it asks; Escape or Skip ends it. Once finished or
// skipped it is remembered in the browser and not shown again.
import type { PlayerView, Side } from "../../../shared/match/types";
import { readLocal, writeLocal } from "../storage";

export const TUTORIAL_KEY = "tcpArena.tutorial";

export interface TutorialCard {
  /** Catalogue key under match:tutorial. */
  id: "welcome" | "numbers" | "send" | "declare" | "plusOne" | "done";
  /** What, on screen, the card points at (a region of the match screen). */
  points: "hostA" | "composer" | "diagram" | "prompt" | null;
  /** Done by itself once the player has done this (else only by Next). */
  doneWhen: ((view: PlayerView, me: Side) => boolean) | null;
}

const sentSomething = (v: PlayerView, me: Side): boolean => v.ladder.some((e) => e.kind === "segment" && e.from === me);
const declaredOnce = (v: PlayerView, me: Side): boolean => v.ladder.some((e) => e.kind === "declaration" && e.side === me && e.right);

export const TUTORIAL: readonly TutorialCard[] = [
  { id: "welcome", points: null, doneWhen: null },
  { id: "numbers", points: "hostA", doneWhen: null },
  { id: "send", points: "composer", doneWhen: sentSomething },
  { id: "declare", points: "diagram", doneWhen: declaredOnce },
  { id: "plusOne", points: "prompt", doneWhen: null },
  { id: "done", points: null, doneWhen: null },
];

export function tutorialWanted(): boolean {
  return readLocal(TUTORIAL_KEY) === null;
}

export function rememberTutorial(how: "done" | "skipped"): void {
  writeLocal(TUTORIAL_KEY, how);
}

/**
 * The card a player who is ahead of the tutorial should see: past the last card whose action
 * they have done already (or `index` when they are not ahead).
 */
export function caughtUp(index: number, view: PlayerView, me: Side): number {
  let last = -1;
  TUTORIAL.forEach((c, i) => {
    if (c.doneWhen?.(view, me)) last = i;
  });
  return last >= index ? last + 1 : index;
}

/** The card to show after `index`, skipping cards the player has done already. */
export function nextCard(index: number, view: PlayerView | null, me: Side | null): number {
  let i = index + 1;
  while (i < TUTORIAL.length - 1 && view && me && TUTORIAL[i]!.doneWhen?.(view, me)) i++;
  return i;
}

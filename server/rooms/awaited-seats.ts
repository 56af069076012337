// A match brought back after a restart (recovery.ts) waits for its human players: each seat's
// resume hash until its player presents the secret, and one deadline for them all.
import type { Side } from "../../shared/match/types";
import { secretMatches } from "./recovery";

export class AwaitedSeats {
  private awaited = new Map<Side, string | null>();
  private deadline: NodeJS.Timeout | null = null;

  expect(side: Side, resumeHash: string | null): void {
    this.awaited.set(side, resumeHash);
  }

  get size(): number {
    return this.awaited.size;
  }

  sides(): Side[] {
    return [...this.awaited.keys()];
  }

  hashOf(side: Side): string | null {
    return this.awaited.get(side) ?? null;
  }

  /** The seat a resume secret gives back, if it is one still awaited. */
  sideOf(secret: string | undefined): Side | null {
    if (!secret) return null;
    for (const [side, hash] of this.awaited) if (secretMatches(secret, hash)) return side;
    return null;
  }

  /** The seat's player is back; returns whether every awaited player is. */
  returned(side: Side): boolean {
    this.awaited.delete(side);
    return this.awaited.size === 0;
  }

  clear(): void {
    this.awaited.clear();
  }

  /** Calls `giveUp` after `ms` unless stopped first. */
  startDeadline(ms: number, giveUp: () => void): void {
    this.stopDeadline();
    this.deadline = setTimeout(() => {
      this.deadline = null;
      giveUp();
    }, ms);
  }

  stopDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }
}

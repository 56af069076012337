// Where a match screen gets its data from and sends its actions to. The live source wraps
// the server's room; the local source runs the very same reducer in the browser (demo mode
// for the benchmark, and play without a server). The scene sees no difference.
import type { MatchEvent, PlayerAction, PlayerView } from "../../../../shared/match/types";

export interface PeerStatus {
  kind: "empty" | "human" | "bot";
  name: string;
  connected: boolean;
  reconnecting: boolean;
}

export interface SourceError {
  code: string;
  detail?: string;
}

export interface MatchSourceListener {
  /** A new view; `wallNow` is the match wall time it was made at. */
  view(view: PlayerView, wallNow: number, matchNumber: number): void;
  events(events: MatchEvent[], wallNow: number): void;
  error(err: SourceError): void;
  peer(status: PeerStatus): void;
  /** The room is gone for good (closed, or the seat was lost): there is no match to go back to. */
  left(code?: number): void;
}

export interface MatchSource {
  readonly kind: "live" | "local";
  /** Room code, when there is one (for replay downloads and rematch). */
  readonly code: string | null;
  start(listener: MatchSourceListener): void;
  act(action: PlayerAction): void;
  rematch(): void;
  /** Id under which the finished match can be downloaded (null offline). */
  matchId(): string | null;
  stop(): void;
}

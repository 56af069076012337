// One pair of players in the load test, whatever room they play in.
export interface Pair {
  players: number;
  /** The room both play in, when it is one room (bench/flood watches it). */
  roomId?: string;
  /** The player on `side` (0 = A, 1 = B) takes its turn: at most one action. */
  act(side: number): void;
  /** Players whose socket is still open. */
  connected(): number;
  leave(): Promise<void>;
}

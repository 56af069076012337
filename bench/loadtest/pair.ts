// One pair of players in the load test, whatever room they play in.
export interface Pair {
  players: number;
  /** The player on `side` (0 = A, 1 = B) takes its turn: at most one action. */
  act(side: number): void;
  /** Players whose socket is still open. */
  connected(): number;
  leave(): Promise<void>;
}

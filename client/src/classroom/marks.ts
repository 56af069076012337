// Performance marks that bench:client reads (bench/client/bench.ts).
export const CLASS_JOIN_INTERACTIVE_MARK = "tcpArena:class-join-interactive";

let marked = false;

/** The join screen is on the page and answers the keyboard. */
export function markInteractive(): void {
  if (marked || typeof performance === "undefined") return;
  marked = true;
  performance.mark(CLASS_JOIN_INTERACTIVE_MARK);
}

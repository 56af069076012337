/** A message at the bottom of a screen, kept as a key so it is re-translated on a switch. */
export interface Notice {
  key: string;
  params?: Record<string, unknown>;
  kind: "info" | "error" | "good";
}

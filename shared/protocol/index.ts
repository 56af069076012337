// The contract between the client and the server. Clients import from here, never from
// server/ (docs/guide/architecture.md).
export * from "./errors";
export * from "./limits";
export * from "./names";
export * from "./room-code";
export * from "./rooms";
export * from "./client-messages";
export * from "./room-state";
export * from "./server-messages";
export * from "./actions";
export * from "./classroom";

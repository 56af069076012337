// How long the players play before the measuring window opens. The server's code must be
// compiled to its steady state first: V8 optimizes functions as they get hot, and throws
// optimized code away and compiles it again when it meets objects or paths it had not seen,
// which a match's rarer branches keep doing for the first minute. With `--trace-opt` on the
// server, 4,000 players: 217 compilations (1.8 s of a helper thread's time) in the middle
// 27 s of a window that opened after 5 s of play, 61 (0.2 s) in one that opened after 60 s.
// A school event runs for an hour, so the window measures the server past that.
export const WARMUP_SECONDS = 60;

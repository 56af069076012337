// One line per event that matters: `time level event key=value ...`. Quiet under vitest
// unless LOG_LEVEL says otherwise, so test output stays readable.

const LEVELS = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;
export type LogLevel = keyof typeof LEVELS;

function initialLevel(): LogLevel {
  const env = process.env.LOG_LEVEL;
  if (env && env in LEVELS) return env as LogLevel;
  return process.env.VITEST ? "silent" : "info";
}

let level: LogLevel = initialLevel();

export function setLogLevel(next: LogLevel): void {
  level = next;
}

export type LogFields = Record<string, string | number | boolean | null | undefined>;

function format(value: string | number | boolean | null): string {
  const s = String(value);
  // Quote values with spaces or quotes so a line stays one parseable record.
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
}

function write(at: LogLevel, event: string, fields: LogFields): void {
  if (LEVELS[at] > LEVELS[level]) return;
  const parts = [new Date().toISOString(), at, event];
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) parts.push(`${k}=${format(v)}`);
  const line = parts.join(" ") + "\n";
  (at === "error" || at === "warn" ? process.stderr : process.stdout).write(line);
}

export const log = {
  error: (event: string, fields: LogFields = {}) => write("error", event, fields),
  warn: (event: string, fields: LogFields = {}) => write("warn", event, fields),
  info: (event: string, fields: LogFields = {}) => write("info", event, fields),
  debug: (event: string, fields: LogFields = {}) => write("debug", event, fields),
  throttled: (key: string): LineWriters => throttled(key),
};

// ---- repeated lines -------------------------------------------------------------------

/** How long one key stays quiet after it has logged (ms). */
export const THROTTLE_MS = 10_000;
const MAX_THROTTLE_KEYS = 10_000;
const throttle = new Map<string, { until: number; suppressed: number }>();

/**
 * The log, at most one line per `key` every THROTTLE_MS: what any client can trigger at will
 * (a refused request, a bad frame) must not let it fill the disk. The next line of the key
 * says how many were left out (`suppressed=N`).
 */
type Writer = (event: string, fields?: LogFields) => void;
export interface LineWriters {
  error: Writer;
  warn: Writer;
  info: Writer;
  debug: Writer;
}

export function throttled(key: string, now: number = Date.now()): LineWriters {
  const entry = throttle.get(key);
  const pass = entry === undefined || now >= entry.until;
  const suppressed = entry && pass ? entry.suppressed : 0;
  if (pass) {
    if (throttle.size >= MAX_THROTTLE_KEYS) throttle.clear();
    throttle.set(key, { until: now + THROTTLE_MS, suppressed: 0 });
  } else {
    entry.suppressed++;
  }
  const at =
    (level: Exclude<LogLevel, "silent">) =>
    (event: string, fields: LogFields = {}) => {
      if (pass) write(level, event, suppressed > 0 ? { ...fields, suppressed } : fields);
    };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

// ---- Colyseus' own messages -----------------------------------------------------------

/** Messages a client causes by sending garbage: worth a line, never an error. */
const CLIENT_CAUSED = [
  /max payload size exceeded/i,
  /invalid (websocket )?frame|invalid opcode|invalid utf-8|unexpected end|rsv[123] must be clear|mask must be set/i,
  /couldn.t decode|could not decode|decode|unpack|msgpack|unexpected (token|byte|character)|insufficient data|end of buffer/i,
  /reconnection token invalid|has been disposed|seat reservation expired|already consumed|failed to reconnect/i,
];

function firstLine(args: unknown[]): string {
  const text = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === "string" ? a : JSON.stringify(a))).join(" ");
  return (text.split("\n")[0] ?? "").trim().slice(0, 200);
}

/**
 * What Colyseus logs (setLogger), as our one-line records: stack traces cut to their first
 * line, what a client causes at info level, and each distinct message throttled.
 */
export const colyseusLogger = {
  error: (...args: unknown[]) => colyseusLine("error", args),
  warn: (...args: unknown[]) => colyseusLine("warn", args),
  info: (...args: unknown[]) => colyseusLine("info", args),
  debug: (...args: unknown[]) => colyseusLine("debug", args),
  trace: (...args: unknown[]) => colyseusLine("debug", args),
  log: (...args: unknown[]) => colyseusLine("info", args),
};

function colyseusLine(level: Exclude<LogLevel, "silent">, args: unknown[]): void {
  const message = firstLine(args);
  const clientCaused = CLIENT_CAUSED.some((re) => re.test(message));
  const at: Exclude<LogLevel, "silent"> = clientCaused && (level === "error" || level === "warn") ? "info" : level;
  throttled(`colyseus ${message.slice(0, 60)}`)[at](clientCaused ? "colyseus.client-error" : "colyseus.message", { message });
}

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
};

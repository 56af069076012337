// Persistent storage (SQLite via better-sqlite3): finished matches for replays.
export { openDatabase, resolveDbPath, DEFAULT_DB_PATH, type OpenOptions } from "./db";
export { MATCH_MIGRATIONS, migrate, type Migration } from "./migrations";
export { MatchRepository, MATCH_FORMAT, newMatchId, isMatchId, type FinishedMatch, type MatchSummary } from "./matches";
export { CLASS_MIGRATIONS } from "./class-migrations";
export { ClassRepository, type ClassRecord, type StudentRecord, type PairRecord, type ResultRecord } from "./classes";

// Persistent storage: finished matches (replays), matches in progress (the journal) and
// classes, in SQLite by default or PostgreSQL with DATABASE_URL, behind the stores of stores.ts.
export { openStorage, openSqliteStorage, databaseUrlOf, type StorageOptions } from "./open";
export type { Storage, MatchStore, ClassStore, JournalStore } from "./stores";
export { openDatabase, resolveDbPath, DEFAULT_DB_PATH, type OpenOptions } from "./db";
export { MATCH_MIGRATIONS, migrate, type Migration } from "./migrations";
export { CLASS_MIGRATIONS } from "./class-migrations";
export {
  MATCH_FORMAT,
  newMatchId,
  isMatchId,
  type FinishedMatch,
  type MatchSummary,
  type LiveMatch,
  type ClassRecord,
  type StudentRecord,
  type PairRecord,
  type ResultRecord,
} from "./records";
export { MatchRepository } from "./matches";
export { ClassRepository } from "./classes";
export { MatchJournal, FLUSH_MS } from "./journal";
export {
  openPostgresStorage,
  PgMatchRepository,
  PgClassRepository,
  PgMatchJournal,
  migratePostgres,
  isPostgresUrl,
  StorageConfigError,
  type PostgresOptions,
} from "./postgres";

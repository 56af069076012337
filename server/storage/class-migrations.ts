// The classroom's tables: classes, their students, each round's pairs and every result.
// Appended after the match tables (db.ts); never edit a shipped entry, add a new one.
// Comments on the columns are in `up`; `postgres` is the same tables with 64-bit times.
import type { Migration } from "./migrations";

export const CLASS_MIGRATIONS: readonly Migration[] = [
  {
    id: "0101-classes",
    up: `
      CREATE TABLE classes (
        id             TEXT PRIMARY KEY,
        -- the join code while the class is live (the class room's roomId)
        code           TEXT NOT NULL,
        -- sha-256 of the teacher's key, hex: the key itself is never stored
        host_key_hash  TEXT NOT NULL,
        name           TEXT NOT NULL,
        -- JSON: the ClassSetup (playlist, scoring, leaderboard, late join, bot partner)
        setup          TEXT NOT NULL,
        phase          TEXT NOT NULL,
        round          INTEGER NOT NULL,
        locked         INTEGER NOT NULL,
        late_join      INTEGER NOT NULL,
        created_at     INTEGER NOT NULL,
        ended_at       INTEGER
      );
      CREATE INDEX classes_by_host ON classes (host_key_hash, created_at DESC);
      CREATE INDEX classes_live ON classes (ended_at, created_at);

      CREATE TABLE class_students (
        class_id      TEXT NOT NULL REFERENCES classes (id),
        id            INTEGER NOT NULL,
        -- sha-256 of the browser id, hex: a reload (or a kicked browser) is recognised by it
        browser_hash  TEXT NOT NULL,
        name          TEXT NOT NULL,
        kicked        INTEGER NOT NULL DEFAULT 0,
        joined_at     INTEGER NOT NULL,
        PRIMARY KEY (class_id, id)
      );
      CREATE UNIQUE INDEX class_students_browser ON class_students (class_id, browser_hash);

      CREATE TABLE class_pairs (
        class_id  TEXT NOT NULL REFERENCES classes (id),
        round     INTEGER NOT NULL,
        pair      INTEGER NOT NULL,
        room_id   TEXT NOT NULL,
        -- student ids; NULL is the tutor bot
        seat_a    INTEGER,
        seat_b    INTEGER,
        PRIMARY KEY (class_id, round, pair)
      );

      CREATE TABLE class_results (
        class_id     TEXT NOT NULL REFERENCES classes (id),
        round        INTEGER NOT NULL,
        student_id   INTEGER NOT NULL,
        -- the stored match (replay.json, capture.pcap); NULL when the match never finished
        match_id     TEXT,
        side         TEXT NOT NULL,
        total        INTEGER NOT NULL,
        speed        INTEGER NOT NULL,
        right_first  INTEGER NOT NULL,
        declared     INTEGER NOT NULL,
        goal         INTEGER NOT NULL,
        -- JSON: mistake category -> count
        mistakes     TEXT NOT NULL,
        -- JSON: ConceptTally[]
        concepts     TEXT NOT NULL,
        finished_at  INTEGER NOT NULL,
        PRIMARY KEY (class_id, round, student_id)
      );
    `,
    postgres: `
      CREATE TABLE classes (
        id             TEXT PRIMARY KEY,
        code           TEXT NOT NULL,
        host_key_hash  TEXT NOT NULL,
        name           TEXT NOT NULL,
        setup          TEXT NOT NULL,
        phase          TEXT NOT NULL,
        round          INTEGER NOT NULL,
        locked         INTEGER NOT NULL,
        late_join      INTEGER NOT NULL,
        created_at     BIGINT NOT NULL,
        ended_at       BIGINT
      );
      CREATE INDEX classes_by_host ON classes (host_key_hash, created_at DESC);
      CREATE INDEX classes_live ON classes (ended_at, created_at);

      CREATE TABLE class_students (
        class_id      TEXT NOT NULL REFERENCES classes (id),
        id            INTEGER NOT NULL,
        browser_hash  TEXT NOT NULL,
        name          TEXT NOT NULL,
        kicked        INTEGER NOT NULL DEFAULT 0,
        joined_at     BIGINT NOT NULL,
        PRIMARY KEY (class_id, id)
      );
      CREATE UNIQUE INDEX class_students_browser ON class_students (class_id, browser_hash);

      CREATE TABLE class_pairs (
        class_id  TEXT NOT NULL REFERENCES classes (id),
        round     INTEGER NOT NULL,
        pair      INTEGER NOT NULL,
        room_id   TEXT NOT NULL,
        seat_a    INTEGER,
        seat_b    INTEGER,
        PRIMARY KEY (class_id, round, pair)
      );

      CREATE TABLE class_results (
        class_id     TEXT NOT NULL REFERENCES classes (id),
        round        INTEGER NOT NULL,
        student_id   INTEGER NOT NULL,
        match_id     TEXT,
        side         TEXT NOT NULL,
        total        INTEGER NOT NULL,
        speed        INTEGER NOT NULL,
        right_first  INTEGER NOT NULL,
        declared     INTEGER NOT NULL,
        goal         INTEGER NOT NULL,
        mistakes     TEXT NOT NULL,
        concepts     TEXT NOT NULL,
        finished_at  BIGINT NOT NULL,
        PRIMARY KEY (class_id, round, student_id)
      );
    `,
  },
];

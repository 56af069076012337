// WAL checkpoints off the event loop. In WAL mode SQLite commits by appending to the -wal
// file, and every so many pages a commit also copies the WAL back into the database and
// syncs both (a checkpoint): that commit then takes several times as long, within the
// journal's batch or a save, on the event loop. Here the connection the server writes on
// never checkpoints (wal_autocheckpoint = 0); a worker thread with a connection of its own
// runs a PASSIVE checkpoint every CHECKPOINT_MS, which neither waits for the writer nor
// stops it, and now and then a RESTART one, which holds the writer back for a moment so that
// the WAL starts over (https://www.sqlite.org/wal.html#checkpointing).
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";
import { log } from "../log";

export const CHECKPOINT_MS = 1000;
/** WAL frames (pages) past which a checkpoint makes sure the WAL starts over: 16 MiB of 4 KiB pages. */
const RESTART_FRAMES = 4096;
const STOP_WAIT_MS = 5000;

// A worker of a few lines, given as source: the production server is one bundled file, and
// this needs no file of its own next to it. better-sqlite3 is found where the server finds it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 2000");
// The writer starts the WAL over at its next transaction only when a checkpoint has copied
// all of it and no one reads an older snapshot. A PASSIVE checkpoint never waits, so a write
// that comes in the middle can leave the WAL growing: past RESTART_FRAMES frames the worker
// checkpoints in RESTART mode once, which waits for the writer (the few frames since the last
// checkpoint, then a sync) and makes the next transaction start the WAL over.
const checkpoint = () => {
  try {
    const [{ log, checkpointed }] = db.pragma("wal_checkpoint(PASSIVE)");
    if (log > workerData.restartFrames && checkpointed >= log) db.pragma("wal_checkpoint(RESTART)");
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** The last checkpoint, then the worker's connection closes. */
  stop(): Promise<void>;
}

/** Moves `db`'s checkpoints to a worker thread (a file database in WAL mode only). */
export function checkpointInWorker(db: Database.Database, everyMs = CHECKPOINT_MS): Checkpointer {
  db.pragma("wal_autocheckpoint = 0");
  // A WAL that grew in a burst is cut back to this when it starts over.
  db.pragma(`journal_size_limit = ${RESTART_FRAMES * 4096}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver: createRequire(import.meta.url).resolve("better-sqlite3"), file: db.name, everyMs, restartFrames: RESTART_FRAMES },
  });
  // It never keeps the process alive; a process that exits without stop() has its last
  // WAL checkpointed by the next connection to open the file.
  worker.unref();
  let exited = false;
  let stopped: Promise<void> | null = null;
  worker.on("message", (m: { error?: string }) => log.warn("db.checkpoint-failed", { error: m.error ?? "unknown" }));
  worker.on("error", (error) => log.error("db.checkpointer-failed", { error: error.message }));
  worker.on("exit", () => {
    exited = true;
    // Without its worker the connection checkpoints for itself again, as SQLite does by default.
    if (stopped === null && db.open) db.pragma("wal_autocheckpoint = 1000");
  });
  return {
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        if (exited) return resolve();
        // Held until it has closed: a process that ends right after stop() waits for it.
        worker.ref();
        // A worker stuck in a checkpoint is not waited for long: the next opening finishes it.
        const stuck = setTimeout(() => void worker.terminate(), STOP_WAIT_MS);
        worker.once("exit", () => {
          clearTimeout(stuck);
          resolve();
        });
        worker.postMessage("stop");
      })),
  };
}

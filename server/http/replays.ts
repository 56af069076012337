// Finished matches over HTTP: the replay (for the debrief's step-through) and the .pcap.
//   GET /api/matches/:id/replay.json   config, scenario, inputs and the replayed ladder
//   GET /api/matches/:id/capture.pcap  libpcap file of the segments (Wireshark opens it)
// Both rebuild the match with the reducer's replay from the stored inputs: the stored log
// is the single source of truth, so a replay always shows what the engine decides today.
// Unknown ids answer 404 with a JSON error, and a database that does not answer 503.
// Express-style middleware (as static.ts), so the server mounts it with
// `app.use(replayRoutes({ repo }))`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { captureMatch } from "../../shared/pcap";
import type { MatchConfig, MatchInput, MatchState } from "../../shared/match/types";
import type { FinishedMatch, MatchStore } from "../storage";
import { log } from "../log";

export type StoredMatch = FinishedMatch<MatchConfig, MatchInput>;

export interface ReplayDeps {
  repo: Pick<MatchStore, "get">;
  /** Rebuilds the match from its stored log (shared/match's replay). */
  replay: (stored: StoredMatch) => MatchState;
}

/** Error codes of these routes, in the body as `{ error, message }`. */
export const REPLAY_ERRORS = {
  "match/not-found": 404, // no finished match has this id
  "match/replay-failed": 500, // the stored log could not be replayed (a format the engine no longer reads)
  "match/storage-failed": 503, // the database did not answer (PostgreSQL down or unreachable)
} as const;
export type ReplayError = keyof typeof REPLAY_ERRORS;

/**
 * What replay.json holds: shared/match's ReplayRecord (config, scenarioId, isn, inputs: enough
 * to replay it with replayMatch) plus what the debrief shows without replaying.
 */
export interface ReplayJson {
  id: string;
  scenarioId: string;
  config: MatchConfig;
  isn: { A: number; B: number };
  inputs: MatchInput[];
  result: unknown;
  createdAt: number;
  finishedAt: number;
  hosts: Record<"A" | "B", { role: string; address: string; port: number }>;
  ladder: MatchState["ladder"];
  ended: MatchState["ended"];
}

const ROUTE = /^\/api\/matches\/([^/]+)\/(replay\.json|capture\.pcap)$/;

type Next = (err?: unknown) => void;

function sendError(res: ServerResponse, code: ReplayError, message: string): void {
  res.statusCode = REPLAY_ERRORS[code];
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify({ error: code, message }));
}

export function buildReplayJson(stored: StoredMatch, match: MatchState): ReplayJson {
  const host = (side: "A" | "B") => ({
    role: match.scenario[side].role,
    address: match.scenario[side].address,
    port: match.scenario[side].port,
  });
  return {
    id: stored.id,
    scenarioId: stored.scenarioId,
    config: stored.config,
    isn: stored.isns,
    inputs: stored.inputs,
    result: stored.result,
    createdAt: stored.createdAt,
    finishedAt: stored.finishedAt,
    hosts: { A: host("A"), B: host("B") },
    ladder: match.ladder,
    ended: match.ended,
  };
}

export function replayRoutes(deps: ReplayDeps) {
  return async (req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const found = ROUTE.exec((req.url ?? "").split("?")[0] ?? "");
    if (!found) return next();
    let id: string;
    try {
      id = decodeURIComponent(found[1]!);
    } catch {
      return sendError(res, "match/not-found", "no finished match with this id");
    }
    let stored: StoredMatch | null;
    try {
      stored = await deps.repo.get<MatchConfig, MatchInput>(id);
    } catch (err) {
      log.warn("match.read-failed", { match: id, error: err instanceof Error ? err.message : String(err) });
      return sendError(res, "match/storage-failed", "the database did not answer; try again");
    }
    if (!stored) return sendError(res, "match/not-found", "no finished match with this id");

    let match: MatchState;
    try {
      match = deps.replay(stored);
    } catch (err) {
      return sendError(res, "match/replay-failed", err instanceof Error ? err.message : String(err));
    }

    // A finished match never changes: clients may keep it.
    res.setHeader("Cache-Control", "private, max-age=3600");
    if (found[2] === "replay.json") {
      res.statusCode = 200;
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(req.method === "HEAD" ? undefined : JSON.stringify(buildReplayJson(stored, match)));
      return;
    }
    const pcap = captureMatch(match, stored.createdAt);
    res.statusCode = 200;
    res.setHeader("Content-Type", "application/vnd.tcpdump.pcap");
    res.setHeader("Content-Length", String(pcap.byteLength));
    res.setHeader("Content-Disposition", `attachment; filename="tcp-arena-${stored.scenarioId.replace(/[^A-Za-z0-9_-]/g, "")}-${stored.id}.pcap"`);
    res.end(req.method === "HEAD" ? undefined : Buffer.from(pcap.buffer, pcap.byteOffset, pcap.byteLength));
  };
}

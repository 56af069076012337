// Finished matches over HTTP: the replay (for the debrief's step-through) and the .pcap.
//   GET /api/matches/:id/replay.json   config, scenario, inputs and the replayed ladder
//   GET /api/matches/:id/capture.pcap  libpcap file of the segments (Wireshark opens it)
// Both rebuild the match with the reducer's replay from the stored inputs: the stored log
// is the single source of truth, so a replay always shows what the engine decides today.
// Unknown ids answer 404 with a JSON error, and a database that does not answer 503. An
// Express router, which the server mounts with `app.use(replayRoutes({ repo, replay }))`.
import type { ServerResponse } from "node:http";
import { Router, type ErrorRequestHandler, type Request, type Response } from "express";
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

/** The stored match and its replay for the route's `:id`, or null once an error is sent. */
async function replayOf(deps: ReplayDeps, req: Request, res: Response): Promise<{ stored: StoredMatch; match: MatchState } | null> {
  const id = String(req.params.id);
  let stored: StoredMatch | null;
  try {
    stored = await deps.repo.get<MatchConfig, MatchInput>(id);
  } catch (err) {
    log.warn("match.read-failed", { match: id, error: err instanceof Error ? err.message : String(err) });
    sendError(res, "match/storage-failed", "the database did not answer; try again");
    return null;
  }
  if (!stored) {
    sendError(res, "match/not-found", "no finished match with this id");
    return null;
  }
  try {
    return { stored, match: deps.replay(stored) };
  } catch (err) {
    sendError(res, "match/replay-failed", err instanceof Error ? err.message : String(err));
    return null;
  }
}

/** GET (and HEAD, which Express routes to GET) of a finished match's replay.json and capture.pcap. */
export function replayRoutes(deps: ReplayDeps): Router {
  // The paths exactly as written: no other case, no trailing slash.
  const router = Router({ caseSensitive: true, strict: true });

  router.get("/api/matches/:id/replay.json", async (req, res) => {
    const found = await replayOf(deps, req, res);
    if (!found) return;
    // A finished match never changes: clients may keep it.
    res.setHeader("Cache-Control", "private, max-age=3600");
    res.statusCode = 200;
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(req.method === "HEAD" ? undefined : JSON.stringify(buildReplayJson(found.stored, found.match)));
  });

  router.get("/api/matches/:id/capture.pcap", async (req, res) => {
    const found = await replayOf(deps, req, res);
    if (!found) return;
    const { stored, match } = found;
    const pcap = captureMatch(match, stored.createdAt);
    res.setHeader("Cache-Control", "private, max-age=3600");
    res.statusCode = 200;
    res.setHeader("Content-Type", "application/vnd.tcpdump.pcap");
    res.setHeader("Content-Length", String(pcap.byteLength));
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="tcp-arena-${stored.scenarioId.replace(/[^A-Za-z0-9_-]/g, "")}-${stored.id}.pcap"`,
    );
    res.end(req.method === "HEAD" ? undefined : Buffer.from(pcap.buffer, pcap.byteOffset, pcap.byteLength));
  });

  // An id whose %-escapes do not decode (Express fails on the parameter) is no match's id.
  const undecodable: ErrorRequestHandler = (err, _req, res, next) => {
    if (err instanceof URIError) sendError(res, "match/not-found", "no finished match with this id");
    else next(err);
  };
  router.use(undecodable);
  return router;
}

// The teacher's classes over HTTP, opened by the host key in the Authorization header
// (`Bearer <hostKey>`; never in the URL, which proxies log):
//   GET /api/classes                    the classes of this key, newest first (ClassSummary[])
//   GET /api/classes/:id/report.json    the class report (ClassReport)
//   GET /api/classes/:id/report.csv     the same as CSV for a spreadsheet
// Errors answer `{ error, message }` with one of CLASS_ROUTE_ERRORS.
import { Router, type Request, type Response } from "express";
import { HOST_KEY_PATTERN } from "../../shared/protocol/classroom";
import type { ClassReport } from "../../shared/protocol/classroom";
import type { ClassRecord, ClassStore } from "../storage";
import { log } from "../log";
import { hashSecret, secretMatches } from "./keys";
import { loadReport, summaryOf } from "./report";
import { reportCsv } from "./csv";

export const CLASS_ROUTE_ERRORS = {
  "class/no-host-key": 401, // no `Authorization: Bearer <hostKey>` header, or not a key's shape
  "class/not-found": 404, // no class has this id, or the key does not open it
  "class/storage-off": 503, // this server keeps no classes
  "class/storage-failed": 503, // the database did not answer (PostgreSQL down or unreachable)
} as const;
type RouteError = keyof typeof CLASS_ROUTE_ERRORS;

function fail(res: Response, code: RouteError, message: string): void {
  res.status(CLASS_ROUTE_ERRORS[code]).set("Cache-Control", "no-store").json({ error: code, message });
}

function hostKeyOf(req: Request): string | null {
  const m = /^Bearer\s+(\S+)$/.exec(req.get("authorization") ?? "");
  return m && HOST_KEY_PATTERN.test(m[1]!) ? m[1]! : null;
}

/** A read that failed (the database did not answer) gets 503 and a log line, not a crash. */
function readFailed(res: Response, error: unknown): void {
  log.warn("class.read-failed", { error: error instanceof Error ? error.message : String(error) });
  fail(res, "class/storage-failed", "the database did not answer; try again");
}

export function classRoutes(repo: () => ClassStore | null): Router {
  const router = Router();
  router.get("/api/classes", async (req, res) => {
    const r = repo();
    if (!r) return fail(res, "class/storage-off", "classes are not kept on this server");
    const key = hostKeyOf(req);
    if (!key) return fail(res, "class/no-host-key", "send Authorization: Bearer <host key>");
    try {
      const classes = await r.listByHost(hashSecret(key));
      const list = await Promise.all(
        classes.map(async (c) => {
          const [results, students] = await Promise.all([r.results(c.id), r.students(c.id)]);
          return summaryOf(c, students.filter((s) => !s.kicked).length, Math.max(0, ...results.map((x) => x.round)));
        }),
      );
      res.set("Cache-Control", "no-store").json(list);
    } catch (error) {
      readFailed(res, error);
    }
  });
  router.get("/api/classes/:id/report.:format", async (req, res) => {
    const r = repo();
    if (!r) return fail(res, "class/storage-off", "classes are not kept on this server");
    const key = hostKeyOf(req);
    if (!key) return fail(res, "class/no-host-key", "send Authorization: Bearer <host key>");
    const format = req.params.format;
    let c: ClassRecord | null;
    let report: ClassReport;
    try {
      c = /^[A-Za-z0-9_-]{1,64}$/.test(req.params.id ?? "") ? await r.getClass(req.params.id!) : null;
      if (!c || !secretMatches(key, c.hostKeyHash) || (format !== "json" && format !== "csv")) {
        return fail(res, "class/not-found", "no such class for this key");
      }
      report = await loadReport(r, c);
    } catch (error) {
      return readFailed(res, error);
    }
    res.set("Cache-Control", "no-store");
    if (format === "json") return void res.json(report);
    const file = `class-${c.code}-${new Date(c.createdAt).toISOString().slice(0, 10)}.csv`;
    res.set("Content-Type", "text/csv; charset=utf-8").set("Content-Disposition", `attachment; filename="${file}"`).send(reportCsv(report));
  });
  return router;
}

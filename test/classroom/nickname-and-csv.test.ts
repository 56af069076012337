import { describe, expect, it } from "vitest";
import { checkShownName, isOffensive, nameKey } from "../../server/classroom/nickname";
import { reportCsv, safeCell } from "../../server/classroom/csv";
import { lanAddress, publicOrigin } from "../../server/classroom/links";
import type { ClassReport } from "../../shared/protocol/classroom";

describe("nicknames shown to the class", () => {
  it("refuses offensive words in English (l33t spellings too) and Chinese, with class/name-refused", () => {
    for (const bad of ["fuck", "sh1t head", "傻逼", "他妈的"])
      expect(checkShownName(bad, 24)).toMatchObject({ ok: false, code: "class/name-refused" });
  });

  it("keeps ordinary names, including ones that contain a listed word inside (Scunthorpe, 乳山)", () => {
    for (const good of ["Scunthorpe", "classic", "小明", "乳山", "王小二", "Ada Lovelace", "student 455", "team 717"])
      expect(isOffensive(good)).toBe(false);
  });

  it("applies the one name rule first: bidi overrides and zero-width characters get class/name-invalid", () => {
    expect(checkShownName("ad\u202emin", 24)).toMatchObject({ ok: false, code: "class/name-invalid" });
    expect(checkShownName("a\u200bb", 24)).toMatchObject({ ok: false, code: "class/name-invalid" });
    expect(checkShownName("   ", 24)).toMatchObject({ ok: false, code: "class/name-invalid" });
  });

  it("treats names that differ only in case or width as the same nickname", () => {
    expect(nameKey("ＡＤＡ")).toBe(nameKey("ada"));
  });
});

describe("the report as CSV", () => {
  it("neutralises cells a spreadsheet would run as a formula, and leaves numbers as numbers", () => {
    expect(safeCell("=1+1")).toBe("'=1+1");
    expect(safeCell("+cmd")).toBe("'+cmd");
    expect(safeCell("-x")).toBe("'-x");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell(-5)).toBe("-5");
    expect(safeCell("Ada")).toBe("Ada");
  });

  it("starts with a BOM, ends lines with CRLF and quotes a cell with a comma", () => {
    const report: ClassReport = {
      summary: { id: "x", code: "ABCDE", name: "", createdAt: 0, endedAt: 1, students: 1, roundsPlayed: 1, rounds: 1 },
      setup: {
        name: "",
        rounds: [{ scenarioId: "handshake", difficulty: "guided", timeLimitSeconds: 60 }],
        scoring: "standard",
        leaderboard: "full",
        lateJoin: true,
        botPartner: true,
        pairing: "swap",
        stuckSeconds: 45,
      },
      students: [
        {
          id: 1,
          name: "李, 雷",
          rank: 1,
          points: 10,
          right: 1,
          declared: 2,
          rounds: [10],
          concepts: [{ concept: "handshake", right: 1, total: 2, mistakes: 1 }],
          mistakes: { "wrong-ack": 1 },
        },
      ],
      concepts: [{ concept: "handshake", right: 1, total: 2, mistakes: 1 }],
      mistakes: [{ category: "wrong-ack", concept: "ack-number", count: 1 }],
    };
    const csv = reportCsv(report);
    expect(csv.startsWith("\ufeffrank,nickname,")).toBe(true);
    expect(csv).toContain("\r\n");
    expect(csv).toContain('"李, 雷"');
    expect(csv).toContain("1/2");
  });
});

describe("the join link's origin", () => {
  it("uses PUBLIC_URL when set, else the LAN address, never localhost", () => {
    expect(publicOrigin(2567, { PUBLIC_URL: "https://arena.school.example/" }, "10.0.0.5")).toBe("https://arena.school.example");
    expect(publicOrigin(2567, {}, "192.168.1.20")).toBe("http://192.168.1.20:2567");
  });

  it("prefers a private LAN address over a public one and skips loopback", () => {
    const nets = {
      lo: [{ address: "127.0.0.1", family: "IPv4", internal: true }],
      eth0: [{ address: "203.0.113.9", family: "IPv4", internal: false }],
      wlan0: [{ address: "192.168.0.12", family: "IPv4", internal: false }],
    } as never;
    expect(lanAddress(nets)).toBe("192.168.0.12");
  });
});

// The scenario data is complete and consistent: both languages, known concepts, reachable
// goals, network rules and steps that make sense for the states involved.
import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../shared/concepts";
import { CONCEPT_BANK } from "../../shared/quiz/concept-bank";
import { SCENARIOS, getScenario } from "../../shared/scenarios";
import type { Scenario, SideSetup, Text } from "../../shared/scenarios/types";
import { SIDES } from "../../shared/scenarios/types";
import { TCP_STATES, type TcpState } from "../../shared/tcp/types";
import { reachable, successors } from "./diagram";

const HAN = /\p{Script=Han}/u;

function texts(s: Scenario): [string, Text][] {
  return [
    ["title", s.title],
    ["briefing", s.briefing],
    ["debrief", s.debrief],
    ["A.task", s.A.task],
    ["B.task", s.B.task],
  ];
}

/**
 * How a debrief names each concept, in each language: the glossary's terms in Chinese.
 * A debrief that claims a concept must say it in words a player can find.
 */
const NAMED_BY: Record<(typeof CONCEPTS)[number], { en: RegExp; zh: RegExp }> = {
  handshake: { en: /handshake/i, zh: /握手/ },
  "four-way-close": { en: /four-way close/i, zh: /四次挥手/ },
  "half-close": { en: /half-close/i, zh: /半关闭/ },
  states: { en: new RegExp(TCP_STATES.join("|")), zh: new RegExp(TCP_STATES.join("|")) },
  "seq-consumption": { en: /(takes?|taking|occupies) one sequence number/i, zh: /占(用)?一个序号/ },
  "ack-number": { en: /next byte expected/i, zh: /期望收到的下一个字节|期望的下一个字节/ },
  "time-wait-lost-ack": { en: /first reason for TIME_WAIT/i, zh: /TIME_WAIT 存在的第一个理由/ },
  "time-wait-old-duplicates": { en: /old duplicate/i, zh: /旧的重复报文段/ },
  "two-msl": { en: /2MSL/, zh: /2MSL/ },
  "quiet-time": { en: /quiet time/i, zh: /静默时间/ },
  "fin-wait-2-timer": { en: /FIN_WAIT_2[\s\S]*60 s/, zh: /FIN_WAIT_2[\s\S]*60 秒/ },
  "simultaneous-open": { en: /SYN_SENT to SYN_RCVD/, zh: /从 SYN_SENT 转入 SYN_RCVD/ },
  "simultaneous-close": { en: /CLOSING/, zh: /CLOSING/ },
  "fin-ack-combined": { en: /FIN_WAIT_1[\s\S]*straight to TIME_WAIT/, zh: /FIN_WAIT_1[\s\S]*直接进入 TIME_WAIT/ },
  reset: { en: /RST/, zh: /RST/ },
  retransmission: { en: /retransmi/i, zh: /重传/ },
  "old-duplicate-syn": { en: /old duplicate SYN/i, zh: /旧的重复 SYN/ },
  "isn-choice": { en: /RFC 6528/, zh: /RFC 6528/ },
  "rst-vs-fin": { en: /SO_LINGER/, zh: /SO_LINGER/ },
  "socket-buildup": { en: /CLOSE_WAIT[\s\S]*close\(\)/, zh: /CLOSE_WAIT[\s\S]*close\(\)/ },
  "time-wait-assassination": { en: /TIME-WAIT assassination/, zh: /TIME_WAIT 提前终止/ },
  "half-open": { en: /half-open/, zh: /半开连接/ },
  "syn-flood": { en: /SYN flood/, zh: /SYN 洪泛/ },
  "challenge-ack": { en: /challenge ACK/, zh: /挑战 ACK/ },
  "linux-state-names": { en: /SYN-RECV/, zh: /SYN-RECV/ },
};

/** Whether `path` is a walk from `start` along the state diagram (a subsequence, or, with
 * `consecutive`, one step between each listed state and the next). */
function pathIsWalk(start: TcpState, path: readonly TcpState[], s: Scenario, consecutive: boolean): boolean {
  let at = start;
  for (const [i, next] of path.entries()) {
    const direct = successors(at, s.profile).has(next);
    const ok = consecutive && i > 0 ? direct : reachable(at, next, s.profile) && (at !== next || i === 0);
    if (!ok) return false;
    at = next;
  }
  return true;
}

describe("the scenario list", () => {
  it("numbers its scenarios 1 to N in the list's order", () => {
    expect(SCENARIOS.map((s) => s.number)).toEqual(SCENARIOS.map((_, i) => i + 1));
  });

  it("gives every scenario a unique kebab-case id that getScenario finds", () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCENARIOS) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(getScenario(s.id)).toBe(s);
    }
    expect(getScenario("no-such-scenario")).toBeUndefined();
  });

  it("writes every title, briefing, debrief and task in Chinese and in English", () => {
    for (const s of SCENARIOS) {
      for (const [field, t] of texts(s)) {
        expect(t.en.trim(), `${s.id} ${field}.en`).not.toBe("");
        expect(t.zh.trim(), `${s.id} ${field}.zh`).not.toBe("");
        expect(HAN.test(t.zh), `${s.id} ${field}.zh is Chinese`).toBe(true);
        expect(HAN.test(t.en), `${s.id} ${field}.en has no Chinese`).toBe(false);
      }
    }
  });

  it("uses only the concept ids of shared/concepts.ts", () => {
    const known = new Set<string>(CONCEPTS);
    for (const s of SCENARIOS) {
      expect(s.concepts.length, s.id).toBeGreaterThan(0);
      for (const c of s.concepts) expect(known.has(c), `${s.id}: ${c}`).toBe(true);
    }
  });

  it("teaches every concept of shared/concepts.ts in a scenario or, where no scenario can show it, in quiz items", () => {
    const taught = new Set(SCENARIOS.flatMap((s) => s.concepts));
    // Lessons the engine cannot play (no keepalive, backlog or ISN generator): quiz sets.
    const quizOnly = CONCEPTS.filter((c) => !taught.has(c));
    expect(quizOnly).toEqual(["old-duplicate-syn", "isn-choice", "socket-buildup", "syn-flood", "linux-state-names"]);
    for (const c of quizOnly) expect(CONCEPT_BANK.filter((i) => i.concepts.includes(c)).length, c).toBeGreaterThanOrEqual(3);
  });

  it("names each concept a scenario claims in its debrief, in both languages", () => {
    const unnamed: string[] = [];
    for (const s of SCENARIOS) {
      for (const c of s.concepts) {
        const named = NAMED_BY[c as keyof typeof NAMED_BY];
        if (!named.en.test(s.debrief.en)) unnamed.push(`${s.id} en ${c}`);
        if (!named.zh.test(s.debrief.zh)) unnamed.push(`${s.id} zh ${c}`);
      }
    }
    expect(unnamed).toEqual([]);
  });
});

describe("each scenario's setup", () => {
  it("gives the two sides distinct IPv4 endpoints with valid ports", () => {
    const octet = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    const ipv4 = new RegExp(`^${octet}(\\.${octet}){3}$`);
    for (const s of SCENARIOS) {
      for (const side of SIDES) {
        expect(s[side].address, `${s.id} ${side}`).toMatch(ipv4);
        expect(Number.isInteger(s[side].port) && s[side].port > 0 && s[side].port < 65536).toBe(true);
      }
      expect(`${s.A.address}:${s.A.port}`).not.toBe(`${s.B.address}:${s.B.port}`);
    }
  });

  it("gives roles that fit: a client and a server, or two peers", () => {
    for (const s of SCENARIOS) {
      const roles = [s.A.role, s.B.role].sort().join("+");
      expect(["client+server", "peer+peer"], s.id).toContain(roles);
    }
  });

  it("keeps MSL within the usual values (30 s to 2 min) and par times positive", () => {
    for (const s of SCENARIOS) {
      expect(s.msl, s.id).toBeGreaterThanOrEqual(30_000);
      expect(s.msl, s.id).toBeLessThanOrEqual(120_000);
      expect(s.parSeconds, s.id).toBeGreaterThan(0);
    }
  });

  it("plays the linux profile only where the goal needs Linux: its FIN_WAIT_2 timer, or no quiet time after a reboot", () => {
    for (const s of SCENARIOS) {
      const paths = s.goal.kind === "paths" ? [s.goal.A, s.goal.B] : [];
      const timesOutInFinWait2 = paths.some((p) => p.some((state, i) => state === "FIN_WAIT_2" && p[i + 1] === "CLOSED"));
      // RFC 9293 3.4.3 would keep a rebooted host quiet for MSL before it connects again.
      const reconnectsAtOnce = s.script.some(
        (e) => e.action === "reboot" && e.when.state !== "TIME_WAIT" && s[e.side].steps?.some((t) => t.call === "connect"),
      );
      expect(s.profile, s.id).toBe(timesOutInFinWait2 || reconnectsAtOnce ? "linux" : "rfc");
    }
  });

  it("has a goal only free play lacks", () => {
    expect(SCENARIOS.filter((s) => s.goal.kind === "none").map((s) => s.id)).toEqual(["free-play"]);
  });
});

describe("each scenario's goal", () => {
  it("is a walk of the RFC state diagram from each side's starting state", () => {
    for (const s of SCENARIOS) {
      const g = s.goal;
      for (const side of SIDES) {
        const start = s[side].start;
        if (g.kind === "paths") {
          expect(g[side].length, `${s.id} ${side}`).toBeGreaterThan(0);
          expect(pathIsWalk(start, g[side], s, g.consecutive === true), `${s.id} ${side}: ${g[side].join(" -> ")}`).toBe(true);
        } else if (g.kind === "states") {
          expect(reachable(start, g[side], s.profile), `${s.id} ${side}`).toBe(true);
        }
      }
    }
  });

  it("never lists a side's starting state first, so it holds however the history begins", () => {
    for (const s of SCENARIOS) {
      if (s.goal.kind !== "paths") continue;
      for (const side of SIDES) {
        const path = s.goal[side];
        // A one-state path equal to the start means "stays there" (the refusing CLOSED port).
        if (path.length > 1) expect(path[0], `${s.id} ${side}`).not.toBe(s[side].start);
      }
    }
  });

  it("together, the goals pass through all 11 states, so every state is playable", () => {
    const visited = new Set<TcpState>();
    for (const s of SCENARIOS) {
      if (s.goal.kind !== "paths") continue;
      for (const side of SIDES) for (const state of s.goal[side]) visited.add(state);
    }
    expect(TCP_STATES.filter((st) => !visited.has(st))).toEqual([]);
  });

  it("makes FIN+ACK in one segment a consecutive path, so FIN_WAIT_2 in between does not count", () => {
    const s = getScenario("fin-ack-combined");
    expect(s?.goal).toMatchObject({ kind: "paths", consecutive: true });
    if (s?.goal.kind === "paths") expect(s.goal.A).not.toContain("FIN_WAIT_2");
  });
});

describe("each scenario's script", () => {
  function stepsOf(side: SideSetup): NonNullable<SideSetup["steps"]> {
    return side.steps ?? [];
  }

  it("orders task steps along states the side can reach, with data only for send", () => {
    for (const s of SCENARIOS) {
      for (const side of SIDES) {
        let at: TcpState = s[side].start;
        for (const step of stepsOf(s[side])) {
          expect(reachable(at, step.when, s.profile), `${s.id} ${side} ${step.call} in ${step.when}`).toBe(true);
          if (step.call === "send") expect(step.data?.length ?? 0, `${s.id} ${side}`).toBeGreaterThan(0);
          else expect(step.data, `${s.id} ${side} ${step.call}`).toBeUndefined();
          at = step.when;
        }
      }
    }
  });

  it("gives every side that is not already connected or listening a way to start", () => {
    for (const s of SCENARIOS) {
      const closed = SIDES.filter((side) => s[side].start === "CLOSED");
      // A CLOSED side either opens, or is the CLOSED port of a refused connection.
      const opens = closed.filter((side) => stepsOf(s[side]).some((st) => st.when === "CLOSED"));
      expect(opens.length, s.id).toBeGreaterThanOrEqual(Math.min(closed.length, 1));
    }
  });

  it("names real flag sets, counts nth from 1, and uses positive gaps and delays", () => {
    const flagSets = new Set(["SYN", "SYN,ACK", "ACK", "FIN,ACK", "FIN", "RST", "RST,ACK"]);
    for (const s of SCENARIOS) {
      for (const rule of s.network) {
        const matches = rule.kind === "hold-until" ? [rule.match, rule.until] : [rule.match];
        for (const m of matches) {
          if (m.flags !== undefined) expect(flagSets.has(m.flags), `${s.id} ${m.flags}`).toBe(true);
          if (m.nth !== undefined) expect(Number.isInteger(m.nth) && m.nth >= 1, s.id).toBe(true);
          expect(m.from, `${s.id}: a rule names its sender`).toBeDefined();
        }
        if (rule.kind === "duplicate") expect(rule.gapMs).toBeGreaterThan(0);
        if (rule.kind === "delay") expect(rule.extraMs).toBeGreaterThan(0);
      }
    }
  });

  it("pairs hold-until rules, so whoever sends first waits for the other", () => {
    for (const s of SCENARIOS) {
      const holds = s.network.filter((r) => r.kind === "hold-until");
      for (const h of holds) {
        const mirror = holds.find((o) => o.match.from === h.until.from && o.until.from === h.match.from && o.match.flags === h.until.flags);
        expect(mirror, `${s.id}: mirror of hold ${h.match.from}`).toBeDefined();
      }
    }
  });

  it("delivers old duplicates and fires scripted events in states the side reaches", () => {
    for (const s of SCENARIOS) {
      for (const rule of s.network) {
        if (rule.kind !== "old-duplicate") continue;
        expect(reachable(s[rule.deliverTo].start, rule.whenState, s.profile), s.id).toBe(true);
        expect(rule.match.from, `${s.id}: an old duplicate crosses the wire`).not.toBe(rule.deliverTo);
      }
      for (const ev of s.script) {
        expect(reachable(s[ev.when.side].start, ev.when.state, s.profile), s.id).toBe(true);
        if (ev.when.afterMs !== undefined) expect(ev.when.afterMs, s.id).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("reboots the quiet-time host within one MSL of entering TIME_WAIT", () => {
    const s = getScenario("quiet-time");
    const reboot = s?.script.find((e) => e.action === "reboot");
    expect(reboot?.when.state).toBe("TIME_WAIT");
    expect(reboot?.when.afterMs ?? 0).toBeLessThan(s?.msl ?? 0);
  });
});

// The match in Chinese, a player who reloads the page mid-match and carries on, and the
// match screen on a phone.
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { withTwoPlayers, screenshot, visibleLabels, waitForScene, clickUi, type GameServer } from "./harness";
import { useGameAndBrowser } from "./fixtures";
import { FOUR_WAY_CLOSE, HANDSHAKE, LOST_FINAL_ACK, matchView, play, playBoth, type Step } from "./match-player";
import { startDuel } from "./match-lobby";
import { scoring } from "../../shared/match";
import { CONCEPT_CONTENT } from "../../shared/content/concepts";

const HAN = /[\u4e00-\u9fff]/;
let server: GameServer;
let browser: Browser;

useGameAndBrowser((s, b) => {
  server = s;
  browser = b;
}, 180_000);

describe("the match screen", () => {
  it("speaks Chinese from the first checkpoint to the debrief", async () => {
    await withTwoPlayers(browser, server.url, { locale: "zh-CN" }, async (host, guest) => {
      await startDuel(host.page, guest.page, "handshake", "mouse");
      const ui = await host.page.evaluate(() => window.__tcpArena?.ui ?? {});
      for (const id of ["match.send", "match.clear", "match.leave"]) expect(ui[id]?.label).toMatch(HAN);
      await Promise.all([play(host.page, HANDSHAKE.A, "mouse"), play(guest.page, HANDSHAKE.B, "mouse")]);
      // The log explains each step in Chinese (the engine's note on the SYN,ACK among them).
      const v = (await matchView(host.page))!;
      expect(v.log).toContain("note.segment/syn-ack");
      expect(v.logText.filter((l) => HAN.test(l)).length).toBeGreaterThanOrEqual(4);
      await host.page.waitForFunction(() => window.__tcpArenaMatch?.ended === true, undefined, { timeout: 60_000 });
      await screenshot(host.page, "match-zh-end-A");
      await clickUi(host.page, "match.debrief");
      await waitForScene(host.page, "Debrief");
      const debriefLabels = await visibleLabels(host.page);
      expect(debriefLabels.filter((l) => HAN.test(l)).length).toBeGreaterThanOrEqual(5);
      await screenshot(host.page, "match-zh-debrief-A");
      expect(host.errors).toEqual([]);
      expect(guest.errors).toEqual([]);
    });
  }, 300_000);

  it("lets a player reload the page mid-match and carry on where they were", async () => {
    await withTwoPlayers(browser, server.url, {}, async (host, guest) => {
      await startDuel(host.page, guest.page, "four-way-close", "mouse");
      const hostPlays = play(host.page, FOUR_WAY_CLOSE.A, "mouse");
      // B declares CLOSE_WAIT, then the page is reloaded before it sends its ACK.
      await play(guest.page, FOUR_WAY_CLOSE.B.slice(0, 1), "mouse");
      const before = (await matchView(guest.page))!;
      await guest.page.reload();
      await waitForScene(guest.page, "Match", 60_000);
      await guest.page.waitForFunction((n) => (window.__tcpArenaMatch?.ladder.length ?? 0) >= n, before.ladder.length, { timeout: 60_000 });
      const after = (await matchView(guest.page))!;
      expect(after.side).toBe("B");
      expect(after.revealed).toBe("CLOSE_WAIT");
      expect(after.scores?.B.total).toBe(before.scores?.B.total);
      await screenshot(guest.page, "match-reload-B");
      await Promise.all([hostPlays, play(guest.page, FOUR_WAY_CLOSE.B.slice(1), "mouse")]);
      for (const p of [host.page, guest.page])
        await p.waitForFunction(() => window.__tcpArenaMatch?.goalReached === true, undefined, { timeout: 60_000 });
      expect(host.errors).toEqual([]);
      // The reload itself may log the socket closing; nothing else.
      expect(guest.errors.filter((e) => !/WebSocket|ERR_CONNECTION|Failed to load resource/.test(e))).toEqual([]);
    });
  }, 300_000);

  it("shows a player whose page went away as reconnecting, and lets them back into the match", async () => {
    await withTwoPlayers(browser, server.url, {}, async (host, guest) => {
      await startDuel(host.page, guest.page, "handshake", "mouse");
      await play(host.page, HANDSHAKE.A.slice(0, 2), "mouse");
      // The guest's tab navigates away: its seat is held, and the host is told.
      await guest.page.goto("about:blank");
      await host.page.waitForFunction(() => window.__tcpArenaMatch?.peerReconnecting === true, undefined, { timeout: 60_000 });
      await screenshot(host.page, "match-peer-reconnecting-A");
      // Back in the same tab (its session keeps the reconnection token): the match goes on.
      await guest.page.goto(server.url);
      await waitForScene(guest.page, "Match", 60_000);
      await host.page.waitForFunction(() => window.__tcpArenaMatch?.peerReconnecting === false, undefined, { timeout: 60_000 });
      await playBoth(host.page, guest.page, { A: HANDSHAKE.A.slice(2), B: HANDSHAKE.B }, "mouse");
      await host.page.waitForFunction(() => window.__tcpArenaMatch?.goalReached === true, undefined, { timeout: 60_000 });
      expect(host.errors).toEqual([]);
    });
  }, 300_000);

  it("in guided mode fills the composer from the hint and offers a short list of states; a rematch swaps the roles", async () => {
    await withTwoPlayers(browser, server.url, {}, async (host, guest) => {
      await startDuel(host.page, guest.page, "handshake", "mouse", "guided");
      // A's SYN is a user call (connect), not a debt, so there is no hint for it: typed by hand.
      const guided: Record<"A" | "B", Step[]> = {
        A: [HANDSHAKE.A[0]!, { declare: "SYN_SENT" }, { declare: "ESTABLISHED" }, { sendHint: true }],
        B: [{ declare: "SYN_RCVD" }, { sendHint: true }, { declare: "ESTABLISHED" }],
      };
      await Promise.all([play(host.page, guided.A, "mouse"), play(guest.page, guided.B, "mouse")]);
      for (const p of [host.page, guest.page])
        await p.waitForFunction(() => window.__tcpArenaMatch?.ended === true, undefined, { timeout: 60_000 });
      await screenshot(guest.page, "match-guided-B");
      // Both ask for a rematch from the debrief: a new match begins with the roles swapped.
      for (const p of [host.page, guest.page]) {
        await clickUi(p, "match.debrief");
        await waitForScene(p, "Debrief");
        await clickUi(p, "debrief.rematch");
      }
      for (const p of [host.page, guest.page]) await waitForScene(p, "Match", 60_000);
      await host.page.waitForFunction(() => window.__tcpArenaMatch?.screen === "match" && window.__tcpArenaMatch.side === "B", undefined, {
        timeout: 60_000,
      });
      expect((await matchView(host.page))!.ladder).toEqual([]);
      // The composer, off at the end of the last match, is on again for the new one.
      for (const p of [host.page, guest.page])
        await p.waitForFunction(() => window.__tcpArena?.ui["match.send"]?.enabled === true, undefined, { timeout: 10_000 });
      await screenshot(host.page, "match-rematch-host-is-B");
      expect(host.errors).toEqual([]);
      expect(guest.errors).toEqual([]);
    });
  }, 300_000);

  it("shows the lost last ACK vanish on the wire, the FIN sent again and re-acknowledged in TIME_WAIT", async () => {
    await withTwoPlayers(browser, server.url, {}, async (host, guest) => {
      await startDuel(host.page, guest.page, "lost-final-ack", "mouse");
      let shot = false;
      // Right after A's doomed ACK leaves, the screen shows it flying, then vanishing.
      const atLoss = async (i: number): Promise<void> => {
        if (i !== 5 || shot) return;
        shot = true;
        await host.page.waitForFunction(() => window.__tcpArenaMatch?.log.includes("log.dropped") === true, undefined, { timeout: 60_000 });
        await screenshot(host.page, "match-lost-ack-A");
      };
      await playBoth(host.page, guest.page, LOST_FINAL_ACK, "mouse", atLoss);
      for (const p of [host.page, guest.page])
        await p.waitForFunction(() => window.__tcpArenaMatch?.goalReached === true, undefined, { timeout: 60_000 });
      const v = (await matchView(guest.page))!;
      expect(v.ladder.filter((e) => e.kind === "segment" && e.fate === "dropped")).toHaveLength(1);
      await screenshot(guest.page, "match-lost-ack-end-B");
      expect(host.errors).toEqual([]);
      expect(guest.errors).toEqual([]);
    });
  }, 300_000);

  it("refuses a wrong segment and a wrong state, then explains each mistake with its concept in the debrief", async () => {
    await withTwoPlayers(browser, server.url, {}, async (host, guest) => {
      await startDuel(host.page, guest.page, "handshake", "mouse");
      const [, ...rest] = HANDSHAKE.A;
      const steps: Record<"A" | "B", Step[]> = {
        A: [
          // Off by one: the SYN's seq is the ISS itself, not ISS + 1.
          { send: ["SYN"], seq: (c) => c.iss.A + 1, refused: true },
          HANDSHAKE.A[0]!,
          { declareWrong: "ESTABLISHED" },
          ...rest,
        ],
        B: HANDSHAKE.B,
      };
      // Screenshots of the answer badge right after the refusal and after the wrong state.
      const shots: Record<number, string> = { 1: "match-refused-A", 3: "match-wrong-state-A" };
      await playBoth(host.page, guest.page, steps, "mouse", async (i) => void (shots[i] && (await screenshot(host.page, shots[i]!))));
      await host.page.waitForFunction(() => window.__tcpArenaMatch?.ended === true, undefined, { timeout: 60_000 });
      await clickUi(host.page, "match.debrief");
      await waitForScene(host.page, "Debrief");
      await host.page.waitForFunction(() => window.__tcpArenaMatch?.screen === "debrief");
      const v = (await matchView(host.page))!;
      expect(v.scores!.A.penalties).toBe(scoring.WRONG_SEGMENT);
      expect(v.mistakeSteps).toHaveLength(2);
      // "Next mistake" visits each step where A went wrong; each is explained with its concept.
      const explained = new Map<number, string[]>();
      if (v.mistakeSteps.includes(v.step!)) explained.set(v.step!, v.explanation);
      for (let i = 0; i < v.mistakeSteps.length && explained.size < v.mistakeSteps.length; i++) {
        await clickUi(host.page, "debrief.mistake");
        await host.page.waitForFunction(
          (seen) => {
            const m = window.__tcpArenaMatch;
            return !!m && m.mistakeSteps.includes(m.step!) && !seen.includes(m.step!);
          },
          [...explained.keys()],
        );
        const now = (await matchView(host.page))!;
        explained.set(now.step!, now.explanation);
      }
      const all = [...explained.values()].flat().join("\n");
      await screenshot(host.page, "match-mistakes-debrief-A");
      expect(explained.size).toBe(2);
      expect(all).toContain(CONCEPT_CONTENT["seq-consumption"].title.en);
      expect(all).toContain(CONCEPT_CONTENT.states.title.en);
      expect(host.errors).toEqual([]);
      expect(guest.errors).toEqual([]);
    });
  }, 300_000);

  it("fits a phone screen, in portrait, with every control inside it", async () => {
    const viewport = { width: 390, height: 844 };
    await withTwoPlayers(browser, server.url, { viewport }, async (host, guest) => {
      // Guided: the composer has its fifth button, "fill from hint", on a phone too.
      await startDuel(host.page, guest.page, "handshake", "mouse", "guided");
      await play(host.page, HANDSHAKE.A.slice(0, 2), "mouse");
      const boxes = await host.page.evaluate(() => window.__tcpArena?.ui ?? {});
      expect(boxes["match.prefill"]).toBeDefined();
      const outside = Object.entries(boxes).filter(
        ([id, b]) =>
          id.startsWith("match.") && (b.x < 0 || b.y < 0 || b.x + b.width > viewport.width + 1 || b.y + b.height > viewport.height + 1),
      );
      expect(outside.map(([id]) => id)).toEqual([]);
      await screenshot(host.page, "match-phone-A");
      expect(host.errors).toEqual([]);
    });
  }, 300_000);
});

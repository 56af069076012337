// The events a client is sent (shared/match/view.ts eventsFor): those addressed to it or to
// all, in the reducer's order, without the ones its view carries.
import { describe, expect, it } from "vitest";
import { playScenario } from "../../shared/bots/local";
import { EVENTS_THE_VIEW_CARRIES, eventsFor } from "../../shared/match/view";
import type { MatchEvent } from "../../shared/match/types";
import { getScenario } from "../../shared/scenarios";

describe("eventsFor", () => {
  for (const difficulty of ["guided", "standard"] as const) {
    it(`${difficulty}: each side gets its own and everyone's events in order, none that its view carries`, () => {
      const dropped = new Set<string>();
      let sent = 0;
      playScenario(getScenario("full-lifecycle")!, {
        difficulty,
        onResult: ({ match }, events) => {
          for (const viewer of ["A", "B", "spectator"] as const) {
            const mine = eventsFor(match, viewer, events);
            const expected: MatchEvent["type"][] = events
              .filter((e) => (e.audience === "all" || e.audience === viewer) && !EVENTS_THE_VIEW_CARRIES.has(e.type))
              .map((e) => e.type);
            expect(mine.map((e) => e.type)).toEqual(expected);
            sent += mine.length;
            for (const e of events) if (EVENTS_THE_VIEW_CARRIES.has(e.type)) dropped.add(e.type);
          }
        },
      });
      expect(sent).toBeGreaterThan(10);
      // The match made every kind left out, so each was really dropped (owed hints are guided's).
      expect([...dropped].sort()).toEqual(
        difficulty === "guided" ? ["checkpoint", "network", "owed-hint", "score"] : ["checkpoint", "network", "score"],
      );
    });
  }
});

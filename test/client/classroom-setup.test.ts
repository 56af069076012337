// The teacher's setup draft becomes create options only when the contract's schema takes it.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultDraft, draftToSetup } from "../../client/src/classroom/teacher/setup";
import { addClassroomText } from "../../client/src/classroom/text";
import { initI18n, setLanguage } from "../../client/src/i18n";
import { ClassCreateOptionsSchema } from "../../shared/protocol/classroom";
import { PLAYLISTS } from "../../shared/classroom/playlists";

beforeAll(() => {
  initI18n();
  addClassroomText();
  setLanguage("en");
});

describe("the setup draft", () => {
  it("starts from the first ready-made playlist and is accepted as it is", () => {
    const d = defaultDraft();
    expect(d.rounds).toEqual(PLAYLISTS[0]!.rounds);
    const made = draftToSetup(d);
    expect("setup" in made && ClassCreateOptionsSchema.safeParse({ setup: made.setup }).success).toBe(true);
  });

  it("does not share its rounds with the playlist it came from", () => {
    const d = defaultDraft();
    d.rounds[0]!.timeLimitSeconds = 999;
    expect(PLAYLISTS[0]!.rounds[0]!.timeLimitSeconds).not.toBe(999);
  });

  it("refuses a round shorter than the minimum and names the round", () => {
    const d = defaultDraft();
    d.rounds[1]!.timeLimitSeconds = 10;
    expect(draftToSetup(d)).toEqual({ problem: "Round 2: the time limit is 0.5 to 60 minutes." });
  });

  it("refuses an empty playlist and one of more than 20 rounds", () => {
    const d = defaultDraft();
    d.rounds = [];
    expect(draftToSetup(d)).toEqual({ problem: "A class has 1 to 20 rounds." });
    d.rounds = Array.from({ length: 21 }, () => ({ ...PLAYLISTS[0]!.rounds[0]! }));
    expect(draftToSetup(d)).toEqual({ problem: "A class has 1 to 20 rounds." });
  });

  it("refuses a class name far too long", () => {
    const d = defaultDraft();
    d.name = "x".repeat(400);
    expect(draftToSetup(d)).toEqual({ problem: "The class name is too long." });
  });

  it("refuses a stuck threshold outside 10 to 600 seconds", () => {
    expect(draftToSetup({ ...defaultDraft(), stuckSeconds: 5 })).toEqual({
      problem: "A pair counts as stuck after 10 to 600 seconds without progress.",
    });
    expect(draftToSetup({ ...defaultDraft(), stuckSeconds: 601 })).toEqual({
      problem: "A pair counts as stuck after 10 to 600 seconds without progress.",
    });
  });

  it("trims the class name and carries every rule", () => {
    const d = {
      ...defaultDraft(),
      name: "  Nets B ",
      scoring: "accuracy" as const,
      leaderboard: "top5" as const,
      lateJoin: false,
      botPartner: false,
      pairing: "shuffle" as const,
      stuckSeconds: 20,
    };
    const made = draftToSetup(d);
    expect(made).toMatchObject({
      setup: {
        name: "Nets B",
        scoring: "accuracy",
        leaderboard: "top5",
        lateJoin: false,
        botPartner: false,
        pairing: "shuffle",
        stuckSeconds: 20,
      },
    });
  });
});

// A match room's state fits the buffers Colyseus encodes it into (STATE_BUFFER_BYTES in
// server/rooms/state.ts), with room to spare: a field added to the state that made it
// outgrow them fails here rather than as an overflow warning in production.
import { Encoder } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { RoomState, SeatState, STATE_BUFFER_BYTES } from "../../server/rooms/state";
import { MAX_NAME_CHARS } from "../../shared/protocol/limits";
import { checkName } from "../../shared/protocol/names";

/** The longest name a seat takes (checkName counts code points): 4-byte characters only. */
function longestName(): string {
  const check = checkName("😀".repeat(MAX_NAME_CHARS));
  if (!check.ok) throw new Error(`the longest name was refused: ${check.code}`);
  return check.name;
}

/** The state with every field at its largest. */
function largestState(): RoomState {
  const state = new RoomState();
  state.phase = "finished";
  state.mode = "classroom";
  state.code = "ABCDEFGH";
  state.scenarioId = "simultaneous-close-after-reboot";
  state.difficulty = "standard";
  state.timeFactor = 0.1234567891234;
  state.lossRate = 0.3333333333333;
  state.configurable = true;
  state.matchNumber = 0xffffffff;
  state.matchId = "0".repeat(64);
  state.spectators = 0xffffffff;
  for (const side of ["A", "B"] as const) {
    const seat = new SeatState();
    seat.side = side;
    seat.role = "simultaneous-opener";
    seat.kind = "human";
    seat.name = longestName();
    seat.bot = "trickster";
    seat.connected = seat.reconnecting = seat.ready = seat.rematch = true;
    state.seats.set(side, seat);
  }
  return state;
}

describe("the room state's encoding buffers", () => {
  it("are the size the server sets, not Colyseus's default", () => {
    expect(Encoder.BUFFER_SIZE).toBe(STATE_BUFFER_BYTES);
    expect(new Encoder(new RoomState()).sharedBuffer.byteLength).toBe(STATE_BUFFER_BYTES);
  });

  it("hold the largest state twice over", () => {
    const encoder = new Encoder(largestState());
    const bytes = encoder.encodeAll().byteLength;
    expect(checkName("😀".repeat(MAX_NAME_CHARS + 1))).toEqual({ ok: false, code: "name/too-long" });
    expect(bytes).toBeGreaterThan(2 * MAX_NAME_CHARS * 4);
    expect(bytes).toBeLessThanOrEqual(STATE_BUFFER_BYTES / 2);
    // No overflow: the encoder still writes into its own buffer.
    expect(encoder.sharedBuffer.byteLength).toBe(STATE_BUFFER_BYTES);
  });
});

// The yardstick of the load test: a Colyseus room that does nothing but echo an action
// as a state change and send the patch at once. Whatever our match room costs above this
// is the cost of the game itself (the engine, the referee, per-client views).
import { Room, type Client } from "@colyseus/core";
import { schema, t, type SchemaType } from "@colyseus/schema";

export const BARE_ROOM = "bare";

export const BareState = schema(
  {
    /** The last action's number, chosen by its sender. */
    seq: t.uint32().default(0),
    by: t.string().default(""),
  },
  "BareState",
);
export type BareState = SchemaType<typeof BareState>;

export class BareRoom extends Room<{ state: BareState }> {
  override maxClients = 2;
  // Patches go out right after each action (broadcastPatch below), as the match room sends
  // its views right after each input. The slow patch timer is the match room's setting too:
  // with patchRate = null Colyseus would tick each room's clock every 16 ms instead, a cost
  // per room that has nothing to do with the actions being compared.
  override patchRate = 1000;
  override state = new BareState();

  override onCreate(): void {
    this.onMessage("act", (client: Client, message: { seq?: unknown }) => {
      if (typeof message?.seq !== "number") return;
      this.state.seq = message.seq >>> 0;
      this.state.by = client.sessionId;
      this.broadcastPatch();
    });
  }
}

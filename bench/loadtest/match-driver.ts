// Players of the real match room. Filled in once the room and the tutor bot land.
import type { Client } from "@colyseus/sdk";
import type { Pair } from "./pair";
import type { Recorder } from "./recorder";

export async function joinMatchPair(_client: Client, _index: number, _rec: Recorder): Promise<Pair> {
  throw new Error("the match driver is not written yet: run with --bare");
}

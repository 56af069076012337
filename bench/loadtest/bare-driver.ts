// Players of the bare room: each action sets the room's `seq`; the peer sees it in a patch.
import type { Client, Room } from "@colyseus/sdk";
import { BARE_ROOM } from "./bare-room";
import type { Recorder } from "./recorder";
import type { Pair } from "./pair";

export async function joinBarePair(client: Client, index: number, rec: Recorder): Promise<Pair> {
  const a: Room = await client.create(BARE_ROOM);
  const b: Room = await client.joinById(a.roomId);
  const rooms = [a, b];
  let seq = 0;
  rooms.forEach((room) => {
    room.onStateChange((state: { seq: number; by: string }) => {
      rec.received();
      // Only a patch caused by the other player is a peer update.
      if (state.by && state.by !== room.sessionId) rec.seen(`${index}:${state.seq}`, performance.now());
    });
    room.onError((code, message) => rec.error(`room error ${code} ${message ?? ""}`));
  });
  return {
    players: 2,
    act(side: number): void {
      const room = rooms[side]!;
      seq = (seq + 1) >>> 0;
      rec.sent(`${index}:${seq}`, performance.now());
      room.send("act", { seq });
    },
    connected: () => rooms.filter((r) => r.connection.isOpen).length,
    async leave(): Promise<void> {
      await Promise.allSettled(rooms.map((r) => r.leave(true)));
    },
  };
}

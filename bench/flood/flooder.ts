// The hostile client of bench/flood, in its own process (its send loop must not stall the
// honest pair's clock): it floods `declare` as fast as the SDK writes, from a room of its own
// and as a spectator of the honest room, reconnecting each time it is cut off, until told to
// stop. It reports what it sent and what it got.
import { ColyseusSDK, type Room } from "@colyseus/sdk";
import { MATCH_ROOM } from "../../shared/protocol";

const [url, honestRoom] = process.argv.slice(2) as [string, string];
const client = new ColyseusSDK(url);
let running = true;
const tally = { sent: 0, cutOff: 0, closes: {} as Record<string, number>, refused: 0, joinErrors: {} as Record<string, number> };

process.on("message", (m: unknown) => {
  if (m === "stop") running = false;
});

async function floodOnce(join: () => Promise<Room>): Promise<void> {
  let room: Room;
  try {
    room = await join();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.includes("join/too-many")) tally.refused++;
    else tally.joinErrors[message.slice(0, 60)] = (tally.joinErrors[message.slice(0, 60)] ?? 0) + 1;
    await new Promise((r) => setTimeout(r, 50));
    return;
  }
  room.reconnection.enabled = false;
  const closed = new Promise<number>((resolve) => room.onLeave((code) => resolve(code)));
  room.onMessage("*", () => {});
  // Bursts of 5,000 with a turn of the event loop between, so the socket keeps writing.
  let open = true;
  void closed.then(() => (open = false));
  while (open && running) {
    for (let i = 0; i < 5000 && room.connection.isOpen; i++) {
      room.send("declare", { state: "ESTABLISHED", clientSeq: i });
      tally.sent++;
    }
    await new Promise((r) => setImmediate(r));
  }
  const code = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(-1), 2000))]);
  tally.closes[String(code)] = (tally.closes[String(code)] ?? 0) + 1;
  if (code === 4429) tally.cutOff++;
  if (code === -1) await room.leave(true).catch(() => undefined);
}

async function loop(join: () => Promise<Room>): Promise<void> {
  while (running) await floodOnce(join);
}

await Promise.all([
  loop(() => client.create(MATCH_ROOM, { mode: "private", name: "flood" })),
  loop(() => client.joinById(honestRoom, { spectator: true })),
]);
process.send!(tally);
process.exit(0);

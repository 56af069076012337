// Short room codes for private rooms (the code is the roomId). Randomness is fine here: the
// code is not part of the match, which stays deterministic from its seed and inputs.
import { randomInt } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from "../../shared/protocol";

function randomCode(): string {
  let code = "";
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** A code no live room uses (31^5 ≈ 28.6 million codes; a few tries always suffice). */
export async function freshRoomCode(): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = randomCode();
    const taken = await matchMaker.query({ roomId: code });
    if (taken.length === 0) return code;
  }
  throw new Error("no free room code after 20 tries");
}

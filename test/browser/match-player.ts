// A player for the match browser tests: it reads what the screen shows (window.__tcpArenaMatch:
// the ladder, the ISSs in the host boxes, whether a checkpoint waits) and acts only as a
// person would, by clicking or by the keyboard. Its moves are a script of TCP steps; the
// numbers are worked out from the ISSs on screen, by the rules (SYN and FIN take one).
import type { Page } from "playwright-core";
import type { LadderEntry, Side } from "../../shared/match/types";
import type { TcpState } from "../../shared/tcp/types";
import { FLAG_LOOK, type FlagName } from "../../client/src/match/flags";
import { STATE_NODES } from "../../client/src/match/state-diagram";
import type { MatchTestView } from "../../client/src/match/test-view";
import { clickUi, waitForUi } from "./harness";

export interface Ctx {
  me: Side;
  peer: Side;
  iss: { A: number; B: number };
}

export type Step =
  | { declare: TcpState }
  /** A deliberate mistake: a wrong state, which the screen must answer "wrong, try again". */
  | { declareWrong: TcpState }
  /** Guided mode: fill the composer from the hint, then send (a FIN asks shutdown or close). */
  | { sendHint: true; fin?: "shutdown" | "close" }
  | { send: FlagName[]; seq: (c: Ctx) => number; ack?: (c: Ctx) => number; data?: string; fin?: "shutdown" | "close"; refused?: true }
  | { call: "listen" | "close" };

export type InputMode = "mouse" | "keyboard";

// Generous: the browser tests share two cores with everything else on a CI machine.
const TIMEOUT = 60_000;

export async function matchView(page: Page): Promise<MatchTestView | null> {
  return page.evaluate(() => window.__tcpArenaMatch ?? null);
}

async function waitView(page: Page, what: string, test: string, arg: unknown = null): Promise<void> {
  try {
    await page.waitForFunction(
      `(() => { const v = window.__tcpArenaMatch; const arg = ${JSON.stringify(arg)}; return !!v && (${test}); })()`,
      undefined,
      {
        timeout: TIMEOUT,
        polling: 50,
      },
    );
  } catch (e) {
    const v = await matchView(page);
    throw new Error(
      `waiting for ${what}: ${(e as Error).message}\nview: ${JSON.stringify({ ...v, ladder: v?.ladder.length, log: v?.log.slice(-6) })}`,
    );
  }
}

/** The segments `side` has put on the wire so far (network copies excluded). */
export function sentBy(ladder: readonly LadderEntry[], side: Side): Extract<LadderEntry, { kind: "segment" }>[] {
  return ladder.filter((e): e is Extract<LadderEntry, { kind: "segment" }> => e.kind === "segment" && e.from === side && e.copyOf === null);
}

export async function context(page: Page): Promise<Ctx> {
  await waitView(page, "the match view", "v.screen === 'match' && v.side !== null && v.iss !== null");
  const v = (await matchView(page))!;
  const me = v.side!;
  return { me, peer: me === "A" ? "B" : "A", iss: knownIss(v) };
}

/** Both ISSs as the view shows them: the peer's only once its SYN has arrived (NaN before). */
function knownIss(v: MatchTestView): Ctx["iss"] {
  return { A: v.iss?.A ?? NaN, B: v.iss?.B ?? NaN };
}

/** Plays the steps in order, each when the screen says it is time. */
export async function play(page: Page, steps: readonly Step[], mode: InputMode, onStep?: (i: number) => Promise<void>): Promise<void> {
  const ctx = await context(page);
  for (let i = 0; i < steps.length; i++) {
    await onStep?.(i);
    const step = steps[i]!;
    if ("declare" in step) await declare(page, step.declare, mode);
    else if ("declareWrong" in step) await declare(page, step.declareWrong, mode, "declared-wrong");
    else if ("send" in step) await send(page, ctx, step, mode);
    else if ("sendHint" in step) await sendHint(page, ctx, step.fin);
    else await call(page, step.call, mode);
  }
}

/** Both players at once; if either fails, the error says what both were waiting for. */
export async function playBoth(
  a: Page,
  b: Page,
  steps: Record<Side, readonly Step[]>,
  mode: InputMode,
  onStepA?: (i: number) => Promise<void>,
): Promise<void> {
  const results = await Promise.allSettled([play(a, steps.A, mode, onStepA), play(b, steps.B, mode)]);
  const failed = results
    .map((r, i) => (r.status === "rejected" ? `${i === 0 ? "A" : "B"}: ${String(r.reason)}` : null))
    .filter((x) => x !== null);
  if (failed.length) throw new Error(failed.join("\n---\n"));
}

async function declare(
  page: Page,
  state: TcpState,
  mode: InputMode,
  expect: "declared-right" | "declared-wrong" = "declared-right",
): Promise<void> {
  await waitView(page, `a checkpoint (to declare ${state})`, "v.checkpointPending");
  const choices = (await matchView(page))!.stateChoices;
  // Guided mode offers a short list, with the right state among it.
  if (choices !== null && !choices.includes(state)) throw new Error(`${state} is not among the choices ${choices.join(",")}`);
  const before = (await matchView(page))!.feedbackCount;
  if (mode === "mouse") await clickUi(page, `match.state.${state}`);
  else {
    const key = STATE_NODES.find((n) => n.state === state)!.key;
    await page.keyboard.press(key);
  }
  await waitView(page, `the answer to ${state}`, "v.feedbackCount > arg", before);
  const v = (await matchView(page))!;
  if (v.feedback !== expect) throw new Error(`declared ${state}: ${v.feedback} (log: ${v.log.slice(-4).join(", ")})`);
  // After a first wrong try the same checkpoint waits for a second one.
  if (expect === "declared-right") await waitView(page, "the checkpoint to close", "!v.checkpointPending");
}

async function send(page: Page, ctx: Ctx, step: Extract<Step, { send: FlagName[] }>, mode: InputMode): Promise<void> {
  await waitView(page, "no checkpoint before sending", "!v.checkpointPending");
  const before = (await matchView(page))!;
  const sentBefore = sentBy(before.ladder, ctx.me).length;
  // The peer's ISS reaches the view with its SYN: read the numbers as they are now.
  ctx.iss = knownIss(before);
  const seq = String(step.seq(ctx));
  const ack = step.ack ? String(step.ack(ctx)) : "";
  // The composer keeps what was typed (a refused segment, guided mode's numbers): start afresh.
  if (mode === "mouse") {
    await waitForUi(page, "match.send");
    await clickUi(page, "match.clear");
    for (const f of step.send) await clickUi(page, `match.flag.${f}`);
    await clickUi(page, "match.seq");
    await page.keyboard.type(seq);
    if (ack) {
      await clickUi(page, "match.ack");
      await page.keyboard.type(ack);
    }
    if (step.data) {
      await clickUi(page, "match.data");
      await page.keyboard.type(step.data);
    }
    await clickUi(page, "match.send");
    if (step.fin) await clickUi(page, `match.fin.${step.fin}`);
  } else {
    await page.keyboard.press("Delete");
    for (const f of step.send) await page.keyboard.press(FLAG_LOOK[f].letter);
    await page.keyboard.press("Q");
    await page.keyboard.type(seq);
    await page.keyboard.press("Escape");
    if (ack) {
      await page.keyboard.press("W");
      await page.keyboard.type(ack);
      await page.keyboard.press("Escape");
    }
    if (step.data) {
      await page.keyboard.press("D");
      await page.keyboard.type(step.data);
      await page.keyboard.press("Escape");
    }
    await page.keyboard.press("Enter");
    if (step.fin) await page.keyboard.press(step.fin === "shutdown" ? "1" : "2");
  }
  if (step.refused) {
    await waitView(page, "the refusal", "v.feedbackCount > arg && v.feedback === 'segment-refused'", before.feedbackCount);
    return;
  }
  await waitView(
    page,
    `my ${step.send.join(",")} on the ladder`,
    "v.ladder.filter((e) => e.kind === 'segment' && e.from === v.side && e.copyOf === null).length > arg[0] || (v.feedbackCount > arg[1] && (v.feedback === 'segment-refused' || v.feedback === 'rejected'))",
    [sentBefore, before.feedbackCount],
  );
  const v = (await matchView(page))!;
  if (sentBy(v.ladder, ctx.me).length <= sentBefore)
    throw new Error(`${step.send.join(",")} seq=${seq} ack=${ack} refused: ${v.log.slice(-4).join(", ")}`);
}

async function sendHint(page: Page, ctx: Ctx, fin?: "shutdown" | "close"): Promise<void> {
  await waitView(page, "a hint to fill the composer from", "!v.checkpointPending && v.hint !== null && v.hint.length > 0");
  const sentBefore = sentBy((await matchView(page))!.ladder, ctx.me).length;
  await clickUi(page, "match.prefill");
  await clickUi(page, "match.send");
  if (fin) await clickUi(page, `match.fin.${fin}`);
  await waitView(
    page,
    "the hinted segment on the ladder",
    "v.ladder.filter((e) => e.kind === 'segment' && e.from === v.side && e.copyOf === null).length > arg",
    sentBefore,
  );
}

async function call(page: Page, which: "listen" | "close", mode: InputMode): Promise<void> {
  await waitView(page, "no checkpoint before a call", "!v.checkpointPending");
  if (mode === "mouse") await clickUi(page, `match.${which}`);
  else await page.keyboard.press(which === "listen" ? "L" : "C");
}

// ---- the two scenarios the tests play, as a player would reason them out ---------------
// A user call (connect's SYN, close's FIN) and every arrival or timer open a checkpoint;
// building an owed reply (the SYN,ACK, an ACK) does not: that state was declared already.

/** Scenario 1: A (client) connects to B (server, listening). */
export const HANDSHAKE: Record<Side, Step[]> = {
  A: [
    { send: ["SYN"], seq: (c) => c.iss.A },
    { declare: "SYN_SENT" },
    { declare: "ESTABLISHED" }, // the SYN,ACK arrived: the ACK is owed
    { send: ["ACK"], seq: (c) => c.iss.A + 1, ack: (c) => c.iss.B + 1 },
  ],
  B: [
    { declare: "SYN_RCVD" }, // the SYN arrived: a SYN,ACK is owed
    { send: ["SYN", "ACK"], seq: (c) => c.iss.B, ack: (c) => c.iss.A + 1 },
    { declare: "ESTABLISHED" }, // the ACK of our SYN arrived
  ],
};

/** Scenario 2: both ESTABLISHED (their SYNs took ISS, so ISS+1 is next); A closes first. */
export const FOUR_WAY_CLOSE: Record<Side, Step[]> = {
  A: [
    { send: ["FIN", "ACK"], seq: (c) => c.iss.A + 1, ack: (c) => c.iss.B + 1, fin: "close" },
    { declare: "FIN_WAIT_1" },
    { declare: "FIN_WAIT_2" }, // B's ACK of our FIN
    { declare: "TIME_WAIT" }, // B's FIN: an ACK is owed
    { send: ["ACK"], seq: (c) => c.iss.A + 2, ack: (c) => c.iss.B + 2 },
    { declare: "CLOSED" }, // 2MSL passed
  ],
  B: [
    { declare: "CLOSE_WAIT" }, // A's FIN: an ACK is owed
    { send: ["ACK"], seq: (c) => c.iss.B + 1, ack: (c) => c.iss.A + 2 },
    { send: ["FIN", "ACK"], seq: (c) => c.iss.B + 1, ack: (c) => c.iss.A + 2, fin: "close" },
    { declare: "LAST_ACK" },
    { declare: "CLOSED" }, // A's last ACK
  ],
};

/** Scenario 4: the four-way close, but A's last ACK is lost; B's FIN comes again and A re-ACKs it in TIME_WAIT. */
export const LOST_FINAL_ACK: Record<Side, Step[]> = {
  A: [
    { send: ["FIN", "ACK"], seq: (c) => c.iss.A + 1, ack: (c) => c.iss.B + 1, fin: "close" },
    { declare: "FIN_WAIT_1" },
    { declare: "FIN_WAIT_2" },
    { declare: "TIME_WAIT" },
    { send: ["ACK"], seq: (c) => c.iss.A + 2, ack: (c) => c.iss.B + 2 }, // lost on the wire
    { declare: "TIME_WAIT" }, // B's FIN again: still TIME_WAIT, 2MSL starts over
    { send: ["ACK"], seq: (c) => c.iss.A + 2, ack: (c) => c.iss.B + 2 },
    { declare: "CLOSED" },
  ],
  B: [
    { declare: "CLOSE_WAIT" },
    { send: ["ACK"], seq: (c) => c.iss.B + 1, ack: (c) => c.iss.A + 2 },
    { send: ["FIN", "ACK"], seq: (c) => c.iss.B + 1, ack: (c) => c.iss.A + 2, fin: "close" },
    { declare: "LAST_ACK" },
    { declare: "LAST_ACK" }, // the retransmission timer fired: the FIN is owed again
    { send: ["FIN", "ACK"], seq: (c) => c.iss.B + 1, ack: (c) => c.iss.A + 2 },
    { declare: "CLOSED" },
  ],
};

/**
 * Scenario 13, the whole life of a connection: handshake, "GET /" and "200 OK" (the network
 * delivers the answer twice), then the four-way close. Data takes one sequence number a byte.
 */
const REQUEST = "GET /";
const RESPONSE = "200 OK";
export const FULL_LIFECYCLE: Record<Side, Step[]> = {
  A: [
    ...HANDSHAKE.A,
    { send: ["PSH", "ACK"], seq: (c) => c.iss.A + 1, ack: (c) => c.iss.B + 1, data: REQUEST },
    { declare: "ESTABLISHED" }, // send() is a user call
    { declare: "ESTABLISHED" }, // B's ACK of the request
    { declare: "ESTABLISHED" }, // the answer: an ACK is owed
    { send: ["ACK"], seq: (c) => c.iss.A + 1 + REQUEST.length, ack: (c) => c.iss.B + 1 + RESPONSE.length },
    { declare: "ESTABLISHED" }, // the answer again (a network copy): below RCV.NXT, ACK again
    { send: ["ACK"], seq: (c) => c.iss.A + 1 + REQUEST.length, ack: (c) => c.iss.B + 1 + RESPONSE.length },
    { send: ["FIN", "ACK"], seq: (c) => c.iss.A + 1 + REQUEST.length, ack: (c) => c.iss.B + 1 + RESPONSE.length, fin: "close" },
    { declare: "FIN_WAIT_1" },
    { declare: "FIN_WAIT_2" },
    { declare: "TIME_WAIT" },
    { send: ["ACK"], seq: (c) => c.iss.A + 2 + REQUEST.length, ack: (c) => c.iss.B + 2 + RESPONSE.length },
    { declare: "CLOSED" },
  ],
  B: [
    ...HANDSHAKE.B,
    { declare: "ESTABLISHED" }, // the request: an ACK is owed
    { send: ["ACK"], seq: (c) => c.iss.B + 1, ack: (c) => c.iss.A + 1 + REQUEST.length },
    { send: ["PSH", "ACK"], seq: (c) => c.iss.B + 1, ack: (c) => c.iss.A + 1 + REQUEST.length, data: RESPONSE },
    { declare: "ESTABLISHED" }, // send() is a user call
    { declare: "ESTABLISHED" }, // A's ACK of the answer
    { declare: "ESTABLISHED" }, // A's ACK again, for the copy: a duplicate ACK, ignored
    { declare: "CLOSE_WAIT" },
    { send: ["ACK"], seq: (c) => c.iss.B + 1 + RESPONSE.length, ack: (c) => c.iss.A + 2 + REQUEST.length },
    { send: ["FIN", "ACK"], seq: (c) => c.iss.B + 1 + RESPONSE.length, ack: (c) => c.iss.A + 2 + REQUEST.length, fin: "close" },
    { declare: "LAST_ACK" },
    { declare: "CLOSED" },
  ],
};

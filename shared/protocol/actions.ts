// A PlayerAction (what the match reducer and the bots speak) as the message a client sends,
// and back. The client's composer and the test players use the same mapping.
import type { PlayerAction } from "../match/types";
import type { CallMessage, CalloutMessage, DeclareMessage, SegmentMessage } from "./client-messages";

export type ActionMessage =
  | { type: "segment"; payload: SegmentMessage }
  | { type: "call"; payload: CallMessage }
  | { type: "declare"; payload: DeclareMessage }
  | { type: "callout"; payload: CalloutMessage };

export function actionToMessage(action: PlayerAction, clientSeq?: number): ActionMessage {
  const seq = clientSeq === undefined ? {} : { clientSeq };
  switch (action.type) {
    case "segment": {
      const { seq: s, ack, flags, data } = action.segment;
      const finMode = action.finMode ? { finMode: action.finMode } : {};
      return { type: "segment", payload: { seq: s, ack, flags: { ...flags }, data, ...finMode, ...seq } };
    }
    case "call":
      return { type: "call", payload: { call: action.call, ...seq } };
    case "declare":
      return { type: "declare", payload: { state: action.state, ...seq } };
    case "callout":
      return { type: "callout", payload: { segmentId: action.segmentId, claim: action.claim, ...seq } };
  }
}

export function messageToAction(message: ActionMessage): PlayerAction {
  switch (message.type) {
    case "segment": {
      const { seq, ack, flags, data, finMode } = message.payload;
      const segment = { seq, ack, flags, data };
      return finMode ? { type: "segment", segment, finMode } : { type: "segment", segment };
    }
    case "call":
      return { type: "call", call: message.payload.call };
    case "declare":
      return { type: "declare", state: message.payload.state };
    case "callout":
      return { type: "callout", segmentId: message.payload.segmentId, claim: message.payload.claim };
  }
}

// English: the first-match tutorial (client/src/match/tutorial.ts), one handshake.
export default {
  next: "Next (Enter)",
  skip: "Skip tutorial (Esc)",
  finish: "Start playing",
  welcome: {
    title: "You are one end of a TCP connection",
    body: "Two hosts talk over the wire in the middle. You build each TCP segment by hand and, after every event, say which TCP state you are in.",
  },
  numbers: {
    title: "seq and ack",
    body: "Each side numbers its bytes from its ISS (in your host box). seq: the number of a segment's first byte. ack: the next number you expect from the peer. A SYN and a FIN take one number each.",
  },
  send: {
    title: "Send a segment",
    body: "Set the flags (click, or keys S A F R P), type seq (Q) and ack (W), then Send (Enter). A client opens with a SYN alone: seq = its ISS, no ACK. A server waits for that SYN and answers SYN,ACK.",
  },
  declare: {
    title: "Why your state is asked",
    body: "After every event (a segment arrives, you send one, a timer fires) a checkpoint asks your state: click it in the diagram. TCP decides what to do next from its state, so you must know it.",
  },
  plusOne: {
    title: "A SYN takes one number",
    body: "Your SYN took one sequence number: the peer acknowledges it with ack = your ISS + 1, and your next seq is ISS + 1. In the same way you acknowledge the peer's SYN with its ISS + 1.",
  },
  done: {
    title: "Your turn",
    body: "Finish the handshake. If something is wrong the badge under the diagram says why. The debrief replays every step.",
  },
} as const;

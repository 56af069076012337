// English: why a segment or a declared state is wrong, said at the moment of the mistake
// (shared/match/feedback.ts picks the sentences), and what each state means.
export default {
  flags: {
    rst: "TCP answers with a reset (RST) here: what arrived belongs to no connection it can accept.",
    synAck: "A SYN is answered with your own SYN and, in the same segment, an ACK of theirs: the handshake's second step.",
    syn: "Opening a connection starts with a SYN alone: there is nothing to acknowledge yet (the handshake's first step).",
    noSyn: "A SYN is sent once, to open the connection, and your side has sent its SYN already.",
    fin: "Closing your side of the connection is a FIN (with ACK, like every segment after the handshake).",
    needAck: "After the handshake every segment carries the ACK flag and an acknowledgment number.",
    ack: "What arrived only needs acknowledging: a plain ACK, with no SYN, FIN or data.",
  },
  seq: {
    peer: "seq counts your own bytes: start from your ISS (in your host box), not from the peer's numbers.",
    iss: "A SYN carries your initial sequence number: its seq is your ISS (in your host box).",
    afterSyn: "Your SYN took one sequence number: after it, your seq is your ISS + 1.",
    afterFin: "Your FIN took one sequence number: after it, your seq is one higher.",
    sndNxt: "seq is SND.NXT, your next unsent number: your ISS + 1 for the SYN + the data bytes you sent.",
  },
  ack: {
    own: "ack counts the peer's numbers, not yours: start from the seq the peer sent.",
    synPlusOne:
      "You acknowledged the SYN's own seq, but ack names the next number you expect: a SYN takes one, so ack = the peer's ISS + 1.",
    syn: "The peer's SYN took one sequence number: your ack must be the peer's ISS + 1.",
    finPlusOne: "You acknowledged the FIN's own seq, but a FIN takes one sequence number: ack = the FIN's seq + 1.",
    fin: "The peer's FIN took one sequence number: your ack is one past it.",
    data: "ack names the next byte you expect (RCV.NXT): the peer's seq + the bytes of data it carried.",
  },
  notNeeded: "TCP sends nothing like this now: nothing that arrived needs it and no call of yours sends it.",
  early: {
    data: "Data waits until the handshake is done: it is sent only once ESTABLISHED.",
    retransmit: "A retransmission waits until its retransmission timer (RTO) fires.",
  },
  answer: {
    segment: "The right segment: {{segment}}",
    nothing: "The right answer: send nothing now.",
    state: "The answer: {{state}}.",
  },
  event: {
    received: "You received {{segment}}.",
    sent: "You sent {{segment}}.",
    call: "You called {{call}}.",
    timer: "One of your timers fired.",
    script: "The scenario: $t(match:script.{{action}}).",
    start: "The match begins: where does your side start?",
  },
  state: {
    from: "You were in {{from}}: follow the diagram's arrow out of that state for this event.",
    moved: "This event moved you on: you are no longer in {{from}}.",
  },
  meaning: {
    CLOSED: "CLOSED means there is no connection at all.",
    LISTEN: "LISTEN means a server waits for a SYN and has sent nothing.",
    SYN_SENT: "SYN_SENT means you sent your SYN and wait for the peer's SYN,ACK.",
    SYN_RCVD: "SYN_RCVD means you received a SYN, answered SYN,ACK and wait for the ACK of your SYN.",
    ESTABLISHED: "ESTABLISHED means both SYNs are sent and acknowledged: data can flow.",
    FIN_WAIT_1: "FIN_WAIT_1 means you sent your FIN and wait for its ACK.",
    FIN_WAIT_2: "FIN_WAIT_2 means your FIN is acknowledged and you wait for the peer's FIN.",
    CLOSE_WAIT: "CLOSE_WAIT means the peer's FIN arrived and you acknowledged it; your application has not closed yet.",
    CLOSING: "CLOSING means the FINs crossed: the peer's FIN arrived before the ACK of yours.",
    LAST_ACK: "LAST_ACK means you closed after the peer's FIN and wait for the ACK of your FIN.",
    TIME_WAIT: "TIME_WAIT means both FINs are acknowledged and you wait 2MSL before CLOSED.",
  },
} as const;

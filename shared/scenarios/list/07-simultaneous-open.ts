// Scenario 7: simultaneous open. The two SYNs cross, each side goes SYN_SENT -> SYN_RCVD
// (RFC 9293 3.5, figure 7).
import { host } from "../build";
import type { Scenario } from "../types";

export const simultaneousOpen: Scenario = {
  id: "simultaneous-open",
  number: 7,
  title: { en: "Simultaneous open", zh: "同时打开" },
  briefing: {
    en:
      "Two peers know each other's address and port and both connect at the same moment. " +
      "Their SYNs cross in the network. Nobody is listening, yet a connection will be made: " +
      "find out through which states.",
    zh:
      "两个对等端都知道对方的地址和端口，并在同一时刻发起连接，两个 SYN 在网络中交错而过。" +
      "没有任何一方在监听，连接却照样能建立——看看要经过哪些状态。",
  },
  debrief: {
    en:
      "Each peer sent a SYN and entered SYN_SENT. Each then received the other's SYN without " +
      "an ACK: a SYN in SYN_SENT means the other side is opening too, so each answered with a " +
      "SYN,ACK repeating its own ISS and acknowledging the peer's (ack = peer ISS + 1: a SYN " +
      "takes one sequence number), and " +
      "moved from SYN_SENT to SYN_RCVD. When those SYN,ACKs arrived, both became ESTABLISHED. " +
      "Four segments instead of three, which is why simultaneous open can be seen as a " +
      "four-way handshake; and only one connection results, not two.",
    zh:
      "双方各自发出 SYN，进入 SYN_SENT。随后各自收到对方不带 ACK 的 SYN：在 SYN_SENT 里收到 SYN，" +
      "说明对方也在主动打开，于是各自回一个 SYN,ACK：序号还是自己的 ISS，确认号是对方的 ISS + 1" +
      "（SYN 占用一个序号），并从 SYN_SENT 转入 SYN_RCVD。这两个 SYN,ACK 到达后，双方都进入 ESTABLISHED。" +
      "一共四个报文段而不是三个，所以同时打开可以看作“四次握手”；而且最后只建立了一条连接，而不是两条。",
  },
  concepts: ["simultaneous-open", "handshake", "states", "seq-consumption"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "peer",
    "CLOSED",
    "172.16.0.1:6000",
    {
      en: "Connect to the other peer now (send your SYN), and answer whatever comes back.",
      zh: "现在就连接对方（发出你的 SYN），并回应对方发来的报文段。",
    },
    [{ call: "connect", when: "CLOSED" }],
  ),
  B: host(
    "peer",
    "CLOSED",
    "172.16.0.2:6001",
    {
      en: "Connect to the other peer now (send your SYN), and answer whatever comes back.",
      zh: "现在就连接对方（发出你的 SYN），并回应对方发来的报文段。",
    },
    [{ call: "connect", when: "CLOSED" }],
  ),
  // Whoever sends first waits on the wire for the other's SYN, so the two always cross.
  network: [
    { kind: "hold-until", match: { from: "A", flags: "SYN" }, until: { from: "B", flags: "SYN" } },
    { kind: "hold-until", match: { from: "B", flags: "SYN" }, until: { from: "A", flags: "SYN" } },
  ],
  script: [],
  goal: {
    kind: "paths",
    A: ["SYN_SENT", "SYN_RCVD", "ESTABLISHED"],
    B: ["SYN_SENT", "SYN_RCVD", "ESTABLISHED"],
  },
  parSeconds: 60,
};

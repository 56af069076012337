// Scenario 8: simultaneous close. The two FINs cross, each side goes FIN_WAIT_1 -> CLOSING
// -> TIME_WAIT (RFC 9293 3.6, case 3, figure 13).
import { host } from "../build";
import type { Scenario } from "../types";

export const simultaneousClose: Scenario = {
  id: "simultaneous-close",
  number: 8,
  title: { en: "Simultaneous close", zh: "同时关闭" },
  briefing: {
    en:
      "Both peers finish at the same moment and close. Their FINs cross in the network, so " +
      "each receives a FIN while its own is still unacknowledged. This is where the " +
      "eleventh state appears.",
    zh:
      "两个对等端同时结束工作、同时关闭，两个 FIN 在网络中交错而过：双方都在自己的 FIN " +
      "还没被确认时就收到了对方的 FIN。第十一个状态就在这里出现。",
  },
  debrief: {
    en:
      "Each side sent a FIN and entered FIN_WAIT_1. The FIN that arrived next did not " +
      "acknowledge the receiver's own FIN, so neither side could go to FIN_WAIT_2: each " +
      "acknowledged the peer's FIN and entered CLOSING, the one state a plain four-way close " +
      "never shows. When the crossing ACKs arrived, each side's FIN was acknowledged and both " +
      "went from CLOSING to TIME_WAIT; both were active closers, so both waited 2MSL before " +
      "CLOSED. FIN_WAIT_2 was never entered.",
    zh:
      "双方各自发出 FIN，进入 FIN_WAIT_1。接着收到的是对方的 FIN，它并没有确认自己的 FIN，" +
      "所以谁也进不了 FIN_WAIT_2：双方各自确认对方的 FIN，进入 CLOSING——普通的四次挥手里见不到的那个状态。" +
      "交错的两个 ACK 到达后，各自的 FIN 都得到了确认，双方从 CLOSING 进入 TIME_WAIT；" +
      "两边都是主动关闭者，所以都要等 2MSL 才进入 CLOSED。整个过程没有进入 FIN_WAIT_2。",
  },
  concepts: ["simultaneous-close", "states", "two-msl", "four-way-close"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "peer",
    "ESTABLISHED",
    "172.16.1.1:7000",
    {
      en: "Close the connection now (send your FIN), and answer the peer's FIN.",
      zh: "现在就关闭连接（发出你的 FIN），并回应对方的 FIN。",
    },
    [{ call: "close", when: "ESTABLISHED" }],
  ),
  B: host(
    "peer",
    "ESTABLISHED",
    "172.16.1.2:7001",
    {
      en: "Close the connection now (send your FIN), and answer the peer's FIN.",
      zh: "现在就关闭连接（发出你的 FIN），并回应对方的 FIN。",
    },
    [{ call: "close", when: "ESTABLISHED" }],
  ),
  // Whoever closes first waits on the wire for the other's FIN, so the two always cross.
  network: [
    {
      kind: "hold-until",
      match: { from: "A", flags: "FIN,ACK" },
      until: { from: "B", flags: "FIN,ACK" },
    },
    {
      kind: "hold-until",
      match: { from: "B", flags: "FIN,ACK" },
      until: { from: "A", flags: "FIN,ACK" },
    },
  ],
  script: [],
  goal: {
    kind: "paths",
    A: ["FIN_WAIT_1", "CLOSING", "TIME_WAIT", "CLOSED"],
    B: ["FIN_WAIT_1", "CLOSING", "TIME_WAIT", "CLOSED"],
  },
  parSeconds: 60,
};

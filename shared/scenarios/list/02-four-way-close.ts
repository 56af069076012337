// Scenario 2: the four-way close, active and passive closer (RFC 9293 3.6, case 1).
import { ACTIVE_CLOSE, PASSIVE_CLOSE, host, paths } from "../build";
import type { Scenario } from "../types";

export const fourWayClose: Scenario = {
  id: "four-way-close",
  number: 2,
  title: { en: "Four-way close", zh: "四次挥手" },
  briefing: {
    en:
      "The connection is established. The client has finished and closes first: it is the " +
      "active closer. The server acknowledges the FIN, then closes in turn. Four segments, " +
      "and at the end the client waits in TIME_WAIT before it is really closed.",
    zh:
      "连接已经建立。客户端的事情做完了，率先关闭，它是主动关闭者。服务端先确认这个 FIN，" +
      "然后自己也关闭。一共四个报文段；最后，客户端还要在 TIME_WAIT 里等一会儿才真正关闭。",
  },
  debrief: {
    en:
      "The active closer sent a FIN and entered FIN_WAIT_1. The passive closer acknowledged it " +
      "with ack = FIN's seq + 1, the next byte expected (a FIN takes one sequence number, like " +
      "a SYN), and entered " +
      "CLOSE_WAIT; on that ACK the active closer moved to FIN_WAIT_2. The connection was then " +
      "half-closed: the client could no longer send, but would still have received. When the " +
      "server closed, its FIN took it to LAST_ACK; the client acknowledged it and entered " +
      "TIME_WAIT, the 2MSL wait (MSL was 30 s here; it is a choice, often 30 s, 1 or 2 min). " +
      "The server was CLOSED as soon as that last ACK arrived; the client only after 2MSL. " +
      "Four segments, two per direction: the four-way close.",
    zh:
      "主动关闭者发出 FIN，进入 FIN_WAIT_1。被动关闭者回 ACK，确认号是 FIN 的序号加 1，即期望收到的下一个字节" +
      "（FIN 和 SYN 一样要占用一个序号），自己进入 CLOSE_WAIT；主动关闭者收到这个 ACK 后" +
      "进入 FIN_WAIT_2。这时连接处于半关闭状态：客户端不能再发送数据，但仍要接收对方发来的数据。" +
      "服务端关闭时发出自己的 FIN，进入 LAST_ACK；客户端确认后进入 TIME_WAIT，也就是 2MSL 等待状态" +
      "（本局 MSL 为 30 秒；MSL 的值可以修改，常见的是 30 秒、1 分钟或 2 分钟）。" +
      "服务端一收到最后的 ACK 就进入 CLOSED，客户端则要等满 2MSL 才关闭。" +
      "每个方向各两个报文段，合起来就是四次挥手。",
  },
  concepts: ["four-way-close", "states", "seq-consumption", "ack-number", "two-msl"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.11:50200",
    {
      en: "You are done: close the connection (send your FIN), then acknowledge the server's FIN.",
      zh: "你已经用完这条连接：关闭它（发出 FIN），之后确认服务端的 FIN。",
    },
    [{ call: "close", when: "ESTABLISHED" }],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.81:80",
    {
      en: "Acknowledge the client's FIN at once; then close your side too (send your FIN).",
      zh: "收到客户端的 FIN 先立即确认；然后你这一端也关闭（发出 FIN）。",
    },
    [{ call: "close", when: "CLOSE_WAIT" }],
  ),
  network: [],
  script: [],
  goal: paths(ACTIVE_CLOSE, PASSIVE_CLOSE),
  parSeconds: 60,
};

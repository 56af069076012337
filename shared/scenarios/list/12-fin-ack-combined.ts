// Scenario 12: the passive closer acknowledges and closes in one segment, so the active
// closer goes FIN_WAIT_1 -> TIME_WAIT directly (RFC 9293 3.10.7.4, FIN bit in FIN-WAIT-1:
// "If our FIN has been ACKed ... enter TIME-WAIT").
import { host } from "../build";
import type { Scenario } from "../types";

export const finAckCombined: Scenario = {
  id: "fin-ack-combined",
  number: 12,
  title: { en: "FIN+ACK in one segment", zh: "FIN 与 ACK 合并" },
  briefing: {
    en:
      "The client closes. The server has nothing more to send either, so it closes at once: " +
      "its FIN carries the ACK of the client's FIN in the same segment. A four-way close " +
      "done in three segments; follow the client's states closely.",
    zh:
      "客户端关闭连接。服务端也没有数据要发了，于是马上关闭：它的 FIN 和对客户端 FIN 的确认" +
      "放在同一个报文段里。四次挥手只用了三个报文段——仔细跟踪客户端的状态。",
  },
  debrief: {
    en:
      "A four-way close done in three segments. The server's single FIN,ACK did two jobs: its " +
      "ACK field (client FIN's seq + 1, the next byte expected) " +
      "acknowledged the client's FIN, and its FIN bit closed the other direction. Every segment " +
      "after the handshake carries the ACK bit (RFC 9293 3.10.7.4: a segment without it is " +
      "dropped, and the engine drops it), so a FIN always acknowledges something; textbook " +
      "pictures that draw the closing FIN without ACK, or call its ACK optional, simplify " +
      "wrongly. What is a choice is whether the passive closer sends its pure ACK first or " +
      "lets its FIN carry the acknowledgment; here the FIN carried it. The client in FIN_WAIT_1 saw both at once, so it skipped FIN_WAIT_2 and went " +
      "straight to TIME_WAIT after acknowledging the FIN. The server passed CLOSE_WAIT only " +
      "for an instant before LAST_ACK. Real stacks do this all the time, because a delayed " +
      "ACK often waits just long enough for the application's close().",
    zh:
      "四次挥手只用了三个报文段。服务端的这一个 FIN,ACK 同时做了两件事：ACK 字段（客户端 FIN 的序号 + 1，" +
      "即期望收到的下一个字节）确认了客户端的 FIN，" +
      "FIN 标志则关闭了另一个方向。握手之后的每个报文段都带 ACK 标志（RFC 9293 3.10.7.4：不带 ACK 的报文段会被丢弃，" +
      "本游戏的引擎也会丢弃它），所以 FIN 总要确认点什么；有些教材把关闭时的 FIN 画成不带 ACK，或说 ACK 可有可无，这是错误的简化。" +
      "真正可以选择的是：被动关闭者先单独发一个纯 ACK，还是让自己的 FIN 捎带这个确认；这里由 FIN 捎带。" +
      "处于 FIN_WAIT_1 的客户端同时收到了确认和 FIN，于是跳过 FIN_WAIT_2，确认对方的 FIN 后直接进入 TIME_WAIT。" +
      "服务端在 CLOSE_WAIT 只停留了一瞬间就进入 LAST_ACK。实际的协议栈经常这样做：延迟确认往往恰好等到了应用调用 close()。",
  },
  concepts: ["fin-ack-combined", "four-way-close", "states", "ack-number"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.22:51200",
    {
      en: "Close the connection, then answer the server's segment.",
      zh: "关闭连接，然后回应服务端发来的报文段。",
    },
    [{ call: "close", when: "ESTABLISHED" }],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.92:80",
    {
      en: "When the client's FIN arrives, close at once: send one segment with FIN and the ACK together.",
      zh: "客户端的 FIN 一到就立即关闭：只发一个报文段，FIN 和 ACK 一起带上。",
    },
    [{ call: "close", when: "CLOSE_WAIT", piggyback: true }],
  ),
  network: [],
  script: [],
  goal: {
    kind: "paths",
    A: ["FIN_WAIT_1", "TIME_WAIT", "CLOSED"],
    B: ["CLOSE_WAIT", "LAST_ACK", "CLOSED"],
    consecutive: true,
  },
  parSeconds: 45,
};

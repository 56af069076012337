// Scenario 3: half-close. The passive closer keeps sending in CLOSE_WAIT (RFC 9293 3.6:
// CLOSE means "I have no more to send", the other direction stays open).
import { ACTIVE_CLOSE, PASSIVE_CLOSE, host, paths } from "../build";
import type { Scenario } from "../types";

const INPUT = "cab";
const SORTED = "abc";

export const halfClose: Scenario = {
  id: "half-close",
  number: 3,
  title: { en: "Half-close", zh: "半关闭" },
  briefing: {
    en:
      `The client runs "sort" on the server, like rsh does: it sends its input "${INPUT}" and ` +
      "then shuts down its sending side, because sort cannot print anything before it has " +
      `read the end of its input. The server answers "${SORTED}" from CLOSE_WAIT, then closes.`,
    zh:
      `客户端像 rsh 那样在服务端上运行 sort：先发送输入 "${INPUT}"，然后关闭自己的发送方向——` +
      `sort 不读到输入的结尾就无法输出。服务端在 CLOSE_WAIT 状态下发回 "${SORTED}"，然后再关闭。`,
  },
  debrief: {
    en:
      "The client's FIN only closed the client-to-server direction. The server acknowledged it " +
      "(CLOSE_WAIT; the client went to FIN_WAIT_2) and then still sent data: a passive closer " +
      "in CLOSE_WAIT may send as much as it likes, and the active closer in FIN_WAIT_2 must " +
      "keep receiving and acknowledging it. This is the half-close of the four-way close. The " +
      "sorted output's sequence numbers came after the server's earlier bytes, and the " +
      "client's ACK named the next byte expected. Only when the server had nothing left did " +
      "its FIN close the second direction: LAST_ACK, then TIME_WAIT on the client.",
    zh:
      "客户端的 FIN 只关闭了“客户端到服务端”这一个方向。服务端确认之后（进入 CLOSE_WAIT，" +
      "客户端进入 FIN_WAIT_2）仍然在发送数据：处于 CLOSE_WAIT 的被动关闭者想发多少都可以，" +
      "处于 FIN_WAIT_2 的主动关闭者必须继续接收并确认。这就是四次挥手中的半关闭。" +
      "排好序的结果接着服务端已用过的序号往下编号，客户端的确认号依旧是“期望收到的下一个字节”。" +
      "直到服务端没有数据要发了，它的 FIN 才关闭另一个方向：服务端进入 LAST_ACK，客户端进入 TIME_WAIT。",
  },
  concepts: ["half-close", "four-way-close", "states", "ack-number"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.12:50300",
    {
      en: `Send "${INPUT}", then shut down your sending side (FIN, keep reading). Acknowledge what comes back.`,
      zh: `发送 "${INPUT}"，然后关闭发送方向（发 FIN，但继续读）。对方发回的数据要确认。`,
    },
    [
      { call: "send", data: INPUT, when: "ESTABLISHED" },
      { call: "shutdown", when: "ESTABLISHED" },
    ],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.82:514",
    {
      en: `When the client's FIN arrives, acknowledge it, send "${SORTED}", then close.`,
      zh: `客户端的 FIN 到达后先确认，再发送 "${SORTED}"，最后关闭。`,
    },
    [
      { call: "send", data: SORTED, when: "CLOSE_WAIT", received: INPUT.length },
      { call: "close", when: "CLOSE_WAIT" },
    ],
  ),
  network: [],
  script: [],
  goal: paths(ACTIVE_CLOSE, PASSIVE_CLOSE),
  parSeconds: 90,
};

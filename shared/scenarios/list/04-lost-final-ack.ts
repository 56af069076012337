// Scenario 4: the last ACK of the close is lost. LAST_ACK retransmits its FIN and TIME_WAIT
// answers it again (RFC 9293 3.10.7.4, TIME-WAIT: "acknowledge it, and restart the 2 MSL
// timeout"): the first reason for TIME_WAIT.
import { ACTIVE_CLOSE, PASSIVE_CLOSE, host, paths } from "../build";
import type { Scenario } from "../types";

export const lostFinalAck: Scenario = {
  id: "lost-final-ack",
  number: 4,
  title: { en: "Lost final ACK", zh: "最后的 ACK 丢了" },
  briefing: {
    en:
      "A normal four-way close, except that the network will lose the client's last ACK. " +
      "The server, in LAST_ACK, does not know whether its FIN arrived. Watch what its " +
      "retransmission timer does, and what the client in TIME_WAIT must do about it.",
    zh:
      "一次普通的四次挥手，只是网络会把客户端最后那个 ACK 弄丢。处于 LAST_ACK 的服务端" +
      "不知道自己的 FIN 有没有送到。看看它的重传计时器会做什么，而处于 TIME_WAIT 的客户端又该怎么应对。",
  },
  debrief: {
    en:
      "The fourth segment of the four-way close was lost, so the server's FIN stayed unacknowledged and " +
      "its retransmission timer sent the FIN again. The client was still in TIME_WAIT, so it " +
      "still knew the connection: it acknowledged the FIN once more and restarted its 2MSL " +
      "timer. This is the first reason for TIME_WAIT: the active closer stays around so it " +
      "can resend the last ACK. Had it gone straight to CLOSED, the retransmitted FIN would " +
      "have met a closed port and been answered with a RST, and a RST in LAST_ACK means " +
      "CLOSED (RFC 9293 3.10.7.4): the connection would have ended in a reset instead of a " +
      "clean close. 2MSL covers the lost ACK's lifetime plus the FIN's way back.",
    zh:
      "四次挥手的第四个报文段丢了，服务端的 FIN 迟迟得不到确认，于是重传计时器超时，把 FIN 又发了一遍。" +
      "客户端此时还在 TIME_WAIT，仍然记得这条连接：它再次确认这个 FIN，并重新开始 2MSL 计时。" +
      "这正是 TIME_WAIT 存在的第一个理由：让主动关闭者有机会重发最后的 ACK。" +
      "如果客户端不等待而是直接进入 CLOSED，重传的 FIN 会到达一个已关闭的端口，只能得到一个 RST；" +
      "处于 LAST_ACK 的服务端收到 RST 就进入 CLOSED（RFC 9293 3.10.7.4）：连接以复位结束，而不是正常关闭。" +
      "2MSL 正好够丢失的 ACK 消逝、再加上重传的 FIN 赶回来。",
  },
  concepts: ["time-wait-lost-ack", "retransmission", "two-msl", "four-way-close"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.13:50400",
    {
      en: "Close the connection and acknowledge the server's FIN, as often as it comes.",
      zh: "关闭连接，并确认服务端的 FIN——它来几次就确认几次。",
    },
    [{ call: "close", when: "ESTABLISHED" }],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.83:80",
    {
      en: "Acknowledge the client's FIN, then close. If your FIN is not acknowledged, resend it.",
      zh: "确认客户端的 FIN，然后关闭。如果你的 FIN 得不到确认，就重发它。",
    },
    [{ call: "close", when: "CLOSE_WAIT" }],
  ),
  // A's first pure ACK is the ACK of the server's FIN (its own FIN went as FIN,ACK).
  network: [{ kind: "drop", match: { from: "A", flags: "ACK", nth: 1 } }],
  script: [],
  goal: paths(ACTIVE_CLOSE, PASSIVE_CLOSE),
  parSeconds: 75,
};

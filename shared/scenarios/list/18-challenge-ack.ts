// Scenario 18: a challenge ACK (RFC 5961 4.2). The rebooted client connects again from the
// same port; the server, still ESTABLISHED, answers the SYN with an ACK; the client's RST at
// exactly RCV.NXT resets it (RFC 5961 3.2), and the retransmitted SYN opens a new connection.
// linux profile: no quiet time after the reboot (RFC 9293 3.4.3 would make the client wait).
import { host } from "../build";
import type { Scenario } from "../types";

export const challengeAck: Scenario = {
  id: "challenge-ack",
  number: 18,
  title: { en: "Challenge ACK", zh: "挑战 ACK" },
  briefing: {
    en:
      "The client's host crashed and rebooted, forgetting the connection; the server still " +
      "has it, ESTABLISHED. The client's application connects again from the same port, " +
      "with a new ISN. This host runs Linux, which keeps no quiet time. What does an " +
      "ESTABLISHED server answer to a SYN, and how does the old connection end?",
    zh:
      "客户端主机崩溃并重启，忘记了这条连接；服务端仍保有它，处于 ESTABLISHED。客户端的应用用同一个端口、新的初始序号重新连接。" +
      "这台主机运行 Linux，不遵守静默时间。处于 ESTABLISHED 的服务端会怎样回答一个 SYN？旧连接又怎样结束？",
  },
  debrief: {
    en:
      "After the reboot the connection was half-open: only the server still had it. " +
      "A SYN in a synchronized state never resets the connection: RFC 5961 4.2 answers it, " +
      "whatever its seq, with a challenge ACK, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>. (A SYN " +
      "outside the window gets the same ACK as any unacceptable segment.) So an attacker's " +
      "forged SYN can kill nothing. The real client, in SYN_SENT, saw an ACK of a number it " +
      "had never sent and answered with a RST whose seq was that ACK's ack number: exactly " +
      "the server's RCV.NXT, the only RST that RFC 5961 3.2 accepts. The server's old " +
      "connection was reset (CLOSED), its application listened again, and the client's SYN, " +
      "retransmitted on its timer with the same ISN, opened the new connection. The server " +
      "also answers a RST that is in the window but not exactly at RCV.NXT with a challenge " +
      "ACK. Linux limits how many challenge ACKs it sends per second.",
    zh:
      "重启之后这条连接成了半开连接：只有服务端还保有它。同步状态下收到的 SYN 永远不会复位连接：RFC 5961 4.2 规定，不管它的序号是多少，都用一个挑战 ACK 回答，" +
      "即 <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>。（窗口外的 SYN 得到的 ACK 和任何不可接受的报文段一样。）所以攻击者伪造的 SYN 什么也切断不了。" +
      "处于 SYN_SENT 的真正客户端看到的是对一个自己从未发送过的序号的确认，于是回复一个 RST，序号取那个 ACK 的确认号：" +
      "正好是服务端的 RCV.NXT，也就是 RFC 5961 3.2 唯一接受的 RST。服务端的旧连接被复位（CLOSED），它的应用重新监听，" +
      "客户端的 SYN 在计时器超时后用相同的初始序号重传，建立了新的连接。对于在窗口内但不正好等于 RCV.NXT 的 RST，服务端同样用挑战 ACK 回答。" +
      "Linux 还限制每秒发送的挑战 ACK 数量。",
  },
  concepts: ["challenge-ack", "half-open", "reset", "retransmission"],
  profile: "linux",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.28:51800",
    {
      en: "Your host has just rebooted: connect to the server again, and answer what comes back as TCP would.",
      zh: "你的主机刚刚重启：重新连接服务端，并按 TCP 的规则回应返回的报文段。",
    },
    [{ call: "connect", when: "CLOSED" }],
  ),
  B: host("server", "ESTABLISHED", "10.0.0.98:80", {
    en: "Handle what arrives; if your connection is reset, your server application listens on port 80 again at once.",
    zh: "处理到达的报文段；如果你的连接被复位，你的服务端应用会立即重新在 80 端口上监听。",
  }),
  network: [],
  script: [
    { when: { side: "A", state: "ESTABLISHED" }, action: "reboot", side: "A" },
    // A server application listens again as soon as its connection is gone: before the
    // client's SYN comes back on Linux's 1 s timer.
    { when: { side: "B", state: "CLOSED" }, action: "listen", side: "B" },
  ],
  goal: {
    kind: "paths",
    A: ["CLOSED", "SYN_SENT", "ESTABLISHED"],
    B: ["CLOSED", "LISTEN", "SYN_RCVD", "ESTABLISHED"],
  },
  parSeconds: 90,
};

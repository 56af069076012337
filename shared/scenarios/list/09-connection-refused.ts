// Scenario 9: a SYN to a port with no listener is answered with RST (RFC 9293 3.10.7.1,
// segment arrives in CLOSED; 3.10.7.3, an acceptable RST in SYN_SENT: "connection reset").
import { host } from "../build";
import type { Scenario } from "../types";

export const connectionRefused: Scenario = {
  id: "connection-refused",
  number: 9,
  title: { en: "Connection refused", zh: "连接被拒绝" },
  briefing: {
    en:
      "The client connects to port 8080, but no application on the server listens there: " +
      "the server's port is CLOSED. What does a TCP with no connection answer to a SYN, and " +
      "what does the client do with that answer?",
    zh:
      "客户端去连接 8080 端口，可服务端上没有任何应用在这个端口监听：这个端口处于 CLOSED。" +
      "没有连接的 TCP 收到 SYN 会怎么回答？客户端收到这个回答又会怎样？",
  },
  debrief: {
    en:
      "A segment that arrives for no connection is answered with a reset. The SYN had no ACK " +
      "bit, so the RST took seq = 0 and carried an ACK of the SYN: ack = client ISS + 1, the " +
      "next byte expected, since the SYN takes one sequence number. The client in SYN_SENT " +
      "checked that the ACK acknowledged its SYN, which made the RST believable, and went " +
      'back to CLOSED: its application saw "connection refused". A RST is never ' +
      "acknowledged and never retransmitted.",
    zh:
      "到达的报文段如果不属于任何连接，就用复位（RST）回答。这个 SYN 没有 ACK 标志，所以 RST 的" +
      "序号取 0，并带上 ACK 标志确认这个 SYN：ack = 客户端 ISS + 1，因为 SYN 占用一个序号，" +
      "期望收到的下一个字节就是 ISS + 1。" +
      "处于 SYN_SENT 的客户端先检查这个 ACK 确实确认了自己的 SYN，确认这个 RST 可信，然后回到 CLOSED，" +
      "应用看到的就是“连接被拒绝”（connection refused）。RST 既不需要确认，也不会重传。",
  },
  concepts: ["reset", "states", "ack-number", "seq-consumption"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "CLOSED",
    "192.168.1.19:50900",
    {
      en: "Connect to 10.0.0.89:8080 and see what happens.",
      zh: "连接 10.0.0.89:8080，看看会发生什么。",
    },
    [{ call: "connect", when: "CLOSED" }],
  ),
  B: host(
    "server",
    "CLOSED",
    "10.0.0.89:8080",
    {
      en: "Nothing listens on port 8080: answer whatever arrives as a CLOSED port must.",
      zh: "8080 端口上没有应用监听：收到什么，就按 CLOSED 端口的规则回答。",
    },
    [],
  ),
  network: [],
  script: [],
  goal: { kind: "paths", A: ["SYN_SENT", "CLOSED"], B: ["CLOSED"] },
  parSeconds: 30,
};

// Scenario 1: the three-way handshake (RFC 9293 3.5, Figure 6).
import { host } from "../build";
import type { Scenario } from "../types";

export const handshake: Scenario = {
  id: "handshake",
  number: 1,
  title: { en: "Three-way handshake", zh: "三次握手" },
  briefing: {
    en:
      "The server is listening on port 80. The client opens a connection: a SYN with its " +
      "initial sequence number, the server's SYN,ACK, and the client's ACK. Build each " +
      "segment by hand and say which state you are in after every step.",
    zh:
      "服务端已经在 80 端口上监听。客户端主动发起连接：先发带初始序号的 SYN，" +
      "服务端回 SYN,ACK，客户端再回一个 ACK。每个报文段都由你亲手构造，" +
      "每一步之后说出自己当前处于哪个状态。",
  },
  debrief: {
    en:
      "The client sent a SYN carrying its ISS and moved to SYN_SENT. The server answered with " +
      "its own SYN and, in the same segment, acknowledged the client's: ack = ISS + 1, because " +
      "a SYN takes one sequence number and an ACK names the next byte expected. The server was " +
      "then in SYN_RCVD. The client acknowledged the server's SYN (ack = server ISS + 1) and was " +
      "ESTABLISHED as soon as it sent it; the server became ESTABLISHED when that ACK arrived. " +
      "This is the three-way handshake. Each side announced its own sequence number and heard " +
      "the other acknowledge it, but RFC 9293 3.5 gives a stronger reason for the third " +
      "segment: to stop old duplicate SYNs from opening connections. Only the client knows " +
      "whether a SYN is its current one; had the server answered an old duplicate SYN, the " +
      "client would have sent a RST instead of the ACK, and the server would have gone back to LISTEN.",
    zh:
      "客户端发出携带初始序号（ISS）的 SYN，进入 SYN_SENT。服务端用自己的 SYN 作答，" +
      "并在同一个报文段里确认客户端的 SYN：ack = ISS + 1——SYN 要占用一个序号，" +
      "而确认号表示“期望收到的下一个字节”。此时服务端处于 SYN_RCVD。客户端再确认服务端的 SYN" +
      "（ack = 服务端 ISS + 1），发出后即进入 ESTABLISHED；服务端收到这个 ACK 后也进入 ESTABLISHED。" +
      "这就是三次握手。双方都把自己的初始序号告诉了对方，并得到了对方的确认；而 RFC 9293 3.5 给出的" +
      "更主要的理由是：防止旧的重复 SYN 建立连接。只有客户端知道一个 SYN 是不是自己现在发的；" +
      "如果服务端回应的是旧的重复 SYN，客户端会用 RST 代替 ACK，服务端就回到 LISTEN。",
  },
  concepts: ["handshake", "states", "seq-consumption", "ack-number"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "CLOSED",
    "192.168.1.10:50123",
    {
      en: "Connect to the server: send the SYN, then acknowledge the server's SYN,ACK.",
      zh: "连接服务端：先发 SYN，收到服务端的 SYN,ACK 后再回 ACK。",
    },
    [{ call: "connect", when: "CLOSED" }],
  ),
  B: host("server", "LISTEN", "10.0.0.80:80", {
    en: "Your application is listening. Answer the client's SYN with a SYN,ACK.",
    zh: "你的应用已经在监听。收到客户端的 SYN 后，回一个 SYN,ACK。",
  }),
  network: [],
  script: [],
  goal: { kind: "paths", A: ["SYN_SENT", "ESTABLISHED"], B: ["SYN_RCVD", "ESTABLISHED"] },
  parSeconds: 45,
};

// Scenario 10: the first SYN is lost and sent again when the retransmission timer expires
// (RFC 9293 3.8.1, RFC 6298 5: retransmit the earliest unacknowledged segment, double the RTO).
import { host } from "../build";
import type { Scenario } from "../types";

export const lostSyn: Scenario = {
  id: "lost-syn",
  number: 10,
  title: { en: "Lost SYN and retransmission", zh: "SYN 丢失与重传" },
  briefing: {
    en:
      "The client connects, but the network loses its first SYN. Nothing comes back. " +
      "Watch the client's retransmission timer, and send what TCP sends when it fires.",
    zh: "客户端发起连接，但网络把它的第一个 SYN 弄丢了，什么回应也没有。" + "盯住客户端的重传计时器，它超时的时候，发出 TCP 该发的报文段。",
  },
  debrief: {
    en:
      "A SYN occupies one sequence number, so it waits in the retransmission queue until it " +
      "is acknowledged, like data. When the timer expired with no SYN,ACK, the client sent the " +
      "SYN again with the same ISS (it is the same SYN, not a new connection) and doubled its " +
      "timeout (exponential backoff). The client stayed in SYN_SENT all along. The second SYN " +
      "got through and the handshake finished as usual. Linux gives up after tcp_syn_retries " +
      "(6) retransmissions.",
    zh:
      "SYN 要占用一个序号，所以在被确认之前，它和数据一样留在重传队列里。计时器超时而 SYN,ACK " +
      "还没来，客户端就用同一个 ISS 再发一次 SYN（这是同一个 SYN，而不是一条新连接），并把超时时间加倍" +
      "（指数退避）。客户端自始至终都在 SYN_SENT。第二个 SYN 顺利到达，握手照常完成。" +
      "Linux 在重传 tcp_syn_retries（6）次之后放弃。",
  },
  concepts: ["retransmission", "handshake", "seq-consumption", "states"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "CLOSED",
    "192.168.1.20:51000",
    {
      en: "Connect to the server; if your SYN is not answered, resend it when the timer fires.",
      zh: "连接服务端；SYN 得不到回应时，等计时器超时再重发。",
    },
    [{ call: "connect", when: "CLOSED" }],
  ),
  B: host("server", "LISTEN", "10.0.0.90:80", {
    en: "Your application is listening. Answer the SYN that reaches you.",
    zh: "你的应用已经在监听。回应到达的 SYN。",
  }),
  network: [{ kind: "drop", match: { from: "A", flags: "SYN", nth: 1 } }],
  script: [],
  goal: { kind: "paths", A: ["SYN_SENT", "ESTABLISHED"], B: ["SYN_RCVD", "ESTABLISHED"] },
  parSeconds: 50,
};

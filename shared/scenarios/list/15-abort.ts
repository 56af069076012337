// Scenario 15: an abort. The client's application aborts (SO_LINGER 0, then close()), so TCP
// sends a RST instead of a FIN: RFC 9293 3.10.5 ABORT in ESTABLISHED, 3.10.7.4 RST arrives.
import { host } from "../build";
import type { Scenario } from "../types";

export const abort: Scenario = {
  id: "abort",
  number: 15,
  title: { en: "RST versus FIN: an abort", zh: "RST 与 FIN：中止连接" },
  briefing: {
    en:
      "The client's application set SO_LINGER to on with a linger time of 0 and now calls " +
      "close(). Instead of the orderly FIN of a four-way close, TCP aborts the connection. " +
      "Build what the client sends, then decide what the server does with it, and where each " +
      "end ends up: is there a TIME_WAIT?",
    zh:
      "客户端的应用把 SO_LINGER 设为开启、逗留时间为 0，现在调用 close()。TCP 不会像四次挥手那样" +
      "有序地发送 FIN，而是中止连接。构造客户端发送的报文段，再判断服务端怎样处理它，以及两端各自" +
      "停在什么状态：有没有 TIME_WAIT？",
  },
  debrief: {
    en:
      "With SO_LINGER 0, close() is an abort (RFC 9293 3.10.5): the client sent a RST with " +
      "seq = SND.NXT and went straight to CLOSED. The server checked that the RST's seq was " +
      "exactly RCV.NXT, so the RST was valid, and its connection was reset: CLOSED too, and " +
      'its application saw "connection reset by peer". Nobody answered the RST (a RST is ' +
      "never acknowledged) and neither end passed through TIME_WAIT. That is why some " +
      "programs abort on purpose, and why they should not: without TIME_WAIT nobody is left " +
      "to answer a retransmitted FIN, and any data not yet sent was thrown away. A FIN closes " +
      "one direction after all the data; a RST ends the whole connection at once. A close() " +
      "while received data is still unread also makes TCP send a RST (RFC 1122 4.2.2.13).",
    zh:
      "设置了 SO_LINGER 0 之后，close() 就是中止（RFC 9293 3.10.5）：客户端发送一个 seq = SND.NXT " +
      "的 RST，直接进入 CLOSED。服务端检查这个 RST 的序号正好等于 RCV.NXT，RST 有效，连接被复位：" +
      "服务端也进入 CLOSED，它的应用看到“connection reset by peer”。没有人回应这个 RST（RST 永远不会被确认），" +
      "两端都没有经过 TIME_WAIT。这正是有些程序故意中止连接的原因，也是它们不该这样做的原因：没有 TIME_WAIT，" +
      "就没有人回应重传的 FIN，而还没发送的数据都被丢弃了。FIN 在全部数据之后关闭一个方向；RST 立即结束整条连接。" +
      "在收到的数据还没读完时调用 close()，TCP 也会发送 RST（RFC 1122 4.2.2.13）。",
  },
  concepts: ["rst-vs-fin", "reset", "states"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.25:51500",
    {
      en: "Your application aborts the connection (SO_LINGER 0, then close()): send what TCP sends.",
      zh: "你的应用中止连接（SO_LINGER 0，然后 close()）：发送 TCP 会发送的报文段。",
    },
    [{ call: "abort", when: "ESTABLISHED" }],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.95:80",
    {
      en: "Keep the connection open and handle what arrives, as TCP would.",
      zh: "保持连接打开，按 TCP 的规则处理到达的报文段。",
    },
    [],
  ),
  network: [],
  script: [],
  goal: { kind: "paths", A: ["CLOSED"], B: ["CLOSED"] },
  parSeconds: 30,
};

// Scenario 5: an old duplicate wanders in during TIME_WAIT: the second reason for TIME_WAIT
// (RFC 9293 3.4.1 and 3.6: 2MSL lets old segments of this connection die out).
import { ACTIVE_CLOSE, PASSIVE_CLOSE, host, paths } from "../build";
import type { Scenario } from "../types";

const DATA = "hello";

export const oldDuplicate: Scenario = {
  id: "old-duplicate",
  number: 5,
  title: { en: "Old duplicate", zh: "旧的重复报文段" },
  briefing: {
    en:
      `The server sends "${DATA}" and the client closes the connection. A copy of that data ` +
      "segment has been wandering in the network; it arrives at the client while the client " +
      "is in TIME_WAIT. Recognise it by its sequence number and decide what TCP does with it.",
    zh:
      `服务端发出 "${DATA}"，随后客户端关闭连接。这个数据报文段有一份副本一直在网络里兜圈子，` +
      "等它到达客户端时，客户端正处于 TIME_WAIT。从序号认出它，并判断 TCP 该怎么处理它。",
  },
  debrief: {
    en:
      "The old duplicate carried sequence numbers the client had already received (seq below " +
      "RCV.NXT), so in TIME_WAIT it failed the acceptability test: it was discarded and " +
      "answered with a plain ACK naming the next byte expected, and the client stayed in " +
      "TIME_WAIT. This is the second reason for TIME_WAIT: the client, the only end in " +
      "TIME_WAIT (the server was already CLOSED), held the four-tuple for 2MSL, so the old " +
      "duplicate died there; after 2MSL every old duplicate has expired, since no segment " +
      "lives longer than MSL. Without the wait, such a segment could land inside a new " +
      "connection's window and be taken for its data. (RFC 9293 3.6.1 still lets an end in " +
      "TIME_WAIT accept a new SYN and reopen the connection, with a new ISN above the old " +
      "numbers, so the four-tuple is not locked absolutely.) The network also lost the client's reply. Had it reached the " +
      "server, already CLOSED, the server would have answered with a RST, and that RST, " +
      "reaching the client in TIME_WAIT, would have ended TIME_WAIT early: the " +
      "TIME-WAIT assassination of RFC 1337. Linux ignores such a RST only with tcp_rfc1337=1 (the default is 0).",
    zh:
      "这个旧的重复报文段所带的序号客户端早就收过（seq 小于 RCV.NXT），在 TIME_WAIT 里它通不过" +
      "可接受性检查：被丢弃，客户端只回一个普通的 ACK，确认号仍是期望的下一个字节，状态仍然是 TIME_WAIT。" +
      "这就是 TIME_WAIT 存在的第二个理由：让旧的重复报文段在网络中消逝。只有客户端处于 TIME_WAIT（服务端已经 CLOSED），" +
      "它把这个四元组保留 2MSL，旧的重复报文段就在这里被丢弃；而任何报文段的寿命都不超过 MSL，2MSL 之后旧的重复报文段都已消逝。" +
      "如果不等，这样的报文段可能恰好落进新连接的接收窗口，被当成新连接的数据。" +
      "（RFC 9293 3.6.1 仍允许处于 TIME_WAIT 的一端接受新的 SYN 并重新打开连接，新的初始序号要大于旧的序号，所以四元组并不是绝对不能再用。）" +
      "客户端对它的回复也被网络弄丢了。假如送到了已经 CLOSED 的服务端，服务端会回 RST，" +
      "这个 RST 到达处于 TIME_WAIT 的客户端，会让 TIME_WAIT 提前结束：这就是 RFC 1337 所说的 TIME-WAIT assassination" +
      "（TIME_WAIT 提前终止）。Linux 只有在 tcp_rfc1337=1 时才忽略这样的 RST（默认为 0）。",
  },
  concepts: ["time-wait-old-duplicates", "two-msl", "ack-number"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.14:50500",
    {
      en: `Read "${DATA}", then close the connection. Handle whatever arrives in TIME_WAIT.`,
      zh: `读完 "${DATA}" 后关闭连接。在 TIME_WAIT 里收到什么，就按 TCP 的规则处理。`,
    },
    [{ call: "close", when: "ESTABLISHED", received: DATA.length }],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.84:80",
    {
      en: `Send "${DATA}". When the client's FIN arrives, acknowledge it and close.`,
      zh: `发送 "${DATA}"。客户端的 FIN 到达后，确认它，然后关闭。`,
    },
    [
      { call: "send", data: DATA, when: "ESTABLISHED" },
      { call: "close", when: "CLOSE_WAIT" },
    ],
  ),
  network: [
    {
      kind: "old-duplicate",
      match: { from: "B", hasData: true, nth: 1 },
      deliverTo: "A",
      whenState: "TIME_WAIT",
    },
    // The reply to the wanderer is the second ACK sent from TIME_WAIT (the first is the
    // final ACK). Losing it keeps the lesson on TIME_WAIT; the debrief says what it avoids.
    { kind: "drop", match: { from: "A", flags: "ACK", inState: "TIME_WAIT", nth: 2 } },
  ],
  script: [],
  goal: paths(ACTIVE_CLOSE, PASSIVE_CLOSE),
  parSeconds: 90,
};

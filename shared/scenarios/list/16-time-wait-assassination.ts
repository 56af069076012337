// Scenario 16: TIME-WAIT assassination (RFC 1337). An old duplicate reaches the client in
// TIME_WAIT; its ACK reaches the server, already CLOSED, which answers with a RST; the RST
// ends TIME_WAIT early (RFC 9293 3.10.7.4, RST bit in TIME-WAIT: enter CLOSED).
import { ACTIVE_CLOSE, PASSIVE_CLOSE, host, paths } from "../build";
import type { Scenario } from "../types";

const DATA = "hello";

export const timeWaitAssassination: Scenario = {
  id: "time-wait-assassination",
  number: 16,
  title: { en: "TIME-WAIT assassination", zh: "TIME_WAIT 提前终止" },
  briefing: {
    en:
      `The server sends "${DATA}" and the client closes. As in scenario 5, an old duplicate of ` +
      "that data reaches the client in TIME_WAIT, but this time the network loses nothing: " +
      "the client's answer reaches the server, which has already closed. Follow the segments " +
      "and see how long the client's TIME_WAIT really lasts.",
    zh:
      `服务端发出 "${DATA}"，随后客户端关闭连接。和场景 5 一样，这个数据的一个旧的重复报文段在客户端处于 TIME_WAIT 时到达，` +
      "但这一次网络什么都不丢：客户端的回应送到了已经关闭的服务端。跟踪这些报文段，看看客户端的 TIME_WAIT 实际持续了多久。",
  },
  debrief: {
    en:
      "The old duplicate failed the client's acceptability test in TIME_WAIT, so the client " +
      "answered it with an ACK. That ACK reached the server, already CLOSED, which answered " +
      "with a RST (seq = the ACK's ack number). The RST's seq was exactly the client's " +
      "RCV.NXT, and RFC 9293's rule for a RST in TIME_WAIT is to enter CLOSED: the client's " +
      "TIME_WAIT ended long before 2MSL. RFC 1337 calls this TIME-WAIT assassination. Both " +
      "reasons for TIME_WAIT were lost at once: a retransmitted FIN would now meet a closed " +
      "port, and a new connection on this four-tuple could receive old duplicates. RFC 1337 " +
      "suggests ignoring a RST in TIME_WAIT; Linux does so only with net.ipv4.tcp_rfc1337=1 " +
      "(the default, 0, accepts the RST, like this game's engine).",
    zh:
      "旧的重复报文段在 TIME_WAIT 中没有通过客户端的可接受性检查，于是客户端回复了一个 ACK。这个 ACK 到达了已经 CLOSED 的服务端，" +
      "服务端用 RST 回应（seq = 那个 ACK 的确认号）。这个 RST 的序号正好等于客户端的 RCV.NXT，而 RFC 9293 对 TIME_WAIT 中 RST 的" +
      "规则是进入 CLOSED：客户端的 TIME_WAIT 远在 2MSL 之前就结束了。RFC 1337 称之为 TIME-WAIT assassination（TIME_WAIT 提前终止）。" +
      "TIME_WAIT 的两个理由同时失效了：重传的 FIN 现在会遇到一个已关闭的端口，这个四元组上的新连接也可能收到旧的重复报文段。" +
      "RFC 1337 建议在 TIME_WAIT 中忽略 RST；Linux 只有在 net.ipv4.tcp_rfc1337=1 时才这样做（默认值 0 接受这个 RST，本游戏的引擎也一样）。",
  },
  concepts: ["time-wait-assassination", "time-wait-old-duplicates", "reset", "two-msl"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.26:51600",
    {
      en: `Read "${DATA}", then close the connection. Handle whatever arrives in TIME_WAIT.`,
      zh: `读完 "${DATA}" 后关闭连接。在 TIME_WAIT 里收到什么，就按 TCP 的规则处理。`,
    },
    [{ call: "close", when: "ESTABLISHED", received: DATA.length }],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.96:80",
    {
      en: `Send "${DATA}". When the client's FIN arrives, acknowledge it and close; once CLOSED, answer what arrives as TCP would.`,
      zh: `发送 "${DATA}"。客户端的 FIN 到达后，确认它，然后关闭；进入 CLOSED 之后，按 TCP 的规则回应到达的报文段。`,
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
  ],
  script: [],
  goal: paths(ACTIVE_CLOSE, PASSIVE_CLOSE),
  parSeconds: 90,
};

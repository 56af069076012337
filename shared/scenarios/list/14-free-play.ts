// Scenario 14: free play. No goal and no script: the players do what they like and the
// host sets the loss rate; the host ends the match (or it ends once both are CLOSED again).
import { host } from "../build";
import type { Scenario } from "../types";

export const freePlay: Scenario = {
  id: "free-play",
  number: 14,
  title: { en: "Free play", zh: "自由练习" },
  briefing: {
    en:
      "Two hosts, no script. Listen, connect, send data, half-close, close, abort: anything " +
      "TCP allows. The host of the match decides how lossy the network is, so expect " +
      "retransmissions. The match ends when the host ends it, or when both hosts are CLOSED " +
      "again after a connection.",
    zh:
      "两台主机，没有剧本。监听、连接、发数据、半关闭、关闭、中止，TCP 允许的都可以做。" +
      "网络丢包率由房主设定，所以要准备好重传。房主结束比赛，或者两端在一次连接之后都回到 CLOSED 时，比赛结束。",
  },
  debrief: {
    en:
      "Free play follows the same rules as every scenario: each SYN and FIN takes one " +
      "sequence number, every ACK names the next byte expected, and a lost segment comes " +
      "back when its retransmission timer fires. Replay the ladder diagram to check each " +
      "state you declared, from CLOSED to ESTABLISHED and back, against the RFC state diagram.",
    zh:
      "自由练习遵循和所有关卡一样的规则：每个 SYN 和 FIN 占一个序号，每个 ACK 的确认号都是期望收到的" +
      "下一个字节，丢失的报文段会在重传计时器超时后再发一次。回放时序图，对照 RFC 状态转换图，" +
      "检查你报出的每个状态，从 CLOSED 到 ESTABLISHED 再回到 CLOSED。",
  },
  concepts: ["states", "retransmission"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "CLOSED",
    "192.168.1.24:51400",
    {
      en: "Anything you like. For a start: connect, exchange data, close.",
      zh: "随你所愿。可以从这里开始：建立连接，交换数据，关闭。",
    },
    [
      { call: "connect", when: "CLOSED" },
      { call: "send", data: "ping", when: "ESTABLISHED" },
      { call: "close", when: "ESTABLISHED", received: 4 },
    ],
  ),
  B: host(
    "server",
    "CLOSED",
    "10.0.0.94:80",
    {
      en: "Anything you like. For a start: listen, answer, close after the client.",
      zh: "随你所愿。可以从这里开始：监听，回应，在客户端之后关闭。",
    },
    [
      { call: "listen", when: "CLOSED" },
      { call: "send", data: "pong", when: "ESTABLISHED", received: 4 },
      { call: "close", when: "CLOSE_WAIT" },
    ],
  ),
  network: [],
  script: [],
  goal: { kind: "none" },
  parSeconds: 300,
};

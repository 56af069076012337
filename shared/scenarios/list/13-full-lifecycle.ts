// Scenario 13: a whole connection: three-way handshake, data both ways, four-way close.
import { ACTIVE_CLOSE, PASSIVE_CLOSE, host, paths } from "../build";
import type { Scenario } from "../types";

const REQUEST = "GET /";
const RESPONSE = "200 OK";

export const fullLifecycle: Scenario = {
  id: "full-lifecycle",
  number: 13,
  title: { en: "Full lifecycle", zh: "连接的一生" },
  briefing: {
    en:
      `A whole connection from start to end: the client connects, asks "${REQUEST}", the ` +
      `server answers "${RESPONSE}", the client closes and the server closes after it. ` +
      "The network delivers the answer twice. Ten of the eleven states on one connection.",
    zh:
      `一条连接从生到死：客户端建立连接，发出 "${REQUEST}"，服务端回答 "${RESPONSE}"，` +
      "客户端关闭，服务端随后也关闭。网络会把服务端的回答送到两次。一条连接就要走过十一个状态中的十个。",
  },
  debrief: {
    en:
      "The three-way handshake opened the connection; each side's SYN takes one sequence number. " +
      "Data then advanced the numbers byte by byte: the server's ACK of the request was the " +
      `client's ISS + 1 + ${REQUEST.length}, the next byte expected. The duplicated answer ` +
      "arrived with sequence numbers already received, so the client dropped it and repeated " +
      "the same ACK. The four-way close took four segments: FIN_WAIT_1, FIN_WAIT_2 and TIME_WAIT on " +
      "the client, CLOSE_WAIT and LAST_ACK on the server, and a 2MSL wait before the client " +
      "was CLOSED. Only CLOSING, the state of a simultaneous close, was missing.",
    zh:
      "三次握手建立了连接，双方的 SYN 各占一个序号。之后数据按字节推进序号：服务端对请求的确认号是" +
      `客户端 ISS + 1 + ${REQUEST.length}，也就是期望收到的下一个字节。重复送达的回答带着客户端已经收过的序号，` +
      "客户端丢弃它，再发一次同样的 ACK。四次挥手用了四个报文段：客户端经过 FIN_WAIT_1、FIN_WAIT_2 和 TIME_WAIT，" +
      "服务端经过 CLOSE_WAIT 和 LAST_ACK，客户端还要等 2MSL 才进入 CLOSED。" +
      "十一个状态里只差 CLOSING，那是同时关闭才会出现的状态。",
  },
  concepts: ["handshake", "four-way-close", "states", "ack-number", "seq-consumption", "two-msl"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "CLOSED",
    "192.168.1.23:51300",
    {
      en: `Connect, send "${REQUEST}", read the answer, then close the connection.`,
      zh: `建立连接，发送 "${REQUEST}"，读完回答后关闭连接。`,
    },
    [
      { call: "connect", when: "CLOSED" },
      { call: "send", data: REQUEST, when: "ESTABLISHED" },
      { call: "close", when: "ESTABLISHED", received: RESPONSE.length },
    ],
  ),
  B: host(
    "server",
    "LISTEN",
    "10.0.0.93:80",
    {
      en: `Accept the connection, answer "${RESPONSE}" to the request, and close after the client.`,
      zh: `接受连接，对请求回答 "${RESPONSE}"，在客户端之后关闭。`,
    },
    [
      { call: "send", data: RESPONSE, when: "ESTABLISHED", received: REQUEST.length },
      { call: "close", when: "CLOSE_WAIT" },
    ],
  ),
  network: [{ kind: "duplicate", match: { from: "B", hasData: true, nth: 1 }, gapMs: 100 }],
  script: [],
  goal: paths(["SYN_SENT", "ESTABLISHED", ...ACTIVE_CLOSE], ["SYN_RCVD", "ESTABLISHED", ...PASSIVE_CLOSE]),
  parSeconds: 150,
};

// Scenario 17: a half-open connection (RFC 9293 3.5.1). The client's host crashed and
// rebooted; the server still believes in the connection until its next data meets a RST
// (3.10.7.1, segment arrives in CLOSED; 3.10.7.4, RST in ESTABLISHED).
import { host } from "../build";
import type { Scenario } from "../types";

const DATA = "ping";

export const halfOpen: Scenario = {
  id: "half-open",
  number: 17,
  title: { en: "Half-open connection", zh: "半开连接" },
  briefing: {
    en:
      "The connection is established, then the client's host crashes and reboots: it has " +
      "forgotten the connection and sends nothing. The server does not know. Its application " +
      `now sends "${DATA}". What does a host with no such connection answer, and what becomes ` +
      "of the server's connection?",
    zh:
      "连接已经建立，随后客户端主机崩溃并重启：它忘记了这条连接，也没有发送任何报文段。服务端对此一无所知。" +
      `现在服务端的应用发送 "${DATA}"。没有这条连接的主机会怎样回答？服务端的连接又会怎样？`,
  },
  debrief: {
    en:
      "After the reboot the connection was half-open (RFC 9293 3.5.1): the server was still " +
      "ESTABLISHED, the client had no connection at all. Nothing showed it until the server " +
      "sent data. The data reached the rebooted client, CLOSED on that port, which answered " +
      "with a RST whose seq was the data's ack number. That seq was exactly the server's " +
      "RCV.NXT, so the RST was valid and reset the server's connection: its application saw " +
      '"connection reset by peer". Half-open is not half-closed: a half-close is an orderly ' +
      "shutdown() that both ends know of, while a half-open connection is one that only one " +
      "end still has. A server that never sends would never find out; TCP keepalive " +
      "(SO_KEEPALIVE, RFC 9293 3.8.4; on Linux after 2 hours idle by default) exists to probe " +
      "such a peer. This game's engine has no keepalive.",
    zh:
      "重启之后这条连接就成了半开连接（RFC 9293 3.5.1）：服务端仍处于 ESTABLISHED，客户端却根本没有这条连接。" +
      "在服务端发送数据之前，什么也看不出来。数据到达重启后的客户端，那个端口处于 CLOSED，于是回复一个 RST，" +
      "序号取数据的确认号。这个序号正好等于服务端的 RCV.NXT，RST 有效，复位了服务端的连接：它的应用看到“connection reset by peer”。" +
      "半开连接不是半关闭：半关闭是双方都知道的、有序的 shutdown()，而半开连接只有一端还保有。从不发送数据的服务端永远不会发现；" +
      "TCP 保活（SO_KEEPALIVE，RFC 9293 3.8.4；Linux 默认空闲 2 小时后开始）就是用来探测这样的对端的。本游戏的引擎没有保活。",
  },
  concepts: ["half-open", "reset", "states"],
  profile: "rfc",
  msl: 30_000,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.27:51700",
    {
      en: "Your host has just rebooted and knows no connection: answer whatever arrives as TCP would.",
      zh: "你的主机刚刚重启，不知道任何连接：按 TCP 的规则回应到达的报文段。",
    },
    [],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.97:80",
    {
      en: `Send "${DATA}" to the client, then handle what comes back.`,
      zh: `向客户端发送 "${DATA}"，然后处理返回的报文段。`,
    },
    [{ call: "send", data: DATA, when: "ESTABLISHED" }],
  ),
  network: [],
  // The crash comes first: at once, before the server's data can arrive.
  script: [{ when: { side: "A", state: "ESTABLISHED" }, action: "reboot", side: "A" }],
  goal: { kind: "paths", A: ["CLOSED"], B: ["CLOSED"] },
  parSeconds: 40,
};

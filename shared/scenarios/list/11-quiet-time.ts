// Scenario 11: quiet time. A host that lost its memory of sequence numbers (a crash during
// TIME_WAIT) keeps quiet for one MSL before it opens anything (RFC 9293 3.4.3).
import { host } from "../build";
import type { Scenario } from "../types";

const MSL = 30_000;

export const quietTime: Scenario = {
  id: "quiet-time",
  number: 11,
  title: { en: "Quiet time", zh: "静默时间" },
  briefing: {
    en:
      "The client closes and reaches TIME_WAIT, then its host crashes and reboots well " +
      "within one MSL. After the reboot it remembers nothing of the old connection, and its " +
      "application at once wants to connect again from the same address and port. The " +
      "server keeps listening on port 80.",
    zh:
      "客户端主动关闭，进入 TIME_WAIT；随后主机突然崩溃，并在一个 MSL 之内重启。重启后它对旧连接" +
      "一无所知，而应用马上又要用同样的 IP 和端口重新连接。服务端则继续在 80 端口上监听。",
  },
  debrief: {
    en:
      "The reboot wiped the TIME_WAIT connection, and with it the 2MSL protection: old " +
      "duplicates of the previous incarnation could still be in the network, and the " +
      "rebooted host no longer knew which sequence numbers it had used. So a TCP that " +
      "restarts must wait one MSL before it sends anything, the quiet time: any attempt to " +
      "connect in that time is refused locally and no SYN leaves the host. Once MSL had " +
      "passed since the boot, every segment of the old connection had died out, and the new " +
      "SYN, with a fresh ISS, opened a clean connection. Many real implementations do not " +
      "keep quiet time (Linux does not).",
    zh:
      "重启抹掉了处于 TIME_WAIT 的连接，也就抹掉了 2MSL 提供的保护：上一条连接旧的重复报文段可能还在网络里，" +
      "而重启后的主机已经不知道自己用过哪些序号。所以 TCP 在主机崩溃或重启后，应当先等待一个 MSL " +
      "再建立新连接，这段时间就叫静默时间：这段时间里任何连接尝试都会在本机被拒绝，不会有 SYN 发出去。" +
      "从重启算起过了一个 MSL，旧连接的报文段都已在网络中消逝，新的 SYN 带着新的 ISS 建立了一条干净的连接。" +
      "不过实际上很多实现并没有遵循这一点（Linux 就没有静默时间）。",
  },
  concepts: ["quiet-time", "two-msl", "time-wait-old-duplicates", "states"],
  profile: "rfc",
  msl: MSL,
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.21:51100",
    {
      en: "Close the connection. After the reboot, connect again from the same port as soon as TCP lets you.",
      zh: "关闭连接。主机重启之后，一旦 TCP 允许，就用同一个端口重新连接。",
    },
    [
      { call: "close", when: "ESTABLISHED" },
      { call: "connect", when: "CLOSED" },
    ],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.91:80",
    {
      en: "Acknowledge the client's FIN and close; once closed, listen on port 80 again.",
      zh: "确认客户端的 FIN 并关闭；关闭之后，重新在 80 端口上监听。",
    },
    [
      { call: "close", when: "CLOSE_WAIT" },
      { call: "listen", when: "CLOSED" },
    ],
  ),
  network: [],
  // A third of an MSL into TIME_WAIT: the final ACK is long gone, the 2MSL wait is not over.
  script: [{ when: { side: "A", state: "TIME_WAIT", afterMs: MSL / 3 }, action: "reboot", side: "A" }],
  goal: {
    kind: "paths",
    A: ["TIME_WAIT", "CLOSED", "SYN_SENT", "ESTABLISHED"],
    B: ["LAST_ACK", "CLOSED", "LISTEN", "SYN_RCVD", "ESTABLISHED"],
  },
  parSeconds: 120,
};

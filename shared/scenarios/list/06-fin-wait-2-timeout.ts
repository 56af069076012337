// Scenario 6: the peer never sends its FIN. RFC 9293 would wait in FIN_WAIT_2 forever;
// Linux, after a full close(), gives up after tcp_fin_timeout (60 s by default), so this one
// plays the linux profile, with tcp_fin_timeout set to 10 s so the timer is seen to run out.
import { host } from "../build";
import type { Scenario } from "../types";

export const finWait2Timeout: Scenario = {
  id: "fin-wait-2-timeout",
  number: 6,
  title: { en: "FIN_WAIT_2 timeout", zh: "FIN_WAIT_2 超时" },
  briefing: {
    en:
      "The client closes the connection completely (close(), not a half-close). The " +
      "server's TCP acknowledges the FIN, but the server application hangs and never " +
      "closes, so no FIN will ever come back. This host runs Linux: watch the FIN_WAIT_2 timer.",
    zh:
      "客户端完全关闭了连接（调用 close()，不是半关闭）。服务端的 TCP 确认了这个 FIN，" +
      "但服务端应用卡住了，始终不调用 close，所以对方的 FIN 永远不会来。这台主机跑的是 Linux：" +
      "注意 FIN_WAIT_2 计时器。",
  },
  debrief: {
    en:
      "After its FIN was acknowledged the client sat in FIN_WAIT_2, waiting for the server's " +
      "FIN, which never came; the server stayed in CLOSE_WAIT. By RFC 9293 a TCP may wait " +
      "there forever, since the peer may still send data. But the client's application had " +
      "done a full close, not a half-close: nobody could read that data any more. So Linux " +
      "starts a timer when an orphaned connection enters FIN_WAIT_2 (tcp_fin_timeout, 60 s " +
      "by default); it expired while the network was idle and the connection went straight " +
      "to CLOSED, without TIME_WAIT. Had the server sent anything later, it would have met a " +
      "RST. A shutdown() alone, which still reads, does not start this timer; a close() " +
      "after it does, because then nobody reads any more. BSD and Windows have such a timer too.",
    zh:
      "客户端的 FIN 被确认后，它进入 FIN_WAIT_2，等待服务端的 FIN，可这个 FIN 始终没有来；" +
      "服务端一直停在 CLOSE_WAIT。按 RFC 9293，TCP 可以在这里无限等待，因为对方也许还会发数据。" +
      "但客户端应用执行的是完全关闭而不是半关闭，那些数据已经没有人会读了。" +
      "所以 Linux 在这种“孤儿”连接进入 FIN_WAIT_2 时设置一个计时器（tcp_fin_timeout，默认 60 秒），" +
      "计时器超时时网络是空闲的，连接便直接转入 CLOSED，不经过 TIME_WAIT。" +
      "之后服务端如果再发什么，只会收到 RST。若客户端只调用了 shutdown()（半关闭，仍在读取），就不会设置这个计时器；" +
      "之后再调用 close() 就会设置，因为那时已经没有人读取了。BSD 和 Windows 也有这样的计时器。",
  },
  concepts: ["fin-wait-2-timer", "half-close", "states"],
  profile: "linux",
  msl: 60_000,
  linux: { finTimeoutMs: 10_000 },
  A: host(
    "client",
    "ESTABLISHED",
    "192.168.1.15:50600",
    {
      en: "Close the connection completely (close(), not shutdown), then wait.",
      zh: "完全关闭连接（close()，不是 shutdown），然后等待。",
    },
    [{ call: "close", when: "ESTABLISHED" }],
  ),
  B: host(
    "server",
    "ESTABLISHED",
    "10.0.0.85:8080",
    {
      en: "Your TCP acknowledges the client's FIN, but your application never closes: send no FIN.",
      zh: "你的 TCP 要确认客户端的 FIN，但你的应用永远不关闭：不要发 FIN。",
    },
    [],
  ),
  network: [],
  script: [],
  goal: { kind: "paths", A: ["FIN_WAIT_1", "FIN_WAIT_2", "CLOSED"], B: ["CLOSE_WAIT"] },
  parSeconds: 60,
};

// Concept questions on waiting: TIME_WAIT and its two reasons, 2MSL and the MSL, quiet time,
// the FIN_WAIT_2 timer, lost final ACK and old duplicates (from the seed article).
import type { ConceptItem } from "./item";
import { t } from "./item";

export const TIMERS: ConceptItem[] = [
  {
    key: "concept/time-wait-reasons",
    concepts: ["time-wait-lost-ack", "time-wait-old-duplicates"],
    misconceptions: [],
    prompt: t("What are the two reasons for the TIME_WAIT state?", "TIME_WAIT 状态存在的两个原因是什么？"),
    choices: [
      t("To re-send the last ACK if it was lost, and to let old duplicate segments of this connection die out in the network.", "在最后的 ACK 丢失时能够重新发送它，以及让本连接的旧的重复报文段在网络中消逝。"),
      t("To wait for the application to read the last data, and to free the port slowly.", "等待应用读完最后的数据，以及慢慢释放端口。"),
      t("To retransmit its own FIN, and to wait for the peer's RST.", "重传自己的 FIN，以及等待对方的 RST。"),
      t("To keep the server busy so that clients reconnect, and to measure the RTT.", "让服务端保持忙碌以便客户端重连，以及测量 RTT。"),
    ],
    explanation: t(
      "TIME_WAIT lets the active closer re-send the final ACK when the passive closer retransmits its FIN (without it the FIN would get a RST), and the 2MSL wait lets old duplicate segments of the connection expire while the end in TIME_WAIT still holds the four-tuple.",
      "TIME_WAIT 让主动关闭者在被动关闭者重发 FIN 时能够再次发送 ACK（否则这个 FIN 得到的是 RST）；2MSL 的等待让本连接旧的重复报文段在处于 TIME_WAIT 的一端仍保留四元组期间在网络中消逝。",
    ),
  },
  {
    key: "concept/why-2msl",
    concepts: ["two-msl"],
    misconceptions: [],
    prompt: t("Why does TIME_WAIT last twice the MSL and not just one MSL?", "为什么 TIME_WAIT 持续两倍 MSL，而不是一个 MSL？"),
    choices: [
      t("The final ACK may need up to one MSL to reach the peer and a retransmitted FIN up to one MSL to come back: a round trip.", "最后的 ACK 到达对端最多需要一个 MSL，重发的 FIN 返回最多也需要一个 MSL：一个来回。"),
      t("Because the RFC requires two retransmissions of the last ACK.", "因为 RFC 要求最后的 ACK 重传两次。"),
      t("Because both hosts each wait one MSL, one after the other.", "因为两台主机先后各等待一个 MSL。"),
      t("It is only a safety margin; one MSL would work just as well.", "这只是安全余量，一个 MSL 也完全可以。"),
    ],
    explanation: t(
      "2MSL covers a round trip in the worst case: the ACK going out and a retransmitted FIN coming back, and it lets segments in flight in both directions expire.",
      "2MSL 覆盖最坏情况下的一个来回：ACK 发出去、重发的 FIN 再回来，同时让两个方向上仍在网络中的报文都过期。",
    ),
  },
  {
    key: "concept/msl-value",
    concepts: ["two-msl"],
    misconceptions: ["msl-is-a-choice"],
    prompt: t("How long is the MSL (maximum segment lifetime)?", "MSL（最长报文段寿命）有多长？"),
    choices: [
      t("It is a choice of the implementation: commonly 30 s, 1 min or 2 min.", "由实现决定，可以修改：一般为 30 秒、1 分钟或 2 分钟。"),
      t("Always exactly 2 minutes, fixed by the RFC.", "永远正好 2 分钟，由 RFC 固定。"),
      t("Always 60 seconds on every operating system.", "在所有操作系统上都是 60 秒。"),
      t("It equals the round-trip time of the connection.", "等于连接的往返时间（RTT）。"),
    ],
    explanation: t(
      "The MSL is set by the implementation, commonly 30 seconds, 1 minute or 2 minutes. RFC 9293 3.4.2 takes 2 minutes; Linux fixes TIME_WAIT at 60 s.",
      "MSL 的值由实现决定，可以修改，一般为 30 秒、1 分钟或者 2 分钟。RFC 9293 3.4.2 取 2 分钟；Linux 把 TIME_WAIT 固定为 60 秒。",
    ),
  },
  {
    key: "concept/msl-time-wait-length",
    concepts: ["two-msl"],
    misconceptions: ["msl-is-a-choice"],
    prompt: t("An administrator sets the MSL to 30 seconds. How long does TIME_WAIT last (RFC behaviour)?", "管理员把 MSL 设置为 30 秒。TIME_WAIT 持续多久（按 RFC 的行为）？"),
    choices: [t("60 seconds (2MSL)", "60 秒（2MSL）"), t("4 minutes, whatever the MSL", "4 分钟，与 MSL 无关"), t("30 seconds", "30 秒"), t("2 minutes", "2 分钟")],
    explanation: t(
      "TIME_WAIT is the 2MSL wait: twice whatever MSL the implementation chose. With MSL = 30 s it lasts 60 s.",
      "TIME_WAIT 就是 2MSL 等待状态：实现选择的 MSL 的两倍。MSL = 30 秒时持续 60 秒。",
    ),
  },
  {
    key: "concept/quiet-time",
    concepts: ["quiet-time"],
    misconceptions: ["quiet-time-after-crash"],
    prompt: t("What is the quiet time for?", "静默时间是用来做什么的？"),
    choices: [
      t("After a crash or restart, a host waits one MSL before opening connections, because it forgot which connections were in TIME_WAIT.", "主机崩溃或重启后，在创建新连接前等待一个 MSL，因为它已经忘记了哪些连接处于 TIME_WAIT。"),
      t("It is the pause between the SYN and the SYN+ACK.", "它是 SYN 与 SYN+ACK 之间的停顿。"),
      t("It is the time a connection in ESTABLISHED may stay idle before it is closed.", "它是 ESTABLISHED 状态下连接允许空闲、之后就被关闭的时间。"),
      t("It is another name for the FIN_WAIT_2 timer.", "它是 FIN_WAIT_2 计时器的另一个名字。"),
    ],
    explanation: t(
      "If a host crashes while a connection is in TIME_WAIT and reboots within MSL, a new connection on the same IP and port could take the old one's delayed segments. Quiet time: wait MSL after booting before creating connections. Many implementations do not follow it.",
      "如果主机在某个连接处于 TIME_WAIT 时崩溃并在 MSL 内重启，使用相同 IP 和端口的新连接可能收到旧连接延迟的报文。静默时间：重启后先等待 MSL 再创建连接。实际上很多实现并没有遵循这一点。",
    ),
  },
  {
    key: "concept/quiet-time-practice",
    concepts: ["quiet-time"],
    misconceptions: ["quiet-time-after-crash"],
    prompt: t("Do real TCP implementations keep the quiet time after a restart?", "实际的 TCP 实现会在重启后遵守静默时间吗？"),
    choices: [
      t("Many do not (Linux does not), although the RFC asks for it.", "很多实现并没有遵循（Linux 就没有），尽管 RFC 要求这样做。"),
      t("All of them do, it is enforced by the hardware.", "全部都遵守，由硬件强制执行。"),
      t("There is no such rule; quiet time is a Linux invention.", "没有这条规则，静默时间是 Linux 发明的。"),
      t("Only servers keep it, clients never restart.", "只有服务端遵守，客户端从不重启。"),
    ],
    explanation: t("RFC 9293 3.4.3 asks for the quiet time, but in practice many implementations do not keep it: Linux relies on its clock-driven ISN instead.", "RFC 9293 3.4.3 要求静默时间，但实际上很多实现并没有遵循：Linux 依靠随时钟增长的初始序号。"),
  },
  {
    key: "concept/fin-wait-2-timer",
    concepts: ["fin-wait-2-timer"],
    misconceptions: ["fin-wait-2-timer-linux"],
    prompt: t("The peer never sends its FIN. What does RFC 9293 say happens to the endpoint in FIN_WAIT_2?", "对方一直不发送 FIN。按 RFC 9293，处于 FIN_WAIT_2 的端点会怎样？"),
    choices: [
      t("It waits forever: the RFC has no FIN_WAIT_2 timer; the 60 s timeout is Linux's.", "一直等待：RFC 中没有 FIN_WAIT_2 计时器，60 秒超时是 Linux 的做法。"),
      t("After 60 seconds it moves to CLOSED, as every TCP must.", "60 秒后进入 CLOSED，所有 TCP 都必须这样。"),
      t("After 2MSL it moves to TIME_WAIT.", "2MSL 后进入 TIME_WAIT。"),
      t("It sends its FIN again until the peer answers.", "它不断重发自己的 FIN，直到对方回应。"),
    ],
    explanation: t(
      "In the RFC an endpoint can stay in FIN_WAIT_2 indefinitely. Linux (like BSD and Windows) sets a timer (tcp_fin_timeout, 60 s) once the application has called close(), so the connection does not wait forever.",
      "按 RFC，端点可以无限期地停留在 FIN_WAIT_2。Linux（和 BSD、Windows 一样）在应用调用 close() 后设置计时器（tcp_fin_timeout，60 秒），防止连接无限等待。",
    ),
  },
  {
    key: "concept/fin-wait-2-half-close",
    concepts: ["fin-wait-2-timer", "half-close"],
    misconceptions: ["fin-wait-2-timer-linux"],
    prompt: t("On Linux, when is the FIN_WAIT_2 timer set?", "在 Linux 上，什么时候设置 FIN_WAIT_2 计时器？"),
    choices: [
      t("Only when the application did a full close (close()), not after a half-close (shutdown), which still wants to read.", "只在应用执行完全关闭（close()）时设置；半关闭（shutdown）仍要读数据，不设置。"),
      t("Always, as soon as the FIN is sent.", "总是设置，一发送 FIN 就设置。"),
      t("Only on the passive closer, in CLOSE_WAIT.", "只在被动关闭者的 CLOSE_WAIT 中设置。"),
      t("Never: Linux waits forever, like the RFC.", "从不设置：Linux 和 RFC 一样无限等待。"),
    ],
    explanation: t(
      "Linux sets the timer when the socket is released by close(), whether close() comes at once or after a shutdown(); a shutdown() alone still reads and sets none. If it expires while the connection is idle, it moves to CLOSED (60 s by default).",
      "Linux 在套接字被 close() 释放时设置计时器，无论 close() 是直接调用还是在 shutdown() 之后调用；只调用 shutdown() 时仍要读数据，不设置。计时器超时且网络空闲时连接转移到 CLOSED（默认 60 秒）。",
    ),
  },
  {
    key: "concept/simultaneous-close-time-wait",
    concepts: ["simultaneous-close", "time-wait-lost-ack"],
    misconceptions: ["active-closer-time-wait"],
    prompt: t("In a simultaneous close, which side goes through TIME_WAIT?", "在同时关闭中，哪一端会经过 TIME_WAIT？"),
    choices: [
      t("Both: each of them sent a FIN before receiving one, so both are active closers.", "双方都会：每一端都在收到对方 FIN 之前发送了 FIN，所以双方都是主动关闭者。"),
      t("Only the client.", "只有客户端。"),
      t("Only the server.", "只有服务端。"),
      t("Neither: CLOSING goes straight to CLOSED.", "都不会：CLOSING 直接进入 CLOSED。"),
    ],
    explanation: t(
      "TIME_WAIT belongs to whoever closes actively. In a simultaneous close both do: CLOSING -> TIME_WAIT on each side.",
      "TIME_WAIT 属于主动关闭的一方。同时关闭时双方都是主动关闭者：每一端都是 CLOSING -> TIME_WAIT。",
    ),
  },
  {
    key: "concept/who-time-wait",
    concepts: ["four-way-close", "time-wait-lost-ack"],
    misconceptions: ["active-closer-time-wait"],
    prompt: t("Which endpoint enters TIME_WAIT?", "哪一端会进入 TIME_WAIT？"),
    choices: [
      t("The active closer: whichever side sent the first FIN, client or server.", "主动关闭者：先发送 FIN 的一方，无论是客户端还是服务端。"),
      t("Always the client.", "总是客户端。"),
      t("Always the server.", "总是服务端。"),
      t("The passive closer, after its LAST_ACK.", "被动关闭者，在 LAST_ACK 之后。"),
    ],
    explanation: t(
      "TIME_WAIT is entered by the active closer when it acknowledges the passive closer's FIN. A web server that closes first is the one that collects TIME_WAIT sockets.",
      "主动关闭者在确认被动关闭者的 FIN 后进入 TIME_WAIT。先关闭连接的 Web 服务器就会积累大量 TIME_WAIT 套接字。",
    ),
  },
  {
    key: "concept/lost-final-ack",
    concepts: ["time-wait-lost-ack", "retransmission"],
    misconceptions: [],
    prompt: t("The last ACK of the close is lost. What does the passive closer do?", "关闭过程中的最后一个 ACK 丢失了。被动关闭者会怎么做？"),
    choices: [
      t("Still in LAST_ACK, it retransmits its FIN when its timer fires; the active closer, in TIME_WAIT, ACKs it again.", "它仍处于 LAST_ACK，计时器超时后重发 FIN；处于 TIME_WAIT 的主动关闭者再次确认。"),
      t("It moves to CLOSED anyway after 2MSL.", "2MSL 后无论如何进入 CLOSED。"),
      t("It sends a RST.", "发送 RST。"),
      t("It moves to TIME_WAIT itself.", "它自己进入 TIME_WAIT。"),
    ],
    explanation: t(
      "This is the first reason for TIME_WAIT: the active closer is still there to re-send the ACK. Without it the retransmitted FIN would meet a closed port and get a RST, and LAST_ACK would end in a reset instead of a clean close.",
      "这就是 TIME_WAIT 的第一个原因：主动关闭者还在，可以重新发送 ACK。否则重发的 FIN 会到达一个已关闭的端口并得到 RST，LAST_ACK 以复位结束，而不是正常关闭。",
    ),
  },
  {
    key: "concept/old-duplicate",
    concepts: ["time-wait-old-duplicates", "two-msl"],
    misconceptions: [],
    prompt: t("Why does the end in TIME_WAIT keep the old connection's four-tuple for 2MSL?", "为什么处于 TIME_WAIT 的一端要把旧连接的四元组保留 2MSL？"),
    choices: [
      t("A delayed segment of the old connection could arrive and be taken as the new connection's data; TIME_WAIT lets such duplicates die out.", "旧连接延迟的报文可能到达，被误当作新连接的数据；TIME_WAIT 让这些重复报文消逝。"),
      t("The port numbers must be changed by the administrator first.", "必须先由管理员修改端口号。"),
      t("The new SYN would be answered with RST forever.", "新的 SYN 会永远收到 RST。"),
      t("The IP layer keeps the route for 2MSL.", "IP 层会把路由保留 2MSL。"),
    ],
    explanation: t(
      "The second reason for TIME_WAIT: while the end in TIME_WAIT holds the four-tuple, an old duplicate that arrives is discarded there; after 2MSL every old duplicate has expired. (RFC 9293 3.6.1 still lets a TIME_WAIT end accept a new SYN with a higher sequence number.)",
      "TIME_WAIT 的第二个原因：处于 TIME_WAIT 的一端保留着四元组，到达的旧的重复报文段会在这里被丢弃；2MSL 之后所有旧的重复报文段都已消逝。（RFC 9293 3.6.1 仍允许处于 TIME_WAIT 的一端接受序号更大的新 SYN。）",
    ),
  },
  {
    key: "concept/quiet-time-length",
    concepts: ["quiet-time", "two-msl"],
    misconceptions: ["quiet-time-after-crash"],
    prompt: t("After a crash and restart, how long should TCP keep quiet before creating new connections?", "崩溃并重启后，TCP 应该静默多久才能创建新的连接？"),
    choices: [t("One MSL", "一个 MSL"), t("2MSL, like TIME_WAIT", "2MSL，和 TIME_WAIT 一样"), t("No time at all: the RFC has no such rule", "不需要等待：RFC 中没有这条规则"), t("Until the first SYN arrives", "直到收到第一个 SYN")],
    explanation: t(
      "RFC 9293 3.4.3: after a crash or restart TCP should wait one MSL before creating new connections, so every segment of a connection that was in TIME_WAIT has died out.",
      "RFC 9293 3.4.3：主机崩溃或重启后，TCP 应该在创建新的连接前等待一个 MSL，让之前处于 TIME_WAIT 的连接的报文段都已消逝。",
    ),
  },
  {
    key: "concept/quiet-time-why-crash",
    concepts: ["quiet-time", "time-wait-old-duplicates"],
    misconceptions: ["quiet-time-after-crash"],
    prompt: t("Why doesn't TIME_WAIT by itself protect a new connection after a crash?", "为什么主机崩溃后，仅靠 TIME_WAIT 不能保护新的连接？"),
    choices: [
      t("The crash erased the connection in TIME_WAIT: after the reboot the host no longer knows it must wait.", "崩溃抹掉了处于 TIME_WAIT 的连接：重启后主机不再知道自己需要等待。"),
      t("TIME_WAIT is saved to disk and resumes too late.", "TIME_WAIT 被保存到磁盘，恢复得太晚。"),
      t("A crash sends a RST to every peer, which clears the network.", "崩溃会向每个对端发送 RST，从而清空网络。"),
      t("Routers drop all old segments when a host reboots.", "主机重启时路由器会丢弃所有旧的报文段。"),
    ],
    explanation: t(
      "TIME_WAIT lives in memory. After a restart the host has forgotten it, which is why the quiet time exists.",
      "TIME_WAIT 只保存在内存中。重启后主机已经忘记了它，这正是需要静默时间的原因。",
    ),
  },
  {
    key: "concept/old-duplicate-which",
    concepts: ["time-wait-old-duplicates"],
    misconceptions: [],
    prompt: t("Against which connections does TIME_WAIT guard the old connection's delayed segments?", "TIME_WAIT 防止旧连接的延迟报文干扰哪些连接？"),
    choices: [
      t("A new incarnation with the same four-tuple: same IP addresses and the same ports.", "使用相同四元组（相同的 IP 地址和端口）的新连接。"),
      t("Every connection to the same server.", "所有连接到同一服务器的连接。"),
      t("Only connections opened by the same application.", "只有同一个应用打开的连接。"),
      t("Connections on other ports of the same host.", "同一主机上其他端口的连接。"),
    ],
    explanation: t(
      "A connection is named by its four-tuple; only a new connection with the same four-tuple could take an old duplicate for its own. The end in TIME_WAIT holds that four-tuple for 2MSL.",
      "连接由四元组标识，只有四元组相同的新连接才可能把旧的重复报文段当作自己的。处于 TIME_WAIT 的一端把这个四元组保留 2MSL。",
    ),
  },
  {
    key: "concept/tcp-fin-timeout",
    concepts: ["fin-wait-2-timer"],
    misconceptions: ["fin-wait-2-timer-linux"],
    prompt: t("What does Linux's tcp_fin_timeout (default 60 s) control?", "Linux 的 tcp_fin_timeout（默认 60 秒）控制什么？"),
    choices: [
      t("How long a connection closed with close() may stay in FIN_WAIT_2 waiting for the peer's FIN.", "用 close() 关闭的连接在 FIN_WAIT_2 中等待对方 FIN 的最长时间。"),
      t("The length of TIME_WAIT.", "TIME_WAIT 的长度。"),
      t("The MSL used by every TCP.", "所有 TCP 使用的 MSL。"),
      t("The retransmission timeout of a FIN.", "FIN 的重传超时时间。"),
    ],
    explanation: t(
      "It is the FIN_WAIT_2 timer of an orphaned socket. Linux's TIME_WAIT is a separate constant (60 s). RFC 9293 has no FIN_WAIT_2 timer at all.",
      "它是孤儿套接字的 FIN_WAIT_2 计时器。Linux 的 TIME_WAIT 是另一个常量（60 秒）。RFC 9293 中根本没有 FIN_WAIT_2 计时器。",
    ),
  },
];

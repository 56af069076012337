// Concept questions on waiting: TIME_WAIT and its two reasons, 2MSL and the MSL, quiet time,
// the FIN_WAIT_2 timer, lost final ACK and old duplicates (RFC 9293 3.4, 3.6; Linux).
import type { ConceptItem } from "./item";
import { t } from "./item";

export const TIMERS: ConceptItem[] = [
  {
    key: "concept/time-wait-reasons",
    concepts: ["time-wait-lost-ack", "time-wait-old-duplicates"],
    misconceptions: [],
    prompt: t("What are the two reasons for the TIME_WAIT state?", "TIME_WAIT 状态存在的两个原因是什么？"),
    choices: [
      t(
        "To re-send the last ACK if it was lost, and to let old duplicates die out.",
        "在最后的 ACK 丢失时重发它，以及让旧的重复报文段消逝。",
      ),
      t(
        "To wait for the application to read the last data, and to release the port slowly.",
        "等待应用读完最后的数据，以及慢慢释放这个端口。",
      ),
      t(
        "To retransmit its own FIN until it is acknowledged, and to wait for the peer's RST.",
        "重传自己的 FIN 直到被确认，以及等待对方发来的 RST。",
      ),
      t(
        "To keep the server's backlog free for new clients, and to measure the round-trip time.",
        "为新客户端腾出服务端的队列，以及测量往返时间。",
      ),
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
    prompt: t(
      "The active closer's final ACK is lost. Why is waiting one MSL in TIME_WAIT not enough to answer the retransmitted FIN?",
      "主动关闭者最后的 ACK 丢失了。为什么在 TIME_WAIT 中只等一个 MSL 不足以回应重传的 FIN？",
    ),
    choices: [
      t(
        "The lost ACK may take up to one MSL, and the FIN sent again up to one more MSL to come back.",
        "丢失的 ACK 最多用去一个 MSL，重发的 FIN 返回最多还要一个 MSL。",
      ),
      t(
        "The RFC asks the active closer to send the last ACK twice, one MSL apart from each other.",
        "RFC 要求主动关闭者把最后的 ACK 发送两次，两次相隔一个 MSL。",
      ),
      t(
        "Both hosts wait one MSL each, one after the other, and the active closer counts both waits.",
        "两台主机先后各等一个 MSL，主动关闭者把两段等待都算上。",
      ),
      t(
        "The retransmission timer doubles at every try, so the second FIN comes exactly 2MSL later.",
        "重传计时器每次加倍，所以第二个 FIN 正好在 2MSL 之后到来。",
      ),
    ],
    explanation: t(
      "In the worst case the final ACK lives one MSL before it is lost or arrives, and the FIN the passive closer sends again needs up to one more MSL to reach the active closer: a round trip, 2MSL.",
      "最坏情况下，最后的 ACK 在丢失或到达之前存活一个 MSL，被动关闭者重发的 FIN 到达主动关闭者最多还要一个 MSL：一个来回，即 2MSL。",
    ),
  },
  {
    key: "concept/msl-value",
    concepts: ["two-msl"],
    misconceptions: ["msl-is-a-choice"],
    prompt: t("How long is the MSL (maximum segment lifetime)?", "MSL（最长报文段寿命）有多长？"),
    choices: [
      t("A choice of the implementation: often 30 s, 1 min or 2 min.", "由实现选定：常见为 30 秒、1 分钟或 2 分钟。"),
      t("Exactly 2 minutes on every host: RFC 9293 fixes it.", "所有主机上都正好 2 分钟：由 RFC 9293 固定。"),
      t("Exactly 60 seconds, on every operating system.", "在所有操作系统上都正好 60 秒。"),
      t("One round-trip time of the connection, measured by TCP.", "连接的一个往返时间，由 TCP 测量得出。"),
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
    prompt: t(
      "An administrator sets the MSL to 30 seconds. How long does TIME_WAIT last (RFC behaviour)?",
      "管理员把 MSL 设置为 30 秒。TIME_WAIT 持续多久（按 RFC 的行为）？",
    ),
    choices: [
      t("60 seconds (2MSL)", "60 秒（2MSL）"),
      t("4 minutes, always", "总是 4 分钟"),
      t("30 seconds (MSL)", "30 秒（MSL）"),
      t("120 seconds (4MSL)", "120 秒（4MSL）"),
    ],
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
      t(
        "After a restart, one MSL without new connections, since TIME_WAIT was forgotten.",
        "重启后一个 MSL 内不建立新连接，因为 TIME_WAIT 已被遗忘。",
      ),
      t(
        "The pause a server must keep between receiving a SYN and sending its SYN+ACK.",
        "服务端在收到 SYN 与发出 SYN+ACK 之间必须保持的一段停顿。",
      ),
      t(
        "The time a connection in ESTABLISHED may stay idle before TCP closes it.",
        "ESTABLISHED 中的连接允许空闲、之后就会被 TCP 关闭的时间。",
      ),
      t(
        "Another name for the FIN_WAIT_2 timer of Linux, tcp_fin_timeout, 60 s.",
        "Linux 的 FIN_WAIT_2 计时器 tcp_fin_timeout（60 秒）的别名。",
      ),
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
      t("Many do not (Linux does not), though the RFC asks for it.", "很多实现并不遵守（Linux 就不遵守），尽管 RFC 要求。"),
      t("All of them do: the network card enforces it at boot.", "全部都遵守：网卡在启动时强制执行。"),
      t("There is no such rule; quiet time is a Linux invention.", "没有这条规则；静默时间是 Linux 的发明。"),
      t("Only servers keep it; clients keep no state across boots.", "只有服务端遵守；客户端重启后不保留任何状态。"),
    ],
    explanation: t(
      "RFC 9293 3.4.3 asks for the quiet time, but in practice many implementations do not keep it: Linux relies on its clock-driven ISN instead.",
      "RFC 9293 3.4.3 要求静默时间，但实际上很多实现并没有遵循：Linux 依靠随时钟增长的初始序号。",
    ),
  },
  {
    key: "concept/fin-wait-2-timer",
    concepts: ["fin-wait-2-timer"],
    misconceptions: ["fin-wait-2-timer-linux"],
    prompt: t(
      "The peer never sends its FIN. What does RFC 9293 say happens to the endpoint in FIN_WAIT_2?",
      "对方一直不发送 FIN。按 RFC 9293，处于 FIN_WAIT_2 的端点会怎样？",
    ),
    choices: [
      t("It waits forever: RFC 9293 has no FIN_WAIT_2 timer.", "一直等待：RFC 9293 中没有 FIN_WAIT_2 计时器。"),
      t("After 60 seconds it moves to CLOSED, as every TCP must.", "60 秒后进入 CLOSED，所有 TCP 都必须这样。"),
      t("After 2MSL it moves on by itself to TIME_WAIT, then CLOSED.", "2MSL 后自行进入 TIME_WAIT。"),
      t("It sends its FIN again until the peer answers with a FIN.", "不断重发自己的 FIN，直到对方用 FIN 回应。"),
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
    prompt: t("On Linux, which of these starts the FIN_WAIT_2 timer?", "在 Linux 上，下面哪种情况会设置 FIN_WAIT_2 计时器？"),
    choices: [
      t("close(), called at once or after an earlier shutdown().", "调用 close()，无论是直接调用还是在 shutdown() 之后。"),
      t("shutdown() alone, as soon as its FIN has been sent.", "只调用 shutdown()，一发出 FIN 就设置。"),
      t("The peer's FIN, arriving while this end is in CLOSE_WAIT.", "对方的 FIN 在这一端处于 CLOSE_WAIT 时到达。"),
      t("Nothing: Linux waits forever in FIN_WAIT_2, like the RFC.", "都不会：Linux 和 RFC 一样在 FIN_WAIT_2 中无限等待。"),
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
      t("Both: each sent a FIN before it received one.", "双方都会：每一端都在收到 FIN 之前发送了 FIN。"),
      t("Only the client, because it opened the connection.", "只有客户端，因为连接是它打开的。"),
      t("Only the server, because it accepted the connection.", "只有服务端，因为连接是它接受的。"),
      t("Neither: CLOSING goes straight to CLOSED on both.", "都不会：双方都从 CLOSING 直接进入 CLOSED。"),
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
      t("The active closer, client or server.", "主动关闭者，无论是客户端还是服务端。"),
      t("Always the client, whoever closes first.", "总是客户端，无论谁先关闭。"),
      t("Always the server, whoever closes first.", "总是服务端，无论谁先关闭。"),
      t("The passive closer, after LAST_ACK ends.", "被动关闭者，在 LAST_ACK 结束之后。"),
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
    prompt: t(
      "The last ACK of the close is lost. What does the passive closer do?",
      "关闭过程中的最后一个 ACK 丢失了。被动关闭者会怎么做？",
    ),
    choices: [
      t("From LAST_ACK it sends its FIN again; TIME_WAIT ACKs it again.", "它在 LAST_ACK 中重发 FIN；TIME_WAIT 中的一端再次确认。"),
      t("It moves to CLOSED after 2MSL, as if the ACK had arrived.", "2MSL 后进入 CLOSED，就像 ACK 已经到达一样。"),
      t("It sends a RST, since its FIN was never acknowledged.", "发送 RST，因为它的 FIN 始终没有得到确认。"),
      t("It moves to TIME_WAIT itself and waits there for 2MSL.", "它自己进入 TIME_WAIT，并在那里等待 2MSL。"),
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
    prompt: t(
      "Why does the end in TIME_WAIT keep the old connection's four-tuple for 2MSL?",
      "为什么处于 TIME_WAIT 的一端要把旧连接的四元组保留 2MSL？",
    ),
    choices: [
      t("So an old duplicate dies there instead of landing in a new connection.", "让旧的重复报文段在这里被丢弃，而不会落进新的连接。"),
      t("So the administrator has time to change the port numbers of the service.", "让管理员有时间修改这项服务的端口号。"),
      t("So that every SYN to that four-tuple is answered with a RST for 2MSL.", "让发往这个四元组的每个 SYN 在 2MSL 内都收到 RST。"),
      t("So the IP layer can keep the route to the peer cached for 2MSL.", "让 IP 层把到对端的路由缓存 2MSL。"),
    ],
    explanation: t(
      "The second reason for TIME_WAIT: while the end in TIME_WAIT holds the four-tuple, an old duplicate that arrives is discarded there; after 2MSL every old duplicate has expired. (RFC 9293 3.6.1 still lets a TIME_WAIT end accept a new SYN and reopen the connection, with a new ISN above the old numbers.)",
      "TIME_WAIT 的第二个原因：处于 TIME_WAIT 的一端保留着四元组，到达的旧的重复报文段会在这里被丢弃；2MSL 之后所有旧的重复报文段都已消逝。（RFC 9293 3.6.1 仍允许处于 TIME_WAIT 的一端接受新的 SYN 并重新打开连接，新的初始序号要大于旧的序号。）",
    ),
  },
  {
    key: "concept/quiet-time-length",
    concepts: ["quiet-time", "two-msl"],
    misconceptions: ["quiet-time-after-crash"],
    prompt: t(
      "After a crash and restart, how long should TCP keep quiet before creating new connections?",
      "崩溃并重启后，TCP 应该静默多久才能创建新的连接？",
    ),
    choices: [t("One MSL", "一个 MSL"), t("2MSL", "2MSL"), t("One RTO", "一个 RTO"), t("60 s, always", "总是 60 秒")],
    explanation: t(
      "RFC 9293 3.4.3: after a crash or restart TCP should wait one MSL before creating new connections, so every segment of a connection that was in TIME_WAIT has died out.",
      "RFC 9293 3.4.3：主机崩溃或重启后，TCP 应该在创建新的连接前等待一个 MSL，让之前处于 TIME_WAIT 的连接的报文段都已消逝。",
    ),
  },
  {
    key: "concept/quiet-time-why-crash",
    concepts: ["quiet-time", "time-wait-old-duplicates"],
    misconceptions: ["quiet-time-after-crash"],
    prompt: t(
      "Why doesn't TIME_WAIT by itself protect a new connection after a crash?",
      "为什么主机崩溃后，仅靠 TIME_WAIT 不能保护新的连接？",
    ),
    choices: [
      t(
        "The crash erased the TIME_WAIT connection, so the host no longer knows it must wait.",
        "崩溃抹掉了处于 TIME_WAIT 的连接，主机不再知道自己需要等待。",
      ),
      t(
        "TIME_WAIT is saved to disk, and after the reboot it resumes too late to help.",
        "TIME_WAIT 保存在磁盘上，重启之后恢复得太晚，根本起不了作用。",
      ),
      t(
        "A crash sends a RST to every peer, and those RSTs clear TIME_WAIT everywhere.",
        "崩溃会向每个对端发送 RST，这些 RST 清除了各处的 TIME_WAIT。",
      ),
      t(
        "Routers drop every segment of a host that reboots, so TIME_WAIT is not needed.",
        "主机重启时路由器会丢弃它的所有报文段，所以不需要 TIME_WAIT。",
      ),
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
    prompt: t(
      "Against which connections does TIME_WAIT guard the old connection's delayed segments?",
      "TIME_WAIT 防止旧连接的延迟报文干扰哪些连接？",
    ),
    choices: [
      t("A new connection with the same four-tuple.", "使用相同四元组的新连接。"),
      t("Every connection to the same server IP address.", "所有连到同一服务器 IP 地址的连接。"),
      t("Only connections opened by the same process.", "只有同一个进程打开的连接。"),
      t("Connections on the other ports of this host.", "这台主机其他端口上的连接。"),
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
      t("How long a socket released by close() may wait in FIN_WAIT_2.", "被 close() 释放的套接字在 FIN_WAIT_2 中最多等待多久。"),
      t("How long TIME_WAIT lasts on Linux before the port is free again.", "Linux 上 TIME_WAIT 持续多久，端口才再次可用。"),
      t("The MSL that Linux uses to compute its 2MSL wait.", "Linux 计算 2MSL 等待时所用的 MSL。"),
      t("The retransmission timeout of a FIN that is not acknowledged.", "未被确认的 FIN 的重传超时时间。"),
    ],
    explanation: t(
      "It is the FIN_WAIT_2 timer of an orphaned socket. Linux's TIME_WAIT is a separate constant (60 s). RFC 9293 has no FIN_WAIT_2 timer at all.",
      "它是孤儿套接字的 FIN_WAIT_2 计时器。Linux 的 TIME_WAIT 是另一个常量（60 秒）。RFC 9293 中根本没有 FIN_WAIT_2 计时器。",
    ),
  },
];

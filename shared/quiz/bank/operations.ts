// Concept questions of the lessons met when running servers: CLOSE_WAIT and TIME_WAIT that
// pile up, TIME-WAIT assassination, half-open connections, SYN floods, challenge ACKs and the
// state names of Linux's ss (shared/content/lessons.ts).
import type { ConceptItem } from "./item";
import { t } from "./item";

export const OPERATIONS: ConceptItem[] = [
  {
    key: "concept/close-wait-forever",
    concepts: ["socket-buildup", "half-close"],
    misconceptions: [],
    prompt: t(
      "A server shows thousands of connections in CLOSE_WAIT that never go away. What is wrong?",
      "一台服务器上有成千上万条连接停在 CLOSE_WAIT，一直不消失。问题出在哪里？",
    ),
    choices: [
      t("The program never calls close() after reading end-of-file.", "程序读到文件结束后从不调用 close()。"),
      t("The clients never acknowledge the FIN segments the server sends.", "客户端从来不确认服务端发出的那些 FIN。"),
      t("The 2MSL timer is set too long on the server host.", "服务端主机上的 2MSL 计时器设得太长。"),
      t("The network loses the clients' final ACK segments.", "网络把客户端最后的 ACK 弄丢了。"),
    ],
    explanation: t(
      "CLOSE_WAIT means the peer's FIN has arrived and TCP waits for the local application to close. It has no timer, in RFC 9293 or in Linux: only close() ends it, so the bug is in the program.",
      "CLOSE_WAIT 表示对方的 FIN 已经到达，TCP 在等待本地应用关闭。无论在 RFC 9293 还是 Linux 中它都没有计时器：只有 close() 能结束它，所以问题出在程序里。",
    ),
  },
  {
    key: "concept/time-wait-pileup",
    concepts: ["socket-buildup", "two-msl"],
    misconceptions: ["active-closer-time-wait"],
    prompt: t(
      "A Linux client opens and closes 1,000 short connections a second to one server port. What happens to TIME_WAIT?",
      "一个 Linux 客户端每秒向同一个服务端口打开并关闭 1000 条短连接。TIME_WAIT 会怎样？",
    ),
    choices: [
      t("About 60,000 pile up, more than the local ports available.", "大约堆积 60000 个，超过了可用的本地端口数。"),
      t("None: the server, not the client, goes through TIME_WAIT.", "一个都没有：经过 TIME_WAIT 的是服务端而不是客户端。"),
      t("About 1,000: each one ends as soon as the next connection opens.", "大约 1000 个：每个在下一条连接打开时就结束。"),
      t("None: Linux has no TIME_WAIT for outgoing connections.", "一个都没有：Linux 的出站连接没有 TIME_WAIT。"),
    ],
    explanation: t(
      "The active closer, here the client, holds each four-tuple 60 s on Linux: 1,000 × 60 = 60,000, more than the default local port range (32768 to 60999). Reusing connections, letting the server close first, or tcp_tw_reuse helps.",
      "主动关闭者（这里是客户端）在 Linux 上把每个四元组保留 60 秒：1000 × 60 = 60000，超过了默认的本地端口范围（32768 到 60999）。复用连接、让服务端先关闭或打开 tcp_tw_reuse 都有帮助。",
    ),
  },
  {
    key: "concept/so-reuseaddr",
    concepts: ["socket-buildup"],
    misconceptions: [],
    prompt: t("What does SO_REUSEADDR let a restarted server do?", "SO_REUSEADDR 让重启的服务器能做什么？"),
    choices: [
      t("bind() its port while old connections are in TIME_WAIT.", "在旧连接仍处于 TIME_WAIT 时 bind() 它的端口。"),
      t("End every TIME_WAIT on the port at once, with a RST.", "用 RST 立即结束该端口上所有的 TIME_WAIT。"),
      t("Skip TIME_WAIT for all the connections it closes later.", "让它以后关闭的所有连接都直接跳过 TIME_WAIT 状态。"),
      t("Share one connection's four-tuple with a second one.", "让第二条连接共用一条连接的四元组。"),
    ],
    explanation: t(
      "SO_REUSEADDR only relaxes bind(): the listening port can be taken again although connections on it are still in TIME_WAIT. It shortens no TIME_WAIT; tcp_tw_reuse (for outgoing connections, with timestamps) is a different setting.",
      "SO_REUSEADDR 只放宽 bind()：即使该端口上的连接仍处于 TIME_WAIT，监听端口也能再次使用。它不会缩短任何 TIME_WAIT；tcp_tw_reuse（用于出站连接，依靠时间戳）是另一项设置。",
    ),
  },
  {
    key: "concept/assassination-what",
    concepts: ["time-wait-assassination", "reset"],
    misconceptions: [],
    prompt: t("What does RFC 1337 call TIME-WAIT assassination?", "RFC 1337 所说的 TIME-WAIT assassination（TIME_WAIT 提前终止）是什么？"),
    choices: [
      t("A RST that reaches an end in TIME_WAIT and closes it early.", "到达处于 TIME_WAIT 一端的 RST 让它提前关闭。"),
      t("An old duplicate that a new connection takes for its data.", "新连接把一个旧的重复报文段当成自己的数据。"),
      t("A FIN that arrives in TIME_WAIT and restarts the 2MSL timer.", "在 TIME_WAIT 中到达的 FIN 让 2MSL 计时器重新开始。"),
      t("A host that reboots in TIME_WAIT and forgets the connection.", "主机在 TIME_WAIT 中重启，忘记了这条连接。"),
    ],
    explanation: t(
      "By RFC 9293's rules a RST in TIME_WAIT closes the connection. RFC 1337 shows how an old duplicate can provoke such a RST from the closed peer, and suggests ignoring RSTs in TIME_WAIT.",
      "按照 RFC 9293 的规则，TIME_WAIT 中收到 RST 会关闭连接。RFC 1337 说明了旧的重复报文段如何引得已关闭的对端发出这样的 RST，并建议在 TIME_WAIT 中忽略 RST。",
    ),
  },
  {
    key: "concept/assassination-linux",
    concepts: ["time-wait-assassination"],
    misconceptions: [],
    prompt: t(
      "By default, does Linux ignore a RST that reaches a connection in TIME_WAIT?",
      "默认情况下，Linux 会忽略到达处于 TIME_WAIT 的连接的 RST 吗？",
    ),
    choices: [
      t("No: only with net.ipv4.tcp_rfc1337 set to 1.", "不会：只有 net.ipv4.tcp_rfc1337 设为 1 时才忽略。"),
      t("Yes: RFC 9293 forbids accepting any RST in TIME_WAIT.", "会：RFC 9293 禁止在 TIME_WAIT 中接受 RST。"),
      t("Yes, but only for a RST that carries an ACK.", "会，但只忽略那些带有 ACK 标志的 RST 报文段。"),
      t("No: Linux has no TIME_WAIT when it is the client.", "不会：Linux 作为客户端时没有 TIME_WAIT。"),
    ],
    explanation: t(
      "net.ipv4.tcp_rfc1337 defaults to 0: a Linux host in TIME_WAIT accepts the RST and closes, as RFC 9293's rules say. Set to 1, it follows RFC 1337's suggestion and ignores it.",
      "net.ipv4.tcp_rfc1337 默认为 0：处于 TIME_WAIT 的 Linux 主机接受 RST 并关闭，正如 RFC 9293 的规则所说。设为 1 时，它采纳 RFC 1337 的建议，忽略这个 RST。",
    ),
  },
  {
    key: "concept/half-open-vs-half-closed",
    concepts: ["half-open", "half-close"],
    misconceptions: [],
    prompt: t("What is the difference between a half-open and a half-closed connection?", "半开连接和半关闭有什么区别？"),
    choices: [
      t("Half-open: one end lost it; half-closed: one end called shutdown().", "半开：一端丢失了连接；半关闭：一端调用了 shutdown()。"),
      t("None: they are two names for the state CLOSE_WAIT in the RFC.", "没有区别：它们是 RFC 中 CLOSE_WAIT 状态的两个名字。"),
      t("Half-open: only the SYN was sent; half-closed: only the FIN.", "半开：只发送了 SYN；半关闭：只发送了 FIN。"),
      t("Half-open: data flows both ways; half-closed: it flows in neither way.", "半开：数据双向流动；半关闭：数据两个方向都不流动。"),
    ],
    explanation: t(
      "A half-close is orderly: shutdown() sent a FIN and both ends know one direction is closed. A half-open connection (RFC 9293 3.5.1) is an accident: one end crashed or rebooted, and only the other still has the connection.",
      "半关闭是有序的：shutdown() 发送了 FIN，双方都知道一个方向已经关闭。半开连接（RFC 9293 3.5.1）是意外：一端崩溃或重启，只有另一端还保有这条连接。",
    ),
  },
  {
    key: "concept/half-open-found",
    concepts: ["half-open", "reset"],
    misconceptions: [],
    prompt: t(
      "The peer of an ESTABLISHED connection rebooted. When does the surviving end find out?",
      "一条 ESTABLISHED 连接的对端重启了。存活的一端什么时候发现？",
    ),
    choices: [
      t("When it sends data and a RST comes back, or keepalive finds out.", "当它发送数据并收到 RST，或保活探测发现时。"),
      t("At once: a rebooting host sends a FIN on every connection it had.", "立即发现：重启的主机会在它原有的每条连接上发送 FIN。"),
      t("After 2MSL, when its TIME_WAIT timer expires on its own.", "2MSL 之后，当它的 TIME_WAIT 计时器自行超时时。"),
      t("Never: TCP cannot detect a peer that lost the connection.", "永远不会：TCP 根本无法发现已经丢失了连接的对端。"),
    ],
    explanation: t(
      "The rebooted host has no connection: the survivor's next segment is answered with a RST, which resets it. An end that never sends finds out only through keepalive (SO_KEEPALIVE, RFC 9293 3.8.4), which is off by default.",
      "重启的主机没有这条连接：存活一端的下一个报文段会得到 RST，连接被复位。从不发送数据的一端只能通过保活发现（SO_KEEPALIVE，RFC 9293 3.8.4），而保活默认是关闭的。",
    ),
  },
  {
    key: "concept/keepalive",
    concepts: ["half-open"],
    misconceptions: [],
    prompt: t(
      "On Linux, when does TCP keepalive send its first probe on an idle connection?",
      "在 Linux 上，TCP 保活在空闲连接上什么时候发送第一个探测报文段？",
    ),
    choices: [
      t("After 2 hours idle, if the application set SO_KEEPALIVE.", "空闲 2 小时后，前提是应用设置了 SO_KEEPALIVE。"),
      t("Every 75 seconds on every connection, right from the handshake.", "从握手完成起，每条连接都每隔 75 秒发送一次。"),
      t("After 2MSL idle, on every connection in ESTABLISHED.", "每条 ESTABLISHED 连接空闲 2MSL 之后。"),
      t("Never: keepalive exists only in HTTP, not in TCP.", "从不：保活只存在于 HTTP 中，TCP 没有。"),
    ],
    explanation: t(
      "Keepalive is off unless the application asks for it. Then Linux waits tcp_keepalive_time (7200 s) of idleness, probes every tcp_keepalive_intvl (75 s), and after tcp_keepalive_probes (9) unanswered probes ends the connection.",
      "除非应用要求，保活是关闭的。打开之后，Linux 等待 tcp_keepalive_time（7200 秒）的空闲时间，然后每隔 tcp_keepalive_intvl（75 秒）探测一次，连续 tcp_keepalive_probes（9）次没有回应就结束连接。",
    ),
  },
  {
    key: "concept/syn-flood",
    concepts: ["syn-flood", "handshake"],
    misconceptions: [],
    prompt: t("What does a SYN flood exhaust on the server?", "SYN 洪泛耗尽的是服务端的什么？"),
    choices: [
      t("The queue of connections in SYN_RCVD.", "处于 SYN_RCVD 的连接队列。"),
      t("The sequence numbers of its connections.", "它的连接所用的序号。"),
      t("The 2MSL timers of its closed connections.", "已关闭连接的 2MSL 计时器。"),
      t("The queue of connections in TIME_WAIT.", "处于 TIME_WAIT 的连接队列。"),
    ],
    explanation: t(
      "Each SYN from a forged address creates a connection in SYN_RCVD that waits for an ACK that never comes; when that queue (tcp_max_syn_backlog on Linux) is full, real clients' SYNs are dropped (RFC 4987).",
      "每个来自伪造地址的 SYN 都会创建一个处于 SYN_RCVD 的连接，等待一个永远不会来的 ACK；当这个队列（Linux 上为 tcp_max_syn_backlog）满了，真正客户端的 SYN 就被丢弃（RFC 4987）。",
    ),
  },
  {
    key: "concept/syn-cookies",
    concepts: ["syn-flood", "isn-choice"],
    misconceptions: [],
    prompt: t(
      "How do SYN cookies let a server answer SYNs without keeping state?",
      "SYN cookie 怎样让服务端在不保存状态的情况下回应 SYN？",
    ),
    choices: [
      t(
        "Its ISN encodes a keyed hash of the four-tuple, checked in the final ACK.",
        "它的初始序号编码了四元组的带密钥散列值，在最后的 ACK 中验证。",
      ),
      t(
        "It stores every SYN on disk instead of in memory until the final ACK comes.",
        "在收到最后的 ACK 之前，它把每个 SYN 存到磁盘而不是内存里。",
      ),
      t("It answers every SYN with a RST and lets real clients simply retry.", "它用 RST 回应每个 SYN，让真正的客户端自己重试。"),
      t("It asks the client for a cookie in its SYN before sending SYN+ACK.", "它在发送 SYN+ACK 之前要求客户端在 SYN 中附上 cookie。"),
    ],
    explanation: t(
      "With SYN cookies the server's ISN is a hash of the four-tuple, a secret and a counter (with the MSS encoded). A real client's ACK carries that ISN + 1; the server checks it and only then creates the connection. Linux uses them when the queue overflows (tcp_syncookies = 1).",
      "使用 SYN cookie 时，服务端的初始序号是四元组、密钥和计数器的散列值（其中编码了 MSS）。真正的客户端发回的 ACK 带着这个初始序号加 1；服务端验证之后才创建连接。Linux 在队列溢出时使用它（tcp_syncookies = 1）。",
    ),
  },
  {
    key: "concept/backlog",
    concepts: ["syn-flood"],
    misconceptions: [],
    prompt: t("On Linux, what does the backlog argument of listen() bound?", "在 Linux 上，listen() 的 backlog 参数限制的是什么？"),
    choices: [
      t("ESTABLISHED connections waiting for accept().", "已经 ESTABLISHED、等待 accept() 的连接。"),
      t("The number of SYNs the server may ever answer.", "服务端总共可以回应的 SYN 个数。"),
      t("How many retransmissions one SYN+ACK may have in all.", "一个 SYN+ACK 报文段最多可以被重传多少次。"),
      t("The clients that may connect from one address.", "同一地址可以连接的客户端数目。"),
    ],
    explanation: t(
      "Linux keeps two queues: the connections in SYN_RCVD (bounded by tcp_max_syn_backlog) and the established connections not yet accepted, bounded by listen()'s backlog and net.core.somaxconn.",
      "Linux 维护两个队列：处于 SYN_RCVD 的连接（由 tcp_max_syn_backlog 限制），以及已经建立但还没被 accept() 的连接，由 listen() 的 backlog 和 net.core.somaxconn 限制。",
    ),
  },
  {
    key: "concept/challenge-ack-rst",
    concepts: ["challenge-ack", "reset"],
    misconceptions: [],
    prompt: t(
      "ESTABLISHED, RCV.NXT = 5000, window 65535. A RST with seq 9000 arrives. What happens (RFC 5961)?",
      "ESTABLISHED，RCV.NXT = 5000，窗口 65535。到达一个 seq 为 9000 的 RST。会怎样（RFC 5961）？",
    ),
    choices: [
      t("A challenge ACK goes out; the connection stays.", "发出一个挑战 ACK；连接保持不变。"),
      t("The connection is reset: 9000 is in the window.", "连接被复位：9000 在窗口之内。"),
      t("The RST is acknowledged with ack 9001.", "用 ack 为 9001 的 ACK 确认这个 RST 报文段。"),
      t("A RST with seq 5000 is sent back at once.", "立即回复一个 seq 为 5000 的 RST。"),
    ],
    explanation: t(
      "RFC 5961 3.2: only a RST whose seq is exactly RCV.NXT resets. One elsewhere in the window gets <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and is dropped; a peer that really lost the connection then answers with a RST at exactly 5000.",
      "RFC 5961 3.2：只有序号正好等于 RCV.NXT 的 RST 才会复位。窗口内其他位置的 RST 得到 <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> 并被丢弃；真正丢失了连接的对端随后会回复一个序号正好为 5000 的 RST。",
    ),
  },
  {
    key: "concept/challenge-ack-syn",
    concepts: ["challenge-ack", "half-open"],
    misconceptions: [],
    prompt: t(
      "A SYN arrives for a connection in ESTABLISHED. What does a TCP following RFC 5961 do?",
      "一个 SYN 到达一条处于 ESTABLISHED 的连接。遵循 RFC 5961 的 TCP 会怎样做？",
    ),
    choices: [
      t("It answers with a challenge ACK and drops the SYN.", "用挑战 ACK 回答，并丢弃这个 SYN。"),
      t("It resets the old connection and answers with a RST.", "复位旧连接，并用 RST 回答它。"),
      t("It opens a second connection on the same ports.", "在相同的端口上再打开第二条连接。"),
      t("It answers SYN+ACK, as if it were in LISTEN.", "像处于 LISTEN 时那样回复 SYN+ACK。"),
    ],
    explanation: t(
      "RFC 5961 4.2: whatever its seq, a SYN in a synchronized state gets a challenge ACK. A rebooted peer answers it with a RST at exactly RCV.NXT, which resets the old connection; a forged SYN kills nothing.",
      "RFC 5961 4.2：同步状态下收到的 SYN，不管序号是多少，都只得到一个挑战 ACK。重启过的对端会用序号正好等于 RCV.NXT 的 RST 回应，旧连接随之复位；伪造的 SYN 什么也切断不了。",
    ),
  },
  {
    key: "concept/ss-syn-recv",
    concepts: ["linux-state-names", "states"],
    misconceptions: [],
    prompt: t(
      "`ss -tan` shows a connection in SYN-RECV. Which state of the game (and RFC 9293) is that?",
      "`ss -tan` 显示一条连接处于 SYN-RECV。它是本游戏（和 RFC 9293）中的哪个状态？",
    ),
    choices: [
      t("SYN_RCVD (SYN-RECEIVED)", "SYN_RCVD（SYN-RECEIVED）"),
      t("SYN_SENT (SYN-SENT)", "SYN_SENT（SYN-SENT）"),
      t("LISTEN (LISTEN)", "LISTEN（LISTEN）"),
      t("ESTABLISHED (ESTABLISHED)", "ESTABLISHED（ESTABLISHED）"),
    ],
    explanation: t(
      "ss prints SYN-RECV for the RFC's SYN-RECEIVED, written SYN_RCVD in the game: a server that answered a SYN with SYN+ACK and waits for the ACK. Many of them at once suggest a SYN flood.",
      "ss 把 RFC 的 SYN-RECEIVED 显示为 SYN-RECV，本游戏写作 SYN_RCVD：服务端已经用 SYN+ACK 回应了 SYN，正在等待 ACK。同时出现很多这样的连接，可能是 SYN 洪泛。",
    ),
  },
  {
    key: "concept/ss-names",
    concepts: ["linux-state-names"],
    misconceptions: [],
    prompt: t("Which list gives the states as Linux's ss prints them?", "哪一组是 Linux 的 ss 显示的状态名？"),
    choices: [
      t("ESTAB, FIN-WAIT-2, TIME-WAIT", "ESTAB、FIN-WAIT-2、TIME-WAIT"),
      t("ESTABLISHED, FIN_WAIT2, TIMEWAIT", "ESTABLISHED、FIN_WAIT2、TIMEWAIT"),
      t("ESTABLISHED, FINWAIT2, TIME_WAIT", "ESTABLISHED、FINWAIT2、TIME_WAIT"),
      t("OPEN, HALF-CLOSED, WAITING-FOR-FIN", "OPEN、HALF-CLOSED、WAITING-FOR-FIN"),
    ],
    explanation: t(
      "ss writes ESTAB, SYN-SENT, SYN-RECV, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, LAST-ACK, CLOSING, TIME-WAIT, LISTEN, and UNCONN for a closed socket. RFC 9293 writes ESTABLISHED, FIN-WAIT-2, TIME-WAIT; the game writes ESTABLISHED, FIN_WAIT_2, TIME_WAIT.",
      "ss 写作 ESTAB、SYN-SENT、SYN-RECV、FIN-WAIT-1、FIN-WAIT-2、CLOSE-WAIT、LAST-ACK、CLOSING、TIME-WAIT、LISTEN，关闭的套接字写作 UNCONN。RFC 9293 写作 ESTABLISHED、FIN-WAIT-2、TIME-WAIT；本游戏写作 ESTABLISHED、FIN_WAIT_2、TIME_WAIT。",
    ),
  },
  {
    key: "concept/ss-many-close-wait",
    concepts: ["linux-state-names", "socket-buildup"],
    misconceptions: [],
    prompt: t(
      "`ss -tan` lists hundreds of CLOSE-WAIT lines on one server. Which end closed first?",
      "`ss -tan` 在一台服务器上列出几百行 CLOSE-WAIT。哪一端先关闭的？",
    ),
    choices: [
      t("The peers: the server is the passive closer.", "对端：这台服务器是被动关闭者。"),
      t("The server: it is the active closer of them.", "服务器：它是这些连接的主动关闭者。"),
      t("Neither: CLOSE-WAIT comes before any FIN.", "谁都没有：CLOSE-WAIT 出现在任何 FIN 之前。"),
      t("Both at once: CLOSE-WAIT is ss's CLOSING.", "双方同时：CLOSE-WAIT 就是 ss 中的 CLOSING。"),
    ],
    explanation: t(
      "CLOSE-WAIT (the game's CLOSE_WAIT) is the passive closer's state: the peer's FIN arrived, and the server's own application has not called close() yet.",
      "CLOSE-WAIT（本游戏中的 CLOSE_WAIT）是被动关闭者的状态：对方的 FIN 已经到达，而服务器自己的应用还没有调用 close()。",
    ),
  },
  {
    key: "concept/tcp-tw-reuse",
    concepts: ["socket-buildup", "two-msl"],
    misconceptions: [],
    prompt: t("What does Linux's net.ipv4.tcp_tw_reuse allow?", "Linux 的 net.ipv4.tcp_tw_reuse 允许什么？"),
    choices: [
      t(
        "A new outgoing connection may take a four-tuple in TIME_WAIT when timestamps make it safe.",
        "当时间戳表明安全时，新的出站连接可以使用处于 TIME_WAIT 的四元组。",
      ),
      t("Every TIME_WAIT on the host ends after one second instead of 60 seconds.", "主机上的每个 TIME_WAIT 在 1 秒而不是 60 秒后结束。"),
      t(
        "A listening server may bind() its port again after a restart, like SO_REUSEADDR.",
        "监听的服务器重启后可以再次 bind() 端口，就像 SO_REUSEADDR 那样。",
      ),
      t(
        "Connections in CLOSE_WAIT are closed by the kernel when the port range runs out.",
        "当端口范围用完时，内核会关闭处于 CLOSE_WAIT 的连接。",
      ),
    ],
    explanation: t(
      "tcp_tw_reuse lets connect() reuse a four-tuple still in TIME_WAIT for a new outgoing connection, when TCP timestamps show that the new connection's segments are newer than any old duplicate. It does not shorten TIME_WAIT, and it is not SO_REUSEADDR.",
      "tcp_tw_reuse 允许 connect() 为新的出站连接复用仍处于 TIME_WAIT 的四元组，前提是 TCP 时间戳表明新连接的报文段比任何旧的重复报文段都新。它不缩短 TIME_WAIT，也不是 SO_REUSEADDR。",
    ),
  },
  {
    key: "concept/syn-flood-forged",
    concepts: ["syn-flood"],
    misconceptions: [],
    prompt: t(
      "In a SYN flood, why does the final ACK of each half-made connection never arrive?",
      "在 SYN 洪泛中，为什么每条未完成连接的最后 ACK 永远不会到达？",
    ),
    choices: [
      t("The SYNs carry forged source addresses, so the SYN+ACKs go elsewhere.", "这些 SYN 的源地址是伪造的，SYN+ACK 被送到了别处。"),
      t("The server's SYN+ACKs carry no ACK bit, so no client can answer.", "服务端的 SYN+ACK 不带 ACK 标志，所以没有客户端能回应。"),
      t("The attacker's ACKs are dropped because they take no sequence number.", "攻击者的 ACK 不占用序号，所以被丢弃了。"),
      t("The server closes each connection after its first SYN+ACK is sent.", "服务端在发出第一个 SYN+ACK 之后就关闭了每条连接。"),
    ],
    explanation: t(
      "The attacker forges the source addresses: the server's SYN+ACKs go to hosts that never asked (or to none), so no ACK comes back and each connection waits in SYN_RCVD, retransmitting its SYN+ACK, until it gives up (RFC 4987).",
      "攻击者伪造了源地址：服务端的 SYN+ACK 被送到从未发起连接的主机（或根本不存在的主机），没有 ACK 返回，每条连接都停在 SYN_RCVD 中不断重传 SYN+ACK，直到放弃（RFC 4987）。",
    ),
  },
  {
    key: "concept/syn-flood-ss",
    concepts: ["syn-flood", "linux-state-names"],
    misconceptions: [],
    prompt: t(
      "During a SYN flood, which state fills the output of `ss -tan` on the server?",
      "遭受 SYN 洪泛时，服务器上 `ss -tan` 的输出里满是哪个状态？",
    ),
    choices: [t("SYN-RECV", "SYN-RECV"), t("SYN-SENT", "SYN-SENT"), t("TIME-WAIT", "TIME-WAIT"), t("CLOSE-WAIT", "CLOSE-WAIT")],
    explanation: t(
      "Each forged SYN leaves a connection in SYN_RCVD, which ss prints as SYN-RECV: the server sent its SYN+ACK and waits for an ACK that never comes. SYN-SENT belongs to the side that sends the SYN.",
      "每个伪造的 SYN 都留下一条处于 SYN_RCVD 的连接，ss 把它显示为 SYN-RECV：服务端已经发出 SYN+ACK，在等待一个永远不会来的 ACK。SYN-SENT 属于发送 SYN 的一方。",
    ),
  },
  {
    key: "concept/ss-closed",
    concepts: ["linux-state-names", "states"],
    misconceptions: [],
    prompt: t(
      "Which name does RFC 9293 give the state that Linux's ss prints as ESTAB?",
      "Linux 的 ss 显示为 ESTAB 的状态，RFC 9293 叫它什么？",
    ),
    choices: [t("ESTABLISHED", "ESTABLISHED"), t("SYN-RECEIVED", "SYN-RECEIVED"), t("CLOSE-WAIT", "CLOSE-WAIT"), t("LISTEN", "LISTEN")],
    explanation: t(
      "ss abbreviates ESTABLISHED to ESTAB; the other states keep the RFC's hyphenated names, except SYN-RECEIVED (SYN-RECV) and CLOSED, which ss shows as UNCONN.",
      "ss 把 ESTABLISHED 缩写为 ESTAB；其他状态沿用 RFC 带连字符的名字，只有 SYN-RECEIVED（SYN-RECV）和 CLOSED 例外，ss 把后者显示为 UNCONN。",
    ),
  },
];

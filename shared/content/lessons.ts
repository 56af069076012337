// The texts of the nine lessons beyond the basics: old duplicate SYNs, the choice of the ISN,
// RST against FIN, sockets that pile up, TIME-WAIT assassination, half-open connections, SYN
// floods, challenge ACKs and the state names of Linux's ss. Each names the RFC section (or the
// Linux setting) it rests on; where the game's engine does something, the text says what.
import type { Concept } from "../concepts";
import type { ConceptContent } from "./content-types";

type Lesson = Extract<
  Concept,
  | "old-duplicate-syn"
  | "isn-choice"
  | "rst-vs-fin"
  | "socket-buildup"
  | "time-wait-assassination"
  | "half-open"
  | "syn-flood"
  | "challenge-ack"
  | "linux-state-names"
>;

export const LESSON_CONTENT: Record<Lesson, ConceptContent> = {
  "old-duplicate-syn": {
    title: { en: "Old duplicate SYN", zh: "旧的重复 SYN" },
    summary: {
      en: "An old duplicate SYN makes a listening server answer SYN+ACK; the client, which knows the SYN is not its current one, answers with a RST and the server goes back to LISTEN (RFC 9293 3.5, Figure 9).",
      zh: "旧的重复 SYN 会让正在监听的服务端回复 SYN+ACK；客户端知道这个 SYN 不是自己现在发的，于是回复 RST，服务端回到 LISTEN（RFC 9293 3.5，图 9）。",
    },
    body: {
      en: "RFC 9293 3.5 names the principal reason for the three-way handshake: to stop old duplicate SYNs from causing confusion. In its Figure 9 the client sends a SYN with seq 100, but an old duplicate SYN with seq 90, from an earlier attempt, reaches the server first. The server cannot tell it is old: it answers SYN+ACK with ack 91 and enters SYN_RCVD. The client, in SYN_SENT, sees an ACK of a sequence number it never sent (91 is not its ISS + 1), so it answers with <SEQ=91><CTL=RST>: the RST takes the ACK number of the segment it answers. The RST sends the server back to LISTEN, and when the live SYN arrives the handshake proceeds normally. With only two segments the server would have considered the old connection open.",
      zh: "RFC 9293 3.5 给出了三次握手的主要理由：防止旧的重复 SYN 造成混乱。在它的图 9 中，客户端发送 seq 为 100 的 SYN，但一个早先尝试留下的、seq 为 90 的旧的重复 SYN 先到达了服务端。服务端无法看出它是旧的：回复 ack 为 91 的 SYN+ACK，进入 SYN_RCVD。处于 SYN_SENT 的客户端看到的是对一个自己从未发送过的序号的确认（91 不是它的 ISS + 1），于是回复 <SEQ=91><CTL=RST>：RST 使用所回应报文段的确认号作为序号。这个 RST 让服务端回到 LISTEN，当前的 SYN 到达后，握手照常进行。如果只有两个报文段，服务端就已经认为这条旧连接建立了。",
    },
  },
  "isn-choice": {
    title: { en: "Choosing the ISN", zh: "初始序号的选择" },
    summary: {
      en: "The ISN is a clock plus a keyed hash of the four-tuple (RFC 6528), never 0: a fixed ISN lets old duplicates fall into a new connection's window and lets an attacker guess the numbers.",
      zh: "初始序号是时钟加上四元组的带密钥散列值（RFC 6528），从不取 0：固定的初始序号会让旧的重复报文段落进新连接的窗口，也让攻击者能猜出序号。",
    },
    body: {
      en: "Each side picks its initial sequence number (ISN, the ISS of its SYN). RFC 9293 3.4.1, which took over RFC 6528, asks for ISN = M + F(local IP, local port, remote IP, remote port, secret key): M is a clock that ticks about every 4 microseconds, F a pseudorandom function of the four-tuple and a secret. The clock makes successive connections on one four-tuple start ever higher, so the segments of an old connection are unlikely to fall in the window of a new one. The hash makes the ISN unpredictable from outside, so an attacker who does not see the traffic cannot guess the numbers to forge a segment or a whole connection, as was done with predictable ISNs in the 1980s and 1990s. An ISN of 0 for every connection would defeat both. Linux computes its ISN this way (a keyed SipHash plus a clock). The game draws each ISN from the match's own replayable random source, which is enough to make every connection different.",
      zh: "双方各自选择自己的初始序号（ISN，即它的 SYN 的 ISS）。RFC 9293 3.4.1（它取代并收录了 RFC 6528）要求 ISN = M + F(本地 IP, 本地端口, 远端 IP, 远端端口, 密钥)：M 是大约每 4 微秒加一的时钟，F 是以四元组和密钥为输入的伪随机函数。时钟让同一四元组上先后建立的连接的序号越来越大，旧连接的报文段就不太可能落进新连接的窗口。散列让初始序号无法从外部预测，看不到流量的攻击者就猜不出序号，无法伪造报文段或整条连接——二十世纪八九十年代就出现过利用可预测初始序号的攻击。每条连接都用 0 作初始序号，这两点都做不到。Linux 就是这样计算初始序号的（带密钥的 SipHash 加上时钟）。本游戏从每局比赛自己的、可重放的随机数源中抽取初始序号，足以让每条连接都不相同。",
    },
  },
  "rst-vs-fin": {
    title: { en: "RST versus FIN", zh: "RST 与 FIN" },
    summary: {
      en: "A FIN closes one direction in order, after all data, and the active closer waits in TIME_WAIT; a RST aborts at once, throws away unsent data, is never acknowledged and leaves no TIME_WAIT on either end.",
      zh: "FIN 在所有数据之后有序地关闭一个方向，主动关闭者要在 TIME_WAIT 中等待；RST 立即中止连接，丢弃未发送的数据，永远不会被确认，两端都不经过 TIME_WAIT。",
    },
    body: {
      en: "close() or shutdown() queue a FIN after any data still to send: the peer reads everything, then end-of-file, and the four-way close leaves the active closer in TIME_WAIT. An abort (RFC 9293 3.10.5) sends a RST instead: data not yet sent is discarded, the peer's application gets 'connection reset by peer', and both ends go straight to CLOSED, without TIME_WAIT. A RST takes no sequence number and is never acknowledged. Applications abort in two common ways. With SO_LINGER set to on and a linger time of 0, close() sends a RST instead of a FIN (used to avoid TIME_WAIT, at the price of the first reason for it). And close() while received data is still unread makes TCP send a RST to show that data was lost (RFC 1122 4.2.2.13; Linux does so).",
      zh: "close() 或 shutdown() 会在所有待发送的数据之后排入一个 FIN：对方读完全部数据，然后读到文件结束，四次挥手之后主动关闭者处于 TIME_WAIT。中止（RFC 9293 3.10.5）则发送 RST：还没发送的数据被丢弃，对方的应用得到“connection reset by peer”，两端直接进入 CLOSED，不经过 TIME_WAIT。RST 不占用序号，也永远不会被确认。应用常用两种方式中止连接：设置 SO_LINGER 为开启、逗留时间为 0，close() 就发送 RST 而不是 FIN（用来避开 TIME_WAIT，代价是失去 TIME_WAIT 的第一个作用）；以及在收到的数据还没读完时调用 close()，TCP 会发送 RST 表示有数据丢失（RFC 1122 4.2.2.13；Linux 就这样做）。",
    },
  },
  "socket-buildup": {
    title: { en: "CLOSE_WAIT and TIME_WAIT piling up", zh: "堆积的 CLOSE_WAIT 与 TIME_WAIT" },
    summary: {
      en: "CLOSE_WAIT lasts until the application calls close(): a program that forgets it keeps such sockets forever. TIME_WAIT piles up on whoever closes first many short connections; SO_REUSEADDR and tcp_tw_reuse ease it, they do not remove it.",
      zh: "CLOSE_WAIT 一直持续到应用调用 close()：忘记调用它的程序会永远留着这些套接字。TIME_WAIT 堆积在先关闭大量短连接的一方；SO_REUSEADDR 和 tcp_tw_reuse 能缓解它，但不能消除它。",
    },
    body: {
      en: "CLOSE_WAIT has no timer, in RFC 9293 or in Linux: the passive closer stays there until its own application calls close(). A server that reads end-of-file but never closes the socket leaks one CLOSE_WAIT socket (and one file descriptor) per connection, and `ss -tan state close-wait` shows them growing; the fix is in the program, not in TCP. TIME_WAIT is the opposite case: it ends by itself (60 s on Linux), but the active closer of many short connections holds one per connection. A client that opens 1,000 connections a second to one server port holds about 60,000, more than the default range of local ports (32768 to 60999), and connect() starts to fail. The remedies: reuse connections (persistent HTTP connections), let the other end close first, or on Linux set net.ipv4.tcp_tw_reuse, which lets a new outgoing connection take a four-tuple still in TIME_WAIT when TCP timestamps show its segments are newer. SO_REUSEADDR is something else: it lets a server bind() its listening port again while old connections on that port are in TIME_WAIT, for example after a restart.",
      zh: "无论在 RFC 9293 还是在 Linux 中，CLOSE_WAIT 都没有计时器：被动关闭者一直停在这里，直到自己的应用调用 close()。一个读到文件结束却从不关闭套接字的服务器，每条连接都会泄漏一个 CLOSE_WAIT 套接字（和一个文件描述符），用 `ss -tan state close-wait` 能看到它们越来越多；要修的是程序，而不是 TCP。TIME_WAIT 恰好相反：它会自己结束（Linux 上 60 秒），但先关闭大量短连接的一方每条连接都要留一个。每秒向同一个服务端口建立 1000 条连接的客户端大约要留 60000 个，超过了默认的本地端口范围（32768 到 60999），connect() 就开始失败。解决办法：复用连接（HTTP 持久连接）、让另一端先关闭，或者在 Linux 上设置 net.ipv4.tcp_tw_reuse：当 TCP 时间戳表明新报文段更新时，允许新的出站连接使用仍处于 TIME_WAIT 的四元组。SO_REUSEADDR 是另一回事：它让服务器在该端口上的旧连接仍处于 TIME_WAIT 时重新 bind() 监听端口，例如在重启之后。",
    },
  },
  "time-wait-assassination": {
    title: { en: "TIME-WAIT assassination", zh: "TIME_WAIT 提前终止" },
    summary: {
      en: "A RST that reaches an end in TIME_WAIT closes it before 2MSL (RFC 9293 3.10.7.4); RFC 1337 calls this TIME-WAIT assassination and suggests ignoring such a RST, which Linux does only with tcp_rfc1337=1.",
      zh: "到达处于 TIME_WAIT 一端的 RST 会让它在 2MSL 之前就关闭（RFC 9293 3.10.7.4）；RFC 1337 称之为 TIME-WAIT assassination（TIME_WAIT 提前终止），建议忽略这样的 RST，而 Linux 只有在 tcp_rfc1337=1 时才这样做。",
    },
    body: {
      en: "By RFC 9293's rules for a segment arriving in TIME_WAIT, a RST with an acceptable sequence number closes the connection at once. RFC 1337 shows how this can happen by accident: an old duplicate reaches the end in TIME_WAIT, which answers it with an ACK; the other end, already CLOSED, answers that ACK with a RST; and the RST ends TIME_WAIT early. Both protections of TIME_WAIT are then gone: a retransmitted FIN would meet a closed port, and a new connection on the same four-tuple could receive old duplicates. RFC 1337 suggests that TCP ignore a RST in TIME_WAIT. Linux follows that only when net.ipv4.tcp_rfc1337 is 1; the default is 0, so a Linux host in TIME_WAIT accepts the RST. The game's engine follows RFC 9293 and accepts it too.",
      zh: "按照 RFC 9293 对 TIME_WAIT 中到达报文段的处理规则，序号可接受的 RST 会立即关闭连接。RFC 1337 说明了这种情况会怎样意外发生：一个旧的重复报文段到达处于 TIME_WAIT 的一端，这一端回复一个 ACK；已经 CLOSED 的另一端用 RST 回应这个 ACK；这个 RST 让 TIME_WAIT 提前结束。于是 TIME_WAIT 的两个保护都没有了：重传的 FIN 会遇到一个已关闭的端口，同一四元组上的新连接也可能收到旧的重复报文段。RFC 1337 建议 TCP 在 TIME_WAIT 中忽略 RST。Linux 只有在 net.ipv4.tcp_rfc1337 为 1 时才这样做；默认值是 0，所以处于 TIME_WAIT 的 Linux 主机会接受这个 RST。本游戏的引擎遵循 RFC 9293，同样接受它。",
    },
  },
  "half-open": {
    title: { en: "Half-open versus half-closed", zh: "半开连接与半关闭" },
    summary: {
      en: "A half-open connection is one whose other end has lost it (a crash, a reboot) without telling; it shows when data arrives there and is answered with a RST, or when keepalive probes find nobody. A half-closed connection is a normal state both ends know of.",
      zh: "半开连接是另一端已经丢失了它（崩溃、重启）却没有通知的连接；当数据到达那一端并得到 RST，或保活探测发现对方不在时，它才暴露出来。半关闭则是双方都知道的正常状态。",
    },
    body: {
      en: "Half-closed and half-open sound alike and are opposites. Half-closed is orderly: one end called shutdown(), sent its FIN, and both ends know that one direction is closed (FIN_WAIT_2 and CLOSE_WAIT). Half-open is an accident (RFC 9293 3.5.1): one end crashed or rebooted and lost the connection, while the other is still ESTABLISHED and knows nothing. Nothing happens until the surviving end sends: its data reaches a host with no such connection, which answers with a RST, and the survivor's connection is reset ('connection reset by peer'). An end that never sends never finds out; keepalive exists for that (RFC 9293 3.8.4, RFC 1122 4.2.3.6): after a long idle time, 2 hours by default on Linux (tcp_keepalive_time), TCP sends a probe, and a RST or no answer after several probes ends the connection. Keepalive is off unless the application turns it on with SO_KEEPALIVE. The game's engine has no keepalive; its scenario shows the RST on the next data.",
      zh: "半关闭和半开连接听起来相近，实际上正好相反。半关闭是有序的：一端调用了 shutdown()，发送了 FIN，双方都知道一个方向已经关闭（FIN_WAIT_2 和 CLOSE_WAIT）。半开连接是意外（RFC 9293 3.5.1）：一端崩溃或重启，丢失了连接，而另一端仍处于 ESTABLISHED，对此一无所知。在存活的一端发送数据之前什么也不会发生：它的数据到达一台没有这条连接的主机，对方回复 RST，存活一端的连接被复位（“connection reset by peer”）。一直不发送的一端永远不会发现；保活就是为此而设的（RFC 9293 3.8.4，RFC 1122 4.2.3.6）：空闲很长时间之后（Linux 默认 2 小时，tcp_keepalive_time），TCP 发送一个探测报文段，收到 RST 或连续几次探测都没有回应，就结束连接。只有应用用 SO_KEEPALIVE 打开时才有保活。本游戏的引擎没有保活；它的场景展示的是下一次发送数据时收到的 RST。",
    },
  },
  "syn-flood": {
    title: { en: "SYN flood and SYN cookies", zh: "SYN 洪泛与 SYN cookie" },
    summary: {
      en: "A SYN flood fills a listener's queue of connections in SYN_RCVD with SYNs from forged addresses; SYN cookies let the server keep no state until the final ACK by encoding the connection in its ISN (RFC 4987).",
      zh: "SYN 洪泛用伪造地址的 SYN 占满监听端处于 SYN_RCVD 的连接队列；SYN cookie 把连接信息编码进服务端的初始序号，让服务端在收到最后的 ACK 之前不保存任何状态（RFC 4987）。",
    },
    body: {
      en: "Every SYN that reaches a listener creates a connection in SYN_RCVD, which waits for the final ACK while its SYN+ACK is retransmitted (Linux: tcp_synack_retries, 5). An attacker who sends SYNs from forged source addresses never sends that ACK, so the queue of such connections (on Linux bounded by tcp_max_syn_backlog) fills and real clients' SYNs are dropped: a SYN flood (RFC 4987). The backlog argument of listen() bounds the other queue, of connections already ESTABLISHED and waiting for accept() (capped by net.core.somaxconn). SYN cookies are the common defence: when the queue is full, the server keeps no state at all and chooses its ISN as a cookie, a hash of the four-tuple, a secret and a slowly changing counter, with the MSS encoded in it. A real client's ACK brings back that number + 1; the server checks the hash and only then creates the connection. Linux sends cookies only when the queue overflows (net.ipv4.tcp_syncookies = 1, the default). The game's engine keeps one connection per endpoint, so it has no queue to flood.",
      zh: "每个到达监听端的 SYN 都会创建一个处于 SYN_RCVD 的连接，它一边重传 SYN+ACK（Linux：tcp_synack_retries，5 次），一边等待最后的 ACK。攻击者用伪造的源地址发送 SYN，永远不会发送那个 ACK，于是这类连接的队列（Linux 上由 tcp_max_syn_backlog 限制）被占满，真正客户端的 SYN 被丢弃：这就是 SYN 洪泛（RFC 4987）。listen() 的 backlog 参数限制的是另一个队列：已经 ESTABLISHED、等待 accept() 的连接（上限为 net.core.somaxconn）。常用的防御是 SYN cookie：队列满时，服务端完全不保存状态，而把初始序号选为一个 cookie，即四元组、密钥和一个缓慢变化的计数器的散列值，其中还编码了 MSS。真正的客户端发回的 ACK 带着这个数加 1；服务端验证散列值之后才创建连接。Linux 只在队列溢出时发送 cookie（net.ipv4.tcp_syncookies = 1，默认值）。本游戏的引擎每个端点只有一条连接，没有可以被占满的队列。",
    },
  },
  "challenge-ack": {
    title: { en: "Challenge ACK (RFC 5961)", zh: "挑战 ACK（RFC 5961）" },
    summary: {
      en: "In a synchronized state a RST resets only if its seq is exactly RCV.NXT; a RST elsewhere in the window, or any SYN, is answered with a challenge ACK, and only a peer that really lost the connection answers that with a RST at the exact number (RFC 5961 3.2, 4.2).",
      zh: "在同步状态下，只有序号正好等于 RCV.NXT 的 RST 才会复位连接；窗口内其他位置的 RST 或任何 SYN 都只会得到一个挑战 ACK，只有真正丢失了连接的对端才会用序号正好的 RST 回应它（RFC 5961 3.2、4.2）。",
    },
    body: {
      en: "RFC 793 reset a connection on any RST inside the receive window, so an attacker who guessed a number in the window could kill it blind. RFC 5961 makes the check exact. A RST whose seq is exactly RCV.NXT resets the connection; one elsewhere in the window gets a challenge ACK, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, and is dropped; one outside the window is dropped. A SYN in a synchronized state, whatever its seq, also gets a challenge ACK (RFC 5961 4.2; RFC 9293 3.10.7.4 describes both checks). The challenge ACK costs a real peer nothing: a peer that still has the connection ignores it as a duplicate ACK; a peer that lost it (it rebooted and its new SYN was challenged) answers with a RST whose seq is the challenge ACK's ack number, exactly RCV.NXT, and that RST is accepted. The game's engine makes challenge ACKs as RFC 5961 says. Linux also limits how many it sends per second.",
      zh: "RFC 793 在窗口内收到任何 RST 都会复位连接，猜中窗口内某个序号的攻击者就能盲目地切断连接。RFC 5961 把检查变得精确：序号正好等于 RCV.NXT 的 RST 才复位连接；窗口内其他位置的 RST 只得到一个挑战 ACK，即 <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>，然后被丢弃；窗口外的 RST 直接丢弃。同步状态下收到的 SYN，不管序号是多少，也只得到一个挑战 ACK（RFC 5961 4.2；RFC 9293 3.10.7.4 描述了这两项检查）。挑战 ACK 不会给真正的对端带来麻烦：仍然保有连接的对端把它当作重复的 ACK 忽略；已经丢失连接的对端（它重启了，新的 SYN 被挑战）则回复一个 RST，序号取挑战 ACK 的确认号，正好是 RCV.NXT，这个 RST 会被接受。本游戏的引擎按 RFC 5961 发送挑战 ACK。Linux 还限制每秒发送的挑战 ACK 数量。",
    },
  },
  "linux-state-names": {
    title: { en: "State names in ss", zh: "ss 中的状态名" },
    summary: {
      en: "The game writes the states as SYN_RCVD, FIN_WAIT_2, TIME_WAIT; RFC 9293 writes SYN-RECEIVED, FIN-WAIT-2, TIME-WAIT; Linux's ss prints ESTAB, SYN-RECV, FIN-WAIT-2, TIME-WAIT and UNCONN for a closed socket.",
      zh: "本游戏把状态写作 SYN_RCVD、FIN_WAIT_2、TIME_WAIT；RFC 9293 写作 SYN-RECEIVED、FIN-WAIT-2、TIME-WAIT；Linux 的 ss 显示 ESTAB、SYN-RECV、FIN-WAIT-2、TIME-WAIT，关闭的套接字显示 UNCONN。",
    },
    body: {
      en: "One state, three spellings. RFC 9293 3.3.2 names the eleven states with hyphens: LISTEN, SYN-SENT, SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT and the fictional CLOSED. The game, like netstat and the BSD sources, writes them with underscores and shortens SYN-RECEIVED to SYN_RCVD. Linux's `ss -tan` prints LISTEN, SYN-SENT, SYN-RECV, ESTAB, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK and TIME-WAIT, and UNCONN for a socket with no connection. So a server under a SYN flood shows many SYN-RECV lines, a program that forgets close() many CLOSE-WAIT lines, and a busy active closer many TIME-WAIT lines (`ss -tan state time-wait` lists them).",
      zh: "同一个状态，三种写法。RFC 9293 3.3.2 用连字符命名 11 种状态：LISTEN、SYN-SENT、SYN-RECEIVED、ESTABLISHED、FIN-WAIT-1、FIN-WAIT-2、CLOSE-WAIT、CLOSING、LAST-ACK、TIME-WAIT 和虚构的 CLOSED。本游戏和 netstat、BSD 源代码一样用下划线书写，并把 SYN-RECEIVED 缩写为 SYN_RCVD。Linux 的 `ss -tan` 显示 LISTEN、SYN-SENT、SYN-RECV、ESTAB、FIN-WAIT-1、FIN-WAIT-2、CLOSE-WAIT、CLOSING、LAST-ACK 和 TIME-WAIT，没有连接的套接字显示 UNCONN。所以遭受 SYN 洪泛的服务器会显示很多 SYN-RECV 行，忘记调用 close() 的程序会显示很多 CLOSE-WAIT 行，忙碌的主动关闭者会显示很多 TIME-WAIT 行（`ss -tan state time-wait` 会列出它们）。",
    },
  },
};

// Concept questions of the nine lessons beyond the basics (shared/content/lessons.ts): old
// duplicate SYNs, the ISN, RST against FIN, sockets that pile up, TIME-WAIT assassination,
// half-open connections, SYN floods, challenge ACKs and the state names of ss. Five of them
// are quiz sets only: the engine has no backlog, no keepalive and no ISN generator to play.
import type { ConceptItem } from "./item";
import { t } from "./item";

export const LESSONS: ConceptItem[] = [
  {
    key: "concept/old-duplicate-syn-reason",
    concepts: ["old-duplicate-syn", "handshake"],
    misconceptions: [],
    prompt: t(
      "RFC 9293 3.5 gives one principal reason for the three-way handshake. Which?",
      "RFC 9293 3.5 给出了三次握手的一个主要理由。是哪一个？",
    ),
    choices: [
      t("To stop old duplicate SYNs from opening connections.", "防止旧的重复 SYN 建立连接。"),
      t("To let the server measure the client's round-trip time first.", "让服务端先测量客户端的往返时间。"),
      t("To give the client a second chance if its SYN is lost.", "在 SYN 丢失时给客户端第二次机会。"),
      t("To agree on the window size before any data is sent.", "在发送任何数据之前商定窗口大小。"),
    ],
    explanation: t(
      "RFC 9293 3.5: 'The principal reason for the three-way handshake is to prevent old duplicate connection initiations from causing confusion.' Only the client can tell a live SYN from an old one, and the third segment is where it says so.",
      "RFC 9293 3.5：三次握手的主要理由是防止旧的重复连接请求造成混乱。只有客户端能分辨当前的 SYN 和旧的 SYN，它在第三个报文段里表明这一点。",
    ),
  },
  {
    key: "concept/old-duplicate-syn-answer",
    concepts: ["old-duplicate-syn", "reset"],
    misconceptions: [],
    prompt: t(
      "A client in SYN_SENT with ISS 100 receives SYN+ACK seq=300 ack=91. What does it send?",
      "处于 SYN_SENT、ISS 为 100 的客户端收到 SYN+ACK seq=300 ack=91。它发送什么？",
    ),
    choices: [
      t("RST seq=91: the ack is not its ISS + 1.", "RST seq=91：确认号不是它的 ISS + 1。"),
      t("ACK seq=101 ack=301, completing the handshake.", "ACK seq=101 ack=301，完成握手。"),
      t("RST seq=101, the next number it would send.", "RST seq=101，它下一个要发送的序号。"),
      t("Nothing: it waits for the right SYN+ACK.", "什么都不发：它继续等待确认号正确的 SYN+ACK。"),
    ],
    explanation: t(
      "RFC 9293 3.10.7.3: in SYN_SENT an ACK outside ISS < ack <= SND.NXT is unacceptable and is answered with <SEQ=SEG.ACK><CTL=RST>. The server, in SYN_RCVD, accepts that RST (its seq is RCV.NXT) and returns to LISTEN: RFC 9293 Figure 9.",
      "RFC 9293 3.10.7.3：在 SYN_SENT 中，不满足 ISS < ack <= SND.NXT 的确认号不可接受，回复 <SEQ=SEG.ACK><CTL=RST>。处于 SYN_RCVD 的服务端接受这个 RST（它的序号就是 RCV.NXT），回到 LISTEN：即 RFC 9293 图 9。",
    ),
  },
  {
    key: "concept/old-duplicate-syn-listen",
    concepts: ["old-duplicate-syn", "states"],
    misconceptions: [],
    prompt: t(
      "An old duplicate SYN reached a listening server, which answered SYN+ACK. The client's RST arrives. Where does the server go?",
      "一个旧的重复 SYN 到达正在监听的服务端，服务端回复了 SYN+ACK。客户端的 RST 到达。服务端进入什么状态？",
    ),
    choices: [
      t("Back to LISTEN", "回到 LISTEN"),
      t("To CLOSED, for good", "进入 CLOSED，不再监听"),
      t("To ESTABLISHED", "进入 ESTABLISHED"),
      t("To TIME_WAIT for 2MSL", "进入 TIME_WAIT 等 2MSL"),
    ],
    explanation: t(
      "A RST in SYN_RCVD after a passive open returns the connection to LISTEN (RFC 9293 3.10.7.4): the listener keeps listening, and the live SYN can open the connection.",
      "被动打开后在 SYN_RCVD 中收到 RST，连接回到 LISTEN（RFC 9293 3.10.7.4）：监听继续，当前的 SYN 仍能建立连接。",
    ),
  },
  {
    key: "concept/isn-how",
    concepts: ["isn-choice"],
    misconceptions: [],
    prompt: t(
      "How does RFC 6528 (taken up by RFC 9293 3.4.1) have a TCP choose its ISN?",
      "RFC 6528（RFC 9293 3.4.1 采用了它）规定 TCP 怎样选择初始序号？",
    ),
    choices: [
      t("A 4-microsecond clock plus a keyed hash of the four-tuple.", "一个 4 微秒的时钟加上四元组的带密钥散列值。"),
      t("Always 0, so that both ends can predict the other's numbers.", "总是取 0，这样两端都能预测对方使用的序号。"),
      t("The last ISN used on this port plus one, kept on disk.", "这个端口上次使用的初始序号加一，保存在磁盘上。"),
      t("A number the server assigns to the client in its SYN+ACK.", "服务端在 SYN+ACK 中分配给客户端的一个数。"),
    ],
    explanation: t(
      "ISN = M + F(localip, localport, remoteip, remoteport, secretkey): M is a clock that ticks about every 4 microseconds, F a keyed pseudorandom function. Each side chooses its own ISN.",
      "ISN = M + F(本地 IP, 本地端口, 远端 IP, 远端端口, 密钥)：M 是大约每 4 微秒加一的时钟，F 是带密钥的伪随机函数。双方各自选择自己的初始序号。",
    ),
  },
  {
    key: "concept/isn-not-zero",
    concepts: ["isn-choice", "time-wait-old-duplicates"],
    misconceptions: [],
    prompt: t("Why does no TCP start every connection at sequence number 0?", "为什么 TCP 不让每条连接都从序号 0 开始？"),
    choices: [
      t(
        "Old duplicates would fit the new window, and attackers could guess the numbers.",
        "旧的重复报文段会落进新窗口，攻击者也能猜出序号。",
      ),
      t("Sequence number 0 is reserved for the RST segments that a closed port sends back.", "序号 0 保留给已关闭端口发出的 RST 报文段。"),
      t("A SYN with seq 0 would be acknowledged with ack 0 and loop.", "seq 为 0 的 SYN 会被 ack 0 确认，从而陷入循环。"),
      t("The IP header has no room for a sequence number of 0.", "IP 首部里没有位置可以存放取值为 0 的序号。"),
    ],
    explanation: t(
      "With the same ISN each time, a delayed segment of an earlier connection on the same four-tuple would carry numbers the new connection expects, and an off-path attacker would know the numbers to forge. RFC 6528's clock and keyed hash prevent both.",
      "如果每次的初始序号都相同，同一四元组上早先连接的延迟报文段所带的序号正是新连接所期望的，不在路径上的攻击者也知道伪造所需的序号。RFC 6528 的时钟和带密钥散列同时防止了这两点。",
    ),
  },
  {
    key: "concept/isn-who",
    concepts: ["isn-choice", "handshake"],
    misconceptions: [],
    prompt: t("In one connection, how many initial sequence numbers are there?", "一条连接中有几个初始序号？"),
    choices: [
      t("Two: each side chooses its own, carried in its SYN.", "两个：双方各自选择，放在各自的 SYN 中。"),
      t("One: the client chooses it and the server copies it.", "一个：客户端选择，服务端照抄。"),
      t("One: the server chooses it and sends it in SYN+ACK.", "一个：服务端选择，在 SYN+ACK 中发送。"),
      t("None: sequence numbers always start at 1 after a SYN.", "没有：SYN 之后序号总是从 1 开始。"),
    ],
    explanation: t(
      "Each direction has its own sequence space: the client's SYN carries the client's ISN, the server's SYN+ACK carries the server's ISN and acknowledges the client's.",
      "每个方向都有自己的序号空间：客户端的 SYN 携带客户端的初始序号，服务端的 SYN+ACK 携带服务端的初始序号并确认客户端的。",
    ),
  },
  {
    key: "concept/rst-vs-fin-linger",
    concepts: ["rst-vs-fin", "reset"],
    misconceptions: [],
    prompt: t(
      "An application sets SO_LINGER on with a linger time of 0, then calls close() in ESTABLISHED. What does TCP send?",
      "应用把 SO_LINGER 设为开启、逗留时间为 0，然后在 ESTABLISHED 中调用 close()。TCP 发送什么？",
    ),
    choices: [
      t("A RST: the connection is aborted, with no TIME_WAIT.", "RST：连接被中止，不经过 TIME_WAIT。"),
      t("A FIN at once, and the socket lingers 0 s in FIN_WAIT_1.", "立即发送 FIN，套接字在 FIN_WAIT_1 中逗留 0 秒。"),
      t("A FIN after all queued data, then TIME_WAIT as usual.", "在所有排队数据之后发送 FIN，然后照常进入 TIME_WAIT。"),
      t("Nothing: the socket is freed and the peer times out.", "什么都不发：套接字被释放，由对端自己慢慢超时。"),
    ],
    explanation: t(
      "A linger time of 0 turns close() into an abort (RFC 9293 3.10.5): queued data is discarded, a RST is sent, and both ends go to CLOSED without TIME_WAIT.",
      "逗留时间为 0 会把 close() 变成中止（RFC 9293 3.10.5）：排队的数据被丢弃，发送 RST，两端都不经过 TIME_WAIT 直接进入 CLOSED。",
    ),
  },
  {
    key: "concept/rst-vs-fin-unread",
    concepts: ["rst-vs-fin"],
    misconceptions: [],
    prompt: t(
      "An application calls close() while data it received is still unread. What does a Linux TCP send?",
      "应用在收到的数据还没读完时调用了 close()。Linux 的 TCP 发送什么？",
    ),
    choices: [
      t("A RST, to show that data was lost.", "RST，表示有数据丢失了。"),
      t("A FIN, after delivering the data first.", "FIN，在先交付那些数据之后。"),
      t("A FIN, and it keeps the data for later.", "FIN，并把数据留到以后再读。"),
      t("An ACK of the data, and then nothing.", "对数据的 ACK，然后什么都不发。"),
    ],
    explanation: t(
      "RFC 1122 4.2.2.13: a host that closes while received data is pending, or that receives data after close(), should send a RST to show that data was lost. Linux does.",
      "RFC 1122 4.2.2.13：关闭时还有未读的已收数据，或在 close() 之后又收到数据的主机，应当发送 RST 表示有数据丢失。Linux 就这样做。",
    ),
  },
  {
    key: "concept/rst-vs-fin-difference",
    concepts: ["rst-vs-fin", "four-way-close"],
    misconceptions: ["rst-never-acked"],
    prompt: t("Which is true of a RST but not of a FIN?", "下面哪一项对 RST 成立、对 FIN 不成立？"),
    choices: [
      t("It is never acknowledged and leaves no TIME_WAIT.", "它永远不会被确认，也不会留下 TIME_WAIT。"),
      t("It takes one sequence number and must be acknowledged.", "它占用一个序号，因而必须得到对方的确认。"),
      t("It closes only one direction of the connection.", "它只关闭连接的一个方向。"),
      t("It is sent only after all queued data has gone.", "它只在所有排队数据都发出之后才发送。"),
    ],
    explanation: t(
      "A FIN takes a sequence number, is acknowledged, closes one direction after all the data and leaves the active closer in TIME_WAIT. A RST takes none, is never acknowledged, discards unsent data and ends the whole connection at once.",
      "FIN 占用一个序号、会被确认、在所有数据之后关闭一个方向，并让主动关闭者进入 TIME_WAIT。RST 不占用序号、永远不会被确认、丢弃未发送的数据，并立即结束整条连接。",
    ),
  },
  {
    key: "concept/isn-clock",
    concepts: ["isn-choice", "time-wait-old-duplicates"],
    misconceptions: [],
    prompt: t("Why does RFC 6528's ISN include a clock that keeps counting up?", "为什么 RFC 6528 的初始序号里要有一个不断增长的时钟？"),
    choices: [
      t("So a new connection on a four-tuple starts above the old one's numbers.", "让同一四元组上的新连接从高于旧连接的序号开始。"),
      t("So the peer can read the time of day from the SYN's sequence number.", "让对端能从 SYN 的序号中读出当天的时间。"),
      t("So the retransmission timer can be computed from the sequence number.", "让重传计时器可以由序号计算出来。"),
      t("So both ends of the connection always choose exactly the same ISN.", "让连接的两端总是选择完全相同的初始序号。"),
    ],
    explanation: t(
      "The clock M makes successive connections on the same four-tuple start ever higher in sequence space, so an old duplicate of an earlier one is unlikely to fall in the new window; the keyed hash F makes the ISN unpredictable from outside.",
      "时钟 M 让同一四元组上先后建立的连接在序号空间中的起点越来越高，早先连接的旧的重复报文段就不太可能落进新窗口；带密钥的散列 F 则让初始序号无法从外部预测。",
    ),
  },
];

// What each concept means, in both languages, checked against RFC 9293 and Linux. The quiz,
// the debrief and the match screen all show these texts, so they use the terms of
// shared/content/glossary.ts (Chinese textbook terms: 序号, 确认号, 主动关闭者, 被动关闭者,
// 半关闭, 2MSL 等待状态, 最长报文段寿命, 静默时间, 同时打开, 同时关闭).
import type { Concept } from "../concepts";
import type { Text } from "../scenarios/types";
import { LESSON_CONTENT } from "./lessons";
import type { ConceptContent } from "./content-types";

export type { ConceptContent };

export const CONCEPT_CONTENT: Record<Concept, ConceptContent> = {
  handshake: {
    title: { en: "Three-way handshake", zh: "三次握手" },
    summary: {
      en: "SYN, SYN+ACK, ACK: the third segment lets the client tell a live SYN from an old duplicate SYN, which it refuses with a RST (RFC 9293 3.5); it also acknowledges the server's SYN.",
      zh: "SYN、SYN+ACK、ACK：有了第三个报文段，客户端才能分辨当前的 SYN 与旧的重复 SYN，并用 RST 拒绝后者（RFC 9293 3.5）；它同时确认了服务端的 SYN。",
    },
    body: {
      en: "TCP is connection-oriented: before any data is sent the two ends establish a connection, named by the four-tuple (source IP, source port, destination IP, destination port). The active opener (the client) sends a SYN with its initial sequence number. The server answers with its own SYN, which also carries an ACK of the client's SYN (ack = the client's seq + 1). The client then acknowledges the server's SYN. RFC 9293 3.5 gives the principal reason for three segments: to stop old duplicate SYNs from opening connections. A SYN that wandered in the network from an earlier attempt reaches a listening server, which answers SYN+ACK; only the client knows that SYN is not its own, and with the third segment it says so by sending a RST instead of an ACK, which sends the server back to LISTEN. With two segments the server would already consider such a connection open.",
      zh: "TCP 是面向连接的协议，发送数据之前双方必须先建立连接，连接由四元组（源 IP 地址、源端口号、目的 IP 地址、目的端口号）标识。主动连接者（客户端）发送 SYN 报文段，携带随机生成的初始序号 seq。服务端用自己的 SYN 报文段作为响应，同时捎带对客户端 SYN 的确认（ack = 客户端的 seq + 1）。客户端收到后再对服务端的 SYN 进行确认。RFC 9293 3.5 给出的主要理由是：防止旧的重复 SYN 建立连接。一个早先在网络中滞留的 SYN 到达正在监听的服务端，服务端回复 SYN+ACK；只有客户端知道这个 SYN 不是自己现在发的，它在第三个报文段的位置发送 RST 而不是 ACK，服务端便回到 LISTEN。如果只有两个报文段，服务端在回复时就已经认为连接建立了。",
    },
  },
  "four-way-close": {
    title: { en: "Four-way close", zh: "四次挥手" },
    summary: {
      en: "Each direction is closed separately: the active closer sends FIN, the passive closer ACKs it, later sends its own FIN, and the active closer ACKs that.",
      zh: "两个方向分别关闭：主动关闭者发送 FIN，被动关闭者确认；之后被动关闭者发送自己的 FIN，主动关闭者再确认。",
    },
    body: {
      en: "Releasing a connection is more involved than opening it. The active closer (whichever side closes first: client or server) sends a FIN with its current sequence number and moves to FIN_WAIT_1. The passive closer acknowledges it (ack = FIN's seq + 1) and enters CLOSE_WAIT; on that ACK the active closer enters FIN_WAIT_2. When the passive closer's application closes too, it sends its own FIN and enters LAST_ACK. The active closer acknowledges it and enters TIME_WAIT; the passive closer reaches CLOSED when that ACK arrives.",
      zh: "连接释放比连接建立更复杂。主动关闭者（先关闭的一方，可能是客户端也可能是服务端）发送带有当前序号的 FIN 报文段，进入 FIN_WAIT_1。被动关闭者发送 ACK 确认（ack = FIN 的 seq + 1），进入 CLOSE_WAIT；主动关闭者收到这个 ACK 后进入 FIN_WAIT_2。被动关闭者的应用也关闭时，它发送自己的 FIN，进入 LAST_ACK。主动关闭者确认这个 FIN 后进入 TIME_WAIT；被动关闭者收到这个 ACK 后进入 CLOSED。",
    },
  },
  "half-close": {
    title: { en: "Half-close", zh: "半关闭" },
    summary: {
      en: "After a shutdown() only that direction is closed: the passive closer may keep sending data from CLOSE_WAIT, and the active closer keeps receiving it in FIN_WAIT_2.",
      zh: "调用 shutdown() 之后只关闭一个方向：被动关闭者在 CLOSE_WAIT 中仍可以继续发送数据，主动关闭者在 FIN_WAIT_2 中仍要接收这些数据。",
    },
    body: {
      en: "Once the passive closer has acknowledged the FIN, the direction from the active closer to the passive closer is closed: the active closer may send no more data. The other direction is still open, and data from the passive closer must still be received. This is the half-closed state. It lasts until the passive closer sends its own FIN. It holds when the active closer called shutdown(), which closes only its sending side. After close() the application has released the socket and can read nothing more: on Linux, data that then arrives in FIN_WAIT_2 is answered with a RST.",
      zh: "被动关闭者确认了 FIN 之后，主动关闭者到被动关闭者这一方向的连接就关闭了，主动关闭者不能再发送数据，但被动关闭者发送过来的数据依然要接收，此时处于半关闭状态，直到被动关闭者也发送自己的 FIN。这只在主动关闭者调用 shutdown() 时成立，shutdown() 只关闭它的发送方向。调用 close() 之后应用已经释放了套接字，再也读不到数据：在 Linux 上，此后到达 FIN_WAIT_2 的数据会收到 RST。",
    },
  },
  states: {
    title: { en: "The 11 states", zh: "11 种状态" },
    summary: {
      en: "CLOSED, LISTEN, SYN_SENT, SYN_RCVD, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT: each event moves an endpoint along the RFC state diagram.",
      zh: "CLOSED、LISTEN、SYN_SENT、SYN_RCVD、ESTABLISHED、FIN_WAIT_1、FIN_WAIT_2、CLOSE_WAIT、CLOSING、LAST_ACK、TIME_WAIT：每个事件都让端点沿着 RFC 状态转换图移动。",
    },
    body: {
      en: "Both ends start CLOSED; the server listens (LISTEN). The client sends SYN (SYN_SENT); the server answers SYN+ACK (SYN_RCVD); the client's ACK makes both ESTABLISHED. On close, the active closer goes FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, CLOSED; the passive closer goes CLOSE_WAIT, LAST_ACK, CLOSED. The eleventh state, CLOSING, only appears in a simultaneous close.",
      zh: "客户端和服务端一开始都处于 CLOSED 状态，服务端先监听端口，进入 LISTEN。客户端发送 SYN 后处于 SYN_SENT；服务端收到后回复 SYN+ACK，处于 SYN_RCVD；客户端确认后双方都进入 ESTABLISHED。关闭时主动关闭者依次经过 FIN_WAIT_1、FIN_WAIT_2、TIME_WAIT、CLOSED；被动关闭者经过 CLOSE_WAIT、LAST_ACK、CLOSED。第 11 种状态 CLOSING 只在同时关闭时出现。",
    },
  },
  "seq-consumption": {
    title: { en: "SYN/FIN take a seq number", zh: "SYN 和 FIN 占用序号" },
    summary: {
      en: "A SYN and a FIN each take one sequence number, like one byte of data, so the ACK of a SYN or a FIN is its seq + 1 even though it carries no data.",
      zh: "SYN 和 FIN 各占用一个序号，就像一个字节的数据一样，所以对 SYN 或 FIN 的确认号是它的 seq + 1，即使它不携带数据。",
    },
    body: {
      en: "The sequence space counts data bytes and two control flags: SYN and FIN. That is why the server's SYN+ACK carries ack = client seq + 1, why the first data byte after the handshake has seq = ISS + 1, and why the ACK of a FIN is the FIN's seq + 1. A pure ACK takes no sequence number and is never acknowledged itself.",
      zh: "序号空间不仅计算数据字节，还包括两个控制标志：SYN 和 FIN。所以服务端的 SYN+ACK 携带 ack = 客户端 seq + 1，握手后第一个数据字节的 seq = ISS + 1，对 FIN 的确认号是 FIN 的 seq + 1。纯 ACK 不占用序号，本身也不会被确认。",
    },
  },
  "ack-number": {
    title: { en: "The ACK number", zh: "确认号" },
    summary: {
      en: "The ack number is the next sequence number the receiver expects (RCV.NXT), not the number of the last byte it received.",
      zh: "确认号 ack 是接收方期望收到的下一个序号（RCV.NXT），而不是最后收到的那个字节的序号。",
    },
    body: {
      en: "An ACK says: I have everything before this number, send me this one next. After receiving 5 bytes starting at seq 1001, the receiver answers ack = 1006. After a SYN or FIN with seq x, it answers ack = x + 1.",
      zh: "ACK 的含义是：这个序号之前的内容我都收到了，下一个请发这个序号。收到从 seq 1001 开始的 5 个字节后，接收方回复 ack = 1006；收到 seq 为 x 的 SYN 或 FIN 后，回复 ack = x + 1。",
    },
  },
  "time-wait-lost-ack": {
    title: { en: "TIME_WAIT: the last ACK", zh: "TIME_WAIT：重发最后的 ACK" },
    summary: {
      en: "The first reason for TIME_WAIT: if the last ACK is lost, the passive closer retransmits its FIN, and the active closer must still be there to ACK it again; otherwise the FIN gets a RST and the connection ends in a reset.",
      zh: "TIME_WAIT 的第一个原因：如果最后一个 ACK 丢失，被动关闭者会重发 FIN，主动关闭者必须还在，才能再次发送 ACK；否则这个 FIN 得到的是 RST，连接以复位结束。",
    },
    body: {
      en: "TIME_WAIT gives the active closer a chance to send the final ACK again. If that fourth segment is lost, the passive closer, still in LAST_ACK, retransmits its FIN. Had the active closer gone straight to CLOSED, the retransmitted FIN would meet a closed port and be answered with a RST, and a RST in LAST_ACK means CLOSED (RFC 9293 3.10.7.4): the connection would end in a reset instead of a clean close. In TIME_WAIT the retransmitted FIN is acknowledged again and the 2MSL timer restarts.",
      zh: "TIME_WAIT 让主动关闭者有机会重新发送 ACK，以避免 ACK 丢失的情况。假设第四次挥手的 ACK 报文丢失，处于 LAST_ACK 的被动关闭者会重新发送 FIN 报文；如果主动关闭者不处于 TIME_WAIT 状态而是直接关闭了，重发的 FIN 就会到达一个已关闭的端口，得到的是 RST；处于 LAST_ACK 的一端收到 RST 就进入 CLOSED（RFC 9293 3.10.7.4）：连接以复位结束，而不是正常关闭。在 TIME_WAIT 中，重发的 FIN 会被再次确认，2MSL 计时器重新开始。",
    },
  },
  "time-wait-old-duplicates": {
    title: { en: "TIME_WAIT: old duplicates", zh: "TIME_WAIT：让旧的重复报文段消逝" },
    summary: {
      en: "The second reason for TIME_WAIT: while it lasts, the end in TIME_WAIT keeps the four-tuple's old connection, so old duplicate segments die out in the network before a new connection could mistake them for its own.",
      zh: "TIME_WAIT 的第二个原因：在这段时间里，处于 TIME_WAIT 的一端仍保留这个四元组上的旧连接，让旧的重复报文段在网络中消逝，新连接就不会把它们误当作自己的数据。",
    },
    body: {
      en: "Only the active closer waits in TIME_WAIT; the passive closer is already CLOSED. The end in TIME_WAIT still holds the connection's four-tuple (source IP, source port, destination IP, destination port), so an old duplicate segment that arrives is discarded there and answered with an ACK, instead of landing in a new connection. Because the wait lasts 2MSL, every old duplicate segment has expired before the four-tuple is free. This does not forbid every reuse: RFC 9293 3.6.1 lets an end in TIME_WAIT accept a new SYN and reopen the connection if its new ISN is above every sequence number the old connection used; Linux accepts a SYN in TIME_WAIT whose sequence number (or timestamp) is above the old connection's. The game's engine keeps the strict rule and answers a SYN in TIME_WAIT with an ACK.",
      zh: "只有主动关闭者会进入 TIME_WAIT，此时被动关闭者已经 CLOSED。处于 TIME_WAIT 的一端仍保留着这条连接的四元组（源 IP 地址、源端口号、目的 IP 地址、目的端口号），所以到达的旧的重复报文段会在这里被丢弃并得到一个 ACK，而不会落进新的连接。因为 TIME_WAIT 持续 2MSL，等到这个四元组空出来时，所有旧的重复报文段都已在网络中消逝。这并不是说四元组绝对不能再用：RFC 9293 3.6.1 允许处于 TIME_WAIT 的一端接受新的 SYN 并重新打开连接，前提是新的初始序号大于旧连接用过的所有序号；Linux 则接受序号（或时间戳）大于旧连接的 SYN。本游戏的引擎采用严格的规则：TIME_WAIT 中收到的 SYN 只会得到一个 ACK。",
    },
  },
  "two-msl": {
    title: { en: "2MSL and the MSL", zh: "2MSL 与最长报文段寿命" },
    summary: {
      en: "TIME_WAIT lasts twice the maximum segment lifetime (MSL). The MSL is a choice of the implementation: commonly 30 s, 1 min or 2 min; Linux fixes TIME_WAIT at 60 s.",
      zh: "TIME_WAIT 持续两倍的最长报文段寿命（MSL）。MSL 的值是可以修改的，一般为 30 秒、1 分钟或 2 分钟；Linux 把 TIME_WAIT 固定为 60 秒。",
    },
    body: {
      en: "TIME_WAIT is also called the 2MSL wait. Twice the MSL covers a round trip: the final ACK may take up to one MSL to reach the peer, and a retransmitted FIN up to one MSL to come back; it also lets any segment still in flight in either direction expire. RFC 793 suggested an MSL of 2 minutes, but the value is configurable: 30 seconds, 1 minute and 2 minutes are all common.",
      zh: "TIME_WAIT 状态也称 2MSL 等待状态，TCP 会等待两倍于最长报文段寿命（MSL）的时间。两倍 MSL 覆盖一个来回：最后的 ACK 最多需要一个 MSL 到达对端，重发的 FIN 最多需要一个 MSL 返回；这也让两个方向上仍在网络中的报文都过期。RFC 793 建议 MSL 为 2 分钟，但这个值是可以修改的，一般为 30 秒、1 分钟或 2 分钟。",
    },
  },
  "quiet-time": {
    title: { en: "Quiet time", zh: "静默时间" },
    summary: {
      en: "After a crash or restart, TCP should wait one MSL before opening new connections, because it has forgotten any connection that was in TIME_WAIT.",
      zh: "主机崩溃或重启后，TCP 应该先等待一个 MSL 再创建新的连接，因为它已经忘记了之前处于 TIME_WAIT 状态的连接。",
    },
    body: {
      en: "Suppose a connection is in TIME_WAIT and the host suddenly crashes and reboots within MSL. After the restart it does not know that the connection was in TIME_WAIT, so a new connection with the same IP addresses and ports could receive the old connection's delayed segments. The quiet time is the fix: after a crash or restart TCP waits one MSL before creating any new connection. In practice many implementations do not follow it (Linux does not).",
      zh: "假设某台主机的某个连接处于 TIME_WAIT 状态，然后主机突然关机并在 MSL 内重启，重启后主机并不知道上次的连接处于 TIME_WAIT 状态，于是使用关机前的 IP 和端口建立连接就有可能出现问题。为了解决这个问题，引入了静默时间的概念：主机崩溃或重启后，TCP 协议应该在创建新的连接前等待 MSL。但是实际上很多实现并没有遵循这一点（Linux 就没有）。",
    },
  },
  "fin-wait-2-timer": {
    title: { en: "The FIN_WAIT_2 timer", zh: "FIN_WAIT_2 计时器" },
    summary: {
      en: "The RFC lets FIN_WAIT_2 wait forever for the peer's FIN. Linux (like BSD and Windows) adds a timer, 60 s by default, once the application has called close(); a shutdown() alone does not start it.",
      zh: "RFC 允许 FIN_WAIT_2 无限等待对方的 FIN。Linux（和 BSD、Windows 一样）增加了一个计时器，默认 60 秒，在应用调用 close() 后设置；只调用 shutdown() 不会设置它。",
    },
    body: {
      en: "After its FIN is acknowledged, the active closer is in FIN_WAIT_2 and the passive closer in CLOSE_WAIT. If the passive closer never sends its FIN, the active closer would stay in FIN_WAIT_2 forever. To prevent that endless wait, once the application has released the socket with close() (at once, or after an earlier shutdown()), a timer is set; if it expires while the connection is idle, the connection moves to CLOSED. After a shutdown() alone the application still reads, so no timer is set. In Linux the default is 60 s (tcp_fin_timeout); BSD and Windows have such a timer too. RFC 9293 has none.",
      zh: "TCP 主动关闭者发送 FIN 并收到 ACK 后进入 FIN_WAIT_2，被动关闭者进入 CLOSE_WAIT。假如被动关闭者迟迟不发送 FIN 报文段，主动关闭者就会一直处于 FIN_WAIT_2 状态。为了防止这种无限等待，一旦应用用 close() 释放了套接字（直接调用，或在 shutdown() 之后再调用），就会设置一个计时器，计时器超时而网络空闲时，连接转移到 CLOSED 状态。只调用了 shutdown() 时应用仍在读取，不设置计时器。在 Linux 中默认是 60 秒（tcp_fin_timeout），BSD 和 Windows 也有这样的计时器。RFC 9293 中没有这个计时器。",
    },
  },
  "simultaneous-open": {
    title: { en: "Simultaneous open", zh: "同时打开" },
    summary: {
      en: "Both ends send a SYN at the same time; the SYNs cross, each end goes SYN_SENT -> SYN_RCVD and answers with SYN+ACK: four segments, a 'four-way handshake'.",
      zh: "双方同时发送 SYN，两个 SYN 在网络中交叉，每一端都从 SYN_SENT 进入 SYN_RCVD，并回复 SYN+ACK：共四个报文段，可以认为是四次握手。",
    },
    body: {
      en: "When both ends actively open at once, each is in SYN_SENT when the other's SYN arrives. That SYN has no ACK, so each end moves to SYN_RCVD and sends SYN+ACK (its own SYN again, with an ACK of the peer's). When each SYN+ACK arrives, both reach ESTABLISHED. There is no server and no LISTEN state in this exchange. It is the only way to go from SYN_SENT to SYN_RCVD.",
      zh: "双方同时主动打开时，各自的 SYN 到达对方时，对方都处于 SYN_SENT 状态。这个 SYN 不带 ACK，于是每一端都进入 SYN_RCVD，并发送 SYN+ACK（再次发送自己的 SYN，同时确认对方的 SYN）。双方收到 SYN+ACK 后都进入 ESTABLISHED。这个过程中没有服务端，也没有 LISTEN 状态，可以认为是四次握手。只有同时打开才会从 SYN_SENT 进入 SYN_RCVD。",
    },
  },
  "simultaneous-close": {
    title: { en: "Simultaneous close", zh: "同时关闭与 CLOSING" },
    summary: {
      en: "Both ends send a FIN at the same time; each receives the other's FIN in FIN_WAIT_1, ACKs it and enters CLOSING (not FIN_WAIT_2), then TIME_WAIT when its own FIN is acknowledged.",
      zh: "双方同时发送 FIN；每一端在 FIN_WAIT_1 中收到对方的 FIN，发送 ACK 并进入 CLOSING（而不是 FIN_WAIT_2），自己的 FIN 被确认后进入 TIME_WAIT。",
    },
    body: {
      en: "If both applications close at the same time, the FINs cross. Each end is in FIN_WAIT_1 when the other's FIN arrives without an ACK of its own FIN, so it acknowledges the FIN and moves to CLOSING, the last of the 11 states. When the ACK of its own FIN arrives, it moves to TIME_WAIT. Both ends are active closers, so both go through TIME_WAIT, and neither passes FIN_WAIT_2.",
      zh: "如果双方的应用同时关闭，两个 FIN 会交叉。对方的 FIN 到达时，每一端都处于 FIN_WAIT_1，而这个 FIN 并没有确认自己的 FIN，于是它确认对方的 FIN 并进入 CLOSING 状态，也就是 11 种状态中的最后一种。收到对自己 FIN 的确认后进入 TIME_WAIT。双方都是主动关闭者，所以双方都经过 TIME_WAIT，都不会进入 FIN_WAIT_2 状态。",
    },
  },
  "fin-ack-combined": {
    title: { en: "FIN+ACK together", zh: "FIN 与 ACK 合并" },
    summary: {
      en: "The passive closer may acknowledge the FIN and send its own FIN in one segment, so a close can take three segments: FIN_WAIT_1 then goes straight to TIME_WAIT.",
      zh: "被动关闭者可以在一个报文段里既确认对方的 FIN 又发送自己的 FIN，所以关闭可以只用三个报文段：主动关闭者从 FIN_WAIT_1 直接进入 TIME_WAIT。",
    },
    body: {
      en: "If the passive closer's application closes as soon as it learns of the FIN, its ACK and its own FIN can travel in one segment. The active closer, still in FIN_WAIT_1, receives a FIN that also acknowledges its FIN: it sends the last ACK and goes directly to TIME_WAIT, skipping FIN_WAIT_2. The 'four-way' close then takes three segments.",
      zh: "如果被动关闭者的应用一得知对方关闭就立即关闭，它的 ACK 和自己的 FIN 可以放在同一个报文段中发送。仍处于 FIN_WAIT_1 的主动关闭者收到一个同时确认了自己 FIN 的 FIN：它发送最后的 ACK 并直接进入 TIME_WAIT，跳过 FIN_WAIT_2。这样“四次挥手”只需要三个报文段。",
    },
  },
  reset: {
    title: { en: "Reset (RST)", zh: "复位（RST）" },
    summary: {
      en: "A RST aborts a connection at once: a SYN to a port with no listener is refused with RST, and an application may abort. A RST is never acknowledged.",
      zh: "RST 立即中止连接：发往没有监听的端口的 SYN 会被 RST 拒绝，应用也可以主动中止连接。RST 永远不会被确认。",
    },
    body: {
      en: "A segment that arrives for no connection (a CLOSED port) is answered with a RST; a SYN answered this way is a 'connection refused'. An abort sends a RST and drops the connection without the four-way close and without TIME_WAIT. The receiver of a valid RST goes to CLOSED (or back to LISTEN after a passive open) and sends nothing back: a RST takes no sequence number and is never acknowledged, otherwise two ends could reset each other forever.",
      zh: "发往不存在的连接（CLOSED 端口）的报文段会收到 RST；SYN 收到 RST 就是“连接被拒绝”。中止（abort）发送 RST，直接丢弃连接，不经过四次挥手，也没有 TIME_WAIT。收到有效 RST 的一端进入 CLOSED（被动打开的则回到 LISTEN），不回复任何报文：RST 不占用序号，也永远不会被确认，否则两端可能无休止地互相复位。",
    },
  },
  retransmission: {
    title: { en: "Retransmission", zh: "超时重传" },
    summary: {
      en: "A segment that takes a sequence number (SYN, FIN, data) is kept until acknowledged; if the retransmission timer fires first, it is sent again with the same seq and the timer doubles.",
      zh: "占用序号的报文段（SYN、FIN、数据）在被确认之前都会保留；如果重传计时器先超时，就用相同的 seq 再发送一次，计时器时间加倍。",
    },
    body: {
      en: "TCP cannot know a segment was lost; it only sees that no ACK came back in time. When the retransmission timer (RTO) expires, the oldest unacknowledged segment is sent again, with the same sequence number, and the timeout doubles (RFC 6298). A lost SYN is sent again from SYN_SENT; a lost FIN is sent again from FIN_WAIT_1 or LAST_ACK. Pure ACKs are never retransmitted on a timer: a lost ACK is repaired when the peer retransmits.",
      zh: "TCP 无法知道报文段是否丢失，只能看到 ACK 没有按时返回。重传计时器（RTO）超时后，最早未被确认的报文段用相同的序号再发送一次，超时时间加倍（RFC 6298）。丢失的 SYN 在 SYN_SENT 中重发；丢失的 FIN 在 FIN_WAIT_1 或 LAST_ACK 中重发。纯 ACK 不会因为计时器而重传：ACK 丢失后，由对端的重传来弥补。",
    },
  },
  ...LESSON_CONTENT,
};

/** The text in the given language ("zh" for Simplified Chinese, anything else English). */
export function pick(text: Text, lang: string): string {
  return lang.startsWith("zh") ? text.zh : text.en;
}

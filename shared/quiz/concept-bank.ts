// Concept questions written from the seed article. Their answers are facts about TCP, not
// computations, so they are written by hand; the first choice is the right one and the
// generator shuffles them. Each names its concepts and the misconceptions it targets.
import type { Concept } from "../concepts";
import type { Misconception, Text } from "./types";

export interface ConceptItem {
  key: string;
  concepts: Concept[];
  misconceptions: Misconception[];
  prompt: Text;
  /** choices[0] is right. */
  choices: [Text, Text, Text, Text];
  explanation: Text;
}

const t = (en: string, zh: string): Text => ({ en, zh });

export const CONCEPT_BANK: ConceptItem[] = [
  {
    key: "concept/why-three-segments",
    concepts: ["handshake"],
    misconceptions: [],
    prompt: t("Why does opening a TCP connection take three segments?", "为什么建立 TCP 连接需要三个报文段？"),
    choices: [
      t("Each side sends its own SYN with its own initial sequence number, and each SYN must be acknowledged; the server's SYN and its ACK share one segment.", "双方各自发送带有自己初始序号的 SYN，每个 SYN 都必须被确认；服务端的 SYN 和它的 ACK 合并在一个报文段里。"),
      t("The third segment carries the first data; without data the handshake is two segments.", "第三个报文段携带第一批数据；没有数据时握手只需两个报文段。"),
      t("The client sends its SYN twice in case the first is lost.", "客户端把 SYN 发两次，以防第一个丢失。"),
      t("Three is the number of states the client goes through.", "三是客户端经过的状态数。"),
    ],
    explanation: t(
      "Both directions must be synchronized: A's SYN is acknowledged by B's SYN+ACK, and B's SYN by A's final ACK. Two segments would leave B's SYN unacknowledged.",
      "两个方向都必须同步：A 的 SYN 由 B 的 SYN+ACK 确认，B 的 SYN 由 A 最后的 ACK 确认。只有两个报文段的话，B 的 SYN 就没有得到确认。",
    ),
  },
  {
    key: "concept/time-wait-reasons",
    concepts: ["time-wait-lost-ack", "time-wait-old-duplicates"],
    misconceptions: [],
    prompt: t("What are the two reasons for the TIME_WAIT state?", "TIME_WAIT 状态存在的两个原因是什么？"),
    choices: [
      t("To re-send the last ACK if it was lost, and to let old duplicate segments of this connection die out in the network.", "在最后的 ACK 丢失时能够重新发送它，以及让本连接的旧重复报文在网络中消逝。"),
      t("To wait for the application to read the last data, and to free the port slowly.", "等待应用读完最后的数据，以及慢慢释放端口。"),
      t("To retransmit its own FIN, and to wait for the peer's RST.", "重传自己的 FIN，以及等待对方的 RST。"),
      t("To keep the server busy so that clients reconnect, and to measure the RTT.", "让服务端保持忙碌以便客户端重连，以及测量 RTT。"),
    ],
    explanation: t(
      "The seed gives both: TIME_WAIT lets the active closer re-send the final ACK when the passive closer retransmits its FIN, and the 2MSL wait makes sure duplicates of the old connection have expired before the same four-tuple is used again.",
      "原文给出了两个原因：TIME_WAIT 让主动关闭者在被动关闭者重发 FIN 时能够再次发送 ACK；2MSL 的等待保证在同一个四元组被重新使用之前，旧连接的重复分组已经在网络中消逝。",
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
    prompt: t("How long is the MSL (maximum segment lifetime)?", "MSL（最大段生存期）有多长？"),
    choices: [
      t("It is a choice of the implementation: commonly 30 s, 1 min or 2 min.", "由实现决定，可以修改：一般为 30 秒、1 分钟或 2 分钟。"),
      t("Always exactly 2 minutes, fixed by the RFC.", "永远正好 2 分钟，由 RFC 固定。"),
      t("Always 60 seconds on every operating system.", "在所有操作系统上都是 60 秒。"),
      t("It equals the round-trip time of the connection.", "等于连接的往返时间（RTT）。"),
    ],
    explanation: t(
      "The seed: the value of MSL can be changed, commonly 30 seconds, 1 minute or 2 minutes. RFC 793 suggested 2 minutes; Linux fixes TIME_WAIT at 60 s.",
      "原文：MSL 的值是可以修改的，一般为 30 秒、1 分钟或者 2 分钟。RFC 793 建议 2 分钟；Linux 把 TIME_WAIT 固定为 60 秒。",
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
    explanation: t("The seed notes that in practice many implementations do not follow the quiet time.", "原文指出：实际上很多实现并没有遵循静默时间。"),
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
      "In the RFC an endpoint can stay in FIN_WAIT_2 indefinitely. Linux sets a timer (tcp_fin_timeout, 60 s) when the application did a full close, so the connection does not wait forever.",
      "按 RFC，端点可以无限期地停留在 FIN_WAIT_2。Linux 在应用执行完全关闭时设置计时器（tcp_fin_timeout，60 秒），防止连接无限等待。",
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
      "The seed: if the process doing the active close did a full close rather than a half-close, a timer is set; if it expires while the connection is idle, it moves to CLOSED (Linux: 60 s).",
      "原文：如果负责主动关闭的进程执行的是完全关闭而不是半关闭，就会设置一个计时器，超时且网络空闲时连接转移到 CLOSED（Linux 中默认 60 秒）。",
    ),
  },
  {
    key: "concept/closing-state",
    concepts: ["simultaneous-close", "states"],
    misconceptions: [],
    prompt: t("When does an endpoint enter the CLOSING state?", "端点什么时候进入 CLOSING 状态？"),
    choices: [
      t("In FIN_WAIT_1 it receives the peer's FIN before the ACK of its own FIN: a simultaneous close.", "在 FIN_WAIT_1 中，自己的 FIN 还没被确认就收到了对方的 FIN：同时关闭。"),
      t("After its FIN is acknowledged, while it waits for the peer's FIN.", "自己的 FIN 被确认后，等待对方 FIN 的时候。"),
      t("When the application calls close() in ESTABLISHED.", "应用在 ESTABLISHED 中调用 close() 时。"),
      t("After the 2MSL timer expires.", "2MSL 计时器超时后。"),
    ],
    explanation: t(
      "CLOSING, the last of the 11 states, appears only in a simultaneous close: the FINs cross, each side ACKs the other's FIN from FIN_WAIT_1 and waits in CLOSING for the ACK of its own, then enters TIME_WAIT. Neither passes FIN_WAIT_2.",
      "CLOSING 是 11 种状态中的最后一种，只在同时关闭时出现：两个 FIN 交叉，每一端在 FIN_WAIT_1 中确认对方的 FIN，在 CLOSING 中等待对自己 FIN 的确认，然后进入 TIME_WAIT，都不会进入 FIN_WAIT_2。",
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
    key: "concept/simultaneous-open",
    concepts: ["simultaneous-open"],
    misconceptions: ["server-never-syn-sent"],
    prompt: t("Two peers send a SYN to each other at the same moment. How many segments does the open take?", "两个对等端同时向对方发送 SYN。这次打开需要几个报文段？"),
    choices: [
      t("Four: two SYNs that cross, then two SYN+ACKs; it can be seen as a four-way handshake.", "四个：两个交叉的 SYN，然后两个 SYN+ACK；可以认为是四次握手。"),
      t("Three, like any handshake.", "三个，和普通握手一样。"),
      t("Two: the SYNs acknowledge each other.", "两个：两个 SYN 互相确认。"),
      t("It fails: one side must answer with RST.", "会失败：其中一端必须回复 RST。"),
    ],
    explanation: t(
      "Each SYN arrives in SYN_SENT; each side moves to SYN_RCVD and answers SYN+ACK, and each SYN+ACK makes its receiver ESTABLISHED.",
      "每个 SYN 到达时对方都处于 SYN_SENT；每一端进入 SYN_RCVD 并回复 SYN+ACK，收到 SYN+ACK 后进入 ESTABLISHED。",
    ),
  },
  {
    key: "concept/server-handshake-path",
    concepts: ["handshake", "states", "simultaneous-open"],
    misconceptions: ["server-never-syn-sent"],
    prompt: t("In an ordinary three-way handshake, which states does the server pass through?", "在普通的三次握手中，服务端经过哪些状态？"),
    choices: [
      t("CLOSED -> LISTEN -> SYN_RCVD -> ESTABLISHED", "CLOSED -> LISTEN -> SYN_RCVD -> ESTABLISHED"),
      t("CLOSED -> LISTEN -> SYN_SENT -> SYN_RCVD -> ESTABLISHED", "CLOSED -> LISTEN -> SYN_SENT -> SYN_RCVD -> ESTABLISHED"),
      t("CLOSED -> SYN_SENT -> ESTABLISHED", "CLOSED -> SYN_SENT -> ESTABLISHED"),
      t("LISTEN -> SYN_SENT -> ESTABLISHED", "LISTEN -> SYN_SENT -> ESTABLISHED"),
    ],
    explanation: t(
      "The server never enters SYN_SENT in an ordinary handshake: sending its SYN+ACK moves it from LISTEN to SYN_RCVD. SYN_SENT -> SYN_RCVD happens only in a simultaneous open.",
      "普通握手中服务端从不进入 SYN_SENT：发送 SYN+ACK 时它从 LISTEN 进入 SYN_RCVD。只有同时打开才会出现 SYN_SENT -> SYN_RCVD。",
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
    key: "concept/fin-consumes-seq",
    concepts: ["seq-consumption", "ack-number"],
    misconceptions: ["syn-fin-consume-seq", "ack-next-expected"],
    prompt: t("A FIN carries seq = 5000 and no data. What ack number acknowledges it?", "一个 FIN 的 seq = 5000，不带数据。确认它的 ack 是多少？"),
    choices: [t("5001", "5001"), t("5000", "5000"), t("4999", "4999"), t("It is not acknowledged: it has no data.", "不需要确认：它没有数据。")],
    explanation: t(
      "A FIN takes one sequence number, and the ack is the next number expected: 5000 + 1.",
      "FIN 占用一个序号，而 ack 是期望收到的下一个序号：5000 + 1。",
    ),
  },
  {
    key: "concept/ack-meaning",
    concepts: ["ack-number"],
    misconceptions: ["ack-next-expected"],
    prompt: t("What does ack = 3001 in a segment mean?", "报文段中的 ack = 3001 是什么意思？"),
    choices: [
      t("Everything up to 3000 has arrived; the next byte expected is 3001.", "3000 及之前的都已收到，期望收到的下一个字节是 3001。"),
      t("Byte 3001 is the last byte that has arrived.", "3001 是最后收到的字节。"),
      t("3001 bytes have been received in total.", "总共收到了 3001 个字节。"),
      t("The sender will send byte 3001 next.", "发送方下一个要发送的是字节 3001。"),
    ],
    explanation: t("The acknowledgment number is RCV.NXT: the next sequence number the receiver expects.", "确认号就是 RCV.NXT：接收方期望收到的下一个序号。"),
  },
  {
    key: "concept/three-segment-close",
    concepts: ["fin-ack-combined", "four-way-close"],
    misconceptions: ["close-three-segments"],
    prompt: t("Can a TCP close take only three segments?", "TCP 的关闭可以只用三个报文段吗？"),
    choices: [
      t("Yes: the passive closer can ACK the FIN and send its own FIN in one segment; the active closer goes FIN_WAIT_1 -> TIME_WAIT.", "可以：被动关闭者可以在一个报文段中确认 FIN 并发送自己的 FIN；主动关闭者从 FIN_WAIT_1 直接进入 TIME_WAIT。"),
      t("No, a close always takes exactly four segments.", "不可以，关闭总是正好四个报文段。"),
      t("Only if one FIN is lost.", "只有某个 FIN 丢失时才可以。"),
      t("Only with a RST as the third segment.", "只有第三个报文段是 RST 时才可以。"),
    ],
    explanation: t(
      "When the passive closer's application closes at once, its ACK and FIN travel together: FIN, FIN+ACK, ACK.",
      "当被动关闭者的应用立即关闭时，它的 ACK 和 FIN 一起发送：FIN、FIN+ACK、ACK。",
    ),
  },
  {
    key: "concept/half-close",
    concepts: ["half-close", "four-way-close"],
    misconceptions: ["half-close-data-flows"],
    prompt: t("A has sent its FIN and B has acknowledged it. Can B still send data to A?", "A 已经发送 FIN，B 也确认了。B 还能向 A 发送数据吗？"),
    choices: [
      t("Yes: only the direction A -> B is closed; A, in FIN_WAIT_2, must still receive B's data (half-close).", "可以：只有 A -> B 方向关闭了；处于 FIN_WAIT_2 的 A 仍要接收 B 的数据（半关闭）。"),
      t("No: a FIN closes both directions at once.", "不可以：一个 FIN 同时关闭两个方向。"),
      t("Only after A sends a new SYN.", "只有 A 再发送一个 SYN 之后才可以。"),
      t("Yes, but A discards it.", "可以，但 A 会丢弃这些数据。"),
    ],
    explanation: t(
      "After the first FIN is acknowledged, the connection is half-closed: B, in CLOSE_WAIT, may keep sending until it sends its own FIN.",
      "第一个 FIN 被确认后，连接处于半关闭状态：处于 CLOSE_WAIT 的 B 可以继续发送数据，直到发送自己的 FIN。",
    ),
  },
  {
    key: "concept/rst-not-acked",
    concepts: ["reset"],
    misconceptions: ["rst-never-acked"],
    prompt: t("B receives a valid RST from A. What does B send back?", "B 收到 A 发来的有效 RST。B 回复什么？"),
    choices: [
      t("Nothing: a RST is never acknowledged; B just drops the connection.", "什么都不回复：RST 永远不会被确认，B 直接丢弃连接。"),
      t("An ACK of the RST.", "对 RST 的 ACK。"),
      t("A RST of its own.", "它自己的 RST。"),
      t("A FIN, to close properly.", "一个 FIN，以便正常关闭。"),
    ],
    explanation: t(
      "A RST takes no sequence number and is never answered; answering it could make two ends reset each other forever.",
      "RST 不占用序号，也永远不会被回复；回复 RST 可能让两端无休止地互相复位。",
    ),
  },
  {
    key: "concept/refused",
    concepts: ["reset"],
    misconceptions: [],
    prompt: t("A client sends a SYN to a port where no application listens. What comes back?", "客户端向一个没有应用监听的端口发送 SYN。会收到什么？"),
    choices: [
      t("A RST (with ACK): the connection is refused and the client returns to CLOSED.", "RST（带 ACK）：连接被拒绝，客户端回到 CLOSED。"),
      t("Nothing; the client retransmits forever.", "什么也没有，客户端永远重传。"),
      t("A SYN+ACK, then a FIN.", "一个 SYN+ACK，然后一个 FIN。"),
      t("A FIN.", "一个 FIN。"),
    ],
    explanation: t("A segment to a CLOSED port is answered with RST (RFC 9293 3.10.7.1): 'connection refused'.", "发往 CLOSED 端口的报文段会收到 RST（RFC 9293 3.10.7.1）：即“连接被拒绝”。"),
  },
  {
    key: "concept/syn-consumes-seq",
    concepts: ["seq-consumption", "handshake"],
    misconceptions: ["syn-fin-consume-seq"],
    prompt: t("A client's SYN has seq = 100. What is the seq of the client's first data byte after the handshake?", "客户端 SYN 的 seq = 100。握手之后客户端第一个数据字节的 seq 是多少？"),
    choices: [t("101", "101"), t("100", "100"), t("102", "102"), t("0", "0")],
    explanation: t("The SYN itself takes sequence number 100, so data starts at 101.", "SYN 本身占用了序号 100，所以数据从 101 开始。"),
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
      "This is the first reason for TIME_WAIT: the active closer is still there to re-send the ACK; otherwise the passive closer would keep retransmitting.",
      "这就是 TIME_WAIT 的第一个原因：主动关闭者还在，可以重新发送 ACK；否则被动关闭者会一直重发。",
    ),
  },
  {
    key: "concept/old-duplicate",
    concepts: ["time-wait-old-duplicates", "two-msl"],
    misconceptions: [],
    prompt: t("Why can't a new connection reuse the same four-tuple as soon as the old one is closed?", "为什么旧连接一关闭，新连接不能立即使用相同的四元组？"),
    choices: [
      t("A delayed segment of the old connection could arrive and be taken as the new connection's data; TIME_WAIT lets such duplicates die out.", "旧连接延迟的报文可能到达，被误当作新连接的数据；TIME_WAIT 让这些重复报文消逝。"),
      t("The port numbers must be changed by the administrator first.", "必须先由管理员修改端口号。"),
      t("The new SYN would be answered with RST forever.", "新的 SYN 会永远收到 RST。"),
      t("The IP layer keeps the route for 2MSL.", "IP 层会把路由保留 2MSL。"),
    ],
    explanation: t(
      "The second reason for TIME_WAIT: during 2MSL the four-tuple is unusable, so duplicates from the earlier incarnation have vanished before a new one starts.",
      "TIME_WAIT 的第二个原因：在 2MSL 内该四元组不可用，这样新连接开始之前，之前连接的重复分组已经消逝。",
    ),
  },
  {
    key: "concept/retransmission",
    concepts: ["retransmission"],
    misconceptions: [],
    prompt: t("Which segments does TCP retransmit when its retransmission timer fires?", "重传计时器超时时，TCP 会重传哪些报文段？"),
    choices: [
      t("The oldest unacknowledged one that uses sequence numbers (SYN, FIN or data), with the same seq.", "最早未被确认、占用序号的报文段（SYN、FIN 或数据），序号不变。"),
      t("Every pure ACK it sent.", "它发送过的所有纯 ACK。"),
      t("The RST it sent.", "它发送过的 RST。"),
      t("All segments, with new sequence numbers.", "所有报文段，使用新的序号。"),
    ],
    explanation: t(
      "Only what takes sequence space is kept for retransmission; a lost pure ACK is repaired by the peer's retransmission.",
      "只有占用序号空间的报文段才会保留以便重传；丢失的纯 ACK 由对端的重传来弥补。",
    ),
  },
];

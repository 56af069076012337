// Concept questions on opening and numbering: the handshake, simultaneous open, sequence
// and acknowledgment numbers, RST and retransmission (RFC 9293 3.4, 3.5, 3.10).
import type { ConceptItem } from "./item";
import { t } from "./item";

export const OPENING: ConceptItem[] = [
  {
    key: "concept/why-three-segments",
    concepts: ["handshake"],
    misconceptions: [],
    prompt: t("Why does opening a TCP connection take three segments?", "为什么建立 TCP 连接需要三个报文段？"),
    choices: [
      t(
        "To stop old duplicate SYNs from opening connections: the client confirms the SYN, or refuses it with a RST.",
        "为了防止旧的重复 SYN 建立连接：客户端确认这个 SYN，或用 RST 拒绝它。",
      ),
      t(
        "To carry the first data: the third segment holds the request, so without any data two segments would be enough.",
        "为了携带第一批数据：第三个报文段装着请求，没有任何数据时两个报文段就足够了。",
      ),
      t(
        "To resend the SYN once more: the client repeats it in case the first one was lost on the way.",
        "为了再发一次 SYN：客户端重复发送它，以防第一个在途中丢失。",
      ),
      t(
        "To measure the round-trip time, which TCP needs before it can set its retransmission timer.",
        "为了测量往返时间，TCP 必须先知道它，才能设置自己的重传计时器。",
      ),
    ],
    explanation: t(
      "RFC 9293 3.5: the principal reason is to stop old duplicate SYNs from opening connections. An old SYN makes the server answer SYN+ACK; only the client can tell it is not its own, and it answers with a RST, which sends the server back to LISTEN. The third segment also acknowledges the server's SYN.",
      "RFC 9293 3.5：主要理由是防止旧的重复 SYN 建立连接。一个旧的重复 SYN 让服务端回复 SYN+ACK；只有客户端能看出它不是自己现在发的，于是回复 RST，服务端回到 LISTEN。第三个报文段同时确认了服务端的 SYN。",
    ),
  },
  {
    key: "concept/simultaneous-open",
    concepts: ["simultaneous-open"],
    misconceptions: ["server-never-syn-sent"],
    prompt: t(
      "Two peers send a SYN to each other at the same moment. How many segments does the open take?",
      "两个对等端同时向对方发送 SYN。这次打开需要几个报文段？",
    ),
    choices: [
      t("Four: two SYNs that cross, then two SYN+ACKs.", "四个：两个交叉的 SYN，然后两个 SYN+ACK。"),
      t("Three: one SYN wins, the other side answers SYN+ACK, then an ACK.", "三个：一个 SYN 胜出，另一方回 SYN+ACK，再回一个 ACK。"),
      t("Two: each SYN acknowledges the other one at once.", "两个：两个 SYN 互相确认对方。"),
      t("None: both SYNs get a RST and the open fails.", "没有：两个 SYN 都收到 RST，打开失败。"),
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
      t("CLOSED -> LISTEN -> SYN_SENT -> ESTABLISHED", "CLOSED -> LISTEN -> SYN_SENT -> ESTABLISHED"),
      t("CLOSED -> SYN_SENT -> SYN_RCVD -> ESTABLISHED", "CLOSED -> SYN_SENT -> SYN_RCVD -> ESTABLISHED"),
      t("CLOSED -> LISTEN -> SYN_RCVD -> CLOSE_WAIT", "CLOSED -> LISTEN -> SYN_RCVD -> CLOSE_WAIT"),
    ],
    explanation: t(
      "The server never enters SYN_SENT in an ordinary handshake: sending its SYN+ACK moves it from LISTEN to SYN_RCVD. SYN_SENT -> SYN_RCVD happens only in a simultaneous open.",
      "普通握手中服务端从不进入 SYN_SENT：发送 SYN+ACK 时它从 LISTEN 进入 SYN_RCVD。只有同时打开才会出现 SYN_SENT -> SYN_RCVD。",
    ),
  },
  {
    key: "concept/fin-consumes-seq",
    concepts: ["seq-consumption", "ack-number"],
    misconceptions: ["syn-fin-consume-seq", "ack-next-expected"],
    prompt: t(
      "A FIN carries seq = 5000 and no data. What ack number acknowledges it?",
      "一个 FIN 的 seq = 5000，不带数据。确认它的 ack 是多少？",
    ),
    choices: [t("5001", "5001"), t("5000", "5000"), t("4999", "4999"), t("5002", "5002")],
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
      t("Every byte before 3001 has arrived; 3001 is the next one expected.", "3001 之前的字节都已收到，下一个期望的是 3001。"),
      t("Byte 3001 has arrived, and it is the last byte received so far.", "字节 3001 已经收到，它是目前收到的最后一个字节。"),
      t("The receiver has received 3001 bytes in total since the SYN.", "接收方自 SYN 以来总共收到了 3001 个字节。"),
      t("Bytes up to and including 3001 were lost and must be sent again.", "3001 及之前的字节都丢失了，必须全部重发。"),
    ],
    explanation: t(
      "The acknowledgment number is RCV.NXT: the next sequence number the receiver expects; everything before it has arrived.",
      "确认号就是 RCV.NXT：接收方期望收到的下一个序号，它之前的都已收到。",
    ),
  },
  {
    key: "concept/rst-not-acked",
    concepts: ["reset"],
    misconceptions: ["rst-never-acked"],
    prompt: t("B receives a valid RST from A. What does B send back?", "B 收到 A 发来的有效 RST。B 回复什么？"),
    choices: [
      t("Nothing: a RST is never acknowledged.", "什么都不回复：RST 永远不会被确认。"),
      t("An ACK of the RST, with ack = its seq + 1.", "对 RST 的 ACK，ack = 它的 seq + 1。"),
      t("A RST of its own, so both ends agree it is over.", "它自己的 RST，让双方都同意连接结束了。"),
      t("A FIN, so that the connection closes properly.", "回一个 FIN，让这条连接能够正常地关闭。"),
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
    prompt: t(
      "A client sends a SYN to a port where no application listens. What comes back?",
      "客户端向一个没有应用监听的端口发送 SYN。会收到什么？",
    ),
    choices: [
      t("A RST with ACK: the connection is refused.", "带 ACK 的 RST：连接被拒绝。"),
      t("Nothing; the client resends its SYN until it gives up.", "什么也没有；客户端不断重传 SYN 直到放弃。"),
      t("A SYN+ACK from the port, and then a FIN right after it.", "一个 SYN+ACK，紧接着一个 FIN。"),
      t("A FIN with ACK: the port closes the connection.", "带 ACK 的 FIN：端口关闭这个连接。"),
    ],
    explanation: t(
      "A segment to a CLOSED port is answered with RST (RFC 9293 3.10.7.1): 'connection refused'.",
      "发往 CLOSED 端口的报文段会收到 RST（RFC 9293 3.10.7.1）：即“连接被拒绝”。",
    ),
  },
  {
    key: "concept/syn-consumes-seq",
    concepts: ["seq-consumption", "handshake"],
    misconceptions: ["syn-fin-consume-seq"],
    prompt: t(
      "A client's SYN has seq = 100. What is the seq of the client's first data byte after the handshake?",
      "客户端 SYN 的 seq = 100。握手之后客户端第一个数据字节的 seq 是多少？",
    ),
    choices: [t("101", "101"), t("100", "100"), t("102", "102"), t("99", "99")],
    explanation: t("The SYN itself takes sequence number 100, so data starts at 101.", "SYN 本身占用了序号 100，所以数据从 101 开始。"),
  },
  {
    key: "concept/retransmission",
    concepts: ["retransmission"],
    misconceptions: [],
    prompt: t("Which segments does TCP retransmit when its retransmission timer fires?", "重传计时器超时时，TCP 会重传哪些报文段？"),
    choices: [
      t("The oldest unacknowledged one that takes sequence numbers, with the same seq.", "最早未被确认、占用序号的报文段，序号不变。"),
      t("Every pure ACK it sent since the peer last acknowledged anything new.", "自对方上次确认新数据以来它发出的所有纯 ACK。"),
      t("The last RST it sent, since a RST is never acknowledged by the peer.", "它最后发出的 RST，因为对方永远不会确认 RST。"),
      t("Every unacknowledged segment, each with a new sequence number.", "所有未被确认的报文段，每个都换用新的序号。"),
    ],
    explanation: t(
      "Only what takes sequence space is kept for retransmission; a lost pure ACK is repaired by the peer's retransmission.",
      "只有占用序号空间的报文段才会保留以便重传；丢失的纯 ACK 由对端的重传来弥补。",
    ),
  },
  {
    key: "concept/simultaneous-open-states",
    concepts: ["simultaneous-open", "states"],
    misconceptions: ["server-never-syn-sent"],
    prompt: t("In a simultaneous open, which states does each peer pass through?", "在同时打开中，每个对等端经过哪些状态？"),
    choices: [
      t("CLOSED -> SYN_SENT -> SYN_RCVD -> ESTABLISHED", "CLOSED -> SYN_SENT -> SYN_RCVD -> ESTABLISHED"),
      t("CLOSED -> LISTEN -> SYN_RCVD -> ESTABLISHED", "CLOSED -> LISTEN -> SYN_RCVD -> ESTABLISHED"),
      t("CLOSED -> SYN_SENT -> LISTEN -> ESTABLISHED", "CLOSED -> SYN_SENT -> LISTEN -> ESTABLISHED"),
      t("CLOSED -> SYN_RCVD -> SYN_SENT -> ESTABLISHED", "CLOSED -> SYN_RCVD -> SYN_SENT -> ESTABLISHED"),
    ],
    explanation: t(
      "Both sides open actively (SYN_SENT); each receives a SYN without ACK, moves to SYN_RCVD and answers SYN+ACK; each SYN+ACK then completes the open.",
      "双方都主动打开（SYN_SENT）；各自收到不带 ACK 的 SYN 后进入 SYN_RCVD 并回复 SYN+ACK；收到 SYN+ACK 后打开完成。",
    ),
  },
];

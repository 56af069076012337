// Concept questions on opening and numbering: the handshake, simultaneous open, sequence
// and acknowledgment numbers, RST and retransmission (from the seed article).
import type { ConceptItem } from "./item";
import { t } from "./item";

export const OPENING: ConceptItem[] = [
  {
    key: "concept/why-three-segments",
    concepts: ["handshake"],
    misconceptions: [],
    prompt: t("Why does opening a TCP connection take three segments?", "为什么建立 TCP 连接需要三个报文段？"),
    choices: [
      t("To stop old duplicate SYNs from opening connections: the client's third segment confirms the SYN, or refuses it with a RST.", "为了防止旧的重复 SYN 建立连接：客户端用第三个报文段确认这个 SYN，或用 RST 拒绝它。"),
      t("The third segment carries the first data; without data the handshake is two segments.", "第三个报文段携带第一批数据；没有数据时握手只需两个报文段。"),
      t("The client sends its SYN twice in case the first is lost.", "客户端把 SYN 发两次，以防第一个丢失。"),
      t("Three is the number of states the client goes through.", "三是客户端经过的状态数。"),
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
  {
    key: "concept/simultaneous-open-states",
    concepts: ["simultaneous-open", "states"],
    misconceptions: ["server-never-syn-sent"],
    prompt: t("In a simultaneous open, which states does each peer pass through?", "在同时打开中，每个对等端经过哪些状态？"),
    choices: [
      t("CLOSED -> SYN_SENT -> SYN_RCVD -> ESTABLISHED", "CLOSED -> SYN_SENT -> SYN_RCVD -> ESTABLISHED"),
      t("CLOSED -> LISTEN -> SYN_RCVD -> ESTABLISHED", "CLOSED -> LISTEN -> SYN_RCVD -> ESTABLISHED"),
      t("CLOSED -> SYN_SENT -> ESTABLISHED", "CLOSED -> SYN_SENT -> ESTABLISHED"),
      t("CLOSED -> SYN_RCVD -> SYN_SENT -> ESTABLISHED", "CLOSED -> SYN_RCVD -> SYN_SENT -> ESTABLISHED"),
    ],
    explanation: t(
      "Both sides open actively (SYN_SENT); each receives a SYN without ACK, moves to SYN_RCVD and answers SYN+ACK; each SYN+ACK then completes the open.",
      "双方都主动打开（SYN_SENT）；各自收到不带 ACK 的 SYN 后进入 SYN_RCVD 并回复 SYN+ACK；收到 SYN+ACK 后打开完成。",
    ),
  },
];

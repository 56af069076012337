// Concept questions on closing: the four-way close, half-close, CLOSING and simultaneous
// close, FIN+ACK together (RFC 9293 3.6, 3.10.7.4).
import type { ConceptItem } from "./item";
import { t } from "./item";

export const CLOSING: ConceptItem[] = [
  {
    key: "concept/closing-state",
    concepts: ["simultaneous-close", "states"],
    misconceptions: [],
    prompt: t("When does an endpoint enter the CLOSING state?", "端点什么时候进入 CLOSING 状态？"),
    choices: [
      t(
        "In FIN_WAIT_1, when the peer's FIN arrives before the ACK of its own FIN.",
        "在 FIN_WAIT_1 中，对方的 FIN 先于对自己 FIN 的确认到达时。",
      ),
      t(
        "In FIN_WAIT_2, when its own FIN has been acknowledged and it waits for the peer's FIN.",
        "在 FIN_WAIT_2 中，自己的 FIN 已被确认、正在等待对方 FIN 的时候。",
      ),
      t(
        "In ESTABLISHED, as soon as the application calls close() and the FIN is queued.",
        "在 ESTABLISHED 中，应用一调用 close()、FIN 进入发送队列时。",
      ),
      t(
        "In TIME_WAIT, when the 2MSL timer expires before the last ACK is sent.",
        "在 TIME_WAIT 中，2MSL 计时器在最后的 ACK 发出之前超时时。",
      ),
    ],
    explanation: t(
      "CLOSING, the last of the 11 states, appears only in a simultaneous close: the FINs cross, each side ACKs the other's FIN from FIN_WAIT_1 and waits in CLOSING for the ACK of its own, then enters TIME_WAIT. Neither passes FIN_WAIT_2.",
      "CLOSING 是 11 种状态中的最后一种，只在同时关闭时出现：两个 FIN 交叉，每一端在 FIN_WAIT_1 中确认对方的 FIN，在 CLOSING 中等待对自己 FIN 的确认，然后进入 TIME_WAIT，都不会进入 FIN_WAIT_2。",
    ),
  },
  {
    key: "concept/three-segment-close",
    concepts: ["fin-ack-combined", "four-way-close"],
    misconceptions: ["close-three-segments"],
    prompt: t("Can a TCP close take only three segments?", "TCP 的关闭可以只用三个报文段吗？"),
    choices: [
      t(
        "Yes: the passive closer can ACK the FIN and send its own FIN in one segment.",
        "可以：被动关闭者可以在一个报文段中确认 FIN 并发送自己的 FIN。",
      ),
      t(
        "No: the ACK and the FIN of the passive closer must always travel in two segments.",
        "不可以：被动关闭者的 ACK 和 FIN 必须总是分成两个报文段发送。",
      ),
      t(
        "Only when one of the FINs is lost and the other side gives up waiting for it.",
        "只有当某个 FIN 丢失、另一方放弃等待它的时候才可以。",
      ),
      t("Only when the third segment is a RST, which ends both directions at once.", "只有第三个报文段是 RST、一次结束两个方向时才可以。"),
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
    prompt: t(
      "A called shutdown() (it still reads); its FIN has been acknowledged by B. Can B still send data to A?",
      "A 调用了 shutdown()（仍在读取），B 已经确认了它的 FIN。B 还能向 A 发送数据吗？",
    ),
    choices: [
      t(
        "Yes: only A -> B is closed; A, in FIN_WAIT_2, still receives and ACKs it.",
        "可以：只有 A -> B 关闭了；处于 FIN_WAIT_2 的 A 仍会接收并确认。",
      ),
      t(
        "No: a FIN closes both directions at once, so B may only send its own FIN.",
        "不可以：一个 FIN 同时关闭两个方向，B 只能发送自己的 FIN。",
      ),
      t(
        "Only after A opens the direction again with a new SYN to B's port.",
        "只有 A 再向 B 的端口发送一个 SYN、重新打开这个方向之后才可以。",
      ),
      t("No: B is in LAST_ACK and must wait for the ACK of its FIN first.", "不可以：B 处于 LAST_ACK，必须先等待对自己 FIN 的确认。"),
    ],
    explanation: t(
      "After A's shutdown() and the ACK of its FIN, the connection is half-closed: B, in CLOSE_WAIT, may keep sending until it sends its own FIN, and A keeps receiving. (Had A called close() instead, Linux would answer B's data with a RST.)",
      "A 调用 shutdown() 且它的 FIN 被确认后，连接处于半关闭状态：处于 CLOSE_WAIT 的 B 可以继续发送数据，直到发送自己的 FIN，A 继续接收。（如果 A 调用的是 close()，Linux 会用 RST 回应 B 的数据。）",
    ),
  },
  {
    key: "concept/half-close-who-sends",
    concepts: ["half-close", "states"],
    misconceptions: ["half-close-data-flows"],
    prompt: t(
      "A called shutdown() (a half-close) and B acknowledged the FIN. Where are they, and who may still send data?",
      "A 调用了 shutdown()（半关闭），B 确认了这个 FIN。双方处于什么状态？谁还能发送数据？",
    ),
    choices: [
      t(
        "A is in FIN_WAIT_2 and only receives; B is in CLOSE_WAIT and may still send.",
        "A 处于 FIN_WAIT_2，只能接收；B 处于 CLOSE_WAIT，仍可以发送。",
      ),
      t(
        "A is in CLOSE_WAIT and may still send; B is in FIN_WAIT_2 and only receives.",
        "A 处于 CLOSE_WAIT，仍可以发送；B 处于 FIN_WAIT_2，只能接收。",
      ),
      t(
        "A is in TIME_WAIT and B in LAST_ACK; neither of them may send more data.",
        "A 处于 TIME_WAIT，B 处于 LAST_ACK；双方都不能再发送数据。",
      ),
      t(
        "Both are in FIN_WAIT_2; each may still send until the other's FIN comes.",
        "双方都处于 FIN_WAIT_2；在对方 FIN 到来之前都还能发送。",
      ),
    ],
    explanation: t(
      "The FIN closes only the direction A -> B. B, in CLOSE_WAIT, can keep sending, and A, in FIN_WAIT_2, must keep receiving until B's own FIN.",
      "FIN 只关闭 A -> B 这个方向。处于 CLOSE_WAIT 的 B 可以继续发送，处于 FIN_WAIT_2 的 A 必须继续接收，直到 B 发送自己的 FIN。",
    ),
  },
  {
    key: "concept/close-wait-meaning",
    concepts: ["half-close", "four-way-close", "states"],
    misconceptions: ["half-close-data-flows"],
    prompt: t("What is an endpoint in CLOSE_WAIT waiting for?", "处于 CLOSE_WAIT 的端点在等待什么？"),
    choices: [
      t("For its own application to close; until then it may still send.", "等待自己的应用关闭；在那之前它仍可以发送。"),
      t("For the peer's FIN, which will close the other direction.", "等待对方发来的 FIN，它会关闭另一个方向。"),
      t("For the 2MSL timer to expire, so old duplicates die out.", "等待 2MSL 计时器超时，让旧的重复报文段消逝。"),
      t("For the ACK of the FIN it sent when it entered this state.", "等待对它进入这个状态时发出的 FIN 的确认。"),
    ],
    explanation: t(
      "CLOSE_WAIT is the passive closer's half-closed state: the peer's FIN has arrived and been acknowledged; the connection waits for the local application to call close(), which sends the FIN and moves to LAST_ACK.",
      "CLOSE_WAIT 是被动关闭者的半关闭状态：对方的 FIN 已经到达并被确认；连接等待本地应用调用 close()，之后发送 FIN 并进入 LAST_ACK。",
    ),
  },
  {
    key: "concept/fin-ack-state",
    concepts: ["fin-ack-combined", "states"],
    misconceptions: ["close-three-segments"],
    prompt: t(
      "A is in FIN_WAIT_1. One segment arrives carrying a FIN and the ACK of A's FIN. Which state does A enter?",
      "A 处于 FIN_WAIT_1。到达的一个报文段既携带 FIN，又确认了 A 的 FIN。A 进入什么状态？",
    ),
    choices: [t("TIME_WAIT", "TIME_WAIT"), t("FIN_WAIT_2", "FIN_WAIT_2"), t("CLOSING", "CLOSING"), t("LAST_ACK", "LAST_ACK")],
    explanation: t(
      "Its FIN is acknowledged and the peer's FIN has arrived in the same segment: A sends the last ACK and goes straight to TIME_WAIT. CLOSING is only for a FIN that does not acknowledge ours.",
      "自己的 FIN 已被确认，对方的 FIN 也在同一个报文段中到达：A 发送最后的 ACK，直接进入 TIME_WAIT。只有当对方的 FIN 没有确认自己的 FIN 时才会进入 CLOSING。",
    ),
  },
  {
    key: "concept/fin-ack-when",
    concepts: ["fin-ack-combined", "four-way-close"],
    misconceptions: ["close-three-segments"],
    prompt: t(
      "When can the passive closer send its FIN in the same segment as the ACK of the peer's FIN?",
      "被动关闭者什么时候可以把自己的 FIN 和对对方 FIN 的 ACK 放在同一个报文段中发送？",
    ),
    choices: [
      t("When its application closes before that ACK has gone out.", "当它的应用在那个 ACK 发出之前就关闭时。"),
      t("Only in a simultaneous close, when the two FINs cross.", "只在同时关闭、双方的两个 FIN 交叉的时候。"),
      t("Never: a FIN may not carry an ACK of the peer's FIN.", "永远不能：FIN 不能携带对对方 FIN 的确认。"),
      t("Only after its own 2MSL timer has expired in TIME_WAIT.", "只在自己的 2MSL 计时器在 TIME_WAIT 中超时之后。"),
    ],
    explanation: t(
      "Any segment carries an ACK field, so a FIN sent right away also acknowledges the peer's FIN: the close takes three segments.",
      "每个报文段都带有确认字段，所以立即发送的 FIN 也确认了对方的 FIN：关闭只需要三个报文段。",
    ),
  },
];

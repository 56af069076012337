// What the explanation of a capture says beyond the engine's own notes: each code with its
// facts (sequence numbers relative to the ISS of their sequence space, as Wireshark shows
// them), and its text in both languages, citing the RFC section and, where Linux does
// otherwise, what Linux does. The engine's notes (shared/tcp NOTE_CODES) come with these.
import type { Text } from "../scenarios/types";

export const CAPTURE_NOTE_CODES = [
  "capture/retransmission", // {seq, len, fast}: a segment sent again
  "capture/duplicate-ack", // {ack, count}: RFC 5681's duplicate ACK
  "capture/out-of-window", // {seq, len, rcvNxt, rcvWnd, old}: fails the acceptability test
  "capture/rst-ignored", // {seq}: a RST the receiver drops
  "capture/challenge-ack", // {kind}: RST or SYN in the window answered with an ACK (RFC 5961)
  "capture/data-after-fin", // {bytes}: data past the sender's own FIN
  "capture/time-wait-reuse", // {previous, gapMs}: a new SYN on a four-tuple just closed
  "capture/mid-connection", // the handshake is not in the capture: both start ESTABLISHED
  "capture/syn-not-captured", // the SYN,ACK is the first segment: the SYN is assumed
  "capture/buffered-out-of-order", // {from, to}: the real receiver kept data the engine dropped
  "capture/missing-segments", // {from, to}: sequence space the capture never showed
  "capture/keepalive", // {seq}: a keep-alive probe (SND.NXT - 1)
  "capture/unprompted-ack", // a pure ACK the engine had no reason to send (window update…)
  "capture/engine-differs", // {expected, seen}: the engine would have sent something else
  "capture/window-scale", // {a, b}: window scaling agreed in the handshake
  "capture/sent-earlier", // {before}: made before segment {before} arrived, captured later
  "capture/lost-after-capture", // captured, then lost: the retransmission shows it
  "capture/beyond-window", // the receiver did not take this data: its ACK skips it, it is sent again
] as const;
export type CaptureNoteCode = (typeof CAPTURE_NOTE_CODES)[number];

export interface CaptureNote {
  code: CaptureNoteCode;
  params: Record<string, string | number | boolean>;
}

type P = CaptureNote["params"];
const fill = (s: string, p: P): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

const TEXT: Record<CaptureNoteCode, (p: P) => Text> = {
  "capture/retransmission": (p) =>
    p.fast
      ? {
          en: "Retransmission of seq {seq} ({len} B) after three duplicate ACKs: fast retransmit (RFC 5681 3.2), before the timer ran out. Linux also retransmits on SACK information and RACK (RFC 8985).",
          zh: "seq {seq}（{len} 字节）的重传，发生在三个重复 ACK 之后：快速重传（RFC 5681 3.2），没有等重传定时器超时。Linux 还会根据 SACK 信息和 RACK（RFC 8985）重传。",
        }
      : {
          en: "Retransmission of seq {seq} ({len} B): the retransmission timer must have run out (RFC 9293 3.8.1, RFC 6298 5.4–5.6: RTO doubled). The RFC's minimum RTO is 1 s; Linux's is 200 ms, so a loopback capture shows retransmissions sooner.",
          zh: "seq {seq}（{len} 字节）的重传：重传定时器一定已经超时（RFC 9293 3.8.1，RFC 6298 5.4–5.6：RTO 加倍）。RFC 规定的最小 RTO 是 1 秒；Linux 是 200 毫秒，所以回环抓包里的重传来得更早。",
        },
  "capture/duplicate-ack": (_p) => ({
    en: "Duplicate ACK #{count} (ack {ack}): nothing new acknowledged, no data, same window (RFC 5681 section 2). The third one triggers fast retransmit (RFC 5681 3.2); Linux counts SACK blocks too.",
    zh: "第 {count} 个重复 ACK（ack {ack}）：没有确认新数据、不带数据、窗口不变（RFC 5681 第 2 节）。第三个会触发快速重传（RFC 5681 3.2）；Linux 也会根据 SACK 块判断。",
  }),
  "capture/out-of-window": (p) =>
    p.old
      ? {
          en: "Seq {seq} ({len} B) was already received (RCV.NXT = {rcvNxt}): it fails the acceptability test, is dropped and answered with an ACK (RFC 9293 3.10.7.4). Either the ACK for its original was lost or late, or the original was lost after the capture point.",
          zh: "seq {seq}（{len} 字节）早已收到（RCV.NXT = {rcvNxt}）：它通不过可接受性检查，被丢弃，并回复一个 ACK（RFC 9293 3.10.7.4）。要么对原报文的 ACK 丢了或来晚了，要么原报文在抓包点之后丢了。",
        }
      : {
          en: "Seq {seq} ({len} B) is outside the receive window [{rcvNxt}, +{rcvWnd}): dropped and answered with an ACK (RFC 9293 3.10.7.4, first check). Linux rate-limits these ACKs (net.ipv4.tcp_invalid_ratelimit).",
          zh: "seq {seq}（{len} 字节）在接收窗口 [{rcvNxt}, +{rcvWnd}) 之外：被丢弃并回复 ACK（RFC 9293 3.10.7.4，第一项检查）。Linux 会限制这类 ACK 的速率（net.ipv4.tcp_invalid_ratelimit）。",
        },
  "capture/rst-ignored": (_p) => ({
    en: "This RST (seq {seq}) would be ignored: its sequence number is not acceptable (RFC 9293 3.10.7.4, second check; RFC 5961 3.2). A RST is never acknowledged. Linux checks the same way.",
    zh: "这个 RST（seq {seq}）会被忽略：它的序号不可接受（RFC 9293 3.10.7.4 第二项检查；RFC 5961 3.2）。RST 从不被确认。Linux 的检查相同。",
  }),
  "capture/challenge-ack": (p) =>
    p.kind === "syn"
      ? {
          en: "A SYN in a synchronized state does not reset the connection: it gets a challenge ACK (RFC 5961 4.2, RFC 9293 3.10.7.4). Linux limits challenge ACKs (net.ipv4.tcp_challenge_ack_limit).",
          zh: "同步状态下收到 SYN 不会重置连接，而是回复一个挑战 ACK（RFC 5961 4.2，RFC 9293 3.10.7.4）。Linux 会限制挑战 ACK 的数量（net.ipv4.tcp_challenge_ack_limit）。",
        }
      : {
          en: "A RST inside the window but not at RCV.NXT does not reset the connection: it gets a challenge ACK (RFC 5961 3.2, RFC 9293 3.10.7.4). Linux limits challenge ACKs (net.ipv4.tcp_challenge_ack_limit).",
          zh: "落在窗口内但不等于 RCV.NXT 的 RST 不会重置连接，而是回复一个挑战 ACK（RFC 5961 3.2，RFC 9293 3.10.7.4）。Linux 会限制挑战 ACK 的数量（net.ipv4.tcp_challenge_ack_limit）。",
        },
  "capture/data-after-fin": (_p) => ({
    en: "{bytes} B of data after the peer's FIN: the receiver ignores it (RFC 9293 3.10.7.4, seventh: segment text in CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT). A sender may not send after its own FIN (3.10.2). Linux ignores it too; data reaching a socket the application has closed is answered with RST.",
    zh: "对方 FIN 之后的 {bytes} 字节数据：接收方忽略它（RFC 9293 3.10.7.4 第七步：CLOSE_WAIT、CLOSING、LAST_ACK、TIME_WAIT 中的报文数据）。发送方在自己的 FIN 之后不能再发数据（3.10.2）。Linux 同样忽略；发到已被应用关闭的套接字的数据会被回复 RST。",
  }),
  "capture/time-wait-reuse": (_p) => ({
    en: "A new connection on the same four-tuple {gapMs} ms after connection {previous} closed: the endpoint that closed first was still in TIME_WAIT. RFC 1122 4.2.2.13 lets it accept a new SYN whose ISN is above the old sequence space (RFC 6191 with timestamps). Linux does this, and reuses TIME_WAIT ports for new outgoing connections with net.ipv4.tcp_tw_reuse.",
    zh: "同一个四元组上的新连接，距连接 {previous} 关闭只有 {gapMs} 毫秒：先关闭的一方当时还在 TIME_WAIT。RFC 1122 4.2.2.13 允许它接受一个 ISN 大于旧序号空间的新 SYN（带时间戳时见 RFC 6191）。Linux 就是这样做的，并可通过 net.ipv4.tcp_tw_reuse 为新的主动连接复用 TIME_WAIT 端口。",
  }),
  "capture/mid-connection": () => ({
    en: "The capture starts in the middle of this connection: no handshake. Both sides start in ESTABLISHED with the numbers of their first segments; window scaling is unknown, so windows are not checked.",
    zh: "抓包从这个连接的中途开始：没有握手。双方都从 ESTABLISHED 开始，序号取自各自的第一个报文；窗口缩放未知，所以不检查窗口。",
  }),
  "capture/syn-not-captured": () => ({
    en: "The SYN is not in the capture: the SYN,ACK is the first segment. The client's SYN (seq = ack − 1) is assumed to have arrived.",
    zh: "抓包里没有 SYN：第一个报文就是 SYN,ACK。假定客户端的 SYN（seq = ack − 1）已经到达。",
  }),
  "capture/buffered-out-of-order": (_p) => ({
    en: "The receiver acknowledges up to {to}, beyond the {from} the engine expected: the real TCP had kept out-of-order data (RFC 9293 3.10.7.4 allows it; Linux keeps an out-of-order queue and reports it with SACK, RFC 2018). The engine drops such data; it follows the capture from here.",
    zh: "接收方确认到 {to}，超过了引擎预期的 {from}：真实的 TCP 保存了乱序到达的数据（RFC 9293 3.10.7.4 允许这样做；Linux 有乱序队列并用 SACK 报告，RFC 2018）。引擎会丢弃这类数据；从这里起按抓包继续。",
  }),
  "capture/missing-segments": (_p) => ({
    en: "Sequence space {from}–{to} never appears in the capture: those segments were not captured (the capture dropped them or they took another path). The engine follows the capture from here.",
    zh: "序号空间 {from}–{to} 在抓包里从未出现：这些报文没有被抓到（抓包丢失或走了别的路径）。引擎从这里起按抓包继续。",
  }),
  "capture/keepalive": (_p) => ({
    en: "A keep-alive probe: seq {seq} = SND.NXT − 1, no new data (RFC 9293 3.8.4, RFC 1122 4.2.3.6). It asks the peer for an ACK. Linux sends the first after net.ipv4.tcp_keepalive_time (2 hours) when the application enabled SO_KEEPALIVE.",
    zh: "保活探测：seq {seq} = SND.NXT − 1，不带新数据（RFC 9293 3.8.4，RFC 1122 4.2.3.6）。它要求对方回一个 ACK。应用启用 SO_KEEPALIVE 后，Linux 在 net.ipv4.tcp_keepalive_time（2 小时）后发送第一个。",
  }),
  "capture/unprompted-ack": () => ({
    en: "A pure ACK the engine had no reason to send: a window update (RFC 9293 3.8.6.2.2) or a delayed ACK of data already acknowledged. It changes no state.",
    zh: "一个引擎没有理由发送的纯 ACK：窗口更新（RFC 9293 3.8.6.2.2），或是对已确认数据的延迟 ACK。它不改变任何状态。",
  }),
  "capture/engine-differs": (_p) => ({
    en: "Here the engine would send {expected}; the capture shows {seen}. Real stacks choose differently within the RFC (delayed ACKs, RFC 9293 3.8.6.3; Linux ACKs every second full segment or after up to 40 ms).",
    zh: "此时引擎会发送 {expected}；抓包里是 {seen}。真实的协议栈在 RFC 允许的范围内有不同选择（延迟 ACK，RFC 9293 3.8.6.3；Linux 每两个满长报文或最多 40 毫秒后回一个 ACK）。",
  }),
  "capture/window-scale": (_p) => ({
    en: "Window scaling agreed in the handshake (RFC 7323 2.2): windows from A are shifted by {a}, from B by {b}. SYNs' windows are never scaled.",
    zh: "握手中协商了窗口缩放（RFC 7323 2.2）：A 的窗口左移 {a} 位，B 的窗口左移 {b} 位。SYN 报文的窗口从不缩放。",
  }),
  "capture/sent-earlier": (_p) => ({
    en: "Its ack shows this segment was made before segment {before} reached its sender: it waited in a queue (or on a slower path) before the capture point saw it. The engine runs the sender's call before segment {before}: crossing segments, as in a simultaneous close (RFC 9293 3.6, Figure 13).",
    zh: "它的 ack 表明这个报文是在报文 {before} 到达发送方之前生成的：它在队列里（或较慢的路径上）等了一会儿才经过抓包点。引擎把发送方的调用放在报文 {before} 之前：报文交叉，就像同时关闭（RFC 9293 3.6，图 13）。",
  }),
  "capture/beyond-window": () => ({
    en: "The receiver did not take this data: its next ACK does not cover it, and the sender sends it again later. RFC 9293 3.10.7.4 trims text beyond the receive window; Linux also drops data when the socket's receive buffer is full, even inside the window it advertised.",
    zh: "接收方没有接收这些数据：它的下一个 ACK 没有覆盖这些数据，发送方之后又重发了它们。RFC 9293 3.10.7.4 要求裁掉接收窗口之外的数据；Linux 在套接字接收缓冲区满时也会丢弃数据，即使数据在它通告的窗口之内。",
  }),
  "capture/lost-after-capture": () => ({
    en: "Lost after the capture point: the receiver never answered it, and the sender retransmitted it. The engine does not deliver it (the capture still shows it, as Wireshark does).",
    zh: "在抓包点之后丢失：接收方从未回应它，发送方重传了它。引擎不投递它（抓包里仍然能看到它，Wireshark 也是如此）。",
  }),
};

/** The note's text in both languages, its facts filled in. */
export function captureNoteText(note: CaptureNote): Text {
  const t = TEXT[note.code](note.params);
  return { en: fill(t.en, note.params), zh: fill(t.zh, note.params) };
}

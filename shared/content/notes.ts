// What every engine note says, in both languages: the one catalogue of note texts. The
// match's log and debrief show them through i18next (the client's "match:note" keys come
// from here), the quiz's explanations through noteText. Placeholders are i18next's
// {{name}}, filled from the note's params. test/engine/note-coverage.test.ts proves every
// code is reachable; test/content/note-texts.test.ts that every code has both texts.
import type { Note, NoteCode } from "../tcp/types";
import type { Text } from "../scenarios/types";

export const NOTE_TEXT: Record<NoteCode, Text> = {
  "state/transition": {
    en: "{{from}} → {{to}}",
    zh: "{{from}} → {{to}}",
  },
  "user/connection-exists": {
    en: "The connection already exists: this call is not allowed now.",
    zh: "连接已经存在：现在不能这样调用。",
  },
  "user/connection-does-not-exist": {
    en: "There is no connection (CLOSED): nothing to send or close.",
    zh: "没有连接（CLOSED）：无法发送或关闭。",
  },
  "user/connection-closing": {
    en: "You already asked to close: no more data can be sent.",
    zh: "你已经请求关闭：不能再发送数据。",
  },
  "user/data-queued": {
    en: "The data waits in the send buffer until the connection can send it.",
    zh: "数据先放在发送缓冲区，等连接可以发送时再发。",
  },
  "user/listen-closed": {
    en: "close() in LISTEN: back to CLOSED, nothing is sent.",
    zh: "在 LISTEN 中 close()：回到 CLOSED，不发送任何报文。",
  },
  "user/syn-sent-closed": {
    en: "close() in SYN_SENT: back to CLOSED, nothing is sent.",
    zh: "在 SYN_SENT 中 close()：回到 CLOSED，不发送任何报文。",
  },
  "user/fin-queued": {
    en: "The FIN will follow the data still queued.",
    zh: "FIN 会跟在尚未发送的数据后面。",
  },
  "user/already-closing": {
    en: "You already asked to close.",
    zh: "你已经请求过关闭了。",
  },
  "user/abort-reset": {
    en: "Abort in a synchronized state sends a RST.",
    zh: "在已同步状态下中止连接会发送 RST。",
  },
  "user/quiet-time": {
    en: "Refused: the host restarted less than an MSL ago and keeps a quiet time.",
    zh: "被拒绝：主机重启还不到一个 MSL，正处于静默时间。",
  },
  "user/socket-orphaned": {
    en: "close() released the socket (Linux): later data will be answered with RST.",
    zh: "close() 释放了套接字（Linux）：之后到达的数据会被回以 RST。",
  },
  "segment/closed-reset": {
    en: "A segment to a CLOSED port is answered with RST (RFC 9293 3.10.7.1).",
    zh: "发往 CLOSED 端口的报文段会被回以 RST（RFC 9293 3.10.7.1）。",
  },
  "segment/closed-rst-ignored": {
    en: "A RST to a CLOSED port is dropped.",
    zh: "发往 CLOSED 端口的 RST 被丢弃。",
  },
  "segment/listen-rst-ignored": {
    en: "A RST in LISTEN is ignored.",
    zh: "LISTEN 状态忽略 RST。",
  },
  "segment/listen-ack-reset": {
    en: "An ACK in LISTEN is answered with RST.",
    zh: "LISTEN 状态收到 ACK，回以 RST。",
  },
  "segment/listen-syn": {
    en: "A SYN in LISTEN: reply SYN,ACK and go to SYN_RCVD.",
    zh: "LISTEN 收到 SYN：回复 SYN,ACK，进入 SYN_RCVD。",
  },
  "segment/listen-dropped": {
    en: "This segment means nothing in LISTEN: dropped.",
    zh: "这个报文段在 LISTEN 中没有意义：丢弃。",
  },
  "segment/unacceptable-ack": {
    en: "Unacceptable ACK {{received}} (expected {{expected}}).",
    zh: "不可接受的 ACK {{received}}（应为 {{expected}}）。",
  },
  "segment/syn-sent-rst-ignored": {
    en: "A RST in SYN_SENT without an acceptable ACK is ignored.",
    zh: "SYN_SENT 中收到不带可接受 ACK 的 RST：忽略。",
  },
  "segment/syn-sent-refused": {
    en: "Connection refused: a RST answered our SYN.",
    zh: "连接被拒绝：对方用 RST 回应了我们的 SYN。",
  },
  "segment/syn-ack": {
    en: "SYN,ACK accepted in SYN_SENT: send ACK, ESTABLISHED.",
    zh: "SYN_SENT 收到 SYN,ACK：发送 ACK，进入 ESTABLISHED。",
  },
  "segment/simultaneous-open": {
    en: "A SYN without ACK in SYN_SENT: the SYNs crossed (simultaneous open), send SYN,ACK, go to SYN_RCVD.",
    zh: "SYN_SENT 收到不带 ACK 的 SYN：两个 SYN 交叉（同时打开），发送 SYN,ACK，进入 SYN_RCVD。",
  },
  "segment/syn-sent-dropped": {
    en: "Neither SYN nor RST in SYN_SENT: dropped.",
    zh: "SYN_SENT 中既非 SYN 也非 RST：丢弃。",
  },
  "segment/unacceptable": {
    en: "Segment seq {{seq}} is outside the receive window (RCV.NXT {{rcvNxt}}): dropped, ACK sent.",
    zh: "序号 {{seq}} 不在接收窗口内（RCV.NXT {{rcvNxt}}）：丢弃并回 ACK。",
  },
  "segment/rst-out-of-window": {
    en: "A RST outside the window is dropped.",
    zh: "窗口外的 RST 被丢弃。",
  },
  "segment/rst-challenge": {
    en: "A RST in the window but not at RCV.NXT: challenge ACK (RFC 5961).",
    zh: "RST 在窗口内但不等于 RCV.NXT：发送挑战 ACK（RFC 5961）。",
  },
  "segment/rst-accepted": {
    en: "A valid RST: the connection is reset.",
    zh: "有效的 RST：连接被复位。",
  },
  "segment/rst-syn-rcvd-passive": {
    en: "A RST in SYN_RCVD after a passive open: back to LISTEN.",
    zh: "被动打开后在 SYN_RCVD 收到 RST：回到 LISTEN。",
  },
  "segment/syn-challenge": {
    en: "A SYN in a synchronized state: challenge ACK (RFC 5961).",
    zh: "已同步状态下收到 SYN：发送挑战 ACK（RFC 5961）。",
  },
  "segment/no-ack-dropped": {
    en: "A segment without ACK in a synchronized state is dropped.",
    zh: "已同步状态下不带 ACK 的报文段被丢弃。",
  },
  "segment/duplicate-ack": {
    en: "An ACK of something already acknowledged: ignored.",
    zh: "重复确认已确认过的内容：忽略。",
  },
  "segment/ack-of-unsent": {
    en: "An ACK of data not yet sent: ACK sent, segment dropped.",
    zh: "确认了尚未发送的数据：回 ACK，丢弃该报文段。",
  },
  "segment/acked": {
    en: "{{bytes}} sequence number(s) acknowledged.",
    zh: "确认了 {{bytes}} 个序号。",
  },
  "segment/fin-acked": {
    en: "Our FIN is acknowledged.",
    zh: "我们的 FIN 已被确认。",
  },
  "segment/data-received": {
    en: "{{bytes}} byte(s) of data delivered.",
    zh: "交付了 {{bytes}} 字节数据。",
  },
  "segment/out-of-order": {
    en: "Data beyond RCV.NXT: dropped and ACK sent.",
    zh: "数据超出 RCV.NXT：丢弃并回 ACK。",
  },
  "segment/data-after-fin": {
    en: "Data after the peer's FIN is ignored.",
    zh: "对方 FIN 之后的数据被忽略。",
  },
  "segment/data-after-close-reset": {
    en: "Data to a closed socket (Linux) is answered with RST.",
    zh: "发往已关闭套接字的数据（Linux）被回以 RST。",
  },
  "segment/fin-received": {
    en: "The peer's FIN: RCV.NXT moves past it (a FIN takes one sequence number), ACK it.",
    zh: "收到对方的 FIN：RCV.NXT 越过它（FIN 占用一个序号），要确认它。",
  },
  "segment/fin-retransmitted": {
    en: "The peer's FIN came again: acknowledge it again.",
    zh: "对方的 FIN 又来了一次：再确认一次。",
  },
  "segment/time-wait-restart": {
    en: "A FIN in TIME_WAIT: ACK again and restart 2MSL (reason 1 for TIME_WAIT).",
    zh: "TIME_WAIT 中收到 FIN：重发 ACK 并重新开始 2MSL 计时（TIME_WAIT 的第一个理由）。",
  },
  "segment/old-duplicate": {
    en: "An old duplicate from an earlier connection arrived in TIME_WAIT and was discarded (reason 2 for TIME_WAIT).",
    zh: "上一个连接的旧的重复报文段在 TIME_WAIT 中到达并被丢弃（TIME_WAIT 的第二个理由）。",
  },
  "timer/retransmit": {
    en: "Retransmission timer: seq {{seq}} is sent again (try {{retries}}, RTO {{rto}} ms).",
    zh: "重传计时器到期：序号 {{seq}} 重新发送（第 {{retries}} 次，RTO {{rto}} 毫秒）。",
  },
  "timer/retransmit-give-up": {
    en: "Too many retransmissions: the connection is aborted.",
    zh: "重传次数过多：连接被中止。",
  },
  "timer/time-wait-expired": {
    en: "2MSL passed: TIME_WAIT ends, CLOSED.",
    zh: "2MSL 到期：TIME_WAIT 结束，进入 CLOSED。",
  },
  "timer/fin-wait-2-expired": {
    en: "The FIN_WAIT_2 timer (Linux, 60 s) expired: CLOSED.",
    zh: "FIN_WAIT_2 计时器（Linux，60 秒）到期：进入 CLOSED。",
  },
  "timer/not-armed": {
    en: "A timer that was not running: ignored.",
    zh: "计时器并未运行：忽略。",
  },
  "user/abort-closed": {
    en: "Abort in CLOSING, LAST_ACK or TIME_WAIT: straight to CLOSED, nothing is sent.",
    zh: "在 CLOSING、LAST_ACK 或 TIME_WAIT 中中止：直接进入 CLOSED，不发送任何报文。",
  },
  "segment/malformed": {
    en: "A malformed segment (numbers out of range or fields missing): dropped.",
    zh: "格式错误的报文段（数字超出范围或缺少字段）：丢弃。",
  },
  "segment/syn-rcvd-syn-listen": {
    en: "A SYN in SYN_RCVD after a passive open: back to LISTEN.",
    zh: "被动打开后在 SYN_RCVD 中收到 SYN：回到 LISTEN。",
  },
  "segment/syn-ack-crossed": {
    en: "Simultaneous open: the peer's SYN,ACK arrives in SYN_RCVD, so ESTABLISHED.",
    zh: "同时打开：在 SYN_RCVD 中收到对方的 SYN,ACK，进入 ESTABLISHED。",
  },
  "host/reboot": {
    en: "The host restarted: every connection is forgotten.",
    zh: "主机重启：所有连接都被遗忘。",
  },
  "user/data-read": {
    en: "The application read {{bytes}} bytes; {{unread}} still wait in its receive buffer.",
    zh: "应用读取了 {{bytes}} 字节；接收缓冲区里还有 {{unread}} 字节未读。",
  },
  "user/close-unread-reset": {
    en: "close() with {{unread}} bytes nobody read: Linux sends RST,ACK and goes to CLOSED instead of a FIN, so the peer learns the data was lost. RFC 9293 (3.6) allows this half-duplex close; a plain CLOSE would send a FIN and keep reading.",
    zh: "调用 close() 时还有 {{unread}} 字节没人读：Linux 不发 FIN，而是发送 RST,ACK 并直接进入 CLOSED，让对方知道数据丢了。RFC 9293（3.6 节）允许这种半双工关闭；普通的 CLOSE 会发 FIN 并继续读。",
  },
  "segment/ack-too-old": {
    en: "The ACK is older than SND.UNA minus the largest window the peer offered: a challenge ACK, segment dropped (RFC 5961 5.2). Linux also counts only what has been acknowledged so far, so right after the handshake any old ACK is challenged.",
    zh: "这个 ACK 比 SND.UNA 减去对方通告过的最大窗口还要旧：发送挑战 ACK，丢弃报文段（RFC 5961 5.2 节）。Linux 还只算到目前已确认的字节数，所以刚握手完时，任何旧 ACK 都会被挑战。",
  },
  "segment/ack-rate-limited": {
    en: "Linux sends at most one ACK per 500 ms to out-of-window segments and challenges (tcp_invalid_ratelimit), so two such ACKs cannot loop: this one is not sent. The RFC text answers every one.",
    zh: "Linux 对窗口外的报文段和挑战 ACK 每 500 毫秒最多回一个 ACK（tcp_invalid_ratelimit），以免两端互相回 ACK 形成循环：这一个不发送。按 RFC 的规定则每个都要回。",
  },
  "segment/time-wait-syn-reopen": {
    en: "A new SYN above RCV.NXT reaches TIME_WAIT: Linux ends TIME_WAIT and lets the listener accept it, with an ISS 65537 above the old SND.NXT (RFC 6191). The RFC profile answers a challenge ACK.",
    zh: "一个序号高于 RCV.NXT 的新 SYN 到达 TIME_WAIT：Linux 结束 TIME_WAIT，让监听套接字接受它，新的 ISS 比旧的 SND.NXT 大 65537（RFC 6191）。RFC 配置则回一个挑战 ACK。",
  },
  "segment/time-wait-rst-ignored": {
    en: "A RST in TIME_WAIT is ignored: either it is not at RCV.NXT (Linux sends no challenge ACK in TIME_WAIT) or tcp_rfc1337 protects TIME_WAIT from being cut short (RFC 1337).",
    zh: "TIME_WAIT 中的 RST 被忽略：要么它不等于 RCV.NXT（Linux 在 TIME_WAIT 中不发挑战 ACK），要么 tcp_rfc1337 保护 TIME_WAIT 不被提前结束（RFC 1337）。",
  },
  "timer/syn-ack-give-up": {
    en: "The SYN,ACK was never answered (tcp_synack_retries): Linux drops the half-open connection and keeps listening: LISTEN.",
    zh: "SYN,ACK 始终没有得到回应（tcp_synack_retries）：Linux 丢弃这个半开连接，继续监听：LISTEN。",
  },
  "segment/orphan-syn-reset": {
    en: "A SYN reaches a connection nobody owns any more (close(), FIN_WAIT_2): Linux answers RST and forgets it. The RFC profile would send a challenge ACK (RFC 5961).",
    zh: "一个 SYN 到达了已经没有应用持有的连接（close() 之后的 FIN_WAIT_2）：Linux 回以 RST 并把连接忘掉。RFC 配置则会发送挑战 ACK（RFC 5961）。",
  },
  "segment/syn-rcvd-syn-again": {
    en: "The peer sent its SYN again, so our SYN,ACK was lost: Linux sends the SYN,ACK again at once. By the RFC text this old SYN only gets an ACK and the SYN,ACK waits for its timer.",
    zh: "对方又发来了它的 SYN，说明我们的 SYN,ACK 丢了：Linux 立即重发 SYN,ACK。按 RFC 的规定，这个旧 SYN 只会得到一个 ACK，SYN,ACK 要等计时器到期才重传。",
  },
  "segment/time-wait-ack-restart": {
    en: "A bare ACK at RCV.NXT in TIME_WAIT: Linux sends nothing but starts the 60 s over, since the peer is evidently still there. RFC 9293 restarts TIME_WAIT only for a retransmitted FIN.",
    zh: "TIME_WAIT 中收到一个序号等于 RCV.NXT 的纯 ACK：Linux 什么也不发，但把 60 秒重新计时，因为对方显然还在。RFC 9293 只在收到重传的 FIN 时才重启 TIME_WAIT。",
  },
  "user/abort-reset-ack": {
    en: "Abort: Linux sends RST,ACK with SEQ = SND.NXT = {{seq}} and ACK = RCV.NXT = {{ack}}. RFC 9293 (3.10.5) asks only for a RST with SEQ = SND.NXT; the ACK field costs nothing and tells the peer which data got through.",
    zh: "中止连接：Linux 发送 RST,ACK，SEQ = SND.NXT = {{seq}}，ACK = RCV.NXT = {{ack}}。RFC 9293（3.10.5 节）只要求发送 SEQ = SND.NXT 的 RST；多带的 ACK 字段不费什么，还告诉对方哪些数据已经收到。",
  },
  "segment/syn-ack-crossed-ack": {
    en: "Simultaneous open: the peer's SYN,ACK arrives in SYN_RCVD, so ESTABLISHED. Linux also sends an ACK: the SYN in it is a byte it already has, and already-received data is ACKed. RFC 9293 (Figure 7) sends nothing here.",
    zh: "同时打开：对方的 SYN,ACK 在 SYN_RCVD 状态到达，于是进入 ESTABLISHED。Linux 还会回一个 ACK：其中的 SYN 是它已经收到过的字节，而重复收到的数据要回 ACK。RFC 9293（图 7）在这里什么也不发。",
  },
};

/** One language's note texts, as the client's i18next catalogue holds them. */
export function noteCatalogue(lang: keyof Text): Record<NoteCode, string> {
  const out = {} as Record<NoteCode, string>;
  for (const code of Object.keys(NOTE_TEXT) as NoteCode[]) out[code] = NOTE_TEXT[code][lang];
  return out;
}

const fill = (template: string, params: Note["params"]): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** A note's text in both languages, its placeholders filled from its params. */
export function noteText(note: Note): Text {
  const text = NOTE_TEXT[note.code];
  return { en: fill(text.en, note.params), zh: fill(text.zh, note.params) };
}

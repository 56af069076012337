// One term per concept, in both languages. Chinese uses the terms of the standard Chinese
// networking textbooks (序号, 确认号, 报文段, 最长报文段寿命); English uses the names of the RFCs
// (RFC 9293, RFC 1337, RFC 5961, RFC 6528). Every text the game shows uses these terms:
// test/content/glossary.test.ts scans the scenarios, the concept texts, the quiz and the
// client's catalogues for the variants listed under `avoid`.
import type { Text } from "../scenarios/types";

export interface GlossaryTerm {
  id: string;
  term: Text;
  /** One sentence: what the term means. */
  meaning: Text;
  /** Other names for the same thing that no text may use. */
  avoid: { en: RegExp[]; zh: RegExp[] };
}

const term = (id: string, en: string, zh: string, meaning: Text, avoid: Partial<GlossaryTerm["avoid"]> = {}): GlossaryTerm => ({
  id,
  term: { en, zh },
  meaning,
  avoid: { en: avoid.en ?? [], zh: avoid.zh ?? [] },
});

export const GLOSSARY: readonly GlossaryTerm[] = [
  term(
    "segment",
    "segment",
    "报文段",
    { en: "The unit TCP sends: a header and perhaps data.", zh: "TCP 发送的数据单元：首部加上可能有的数据。" },
    // 分组 is the IP packet; 数据段 is not the textbook's word.
    { zh: [/分组/, /数据段/, /TCP 段(?!落)/] },
  ),
  term(
    "sequence-number",
    "sequence number",
    "序号",
    { en: "The number of the first byte (or SYN/FIN) a segment carries.", zh: "报文段所携带的第一个字节（或 SYN/FIN）的编号。" },
    { en: [/sequence nr\b/i], zh: [/序列号/, /顺序号/] },
  ),
  term(
    "initial-sequence-number",
    "initial sequence number (ISN)",
    "初始序号",
    {
      en: "The sequence number of a connection's SYN, chosen by each side (RFC 6528).",
      zh: "连接的 SYN 所用的序号，由双方各自选择（RFC 6528）。",
    },
    { zh: [/初始序列号/, /起始序号/] },
  ),
  term(
    "acknowledgment-number",
    "acknowledgment number",
    "确认号",
    { en: "The next sequence number the receiver expects (RCV.NXT).", zh: "接收方期望收到的下一个序号（RCV.NXT）。" },
    { en: [/acknowledgement/i], zh: [/确认序号/, /应答号/, /确认序列号/] },
  ),
  term(
    "msl",
    "maximum segment lifetime (MSL)",
    "最长报文段寿命（MSL）",
    {
      en: "The longest time a segment can live in the network; a choice of the implementation.",
      zh: "报文段在网络中能存活的最长时间，由实现选定。",
    },
    {
      en: [/maximal segment lifetime/i, /maximum segment life\b/i],
      zh: [/最大段生存期/, /最大报文段生存时间/, /报文最大生存时间/, /最大分段寿命/],
    },
  ),
  term(
    "old-duplicate",
    "old duplicate",
    "旧的重复报文段",
    { en: "A delayed copy of a segment of an earlier connection that arrives late.", zh: "早先连接的报文段的延迟副本，迟迟才到达。" },
    { en: [/\bwanderer\b/i, /wandering copy/i, /stray segment/i], zh: [/迷途/, /重复分组/, /旧重复报文/, /旧报文(?!段)/, /老的报文/] },
  ),
  term(
    "rst",
    "a RST",
    "RST",
    { en: "A segment with the RST bit: it resets a connection.", zh: "带 RST 标志的报文段：复位连接。" },
    { en: [/\ban RST\b/i] },
  ),
  term(
    "reset",
    "reset",
    "复位",
    { en: "What a valid RST does: the connection ends at once.", zh: "有效的 RST 所做的事：连接立即结束。" },
    { zh: [/重置/] },
  ),
  term(
    "time-wait-assassination",
    "TIME-WAIT assassination",
    "TIME_WAIT 提前终止",
    {
      en: "A RST that reaches an end in TIME_WAIT and ends it early (RFC 1337).",
      zh: "到达处于 TIME_WAIT 一端的 RST 让 TIME_WAIT 提前结束（RFC 1337）。",
    },
    { zh: [/暗杀/, /刺杀/] },
  ),
  term(
    "four-tuple",
    "four-tuple",
    "四元组",
    {
      en: "Source IP, source port, destination IP, destination port: the name of a connection.",
      zh: "源 IP 地址、源端口号、目的 IP 地址、目的端口号：连接的名字。",
    },
    { en: [/\b4-tuple\b/i, /quadruple/i] },
  ),
  term(
    "active-closer",
    "active closer",
    "主动关闭者",
    { en: "The end that sends the first FIN; it goes through TIME_WAIT.", zh: "先发送 FIN 的一端，它会经过 TIME_WAIT。" },
    { zh: [/主动关闭方/, /主动关闭端/] },
  ),
  term(
    "passive-closer",
    "passive closer",
    "被动关闭者",
    {
      en: "The end that receives the first FIN; it goes through CLOSE_WAIT and LAST_ACK.",
      zh: "收到第一个 FIN 的一端，它经过 CLOSE_WAIT 和 LAST_ACK。",
    },
    { zh: [/被动关闭方/, /被动关闭端/] },
  ),
  term(
    "half-close",
    "half-close",
    "半关闭",
    {
      en: "After shutdown(), one direction is closed and the other still carries data.",
      zh: "调用 shutdown() 后一个方向关闭，另一个方向仍在传数据。",
    },
    { en: [/\bhalf close\b/i] },
  ),
  term(
    "half-open",
    "half-open connection",
    "半开连接",
    {
      en: "One end still believes in a connection the other end has lost (crash, reboot).",
      zh: "一端仍认为连接存在，而另一端已经丢失了它（崩溃、重启）。",
    },
    { zh: [/半打开连接/, /半连接(?!队列)/] },
  ),
  term(
    "timer",
    "timer",
    "计时器",
    {
      en: "A deadline the TCP keeps (retransmission, 2MSL, FIN_WAIT_2, keepalive).",
      zh: "TCP 维护的超时期限（重传、2MSL、FIN_WAIT_2、保活）。",
    },
    { zh: [/定时器/] },
  ),
  term(
    "quiet-time",
    "quiet time",
    "静默时间",
    { en: "After a restart, one MSL without new connections (RFC 9293 3.4.3).", zh: "重启后一个 MSL 内不建立新连接（RFC 9293 3.4.3）。" },
    { en: [/silent time/i, /quiet period/i], zh: [/安静时间/, /平静时间/] },
  ),
  term(
    "challenge-ack",
    "challenge ACK",
    "挑战 ACK",
    {
      en: "The ACK sent for a RST or SYN that is in the window but not exact (RFC 5961).",
      zh: "对在窗口内但不精确的 RST 或 SYN 回复的 ACK（RFC 5961）。",
    },
    { zh: [/质询 ?ACK/, /挑战确认/] },
  ),
  term(
    "keepalive",
    "keepalive",
    "保活",
    {
      en: "Probes sent on an idle connection to find a peer that is gone (RFC 9293 3.8.4).",
      zh: "在空闲连接上发送探测报文段，发现已经不在的对端（RFC 9293 3.8.4）。",
    },
    { en: [/keep-alive/i], zh: [/心跳包/] },
  ),
  term(
    "syn-flood",
    "SYN flood",
    "SYN 洪泛",
    {
      en: "Many SYNs from forged addresses that fill a listener's queue of half-open connections.",
      zh: "大量伪造地址的 SYN 占满监听端的未完成连接队列。",
    },
    { zh: [/SYN ?洪水/, /SYN ?泛洪/] },
  ),
  term(
    "syn-cookies",
    "SYN cookies",
    "SYN cookie",
    {
      en: "An ISN that encodes the connection, so a listener keeps no state until the ACK.",
      zh: "把连接信息编码进初始序号，监听端在收到 ACK 之前不保存状态。",
    },
    { zh: [/SYN 饼干/] },
  ),
];

/** The term for `id` in the given language. */
export function glossaryTerm(id: string, lang: string): string {
  const found = GLOSSARY.find((t) => t.id === id);
  if (!found) throw new Error(`unknown glossary term ${id}`);
  return lang.startsWith("zh") ? found.term.zh : found.term.en;
}

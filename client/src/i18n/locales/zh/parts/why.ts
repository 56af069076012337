// 简体中文：出错时立即说明报文段或声明的状态为什么不对（由 shared/match/feedback.ts 选句），
// 以及每个状态的含义。
export default {
  flags: {
    rst: "这里 TCP 会回复复位（RST）：到达的报文段不属于它能接受的任何连接。",
    synAck: "收到 SYN 要回复自己的 SYN，并在同一个报文段里 ACK 对方：这是三次握手的第二步。",
    syn: "建立连接先单独发送 SYN：这时还没有可确认的内容（三次握手的第一步）。",
    noSyn: "SYN 只在建立连接时发送一次，而你这一端已经发过 SYN 了。",
    fin: "关闭你这一方向的连接要发送 FIN（握手之后的每个报文段都带 ACK）。",
    needAck: "握手之后，每个报文段都要带 ACK 标志和确认号。",
    ack: "到达的报文段只需要确认：发一个单纯的 ACK，不带 SYN、FIN 或数据。",
  },
  seq: {
    peer: "seq 数的是你自己的字节：从你的 ISS（见你的主机框）开始，而不是对方的序号。",
    iss: "SYN 携带你的初始序号：它的 seq 就是你的 ISS（见你的主机框）。",
    afterSyn: "你的 SYN 占用了一个序号：之后你的 seq 是 ISS + 1。",
    afterFin: "你的 FIN 占用了一个序号：之后你的 seq 要再加一。",
    sndNxt: "seq 是 SND.NXT，即下一个未发送的序号：ISS + 1（SYN）+ 已发送的数据字节数。",
  },
  ack: {
    own: "ack 数的是对方的序号，不是你的：从对方发来的 seq 算起。",
    synPlusOne: "你确认的是 SYN 本身的 seq，但 ack 表示你期望的下一个序号：SYN 占一个序号，所以 ack = 对方的 ISS + 1。",
    syn: "对方的 SYN 占用了一个序号：你的 ack 必须是对方的 ISS + 1。",
    finPlusOne: "你确认的是 FIN 本身的 seq，但 FIN 占一个序号：ack = FIN 的 seq + 1。",
    fin: "对方的 FIN 占用了一个序号：你的 ack 要越过它。",
    data: "ack 表示你期望的下一个字节（RCV.NXT）：对方的 seq + 它携带的数据字节数。",
  },
  notNeeded: "现在 TCP 不会发这样的报文段：到达的报文段不需要它，你的任何调用也不会发出它。",
  early: {
    data: "数据要等握手完成：只有进入 ESTABLISHED 后才发送。",
    retransmit: "重传要等重传计时器（RTO）超时。",
  },
  answer: {
    segment: "正确的报文段：{{segment}}",
    nothing: "正确答案：现在什么都不发。",
    state: "答案：{{state}}。",
  },
  event: {
    received: "你收到了 {{segment}}。",
    sent: "你发送了 {{segment}}。",
    call: "你调用了 {{call}}。",
    timer: "你的一个计时器超时了。",
    script: "场景事件：$t(match:script.{{action}})。",
    start: "对局开始：你这一端从哪个状态开始？",
  },
  state: {
    from: "你原来在 {{from}}：沿着状态图里从这个状态出发、对应这个事件的箭头走。",
    moved: "这个事件让你的状态变了：你已经不在 {{from}} 了。",
  },
  meaning: {
    CLOSED: "CLOSED 表示根本没有连接。",
    LISTEN: "LISTEN 表示服务端在等待 SYN，什么都还没发送。",
    SYN_SENT: "SYN_SENT 表示你已发出 SYN，正在等对方的 SYN,ACK。",
    SYN_RCVD: "SYN_RCVD 表示你收到了 SYN、回复了 SYN,ACK，正在等对你的 SYN 的 ACK。",
    ESTABLISHED: "ESTABLISHED 表示双方的 SYN 都已发送并被确认：可以传数据了。",
    FIN_WAIT_1: "FIN_WAIT_1 表示你已发出 FIN，正在等它的 ACK。",
    FIN_WAIT_2: "FIN_WAIT_2 表示你的 FIN 已被确认，正在等对方的 FIN。",
    CLOSE_WAIT: "CLOSE_WAIT 表示对方的 FIN 已到达并被你确认，而你的应用程序还没有关闭。",
    CLOSING: "CLOSING 表示双方的 FIN 交错：对方的 FIN 先于对你的 FIN 的 ACK 到达。",
    LAST_ACK: "LAST_ACK 表示你在收到对方的 FIN 后关闭，正在等对你的 FIN 的 ACK。",
    TIME_WAIT: "TIME_WAIT 表示双方的 FIN 都已被确认，要再等 2MSL 才进入 CLOSED。",
  },
} as const;

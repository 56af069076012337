// 简体中文：首局教程（client/src/match/tutorial.ts），完成一次三次握手。
export default {
  next: "下一步（回车）",
  skip: "跳过教程（Esc）",
  finish: "开始游戏",
  welcome: {
    title: "你是 TCP 连接的一端",
    body: "两台主机通过中间的线路通信。你要亲手构造每个 TCP 报文段，并在每个事件之后说出你处于哪个 TCP 状态。",
  },
  numbers: {
    title: "seq 与 ack",
    body: "每一端从自己的 ISS（见你的主机框）开始给字节编号。seq：报文段第一个字节的序号。ack：你期望对方发来的下一个序号。SYN 和 FIN 各占一个序号。",
  },
  send: {
    title: "发送报文段",
    body: "设置标志位（点击，或按 S A F R P），填写 seq（Q）和 ack（W），然后发送（回车）。客户端先单独发 SYN：seq = 自己的 ISS，不带 ACK。服务端等到这个 SYN 后回复 SYN,ACK。",
  },
  declare: {
    title: "为什么要声明状态",
    body: "每个事件之后（收到报文段、你发出报文段、计时器超时）都有检查点询问你的状态：在状态图中点击它。TCP 根据当前状态决定下一步，所以你必须清楚自己的状态。",
  },
  plusOne: {
    title: "SYN 占一个序号",
    body: "你的 SYN 占用了一个序号：对方用 ack = 你的 ISS + 1 来确认它，你的下一个 seq 也是 ISS + 1。同样，你要用对方的 ISS + 1 来确认对方的 SYN。",
  },
  done: {
    title: "轮到你了",
    body: "完成这次握手。出错时，状态图下方的提示框会说明原因。复盘可以逐步回放每一步。",
  },
} as const;

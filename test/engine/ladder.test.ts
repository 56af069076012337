// Whole connections written as ladder diagrams, one line per event, with the ISNs 2^32-3
// (A) and 2^32-2 (B): every trace crosses the wrap.
import { describe, expect, it } from "vitest";
import { endpointA, endpointB } from "./fixtures";
import { ladder } from "./ladder";

const start = () => ({ a: endpointA(), b: endpointB() });

describe("ladder traces", () => {
  it("full lifecycle: handshake, data both ways, four-way close, TIME_WAIT for 2MSL", () => {
    const end = ladder(start(), [
      "b: listen                                                        | LISTEN",
      "a: connect             => S seq=4294967293                       | SYN_SENT",
      "b< S seq=4294967293    => SA seq=4294967294 ack=4294967294       | SYN_RCVD",
      "a< SA seq=4294967294 ack=4294967294 => A seq=4294967294 ack=4294967295 | ESTABLISHED",
      "b< A seq=4294967294 ack=4294967295                               | ESTABLISHED",
      "a: send hello          => AP seq=4294967294 ack=4294967295 data=hello | ESTABLISHED",
      "b< AP seq=4294967294 ack=4294967295 data=hello => A seq=4294967295 ack=3 | ESTABLISHED",
      "a< A seq=4294967295 ack=3                                        | ESTABLISHED",
      "b: send ok             => AP seq=4294967295 ack=3 data=ok        | ESTABLISHED",
      "a< AP seq=4294967295 ack=3 data=ok => A seq=3 ack=1              | ESTABLISHED",
      "b< A seq=3 ack=1                                                 | ESTABLISHED",
      "a: shutdown            => AF seq=3 ack=1                         | FIN_WAIT_1",
      "b< AF seq=3 ack=1      => A seq=1 ack=4                          | CLOSE_WAIT",
      "a< A seq=1 ack=4                                                 | FIN_WAIT_2",
      "b: shutdown            => AF seq=1 ack=4                         | LAST_ACK",
      "@10 a< AF seq=1 ack=4  => A seq=4 ack=2                          | TIME_WAIT",
      "b< A seq=4 ack=2                                                 | CLOSED",
      "@240010 a: timeout time-wait                                     | CLOSED",
    ]);
    expect([end.a.received, end.b.received]).toEqual(["ok", "hello"]);
  });

  it("lost final ACK: LAST_ACK retransmits its FIN, TIME_WAIT re-ACKs it and restarts 2MSL", () => {
    const end = ladder(start(), [
      "b: listen                                                  | LISTEN",
      "a: connect             => S seq=4294967293                 | SYN_SENT",
      "b< S seq=4294967293    => SA seq=4294967294 ack=4294967294 | SYN_RCVD",
      "a< SA seq=4294967294 ack=4294967294 => A seq=4294967294 ack=4294967295 | ESTABLISHED",
      "b< A seq=4294967294 ack=4294967295                         | ESTABLISHED",
      "a: close               => AF seq=4294967294 ack=4294967295 | FIN_WAIT_1",
      "b< AF seq=4294967294 ack=4294967295 => A seq=4294967295 ack=4294967295 | CLOSE_WAIT",
      "a< A seq=4294967295 ack=4294967295                         | FIN_WAIT_2",
      "b: close               => AF seq=4294967295 ack=4294967295 | LAST_ACK",
      "a< AF seq=4294967295 ack=4294967295 => A seq=4294967295 ack=0 | TIME_WAIT",
      // That ACK is lost: B's retransmission timer (1 s) fires.
      "@1000 b: timeout retransmit => AF seq=4294967295 ack=4294967295 | LAST_ACK",
      "@1001 a< AF seq=4294967295 ack=4294967295 => A seq=4294967295 ack=0 | TIME_WAIT",
      "b< A seq=4294967295 ack=0                                  | CLOSED",
    ]);
    expect(end.a.timers.timeWait).toBe(1001 + 240_000);
  });

  it("connection refused: a SYN to a port nobody listens on is answered with RST,ACK", () => {
    ladder(start(), [
      "a: connect             => S seq=4294967293                 | SYN_SENT",
      "b< S seq=4294967293    => AR seq=0 ack=4294967294          | CLOSED",
      "a< AR seq=0 ack=4294967294                                 | CLOSED",
    ]);
  });
});

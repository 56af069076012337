// Real loopback captures (Linux, see test/fixtures/captures/KERNEL.txt) replayed through the
// engine: both endpoints' states after every segment, why each was sent, and the notes.
import { describe, expect, it } from "vitest";
import { captureNoteText, CAPTURE_NOTE_CODES, relative, type CaptureNoteCode } from "../../shared/capture";
import { fixture, inferAll, path } from "./helpers";

const codes = (c: ReturnType<typeof inferAll>[number]): string[] => c.steps.flatMap((s) => s.notes.map((n) => `${s.n}:${n.code}`));

describe("states inferred from real loopback captures", () => {
  it("handshake: SYN_SENT and SYN_RCVD, then both ESTABLISHED, from the ISNs in the SYNs", () => {
    const [c] = inferAll(fixture("handshake.pcap"));
    expect(c!.steps.map((s) => `${s.after.A}/${s.after.B}`)).toEqual([
      "SYN_SENT/SYN_RCVD",
      "ESTABLISHED/SYN_RCVD",
      "ESTABLISHED/ESTABLISHED",
    ]);
    expect(c!.steps.map((s) => s.cause)).toEqual(["connect", "reply", "reply"]);
    expect(c!.steps[0]!.segment.seq).toBe(c!.iss.A);
    expect(relative(c!, "B", c!.steps[2]!.segment.ack)).toBe(1);
  });

  it("four-way close: the client is the active closer (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), the server passive (CLOSE_WAIT, LAST_ACK, CLOSED)", () => {
    for (const file of ["four-way-close.pcap", "four-way-close.pcapng"]) {
      const [c] = inferAll(fixture(file));
      expect(path(c!, "A")).toEqual(["CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"]);
      expect(path(c!, "B")).toEqual(["LISTEN", "SYN_RCVD", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"]);
      expect(codes(c!)).toEqual([]);
    }
  });

  it("three-segment close: the server's FIN carries the ACK, the client goes FIN_WAIT_1 -> TIME_WAIT directly", () => {
    for (const file of ["three-segment-close.pcap", "ipv6-sll2.pcap"]) {
      const [c] = inferAll(fixture(file));
      expect(path(c!, "A")).toEqual(["CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "TIME_WAIT"]);
      expect(path(c!, "B")).toEqual(["LISTEN", "SYN_RCVD", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"]);
    }
  });

  it("simultaneous close: the FINs crossed, both go through CLOSING to TIME_WAIT", () => {
    const [c] = inferAll(fixture("simultaneous-close.pcap"));
    expect(path(c!, "A")).toEqual(["CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "CLOSING", "TIME_WAIT"]);
    expect(path(c!, "B")).toEqual(["LISTEN", "SYN_RCVD", "ESTABLISHED", "FIN_WAIT_1", "CLOSING", "TIME_WAIT"]);
    // The server's FIN acknowledges only 1448 bytes: it was made before the rest arrived.
    expect(codes(c!)).toContain("8:capture/sent-earlier");
  });

  it("connection refused: the RST,ACK answering the SYN closes the client, the server stays CLOSED", () => {
    const [c] = inferAll(fixture("refused.pcap"));
    expect(c!.initial.B).toBe("CLOSED");
    expect(c!.steps.map((s) => `${s.after.A}/${s.after.B}`)).toEqual(["SYN_SENT/CLOSED", "CLOSED/CLOSED"]);
    expect(c!.steps[1]!.engineNotes.map((n) => n.note.code)).toContain("segment/syn-sent-refused");
  });

  it("abort: the RST from SO_LINGER 0 is an ABORT call, both sides end CLOSED without a FIN", () => {
    for (const file of ["abort.pcap", "abort-sll.pcap"]) {
      const [c] = inferAll(fixture(file));
      const last = c!.steps[c!.steps.length - 1]!;
      expect({ cause: last.cause, A: last.after.A, B: last.after.B }).toEqual({ cause: "abort", A: "CLOSED", B: "CLOSED" });
      expect(codes(c!)).toEqual([]);
    }
  });

  it("retransmissions: a SYN and a data segment lost after the capture point, each sent again by its timer", () => {
    const [c] = inferAll(fixture("retransmissions.pcap"));
    expect(codes(c!)).toEqual([
      "1:capture/lost-after-capture",
      "2:capture/retransmission",
      "5:capture/lost-after-capture",
      "6:capture/retransmission",
    ]);
    expect(c!.steps.filter((s) => s.lost).map((s) => s.n)).toEqual([1, 5]);
    expect(c!.steps[0]!.after.B).toBe("LISTEN");
    expect(c!.steps[1]!.cause).toBe("retransmit");
    expect(c!.steps[1]!.engineNotes.map((n) => n.note.code)).toContain("timer/retransmit");
    expect(c!.steps[6]!.replyTo).toBe(6);
  });

  it("TIME_WAIT reuse: the same four-tuple opened again 0.3 s later is a second connection with a note", () => {
    const conns = inferAll(fixture("time-wait-reuse.pcap"));
    expect(conns).toHaveLength(2);
    expect(conns[1]!.info.follows).toBe(1);
    expect(conns[1]!.notes.map((n) => n.code)).toContain("capture/time-wait-reuse");
    expect(path(conns[1]!, "A")).toEqual(["CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "TIME_WAIT"]);
  });

  it("a slow reader's full buffer: the data it dropped, the retransmissions and the data it kept out of order, ending in a normal close", () => {
    const [c] = inferAll(fixture("full-receive-buffer.pcap"));
    const seen = new Set(c!.steps.flatMap((s) => s.notes.map((n) => n.code)));
    for (const code of ["capture/beyond-window", "capture/retransmission", "capture/buffered-out-of-order", "capture/unprompted-ack"])
      expect(seen).toContain(code);
    expect(seen).not.toContain("capture/engine-differs");
    expect(seen).not.toContain("capture/sent-earlier");
    const last = c!.steps[c!.steps.length - 1]!;
    expect(last.after).toEqual({ A: "TIME_WAIT", B: "CLOSED" });
  });

  it("the linux profile shows TIME_WAIT's fixed 60 s as the timer left at the end", () => {
    const [c] = inferAll(fixture("four-way-close.pcap"), "linux");
    const last = c!.steps[c!.steps.length - 1]!;
    expect(last.timers.A).toEqual([{ timer: "time-wait", inMs: 60_000 }]);
  });

  it("a capture that begins mid-connection starts both sides ESTABLISHED with the numbers seen", () => {
    const bytes = fixture("four-way-close.pcap");
    // Drop the first three records (the handshake) by cutting them out of the file.
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    let at = 24;
    for (let i = 0; i < 3; i++) at += 16 + v.getUint32(at + 8, true);
    const mid = Uint8Array.from([...bytes.subarray(0, 24), ...bytes.subarray(at)]);
    const [c] = inferAll(mid);
    expect(c!.start).toBe("mid-connection");
    expect(c!.initial).toEqual({ A: "ESTABLISHED", B: "ESTABLISHED" });
    expect(path(c!, "A")).toEqual(["ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"]);
    expect(c!.notes.map((n) => n.code)).toEqual(["capture/mid-connection"]);
  });
});

describe("note texts", () => {
  const sample: Record<string, string | number | boolean> = {
    seq: 1,
    len: 2,
    fast: false,
    ack: 3,
    count: 1,
    rcvNxt: 4,
    rcvWnd: 5,
    old: false,
    kind: "rst",
    bytes: 6,
    previous: 1,
    gapMs: 300,
    from: 1,
    to: 2,
    expected: "ACK",
    seen: "FIN",
    a: 7,
    b: 7,
    before: 3,
  };
  for (const code of CAPTURE_NOTE_CODES) {
    it(`${code} reads in both languages with every fact filled in and cites an RFC or the capture`, () => {
      const t = captureNoteText({ code: code as CaptureNoteCode, params: sample });
      expect(t.en.length).toBeGreaterThan(20);
      expect(/[\u4e00-\u9fff]/.test(t.zh)).toBe(true);
      expect(t.en + t.zh).not.toMatch(/\{\w+\}/);
    });
  }
});

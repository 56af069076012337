import { describe, expect, it } from "vitest";
import { acceptable, createEndpoint, SEQ_MOD } from "../../shared/tcp";

// RFC 9293 3.10.7.4 first: the four cases of the acceptability test, with RCV.NXT a few
// bytes below 2^32 so the window wraps.
function receiver(rcvWnd: number) {
  return { ...createEndpoint({ localPort: 1, remotePort: 2, iss: 0, rcvWnd }), rcvNxt: SEQ_MOD - 2 };
}

describe("the acceptability test (RFC 9293 3.10.7.4)", () => {
  it("length 0, window 0: only SEG.SEQ = RCV.NXT is acceptable", () => {
    const ep = receiver(0);
    expect(acceptable(ep, SEQ_MOD - 2, 0)).toBe(true);
    expect(acceptable(ep, SEQ_MOD - 1, 0)).toBe(false);
  });

  it("length 0, window > 0: RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND, across the wrap", () => {
    const ep = receiver(10);
    expect(acceptable(ep, SEQ_MOD - 3, 0)).toBe(false);
    expect(acceptable(ep, SEQ_MOD - 2, 0)).toBe(true);
    expect(acceptable(ep, 7, 0)).toBe(true);
    expect(acceptable(ep, 8, 0)).toBe(false);
  });

  it("length > 0, window 0: never acceptable", () => {
    expect(acceptable(receiver(0), SEQ_MOD - 2, 1)).toBe(false);
  });

  it("length > 0, window > 0: acceptable when its first or its last byte is in the window", () => {
    const ep = receiver(10);
    expect(acceptable(ep, SEQ_MOD - 5, 3)).toBe(false); // ends just before RCV.NXT
    expect(acceptable(ep, SEQ_MOD - 5, 4)).toBe(true); // last byte at RCV.NXT
    expect(acceptable(ep, 7, 100)).toBe(true); // first byte is the window's last
    expect(acceptable(ep, 8, 1)).toBe(false);
  });
});

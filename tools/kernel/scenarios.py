"""The scripted scenarios of capture.py.

A step is ("peer", flags, seq, ack[, data[, window]]) with seq relative to the peer's ISS and
ack relative to the kernel's ISS; ("wait", ms); ("until", state, max_ms): wait until the
kernel's socket is in that state; or a call on the kernel's socket: ("listen",),
("connect",), ("accept",), ("send", {"data": ...}), ("recv", {}), ("shutdown",), ("close",),
("abort",), ("error",), ("close-listener",).
"""

# The three-way handshake with the kernel passive, then accept().
PASSIVE = [("listen",), ("peer", "S", 0, 0), ("peer", "A", 1, 1), ("accept",)]
# The kernel connects; the peer answers SYN,ACK.
ACTIVE = [("connect",), ("wait", 50), ("peer", "SA", 0, 1)]
# The kernel closes first and the peer ACKs its FIN: FIN_WAIT_2.
KERNEL_FIN_ACKED = PASSIVE + [("close",), ("peer", "A", 1, 2)]
# Both FINs exchanged, the kernel closed first: TIME_WAIT.
KERNEL_TIME_WAIT = KERNEL_FIN_ACKED + [("peer", "FA", 1, 2)]
# The peer closed first: CLOSE_WAIT.
PEER_FIN = PASSIVE + [("peer", "FA", 1, 1), ("wait", 300)]
# Waits longer than Linux's rate limit of out-of-window ACKs (tcp_invalid_ratelimit, 500 ms).
RATE = ("wait", 600)

# The synchronized states the kernel can be put in, each with the peer's next sequence number.
STATES = {
    "fin-wait-1": (PASSIVE + [("close",)], 1),
    "fin-wait-2": (KERNEL_FIN_ACKED, 1),
    "close-wait": (PEER_FIN, 2),
    "last-ack": (PEER_FIN + [("close",)], 2),
    "closing": (PASSIVE + [("close",), ("peer", "FA", 1, 1)], 2),
}

SCENARIOS = {
    "passive-open": {
        "description": "three-way handshake, the kernel listening",
        "steps": PASSIVE,
    },
    "active-open": {
        "description": "three-way handshake, the kernel connecting",
        "steps": ACTIVE,
    },
    "close-kernel-first": {
        "description": "four-segment close, the kernel closes first and ends in TIME_WAIT",
        "steps": KERNEL_FIN_ACKED + [("wait", 200), ("peer", "FA", 1, 2), ("wait", 200)],
    },
    "close-peer-first": {
        "description": "four-segment close, the peer closes first; the kernel's close() after a pause",
        "steps": PEER_FIN + [("close",), ("peer", "A", 2, 2)],
    },
    "close-three-segments": {
        "description": "the peer's FIN (the kernel's delayed ACK follows about 20 ms later), then close()",
        "steps": PASSIVE + [("peer", "FA", 1, 1), ("close",), ("peer", "A", 2, 2)],
    },
    "close-simultaneous": {
        "description": "both FINs cross: CLOSING, then TIME_WAIT",
        "steps": PASSIVE + [("close",), ("peer", "FA", 1, 1), ("peer", "A", 2, 2)],
    },
    "half-close-kernel": {
        "description": "the kernel shuts down its sending side and keeps reading",
        "steps": PASSIVE + [("shutdown",), ("peer", "A", 1, 2), ("peer", "PA", 1, 2, "hello"),
                            ("recv", {}), ("peer", "FA", 6, 2)],
    },
    "half-close-peer": {
        "description": "the peer shuts down its side; the kernel keeps sending",
        "steps": PEER_FIN + [("send", {"data": "reply"}), ("peer", "A", 2, 6), ("close",), ("peer", "A", 2, 7)],
    },
    "syn-retries": {
        "description": "nobody answers the kernel's SYN: retransmissions until ETIMEDOUT",
        "steps": [("connect",), ("until", "CLOSED", 200_000), ("error",)],
    },
    "synack-retries": {
        "description": "nobody answers the kernel's SYN,ACK: retransmissions until the request is dropped",
        "steps": [("listen",), ("peer", "S", 0, 0), ("wait", 70_000)],
    },
    "lost-syn": {
        "description": "the peer answers only the first retransmission of the SYN",
        "steps": [("connect",), ("wait", 1500), ("peer", "SA", 0, 1)],
    },
    "lost-synack": {
        "description": "the peer's ACK comes after the first retransmission of the SYN,ACK",
        "steps": [("listen",), ("peer", "S", 0, 0), ("wait", 1500), ("peer", "A", 1, 1), ("accept",)],
    },
    "lost-fin": {
        "description": "the kernel's FIN is retransmitted once before the peer ACKs it",
        "steps": PASSIVE + [("close",), ("wait", 1500), ("peer", "A", 1, 2), ("peer", "FA", 1, 2)],
    },
    "time-wait-reack": {
        "description": "TIME_WAIT: a retransmitted FIN is ACKed again and TIME_WAIT starts over",
        # At 70 s TIME_WAIT would be over without the restart; it ends 60 s after it.
        "steps": KERNEL_TIME_WAIT + [("wait", 20_000), ("peer", "FA", 1, 2), ("wait", 50_000), ("until", "CLOSED", 60_000)],
    },
    "fin-wait-2-orphan": {
        "description": "close(): FIN_WAIT_2 lasts tcp_fin_timeout (5 s here), then CLOSED",
        "sysctls": {"net.ipv4.tcp_fin_timeout": 5},
        "steps": KERNEL_FIN_ACKED + [("until", "CLOSED", 20_000)],
    },
    "fin-wait-2-shutdown": {
        "description": "shutdown(): FIN_WAIT_2 has no timer; the peer's FIN comes 8 s later",
        "sysctls": {"net.ipv4.tcp_fin_timeout": 5},
        "steps": PASSIVE + [("shutdown",), ("peer", "A", 1, 2), ("wait", 8000), ("peer", "FA", 1, 2)],
    },
    "fin-wait-2-orphan-data": {
        "description": "close(), then data from the peer: RST",
        "steps": KERNEL_FIN_ACKED + [("peer", "PA", 1, 2, "late")],
    },
    "rst-established-exact": {
        "description": "RST at RCV.NXT in ESTABLISHED: the connection is reset",
        "steps": PASSIVE + [("peer", "R", 1, 0), ("error",)],
    },
    "rst-established-in-window": {
        "description": "RST in the window but not at RCV.NXT: challenge ACK",
        "steps": PASSIVE + [("peer", "R", 100, 0)],
    },
    "rst-established-out-of-window": {
        "description": "RST outside the window: dropped silently",
        "steps": PASSIVE + [("peer", "R", 100_000, 0)],
    },
    "rst-syn-rcvd": {
        "description": "RST at RCV.NXT in SYN_RCVD (passive): the request is dropped, LISTEN stays",
        "steps": [("listen",), ("peer", "S", 0, 0), ("peer", "R", 1, 0)],
    },
    "rst-syn-sent": {
        "description": "RST,ACK for the kernel's SYN: connection refused",
        "steps": [("connect",), ("wait", 50), ("peer", "RA", 0, 1), ("error",)],
    },
    "rst-syn-sent-no-ack": {
        "description": "RST without ACK in SYN_SENT: ignored",
        "steps": [("connect",), ("wait", 50), ("peer", "R", 0, 0), ("wait", 200)],
    },
    "rst-fin-wait-1": {
        "description": "RST at RCV.NXT in FIN_WAIT_1",
        "steps": PASSIVE + [("close",), ("peer", "R", 1, 0)],
    },
    "rst-fin-wait-2": {
        "description": "RST at RCV.NXT in FIN_WAIT_2",
        "steps": KERNEL_FIN_ACKED + [("peer", "R", 1, 0)],
    },
    "rst-close-wait": {
        "description": "RST at RCV.NXT in CLOSE_WAIT",
        "steps": PEER_FIN + [("peer", "R", 2, 0)],
    },
    "rst-last-ack": {
        "description": "RST at RCV.NXT in LAST_ACK",
        "steps": PEER_FIN + [("close",), ("peer", "R", 2, 0)],
    },
    "rst-closing": {
        "description": "RST at RCV.NXT in CLOSING",
        "steps": PASSIVE + [("close",), ("peer", "FA", 1, 1), ("peer", "R", 2, 0)],
    },
    "rst-time-wait": {
        "description": "RST in TIME_WAIT with tcp_rfc1337 = 0 (Linux's default): TIME_WAIT ends",
        "steps": KERNEL_TIME_WAIT + [("peer", "R", 2, 0)],
    },
    "rst-time-wait-rfc1337": {
        "description": "RST in TIME_WAIT with tcp_rfc1337 = 1: ignored",
        "sysctls": {"net.ipv4.tcp_rfc1337": 1},
        "steps": KERNEL_TIME_WAIT + [("peer", "R", 2, 0), ("wait", 200)],
    },
    "syn-established": {
        "description": "SYN in ESTABLISHED: challenge ACK (RFC 5961 4.2)",
        "steps": PASSIVE + [("peer", "S", 1, 0)],
    },
    "syn-time-wait": {
        "description": "a new SYN (higher sequence number) in TIME_WAIT with the listener open: a new connection",
        "steps": KERNEL_TIME_WAIT + [("peer", "S", 100_000, 0), ("peer", "A", 100_001, 1), ("accept",)],
    },
    "ack-of-unsent": {
        "description": "an ACK of data never sent: ACK, dropped",
        "steps": PASSIVE + [("peer", "A", 1, 1000)],
    },
    "ack-too-old": {
        "description": "an ACK far below SND.UNA (RFC 5961 5.2): challenge ACK",
        "steps": PASSIVE + [("peer", "A", 1, -200_000)],
    },
    "ack-old-duplicate": {
        "description": "an ACK a little below SND.UNA: ignored",
        "steps": PASSIVE + [("peer", "A", 1, -10)],
    },
    "data-out-of-window": {
        "description": "data beyond the window, then data wholly before RCV.NXT: each gets an ACK",
        "steps": PASSIVE + [("peer", "PA", 200_000, 1, "far"), RATE, ("peer", "PA", -5, 1, "old")],
    },
    "data-out-of-window-not-rate-limited": {
        "description": "two out-of-window data segments 100 ms apart: each gets its ACK (data is not rate-limited)",
        "steps": PASSIVE + [("peer", "PA", 200_000, 1, "far"), ("wait", 100), ("peer", "PA", 200_000, 1, "far")],
    },
    "ack-out-of-window-rate-limit": {
        "description": "two out-of-window pure ACKs 100 ms apart: Linux answers only the first (500 ms)",
        "steps": PASSIVE + [("peer", "A", 200_000, 1), ("wait", 100), ("peer", "A", 200_000, 1), RATE, ("peer", "A", 200_000, 1)],
    },
    "rst-challenge-rate-limit": {
        "description": "two in-window RSTs 100 ms apart: one challenge ACK",
        "steps": PASSIVE + [("peer", "R", 100, 0), ("wait", 100), ("peer", "R", 100, 0)],
    },
    "rst-time-wait-in-window": {
        "description": "an in-window RST not at RCV.NXT in TIME_WAIT: dropped without a challenge ACK",
        "steps": KERNEL_TIME_WAIT + [("peer", "R", 100, 0), ("wait", 200)],
    },
    "close-wait-data": {
        "description": "the peer's FIN, the kernel sends data and the peer ACKs it, then data after the FIN from the peer",
        "steps": PEER_FIN + [("peer", "PA", 2, 1, "late"), ("wait", 200)],
    },
    "abort": {
        "description": "abort() (SO_LINGER 0) in ESTABLISHED",
        "steps": PASSIVE + [("abort",)],
    },
    "close-unread": {
        "description": "close() with received data the application has not read: RST instead of FIN",
        "steps": PASSIVE + [("peer", "PA", 1, 1, "hello"), ("close",)],
    },
    "close-read": {
        "description": "close() after reading the data: a FIN",
        "steps": PASSIVE + [("peer", "PA", 1, 1, "hello"), ("recv", {}), ("close",), ("peer", "A", 6, 2), ("peer", "FA", 6, 2)],
    },
    "simultaneous-open": {
        "description": "both sides send a SYN: SYN_RCVD, then the crossed SYN,ACK",
        "steps": [("connect",), ("wait", 50), ("peer", "S", 0, 0), ("peer", "SA", 0, 1)],
    },
    "data-both-ways": {
        "description": "data each way and its ACKs",
        "steps": PASSIVE + [("peer", "PA", 1, 1, "ping"), ("recv", {}), ("send", {"data": "pong"}), ("peer", "A", 5, 5)],
    },
    "close-three-segments-merged": {
        "description": "the peer's FIN and the kernel's close() at once: the delayed ACK rides on the FIN (three segments)",
        "steps": PASSIVE + [("peer", "FA", 1, 1, "", 65535, 0), ("close",), ("peer", "A", 2, 2)],
    },
    "syn-rcvd-syn-again": {
        "description": "SYN_RCVD: the peer sends its SYN again (its SYN,ACK was lost): the SYN,ACK is sent again",
        "steps": [("listen",), ("peer", "S", 0, 0), ("peer", "S", 0, 0), ("peer", "A", 1, 1), ("accept",)],
    },
    "syn-rcvd-bad-ack": {
        "description": "SYN_RCVD: an ACK of something never sent: RST",
        "steps": [("listen",), ("peer", "S", 0, 0), ("peer", "A", 1, 1000), ("wait", 100)],
    },
    "syn-time-wait-old": {
        "description": "a SYN below RCV.NXT in TIME_WAIT: ACK, TIME_WAIT stays",
        "steps": KERNEL_TIME_WAIT + [("peer", "S", -1000, 0), ("wait", 100)],
    },
    "syn-time-wait-no-listener": {
        "description": "a new SYN in TIME_WAIT after an active open (no listener): the TIME_WAIT ACK",
        "steps": ACTIVE + [("close",), ("peer", "A", 1, 2), ("peer", "FA", 1, 2), ("peer", "S", 100_000, 0), ("wait", 100)],
    },
}

for state, (steps, nxt) in STATES.items():
    SCENARIOS[f"rst-{state}-in-window"] = {
        "description": f"RST in the window but not at RCV.NXT in {state.upper().replace('-', '_')}: challenge ACK",
        "steps": steps + [("peer", "R", nxt + 100, 0)],
    }
    SCENARIOS[f"rst-{state}-out-of-window"] = {
        "description": f"RST outside the window in {state.upper().replace('-', '_')}: dropped",
        "steps": steps + [("peer", "R", nxt + 100_000, 0)],
    }
    SCENARIOS[f"syn-{state}"] = {
        "description": f"SYN in {state.upper().replace('-', '_')}: challenge ACK",
        "steps": steps + [("peer", "S", nxt, 0)],
    }
SCENARIOS.update({
    "time-wait-expiry": {
        "description": "TIME_WAIT lasts 60 s, then CLOSED",
        "steps": KERNEL_TIME_WAIT + [("until", "CLOSED", 90_000)],
    },
    "time-wait-bare-ack": {
        "description": "TIME_WAIT: a bare ACK at RCV.NXT 20 s in: no answer, but TIME_WAIT starts over",
        "steps": KERNEL_TIME_WAIT + [("wait", 20_000), ("peer", "A", 2, 2), ("wait", 50_000), ("until", "CLOSED", 60_000)],
    },
    "fin-wait-1-orphan-data": {
        "description": "close(), then data from the peer before it ACKs the FIN: RST",
        "steps": PASSIVE + [("close",), ("peer", "PA", 1, 1, "late")],
    },
    "close-wait-unread": {
        "description": "the peer sends data and its FIN; close() with the data unread: RST,ACK",
        "steps": PASSIVE + [("peer", "PA", 1, 1, "hello"), ("peer", "FA", 6, 1), ("wait", 100), ("close",)],
    },
    "closed-port-syn": {
        "description": "a SYN to a port nobody listens on: RST,ACK",
        "steps": [("peer", "S", 0, 0), ("wait", 100)],
    },
    "closed-port-ack": {
        "description": "an ACK to a port nobody listens on: RST with SEQ = SEG.ACK",
        "steps": [("peer", "A", 0, 5), ("wait", 100)],
    },
    "listen-ack": {
        "description": "an ACK to a listener: RST",
        "steps": [("listen",), ("peer", "A", 0, 5), ("wait", 100)],
    },
    "listen-rst": {
        "description": "a RST to a listener: ignored",
        "steps": [("listen",), ("peer", "R", 0, 0), ("wait", 100)],
    },
    "syn-sent-bad-ack": {
        "description": "SYN_SENT: a SYN,ACK acknowledging something never sent: RST, SYN_SENT stays",
        "steps": [("connect",), ("wait", 50), ("peer", "SA", 0, 100), ("wait", 100)],
    },
    "rst-syn-sent-bad-ack": {
        "description": "SYN_SENT: a RST,ACK whose ACK is not acceptable: ignored",
        "steps": [("connect",), ("wait", 50), ("peer", "RA", 0, 100), ("wait", 100)],
    },
})
SCENARIOS["rst-syn-rcvd-in-window"] = {
    "description": "RST in the window but not at RCV.NXT in SYN_RCVD",
    "steps": [("listen",), ("peer", "S", 0, 0), ("peer", "R", 100, 0), ("wait", 100)],
}
SCENARIOS["rst-syn-rcvd-out-of-window"] = {
    "description": "RST outside the window in SYN_RCVD",
    "steps": [("listen",), ("peer", "S", 0, 0), ("peer", "R", 100_000, 0), ("wait", 100)],
}

#!/usr/bin/python3
"""Records how the real Linux TCP stack behaves in scripted scenarios (dev-only).

One side of each connection is a real Linux socket (the "kernel" side); the other is a
hand-crafted peer that writes segments with a raw socket and reads the kernel's segments
from an AF_PACKET socket on lo. Each scenario is written to test/kernel/traces/<name>.json
with `uname -r`, the sysctls used, every call, every segment (both ways, with times) and the
kernel socket's state from `ss` after each step. test/kernel/replay.test.ts replays them
through the engine's linux profile.

Run as root through tools/kernel/capture.sh: it runs this in a fresh network namespace
(`unshare -n`), so the sysctls and the iptables rule below never touch the host's own
network; they are restored on exit all the same. Only 127.0.0.1/127.0.0.2 on lo are used.
"""
import errno
import json
import os
import select
import socket
import struct
import subprocess
import sys
import time

from scapy.layers.inet import IP, TCP  # python3-scapy (Debian)

sys.dont_write_bytecode = True  # no __pycache__ in the repository
from scenarios import SCENARIOS  # noqa: E402

KERNEL_ADDR = "127.0.0.1"
PEER_ADDR = "127.0.0.2"
KERNEL_PORT = 5000
PEER_PORT = 40000
PEER_ISS = 1_000_000
PEER_WINDOW = 65535
ETH_P_ALL = 0x0003
PACKET_OUTGOING = 4
# A scenario sends a few dozen segments; no call reads more frames than this.
DRAIN_LIMIT = 10_000
SO_TIMESTAMPNS = 35  # SCM_TIMESTAMPNS has the same value
# An upper bound for any single scenario (the longest, SYN retries, takes about 135 s).
SCENARIO_LIMIT_S = 240

SS_STATES = {
    "ESTAB": "ESTABLISHED",
    "SYN-SENT": "SYN_SENT",
    "SYN-RECV": "SYN_RCVD",
    "FIN-WAIT-1": "FIN_WAIT_1",
    "FIN-WAIT-2": "FIN_WAIT_2",
    "TIME-WAIT": "TIME_WAIT",
    "CLOSE-WAIT": "CLOSE_WAIT",
    "LAST-ACK": "LAST_ACK",
    "CLOSING": "CLOSING",
    "LISTEN": "LISTEN",
}

SYSCTL_DEFAULTS = {
    "net.ipv4.tcp_fin_timeout": None,
    "net.ipv4.tcp_syn_retries": None,
    "net.ipv4.tcp_synack_retries": None,
    "net.ipv4.tcp_retries2": None,
    "net.ipv4.tcp_syn_linear_timeouts": None,
    "net.ipv4.tcp_rfc1337": None,
    "net.ipv4.tcp_timestamps": None,
    "net.ipv4.tcp_sack": None,
    "net.ipv4.tcp_window_scaling": None,
}


def sysctl_path(name):
    return "/proc/sys/" + name.replace(".", "/")


def read_sysctl(name):
    with open(sysctl_path(name)) as f:
        return f.read().strip()


def write_sysctl(name, value):
    with open(sysctl_path(name), "w") as f:
        f.write(str(value))


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


# The kernel's own segments to the peer's address would reach its own TCP input and be
# answered with RST (no socket there); drop them after the capture socket has seen them.
IPTABLES_RULE = ["INPUT", "-p", "tcp", "-d", PEER_ADDR, "--dport", str(PEER_PORT), "-j", "DROP"]


class Capture:
    """The peer: sends crafted segments, receives the kernel's, records everything."""

    def __init__(self, name):
        self.name = name
        # Wall-clock times: the capture socket's kernel timestamps (SO_TIMESTAMPNS) are on
        # the same clock, so a segment's time is when the kernel sent it, not when we read it.
        self.t0 = time.time()
        self.events = []
        self.kernel_iss = None
        self.first_iss = None
        self.tx = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
        self.rx = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        self.rx.bind(("lo", 0))
        self.rx.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        self.rx.setblocking(False)
        self.sock = None  # the kernel-side socket the script works on
        self.listener = None
        self.last_state = None
        self.synchronized = False

    def now_ms(self, at=None):
        return round(((time.time() if at is None else at) - self.t0) * 1000, 1)

    # ---- segments -------------------------------------------------------------------
    def peer(self, flags, seq, ack=0, data="", window=PEER_WINDOW, pause=30):
        """Sends <SEQ=PEER_ISS+seq><ACK=kernel ISS+ack> with the given flags ("SAFRP")."""
        abs_seq = (PEER_ISS + seq) % 2**32
        abs_ack = ((self.kernel_iss or 0) + ack) % 2**32 if "A" in flags else 0
        pkt = IP(src=PEER_ADDR, dst=KERNEL_ADDR) / TCP(
            sport=PEER_PORT, dport=KERNEL_PORT, seq=abs_seq, ack=abs_ack,
            flags=flags, window=window) / data.encode("ascii")
        self.drain()
        self.tx.sendto(bytes(pkt), (KERNEL_ADDR, 0))
        self.events.append({"t": self.now_ms(), "kind": "peer", "segment": seg_json(flags, abs_seq, abs_ack, window, data)})
        self.pause(pause)

    def drain(self):
        """Reads every kernel segment already captured (at most DRAIN_LIMIT frames a call)."""
        for _ in range(DRAIN_LIMIT):
            try:
                frame, anc, _flags, addr = self.rx.recvmsg(65535, 256)
            except BlockingIOError:
                return
            if addr[2] == PACKET_OUTGOING:
                continue
            at = None
            for level, kind, value in anc:
                if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                    sec, nsec = struct.unpack("qq", value[:16])
                    at = sec + nsec / 1e9
            self.take(frame, at)

    def take(self, frame, at):
        ip = IP(frame[14:])  # lo frames carry a zeroed Ethernet header
        if not ip.haslayer(TCP):
            return
        tcp = ip[TCP]
        if ip.src != KERNEL_ADDR or ip.dst != PEER_ADDR or tcp.sport != KERNEL_PORT or tcp.dport != PEER_PORT:
            return
        flags = "".join(c for c in "SAFRP" if c in str(tcp.flags))
        data = bytes(tcp.payload).decode("ascii", errors="replace")
        if "S" in flags:
            # Relative ACK numbers of the script follow the kernel's latest ISS (a SYN in
            # TIME_WAIT opens a new incarnation); the trace keeps the first one.
            self.kernel_iss = tcp.seq
            if self.first_iss is None:
                self.first_iss = tcp.seq
        opts = [o[0] for o in tcp.options]
        self.events.append({
            "t": self.now_ms(at), "kind": "kernel",
            "segment": {**seg_json(flags, tcp.seq, tcp.ack if "A" in flags else 0, tcp.window, data), "options": opts},
        })

    def pause(self, ms):
        """Waits ms while capturing (bounded by the clock, not by traffic)."""
        end = time.time() + ms / 1000
        while True:
            left = end - time.time()
            if left <= 0:
                break
            select.select([self.rx], [], [], min(left, 0.05))
            self.drain()
        self.drain()

    # ---- the kernel side --------------------------------------------------------------
    def call(self, name, **args):
        self.events.append({"t": self.now_ms(), "kind": "call", "call": name, **args})
        if name == "listen":
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((KERNEL_ADDR, KERNEL_PORT))
            s.listen(8)
            s.setblocking(False)
            self.listener = s
        elif name == "accept":
            self.sock, _ = self.listener.accept()
            self.sock.setblocking(False)
        elif name == "close-listener":
            self.listener.close()
            self.listener = None
        elif name == "connect":
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((KERNEL_ADDR, KERNEL_PORT))
            s.setblocking(False)
            err = s.connect_ex((PEER_ADDR, PEER_PORT))
            if err not in (0, errno.EINPROGRESS):
                raise OSError(err, "connect")
            self.sock = s
        elif name == "send":
            self.sock.send(args["data"].encode("ascii"))
        elif name == "recv":
            got = self.sock.recv(args.get("bytes", 65536))
            self.events[-1]["got"] = got.decode("ascii")
        elif name == "shutdown":
            self.sock.shutdown(socket.SHUT_WR)
        elif name == "close":
            self.sock.close()
            self.sock = None
        elif name == "abort":
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.sock.close()
            self.sock = None
        elif name == "error":
            # The error a failed connection reports (ETIMEDOUT, ECONNREFUSED, ECONNRESET).
            err = self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) if self.sock else 0
            self.events[-1]["errno"] = errno.errorcode.get(err, str(err)) if err else None
        else:
            raise ValueError(name)
        self.pause(30)

    def state(self):
        """The state of the kernel's connection to the peer, else of its listener, from ss."""
        out = subprocess.run(["ss", "-tanH", "state", "all"], capture_output=True, text=True, check=True).stdout
        conn = listen = None
        for line in out.splitlines():
            f = line.split()
            if len(f) < 5:
                continue
            if f[3] == f"{KERNEL_ADDR}:{KERNEL_PORT}" and f[4] == f"{PEER_ADDR}:{PEER_PORT}":
                conn = SS_STATES.get(f[0], f[0])
            elif f[3] == f"{KERNEL_ADDR}:{KERNEL_PORT}" and f[0] == "LISTEN":
                listen = "LISTEN"
        return conn, listen

    def conn_state(self):
        """The connection's state as the engine names it: a connection that has been
        synchronized and is gone is CLOSED even though its listener still listens; a request
        that never got that far falls back to the listener (LISTEN)."""
        conn, listen = self.state()
        if conn is not None and conn not in ("SYN_RCVD", "SYN_SENT", "LISTEN"):
            self.synchronized = True
        if conn is not None:
            return conn
        return "CLOSED" if self.synchronized or listen is None else "LISTEN"

    def record_state(self):
        st = self.conn_state()
        self.events.append({"t": self.now_ms(), "kind": "state", "state": st})
        self.last_state = st
        return st

    def close_all(self):
        for s in (self.sock, self.listener):
            if s is not None:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                s.close()
        self.sock = self.listener = None
        self.tx.close()
        self.rx.close()


def seg_json(flags, seq, ack, window, data):
    return {"flags": flags, "seq": seq, "ack": ack, "window": window, "data": data}


def play(name, scenario):
    cap = Capture(name)
    deadline = time.time() + SCENARIO_LIMIT_S
    try:
        for step in scenario["steps"]:
            if time.time() > deadline:
                raise TimeoutError(name)
            kind = step[0]
            if kind == "peer":
                cap.peer(*step[1:])
                if len(step) > 6 and step[6] == 0:
                    continue  # the next step follows at once (no ss in between)
            elif kind == "wait":
                cap.pause(step[1])
            elif kind == "until":
                # Wait (bounded) until the kernel's state is step[1].
                end = time.time() + step[2] / 1000
                while cap.conn_state() != step[1] and time.time() < end:
                    cap.pause(100)
            else:
                cap.call(kind, **(step[1] if len(step) > 1 else {}))
            cap.record_state()
        cap.pause(50)
        cap.drain()
    finally:
        cap.close_all()
    return {
        "name": name,
        "description": scenario["description"],
        "kernel": os.uname().release,
        "sysctls": {k: read_sysctl(k) for k in SYSCTL_DEFAULTS},
        "kernelAddr": f"{KERNEL_ADDR}:{KERNEL_PORT}",
        "peerAddr": f"{PEER_ADDR}:{PEER_PORT}",
        "peerIss": PEER_ISS,
        "kernelIss": cap.first_iss,
        "events": cap.events,
    }


def main():
    if os.geteuid() != 0:
        sys.exit("capture.py needs root (raw sockets, sysctls, iptables): run tools/kernel/capture.sh")
    out_dir = os.path.join(os.path.dirname(__file__), "..", "..", "test", "kernel", "traces")
    os.makedirs(out_dir, exist_ok=True)
    wanted = sys.argv[1:] or list(SCENARIOS)
    run(["ip", "link", "set", "lo", "up"])
    saved = {k: read_sysctl(k) for k in SYSCTL_DEFAULTS}
    run(["iptables", "-A", *IPTABLES_RULE])
    try:
        for name in wanted:
            scenario = SCENARIOS[name]
            # Options the engine does not model are off, so both sides speak plain RFC 9293.
            base = {"net.ipv4.tcp_timestamps": 0, "net.ipv4.tcp_sack": 0, "net.ipv4.tcp_window_scaling": 0}
            for k, v in {**base, **scenario.get("sysctls", {})}.items():
                write_sysctl(k, v)
            try:
                trace = play(name, scenario)
            finally:
                for k, v in saved.items():
                    write_sysctl(k, v)
            with open(os.path.join(out_dir, f"{name}.json"), "w") as f:
                json.dump(trace, f, indent=1)
                f.write("\n")
            n = sum(1 for e in trace["events"] if e["kind"] in ("peer", "kernel"))
            print(f"{name}: {n} segments, final state {trace['events'][-1].get('state')}", flush=True)
            # Let the port's TIME_WAIT (if any) not leak into the next scenario.
            time.sleep(0.2)
    finally:
        run(["iptables", "-D", *IPTABLES_RULE])
        for k, v in saved.items():
            write_sysctl(k, v)


if __name__ == "__main__":
    main()

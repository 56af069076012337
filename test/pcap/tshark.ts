// Runs Debian's tshark on capture bytes (tshark is installed by .ci/run).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Reads `fields` for every packet (optionally filtered); one array of strings per packet. */
export function tsharkFields(pcap: Uint8Array, fields: string[], filter?: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "tcp-arena-pcap-"));
  try {
    const file = join(dir, "capture.pcap");
    writeFileSync(file, pcap);
    const args = ["-r", file, "-n", "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE"];
    if (filter) args.push("-Y", filter);
    args.push("-T", "fields", ...fields.flatMap((f) => ["-e", f]));
    const out = execFileSync("tshark", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 20_000 });
    return out
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => line.split("\t"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wireshark's expert warnings from TCP analysis, window updates aside (they are informational). */
export const ANALYSIS_WARNINGS = "tcp.analysis.flags && !tcp.analysis.window_update";

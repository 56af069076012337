// Runs Debian's tshark on capture bytes (tshark is installed by .ci/run). Asynchronously: a
// test process may host the server under test, whose timers (keep-alive among them) must go
// on while tshark reads.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Reads `fields` for every packet (optionally filtered); one array of strings per packet. */
export async function tsharkFields(pcap: Uint8Array, fields: string[], filter?: string): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "tcp-arena-pcap-"));
  try {
    const file = join(dir, "capture.pcap");
    writeFileSync(file, pcap);
    const args = ["-r", file, "-n", "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE"];
    if (filter) args.push("-Y", filter);
    args.push("-T", "fields", ...fields.flatMap((f) => ["-e", f]));
    const { stdout: out } = await run("tshark", args, { encoding: "utf8", timeout: 20_000 });
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

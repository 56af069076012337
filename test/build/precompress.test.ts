import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { precompressDir } from "../../scripts/precompress.ts";

let dir: string;
const SCRIPT = Array.from({ length: 300 }, (_, i) => `export const s${i} = "segment ${i}";`).join("\n");

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tcp-arena-precompress-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "assets", "main.js"), SCRIPT);
  writeFileSync(path.join(dir, "tiny.txt"), "hi");
  writeFileSync(path.join(dir, "art.png"), Buffer.alloc(4096, 7));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("precompressing the built client", () => {
  it("writes a .br and a .gz beside a script, each decoding to the script", async () => {
    const report = await precompressDir(dir);
    const main = path.join(dir, "assets", "main.js");
    expect(brotliDecompressSync(readFileSync(main + ".br")).toString()).toBe(SCRIPT);
    expect(gunzipSync(readFileSync(main + ".gz")).toString()).toBe(SCRIPT);
    const entry = report.find((f) => f.file === main);
    expect(entry?.size).toBe(SCRIPT.length);
    expect(entry?.br).toBe(readFileSync(main + ".br").length);
    expect(entry?.br).toBeLessThan(entry?.gzip ?? 0);
  });

  it("keeps no copy that is not smaller than the file, and leaves images alone", async () => {
    const report = await precompressDir(dir);
    expect(existsSync(path.join(dir, "tiny.txt.br"))).toBe(false);
    expect(existsSync(path.join(dir, "tiny.txt.gz"))).toBe(false);
    expect(report.find((f) => f.file.endsWith("tiny.txt"))).toMatchObject({ br: null, gzip: null });
    expect(existsSync(path.join(dir, "art.png.br"))).toBe(false);
    expect(report.some((f) => f.file.endsWith("art.png"))).toBe(false);
  });

  it("does not compress its own copies again when run twice", async () => {
    await precompressDir(dir);
    const again = await precompressDir(dir);
    expect(again.map((f) => path.basename(f.file)).sort()).toEqual(["main.js", "tiny.txt"]);
    expect(existsSync(path.join(dir, "assets", "main.js.br.br"))).toBe(false);
  });
});

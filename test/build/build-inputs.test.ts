import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inputsHash } from "../../scripts/build-inputs.ts";

let root: string;
const write = (rel: string, text: string): void => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "tcp-arena-inputs-"));
  write("package.json", "{}");
  write("client/main.ts", "export {};");
  write("server/main.ts", "export {};");
  write("shared/tcp/step.ts", "export const x = 1;");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the build stamp's inputs hash", () => {
  it("is the same for the same files, whatever their mtimes", () => {
    const before = inputsHash(root, "client");
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, "client/main.ts"), later, later);
    expect(inputsHash(root, "client")).toBe(before);
  });

  it("changes when a file's content changes, or a file is added or renamed", () => {
    const seen = new Set([inputsHash(root, "client")]);
    write("client/main.ts", "export const changed = true;");
    seen.add(inputsHash(root, "client"));
    write("client/extra.ts", "export {};");
    seen.add(inputsHash(root, "client"));
    rmSync(path.join(root, "client/extra.ts"));
    write("client/renamed.ts", "export {};");
    seen.add(inputsHash(root, "client"));
    expect(seen.size).toBe(4);
  });

  it("leaves the client alone for a server edit, and rebuilds both for an edit in shared/", () => {
    const client = inputsHash(root, "client");
    const server = inputsHash(root, "server");
    write("server/main.ts", "export const edited = 1;");
    expect(inputsHash(root, "client")).toBe(client);
    expect(inputsHash(root, "server")).not.toBe(server);
    write("shared/tcp/step.ts", "export const x = 2;");
    expect(inputsHash(root, "client")).not.toBe(client);
  });

  it("ignores build output and dependencies", () => {
    const before = inputsHash(root, "client");
    write("client/dist/index.html", "<!doctype html>");
    write("client/node_modules/x/index.js", "");
    write("dist/build-stamp.json", "{}");
    expect(inputsHash(root, "client")).toBe(before);
  });
});

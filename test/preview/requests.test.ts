// `matterc preview` as a process against requests no browser sends: a catalogue of malformed
// request targets, methods, headers and hosts, sent as raw bytes. Each gets a 4xx answer, and after
// every one the server still answers a real page: none may end the process. Also: a half-sent
// request is closed after a bounded wait without blocking anyone else, a folder with links to its
// parent does not make the watcher walk for ever, and SIGTERM then still stops the server.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";
import { copyExample, RESTAURANT } from "./helpers/project.js";

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: URL;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startCli(dir: string): Promise<Running> {
  for (const built of ["dist/cli/main.js", "dist/preview/app.js"]) if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build first`);
  const child = spawn(process.execPath, [join(ROOT, "dist", "cli", "main.js"), "preview", dir, "--port", "0"], { cwd: ROOT });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    void exited.then((code) => reject(new Error(`preview exited with ${code}: ${stderr}`)));
  });
  return { child, url: new URL(first), stderr: () => stderr, exited };
}

/** Sends raw bytes and reads the answer's status, or "closed"/"no answer" when there is none. */
function raw(url: URL, bytes: string | Buffer, waitMs = 30_000): Promise<{ status: number | "closed" | "no answer"; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let text = "";
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : text ? "no answer" : "closed", text });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : "no answer", text });
    }, waitMs);
    socket.setEncoding("latin1");
    socket.on("data", (c: string) => {
      text += c;
      // One answer is enough; the connection may be kept alive.
      if (/\r\n\r\n/.test(text) && /^HTTP/.test(text)) {
        const length = /content-length: (\d+)/i.exec(text);
        const head = text.indexOf("\r\n\r\n") + 4;
        if (!length || text.length - head >= Number(length[1])) done();
      }
    });
    socket.on("error", () => done());
    socket.on("close", () => done());
    socket.write(bytes);
  });
}

async function pageStillServed(p: Running): Promise<void> {
  const res = await fetch(new URL(`/m/${RESTAURANT.code}/`, p.url), { signal: AbortSignal.timeout(30_000) });
  expect(res.status).toBe(200);
  expect(await res.text()).toContain("开办餐饮店");
}

let p: Running;
beforeAll(async () => {
  p = await startCli(copyExample().dir);
});
afterAll(async () => {
  p.child.kill("SIGINT");
  expect(await p.exited).toBe(0);
});

const get = (target: string, headers = "") => `GET ${target} HTTP/1.1\r\nHost: ${host()}\r\n${headers}Connection: close\r\n\r\n`;
function host(): string {
  return p.url.host;
}

describe("matterc preview with malformed requests", () => {
  const catalogue: [string, () => string | Buffer, number[]][] = [
    ["an unparsable absolute target (before: it killed the server)", () => get("http://["), [400]],
    ["an absolute-form target", () => get(`http://${host()}/`), [400]],
    ["the asterisk target", () => get("*"), [400]],
    ["a target that is not a path", () => get("abc"), [400]],
    ["a bad percent-encoding", () => get("/m/%E0%A4%A/"), [404]],
    ["a bad percent-encoding in a file name", () => get(`/files/${RESTAURANT.code}/%ff%fe`), [404]],
    ["a path climbing out of the root", () => get("/../../../../etc/passwd"), [404]],
    ["an encoded path climbing out of an output folder", () => get(`/files/${RESTAURANT.code}/..%2F..%2F..%2Fpackage.json`), [404]],
    ["encoded dots as a folder", () => get("/files/%2e%2e/%2e%2e%2fpackage.json"), [404]],
    ["a backslash climbing out", () => get(`/files/${RESTAURANT.code}/..\\..\\package.json`), [400, 404]],
    ["a NUL byte in the target", () => get("/\0"), [400]],
    ["a very long target", () => get(`/${"a".repeat(64 * 1024)}`), [400, 414, 431]],
    ["an unknown method", () => `BREW / HTTP/1.1\r\nHost: ${host()}\r\n\r\n`, [400]],
    ["a method the server does not serve", () => `DELETE / HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`, [405]],
    ["a POST with a body", () => `POST /api/matter/x HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`, [405]],
    ["a huge header", () => get("/", `X-Big: ${"a".repeat(100 * 1024)}\r\n`), [431]],
    ["thousands of headers", () => get("/", Array.from({ length: 3000 }, (_, i) => `X-${i}: ${i}\r\n`).join("")), [431]],
    ["another site's Host (DNS rebinding)", () => `GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`, [403]],
    ["an empty Host", () => `GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n`, [400, 403]],
    ["no Host in HTTP/1.1", () => `GET / HTTP/1.1\r\nConnection: close\r\n\r\n`, [400]],
    ["no Host in HTTP/1.0", () => `GET / HTTP/1.0\r\n\r\n`, [403]],
    ["two Hosts", () => `GET / HTTP/1.1\r\nHost: ${host()}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`, [400, 403]],
    ["a header line without a colon", () => get("/", "this is not a header\r\n"), [400]],
    ["a bad Content-Length", () => `GET / HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: -1\r\n\r\n`, [400]],
    ["an unsupported HTTP version", () => `GET / HTTP/9.9\r\nHost: ${host()}\r\n\r\n`, [400, 505]],
    ["not HTTP at all (a TLS hello)", () => Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]), [400]],
  ];

  it.each(catalogue)("answers %s with a 4xx, and goes on serving", async (_what, bytes, statuses) => {
    const res = await raw(p.url, bytes());
    expect(statuses).toContain(res.status);
    expect(res.text).not.toContain("root:");
    expect(res.text).not.toContain('"name": "matterc"');
    await pageStillServed(p);
  });

  it("closes half-sent requests after a bounded wait, serving others meanwhile", async () => {
    const started = Date.now();
    const halves = Array.from({ length: 20 }, () => raw(p.url, `GET / HTTP/1.1\r\nHost: ${host()}\r\nX-Slow: `, 25_000));
    await pageStillServed(p);
    const results = await Promise.all(halves);
    // Node answers a request whose headers did not arrive in time with 408, or just closes it.
    for (const r of results) expect([408, "closed"]).toContain(r.status);
    expect(Date.now() - started).toBeLessThan(20_000);
    await pageStillServed(p);
  });

  it("survives a folder with two links to its parent, and still stops on SIGTERM (before: the watcher never returned)", async () => {
    const project = copyExample();
    const q = await startCli(project.dir);
    const sub = join(project.dir, "子目录");
    mkdirSync(sub);
    symlinkSync("..", join(sub, "上级1"));
    symlinkSync("..", join(sub, "上级2"));
    // The watcher has seen the links (and the recompile has run) once a save is noticed after them.
    await new Promise((r) => setTimeout(r, 500));
    project.edit("子事项 户外招牌设置 {", "子事项 户外广告招牌设置 {");
    const deadline = Date.now() + 10_000;
    while (!/已重新编译/.test(q.stderr()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(new URL("/", q.url), { signal: AbortSignal.timeout(30_000) });
    expect(res.status).toBe(200);
    const t0 = Date.now();
    q.child.kill("SIGTERM");
    const code = await Promise.race([q.exited, new Promise<string>((r) => setTimeout(() => r("still running"), 10_000))]);
    if (code === "still running") q.child.kill("SIGKILL");
    expect(code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(q.stderr()).toContain("预览已停止");
  });
});

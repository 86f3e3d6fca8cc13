// `matterc preview` as a process, from the build (npm test builds first): the URL is the first
// line of stdout, the page is served from dist/ alone, Ctrl-C ends it cleanly, and a busy port or
// a missing path exits 2 with a Chinese message.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";
import { copyExample, RESTAURANT } from "./helpers/project.js";

beforeAll(() => {
  for (const built of ["dist/cli/main.js", "dist/preview/app.js"]) if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build first`);
});

function preview(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(ROOT, "dist", "cli", "main.js"), "preview", ...args], { cwd: ROOT });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe("matterc preview (process)", () => {
  it("prints the URL first, serves the pages from the build, and stops on Ctrl-C", async () => {
    const project = copyExample();
    const child = preview([project.dir, "--port", "0"]);
    const done = exited(child);
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve) => lines.once("line", resolve));
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const page = await fetch(new URL(`/m/${RESTAURANT.code}/`, first));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>开办餐饮店 · matterc 预览</title>");
    expect((await fetch(new URL("/assets/app.js", first))).status).toBe(200);
    // An open page keeps an event stream; stopping must not wait for it.
    const events = await fetch(new URL("/events", first));
    expect(events.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");

    child.kill("SIGINT");
    const { code, stderr } = await done;
    expect(code).toBe(0);
    expect(stderr).toContain("正在预览 1 件事，0 个错误，0 个警告");
    expect(stderr).toContain("预览已停止");
  });

  it("exits 2 with a Chinese message when the port is in use", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = preview([join(ROOT, "examples", RESTAURANT.file), "--port", String(port)]);
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
      const { code, stderr } = await exited(child);
      expect(code).toBe(2);
      expect(stderr).toContain(`端口 ${port} 已被占用`);
      expect(stderr).toContain(`--port ${port + 1}`);
      expect(stdout).toBe("");
    } finally {
      blocker.close();
    }
  });

  it("exits 2 when a path does not exist", async () => {
    const { code, stderr } = await exited(preview(["没有这个目录", "--port", "0"]));
    expect(code).toBe(2);
    expect(stderr).toContain("E0901 无法读取「没有这个目录」");
  });
});

// `matterc build` publishes the whole new tree or nothing, cleans up after itself and after
// earlier crashes, removes what no longer exists, and never reads or writes outside the folders
// it was given (issue 20, "Builds that half-happen"); it writes only files whose bytes changed.
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/memory-host.js";
import { run, sameTree, SLOW, tmp, visibleTree } from "./helpers.js";

const EXAMPLES = join(ROOT, "examples");

/** A copy of the examples to edit. */
function examplesCopy(): string {
  const dir = tmp();
  cpSync(EXAMPLES, join(dir, "src"), { recursive: true });
  return dir;
}

function reference(src: string): Map<string, Buffer> {
  const out = join(tmp(), "ref");
  expect(run(["build", src, "--out", out]).code).toBe(0);
  return visibleTree(out);
}

describe("publishing a build", { timeout: SLOW }, () => {
  it("removes the outputs of a withdrawn commitment letter and of a removed matter", () => {
    const dir = examplesCopy();
    const out = join(dir, "out");
    expect(run(["build", "src", "--out", "out"], dir).code).toBe(0);
    expect(existsSync(join(out, "QY-2024-03", "commitment-消防承诺.html"))).toBe(true);
    const f = join(dir, "src", "开办餐饮店.matter");
    writeFileSync(f, readFileSync(f, "utf8").replace(/\n\s*告知承诺 消防承诺 \{[^}]*\}/, ""));
    rmSync(join(dir, "src", "退休.matter"));
    const r = run(["build", "src", "--out", "out"], dir);
    expect(r.stderr).toContain("已生成");
    expect(r.code).toBe(0);
    expect(existsSync(join(out, "QY-2024-03", "commitment-消防承诺.html"))).toBe(false);
    expect(existsSync(join(out, "QY-2024-03", "guide.html"))).toBe(true);
    expect(sameTree(visibleTree(out), reference(join(dir, "src")))).toBe(true);
    // Nothing but the links of the published tree at the top, and one tree in the state folder.
    expect(readdirSync(join(out, ".matterc")).sort()).toEqual([readlinkSync(join(out, ".matterc", "current")), "current"].sort());
    for (const name of readdirSync(out)) if (name !== ".matterc") expect(statSync(join(out, name), { throwIfNoEntry: false }), name).toBeDefined();
  });

  it("removes what a build killed earlier left behind, including an older matterc's staging folder", () => {
    const dir = examplesCopy();
    const out = join(dir, "out");
    mkdirSync(join(out, ".matterc-staging-999999999", "QY-2024-03"), { recursive: true });
    writeFileSync(join(out, ".matterc-staging-999999999", "QY-2024-03", "guide.html"), "half");
    expect(run(["build", "src", "--out", "out"], dir).code).toBe(0);
    // A half-staged tree and a lock of a dead process, as a kill during staging leaves them.
    const state = join(out, ".matterc");
    const free = readlinkSync(join(state, "current")) === "a" ? "b" : "a";
    mkdirSync(join(state, free, "QY-2024-03"), { recursive: true });
    writeFileSync(join(state, free, "QY-2024-03", "guide.html"), "half");
    writeFileSync(join(state, "lock"), "999999999\n");
    symlinkSync(".matterc/current/NOT-YET", join(out, "NOT-YET"));
    expect(run(["build", "src", "--out", "out"], dir).code).toBe(0);
    expect(existsSync(join(out, ".matterc-staging-999999999"))).toBe(false);
    expect(readdirSync(state).sort()).toEqual([readlinkSync(join(state, "current")), "current"].sort());
    expect(lstatSync(join(out, "NOT-YET"), { throwIfNoEntry: false })).toBeUndefined();
    expect(sameTree(visibleTree(out), reference(join(dir, "src")))).toBe(true);
  });

  it("refuses to start while another build is writing, and changes nothing", () => {
    const dir = examplesCopy();
    const out = join(dir, "out");
    expect(run(["build", "src", "--out", "out"], dir).code).toBe(0);
    const before = visibleTree(out);
    writeFileSync(join(out, ".matterc", "lock"), `${process.pid}\n`);
    rmSync(join(dir, "src", "退休.matter"));
    const r = run(["build", "src", "--out", "out"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("另一个 matterc build");
    expect(sameTree(visibleTree(out), before)).toBe(true);
  });

  it("does not write through a link at out/<编码> or at the state folder", () => {
    const dir = examplesCopy();
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, "mine.txt"), "not matterc's\n");
    mkdirSync(join(dir, "out"));
    symlinkSync(elsewhere, join(dir, "out", "QY-2024-03"));
    expect(run(["build", "src", "--out", "out"], dir).code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(["mine.txt"]);
    expect(sameTree(visibleTree(join(dir, "out")), reference(join(dir, "src")))).toBe(true);

    const out2 = join(dir, "out2");
    mkdirSync(out2);
    symlinkSync(elsewhere, join(out2, ".matterc"));
    const r = run(["build", "src", "--out", "out2"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是 matterc 建的文件夹");
    expect(readdirSync(elsewhere)).toEqual(["mine.txt"]);
  });

  it("a read-only matter folder gives a clear message, exit 2 and the old tree intact", () => {
    const dir = examplesCopy();
    const out = join(dir, "out");
    // Permissions bind only a user other than root: run the builds as nobody when we are root.
    const asRoot = process.getuid?.() === 0;
    const opts = asRoot ? { uid: 65534, gid: 65534 } : {};
    if (asRoot) {
      chownSync(dir, 65534, 65534);
      chmodSync(dir, 0o755);
    }
    let r = run(["build", "src", "--out", "out"], dir, opts);
    expect(r.stderr).toContain("已生成");
    const before = visibleTree(out);
    chmodSync(join(out, "QY-2024-03"), 0o555);
    const f = join(dir, "src", "开办餐饮店.matter");
    writeFileSync(f, readFileSync(f, "utf8").replace(/承诺时限: 13 工作日/, "承诺时限: 12 工作日"));
    r = run(["build", "src", "--out", "out"], dir, opts);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/QY-2024-03」是只读的/);
    expect(r.stderr).not.toMatch(/EACCES|\bat .+:\d+:\d+\)/);
    expect(sameTree(visibleTree(out), before)).toBe(true);
    expect(run(["--lang", "en", "build", "src", "--out", "out"], dir, opts).stderr).toMatch(/is read-only, so the new outputs cannot be published; the existing outputs are unchanged/);
    chmodSync(join(out, "QY-2024-03"), 0o755);
    expect(run(["build", "src", "--out", "out"], dir, opts).code).toBe(0);
    expect(sameTree(visibleTree(out), reference(join(dir, "src")))).toBe(true);
  });

  it("converts an output folder written in place by an older matterc, removing what is gone", () => {
    const dir = examplesCopy();
    const out = join(dir, "out");
    mkdirSync(join(out, "QY-2024-03"), { recursive: true });
    mkdirSync(join(out, "GONE-1"), { recursive: true });
    writeFileSync(join(out, "QY-2024-03", "commitment-旧承诺.html"), "withdrawn");
    writeFileSync(join(out, "GONE-1", "model.json"), "{}");
    writeFileSync(join(out, "catalog.json"), JSON.stringify({ matters: [{ code: "QY-2024-03" }, { code: "GONE-1" }, { code: "../x" }] }));
    writeFileSync(join(out, "README.txt"), "the team's own file\n");
    expect(run(["build", "src", "--out", "out"], dir).code).toBe(0);
    const tree = visibleTree(out);
    expect(tree.get("README.txt")?.toString()).toBe("the team's own file\n");
    tree.delete("README.txt");
    expect(sameTree(tree, reference(join(dir, "src")))).toBe(true);
  });
});

describe("rebuilding", { timeout: SLOW }, () => {
  it("writes only the changed matter's files and the catalog; unchanged files keep their inode", () => {
    const dir = examplesCopy();
    const out = join(dir, "out");
    expect(run(["build", "src", "--out", "out"], dir).code).toBe(0);
    const before = visibleTree(out);
    const inode = (p: string) => statSync(join(out, p)).ino;
    const inodes = new Map([...before.keys()].map((p) => [p, inode(p)]));
    expect(run(["build", "src", "--out", "out"], dir).stderr).toContain(`写入 0 个，${before.size} 个未变`);
    // 退休 (GR-2024-05) is no other matter's template.
    const f = join(dir, "src", "退休.matter");
    writeFileSync(f, readFileSync(f, "utf8").replace(/版本: "2024.1"/, `版本: "2024.2"`));
    const r = run(["build", "src", "--out", "out"], dir);
    expect(r.code).toBe(0);
    const after = visibleTree(out);
    const changed = [...after.keys()].filter((p) => !before.get(p)?.equals(after.get(p)!));
    expect(changed.length).toBeGreaterThan(2);
    expect(changed.every((p) => p.startsWith("GR-2024-05/") || p === "catalog.json" || p === "index.html")).toBe(true);
    expect(r.stderr).toContain(`写入 ${changed.length} 个，${after.size - changed.length} 个未变`);
    for (const p of after.keys()) if (!changed.includes(p)) expect(inode(p), p).toBe(inodes.get(p));
  });
});

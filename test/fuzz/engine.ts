// The project's own fuzzer: seeded, bounded mutations of the examples (token and byte mutations,
// splices of two examples, Unicode edge cases) through the compiler, every target and the
// formatter. On every input it checks what must hold for any input whatsoever:
//   - nothing throws and no E0999 (internal error) is reported;
//   - no input takes longer than a generous hang bound (a hang detector, not a speed test);
//   - every model of an error-free compile validates against model.schema.json;
//   - every output parses in its language (JSON, XML for .bpmn/.xml/.svg, HTML with no parse
//     error), checked with real parsers;
//   - formatting is idempotent, and the formatted file compiles to the same models with the same
//     diagnostic codes.
// Used by test/fuzz/fuzz.test.ts (a short run in CI) and by `npm run bench -- fuzz` (a long run).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse as parseHtml } from "parse5";
import { SaxesParser } from "saxes";
import { packageRoot } from "../../cli/host.js";
import { compile, type CompileResult } from "../../compiler/compile.js";
import { modelSchema } from "../../compiler/model-schema.js";
import type { CompilerHost } from "../../compiler/program.js";
import { formatMatter } from "../../grammar/format/print.js";
import { matterLexer } from "../../grammar/tokens.js";
import { renderAll } from "../../targets/index.js";
import { rng } from "../helpers/rng.js";

export const ROOT = packageRoot();
const STDLIB = join(ROOT, "stdlib");

export interface FuzzOptions {
  seed: number;
  iterations: number;
  /** Milliseconds one input may take before it counts as a hang. */
  hangMs?: number;
  /** Called after each input (for progress). */
  progress?: (done: number, failures: number) => void;
}

export interface FuzzFailure {
  iteration: number;
  mutation: string;
  check: string;
  detail: string;
  /** The input, to reproduce (written to a file by the caller if wanted). */
  input: string | Uint8Array;
}

export interface FuzzReport {
  inputs: number;
  compiled: number;
  models: number;
  outputs: number;
  formatted: number;
  slowestMs: number;
  failures: FuzzFailure[];
}

export function examples(): string[] {
  return readdirSync(join(ROOT, "examples"))
    .filter((f) => f.endsWith(".matter"))
    .sort()
    .map((f) => readFileSync(join(ROOT, "examples", f), "utf8"));
}

function stdHost(files: Record<string, string | Uint8Array>): CompilerHost {
  const std = new Map<string, Uint8Array>();
  return {
    readFile: (p) => {
      const f = files[p];
      return f === undefined ? undefined : typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    readStdlib: (name) => {
      if (!std.has(name)) {
        try {
          std.set(name, readFileSync(join(STDLIB, name)));
        } catch {
          return undefined;
        }
      }
      return std.get(name);
    },
    stdlibFiles: () => readdirSync(STDLIB).sort(),
  };
}

function compileOne(input: string | Uint8Array): CompileResult {
  return compile(stdHost({ "fuzz.matter": input }), [{ root: ".", files: ["fuzz.matter"] }]);
}

/** Characters that break naive handling: controls, BOM, non-characters, bidi overrides, line and
 * paragraph separators, combining marks, astral letters, full-width punctuation, CR. */
const UNICODE_EDGES = ["\u0000", "\u0007", "\u001b[31m", "\u007f", "\ufeff", "\ufffe", "\uffff", "\u202e", "\u2028", "\u2029", "\u0301", "𠀀", "😀", "：", "，", "（", "）", "｛", "｝", "【", "】", "“", "”", "「", "」", "\r", "\r\n", "\t", "\u3000", "\u00a0", "𝟘", "①", "²"];
/** Token texts worth inserting: punctuation, keywords, numbers at the edges, words of the language. */
const TOKENS = ["{", "}", "(", ")", "[", "]", ":", ",", ";", "\n", "或", "且", "非", "!", "==", "!=", ">=", "<", "包含", "属于", "0", "-1", "0.5", "1.5", "99999999999999999999", "9007199254740991", "1%", "工作日", "自然日", "即办", "是否", "单选", "多选", "数字", "必填", "最长", "默认", "适用", "前置", "材料", "字段", "情形", "子事项", "一件事", "部门", "使用", '"std/部门"', '"../x"', '"a"', "true", "null", "__proto__", "constructor", "<script>", "{{a}}", "=a", "${x}", "&amp;", "]]>", "--", "甲", "乙.丙"];

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function tokensOf(text: string): { start: number; end: number }[] {
  return matterLexer.tokenize(text).tokens.map((t) => ({ start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 }));
}

type Mutation = { name: string; input: string | Uint8Array };

/** One mutated input from the examples. */
export function mutate(r: () => number, corpus: string[]): Mutation {
  const base = pick(r, corpus);
  const kind = Math.floor(r() * 6);
  if (kind === 0) {
    // Token mutations: delete, duplicate, swap with a neighbour, or insert a token.
    const toks = tokensOf(base);
    let text = base;
    const n = 1 + Math.floor(r() * 4);
    const ops: string[] = [];
    for (let k = 0; k < n && toks.length > 1; k++) {
      const i = Math.floor(r() * (toks.length - 1));
      const t = toks[i];
      const op = Math.floor(r() * 4);
      const before = text.slice(0, t.start);
      const tok = text.slice(t.start, t.end);
      const after = text.slice(t.end);
      if (op === 0) text = before + after;
      else if (op === 1) text = before + tok + " " + tok + after;
      else if (op === 2) text = before + pick(r, TOKENS) + " " + tok + after;
      else {
        const u = toks[i + 1];
        text = before + text.slice(u.start, u.end) + text.slice(t.end, u.start) + tok + text.slice(u.end);
      }
      ops.push(["delete", "duplicate", "insert", "swap"][op]);
      if (op !== 3) break; // offsets moved; one edit per round is enough
    }
    return { name: `tokens:${ops.join("+")}`, input: text };
  }
  if (kind === 1) {
    // Byte mutations of the UTF-8 encoding (may make it invalid UTF-8).
    const bytes = Buffer.from(base, "utf8");
    const n = 1 + Math.floor(r() * 8);
    for (let k = 0; k < n; k++) {
      const i = Math.floor(r() * bytes.length);
      const op = Math.floor(r() * 3);
      if (op === 0) bytes[i] = Math.floor(r() * 256);
      else if (op === 1) bytes[i] ^= 1 << Math.floor(r() * 8);
      else bytes[i] = bytes[Math.floor(r() * bytes.length)];
    }
    return { name: "bytes", input: new Uint8Array(bytes) };
  }
  if (kind === 2) {
    // A splice: the head of one example, the tail of another, cut at lines.
    const other = pick(r, corpus);
    const a = base.split("\n");
    const b = other.split("\n");
    return { name: "splice", input: [...a.slice(0, Math.floor(r() * a.length)), ...b.slice(Math.floor(r() * b.length))].join("\n") };
  }
  if (kind === 3) {
    // Unicode edge cases inserted at random places (inside names, strings, between tokens).
    let text = base;
    const n = 1 + Math.floor(r() * 5);
    for (let k = 0; k < n; k++) {
      const i = Math.floor(r() * text.length);
      text = text.slice(0, i) + pick(r, UNICODE_EDGES) + text.slice(i);
    }
    return { name: "unicode", input: text };
  }
  if (kind === 4) {
    // Replace a word (a name, a number) by something from the hostile vocabulary, everywhere.
    const words = [...new Set(base.match(/[\p{L}_][\p{L}\p{N}_]*|\d+/gu) ?? [])];
    const w = pick(r, words);
    const by = pick(r, [...TOKENS, ...UNICODE_EDGES, `${w}${w}`, "", `"${w}"`]);
    return { name: `replace:${JSON.stringify(w)}→${JSON.stringify(by)}`, input: base.split(w).join(by) };
  }
  // Cut the file short, or repeat a slice of it.
  const i = Math.floor(r() * base.length);
  const j = Math.min(base.length, i + Math.floor(r() * 400));
  return r() < 0.5 ? { name: "truncate", input: base.slice(0, i) } : { name: "repeat", input: base.slice(0, j) + base.slice(i, j).repeat(1 + Math.floor(r() * 20)) + base.slice(j) };
}

const ajv = new Ajv({ strict: true, allErrors: true });
const validateModel = ajv.compile(modelSchema);

function checkXml(text: string): string | undefined {
  const p = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  p.on("error", (e) => {
    error ??= e.message;
  });
  p.write(text).close();
  return error;
}

function checkHtml(text: string): string | undefined {
  let error: string | undefined;
  parseHtml(text, {
    onParseError: (e) => {
      error ??= `${e.code} at ${e.startLine}:${e.startCol}`;
    },
  });
  return error;
}

/** Checks every output file in its own language; the first problem, or undefined. */
export function checkOutput(path: string, text: string): string | undefined {
  if (path.endsWith(".json")) {
    try {
      JSON.parse(text);
    } catch (e) {
      return `JSON: ${(e as Error).message}`;
    }
  } else if (path.endsWith(".bpmn") || path.endsWith(".xml") || path.endsWith(".svg")) {
    const e = checkXml(text);
    if (e) return `XML: ${e}`;
  } else if (path.endsWith(".html")) {
    const e = checkHtml(text);
    if (e) return `HTML: ${e}`;
  }
  return undefined;
}

function summary(result: CompileResult): string {
  return JSON.stringify({ models: result.models, codes: result.diagnostics.map((d) => d.code) });
}

function decode(input: string | Uint8Array): string | undefined {
  if (typeof input === "string") return input;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return undefined;
  }
}

/** Runs one input through everything; the failures found. */
export function checkInput(input: string | Uint8Array, stats?: FuzzReport): { check: string; detail: string }[] {
  const failures: { check: string; detail: string }[] = [];
  const fail = (check: string, detail: string) => failures.push({ check, detail: detail.slice(0, 500) });
  let result: CompileResult;
  try {
    result = compileOne(input);
  } catch (e) {
    fail("compile throws", String((e as Error).stack ?? e));
    return failures;
  }
  if (stats) stats.compiled++;
  const internal = result.diagnostics.find((d) => d.code === "E0999");
  if (internal) fail("E0999", JSON.stringify(internal.args));
  if (!result.hasErrors) {
    for (const m of result.models) {
      if (stats) stats.models++;
      if (!validateModel(m)) fail("model schema", `${m.name}: ${ajv.errorsText(validateModel.errors)}`);
    }
    try {
      for (const f of renderAll(result.models)) {
        if (stats) stats.outputs++;
        const e = checkOutput(f.path, f.text);
        if (e) fail("output parses", `${f.path}: ${e}`);
      }
    } catch (e) {
      fail("render throws", String((e as Error).stack ?? e));
    }
  }
  const text = decode(input);
  if (text !== undefined) {
    try {
      const once = formatMatter(text);
      if (once.ok) {
        if (stats) stats.formatted++;
        const twice = formatMatter(once.text);
        if (!twice.ok) fail("format idempotent", `formatted text has problems: ${twice.problems[0]?.code}`);
        else if (twice.text !== once.text) fail("format idempotent", "format(format(x)) != format(x)");
        const again = compileOne(once.text);
        if (summary(again) !== summary(result)) fail("format keeps meaning", "the formatted file compiles differently");
      }
    } catch (e) {
      fail("format throws", String((e as Error).stack ?? e));
    }
  }
  return failures;
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const r = rng(options.seed);
  const corpus = examples();
  const hangMs = options.hangMs ?? 20_000;
  const report: FuzzReport = { inputs: 0, compiled: 0, models: 0, outputs: 0, formatted: 0, slowestMs: 0, failures: [] };
  for (let i = 0; i < options.iterations; i++) {
    const m = mutate(r, corpus);
    const t0 = performance.now();
    const found = checkInput(m.input, report);
    const ms = performance.now() - t0;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (ms > hangMs) found.push({ check: "hang", detail: `${ms.toFixed(0)} ms` });
    for (const f of found) report.failures.push({ iteration: i, mutation: m.name, ...f, input: m.input });
    report.inputs++;
    options.progress?.(report.inputs, report.failures.length);
  }
  return report;
}

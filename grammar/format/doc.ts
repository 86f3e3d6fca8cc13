// A small layout language in the manner of Wadler's "prettier printer" (and Prettier's docs):
// the printer of matter files builds a Doc, and `layout` decides which groups fit on one line.
// It is ours rather than Prettier's so that `matterc fmt` needs no Prettier at all, and so that
// two rules the matter language needs are built in:
// - a line break never produces an empty line by accident: breaking at the start of a line only
//   changes the indentation (empty lines come from `blank` alone);
// - a group fits when *its own* content fits: a short list followed by words that cannot move
//   (`单选 [男, 女] 标签 "性别"`) stays on its line instead of breaking for the words after it.
import { displayWidth } from "../width.js";

export type Doc = string | Doc[] | Group | Indent | Line | Blank | LineSuffix | BreakParent | IfBreak | InlineComment;

interface Group {
  kind: "group";
  body: Doc;
  /** Set by `propagateBreaks` when the body holds a forced break. */
  broken?: boolean;
}
interface Indent {
  kind: "indent";
  body: Doc;
}
/** A place where the layout may break: `flat` is printed when the enclosing group stays on one line. */
interface Line {
  kind: "line";
  flat: string;
  hard: boolean;
}
/** A break that leaves exactly one empty line (never at the start of the output). */
interface Blank {
  kind: "blank";
}
/** Text moved to the end of the current line, before its line break: trailing comments. */
interface LineSuffix {
  kind: "lineSuffix";
  text: string;
}
/** Forces every enclosing group to break. */
interface BreakParent {
  kind: "breakParent";
}
interface IfBreak {
  kind: "ifBreak";
  broken: Doc;
  flat: Doc;
}
/** A comment within a line, set off by spaces. When a comment moved to the end of the line is
 * already waiting (a `lineSuffix`), this one joins it there instead, so that comments never
 * change their order. */
interface InlineComment {
  kind: "inlineComment";
  text: string;
}

export const group = (body: Doc): Group => ({ kind: "group", body });
export const indent = (body: Doc): Indent => ({ kind: "indent", body });
export const line = (flat = " "): Line => ({ kind: "line", flat, hard: false });
export const softline: Line = { kind: "line", flat: "", hard: false };
export const hardline: Line = { kind: "line", flat: "", hard: true };
export const blank: Blank = { kind: "blank" };
export const lineSuffix = (text: string): LineSuffix => ({ kind: "lineSuffix", text });
export const breakParent: BreakParent = { kind: "breakParent" };
export const ifBreak = (broken: Doc, flat: Doc = ""): IfBreak => ({ kind: "ifBreak", broken, flat });
export const inlineComment = (text: string): InlineComment => ({ kind: "inlineComment", text });

export function join(sep: Doc, docs: Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i ? [sep, d] : [d]));
}

/** Marks groups that contain a hard line, a blank or a breakParent (at any depth) as broken. */
function propagateBreaks(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) {
    let any = false;
    for (const d of doc) any = propagateBreaks(d) || any;
    return any;
  }
  switch (doc.kind) {
    case "group": {
      const inner = propagateBreaks(doc.body);
      doc.broken = doc.broken || inner;
      return doc.broken;
    }
    case "indent":
      return propagateBreaks(doc.body);
    case "line":
      return doc.hard;
    case "blank":
    case "breakParent":
      return true;
    case "ifBreak":
      return propagateBreaks(doc.broken) || propagateBreaks(doc.flat);
    default:
      return false;
  }
}

type Mode = "flat" | "break";
type Cmd = [indentation: number, mode: Mode, doc: Doc];

/** Whether `doc`, printed flat, fits in `width` columns. */
function fits(doc: Doc, width: number): boolean {
  const stack: Doc[] = [doc];
  let rest = width;
  while (stack.length) {
    const d = stack.pop()!;
    if (typeof d === "string") {
      // Text with a line break (a string across lines) fits if its first line does.
      const nl = d.indexOf("\n");
      rest -= displayWidth(nl < 0 ? d : d.slice(0, nl));
      if (nl >= 0) return rest >= 0;
    } else if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) stack.push(d[i]);
    } else {
      switch (d.kind) {
        case "group":
          if (d.broken) return false;
          stack.push(d.body);
          break;
        case "indent":
          stack.push(d.body);
          break;
        case "line":
          if (d.hard) return false;
          rest -= displayWidth(d.flat);
          break;
        case "blank":
          return false;
        case "ifBreak":
          stack.push(d.flat);
          break;
        case "inlineComment":
          rest -= displayWidth(d.text) + 2;
          break;
        default:
          break;
      }
    }
    if (rest < 0) return false;
  }
  return true;
}

export interface LayoutOptions {
  width: number;
  indentWidth: number;
}

/** Prints a Doc. The result ends with exactly one line feed (or is empty). */
export function layout(doc: Doc, opts: LayoutOptions): string {
  propagateBreaks(doc);
  const out: string[] = [];
  let column = 0;
  let lineEmpty = true;
  let pendingIndent = 0;
  let wantBlank = false;
  let suffixes: string[] = [];
  let lineIndent = 0;
  /** A space is owed before the next text on this line (after an inline comment). */
  let owedSpace = false;

  // Trailing spaces only ever come from separators: strings end with a quote, comments are
  // trimmed, so trimming the end of the last chunks cannot touch a string's content.
  const trimLine = () => {
    while (out.length && /^[ \t]*$/.test(out[out.length - 1])) out.pop();
    if (out.length) out[out.length - 1] = out[out.length - 1].replace(/[ \t]+$/, "");
  };
  const emit = (s: string) => {
    if (!s) return;
    if (owedSpace) {
      owedSpace = false;
      if (!s.startsWith(" ")) emit(" ");
    }
    if (lineEmpty) {
      if (wantBlank && out.length) out.push("\n");
      wantBlank = false;
      out.push(" ".repeat(pendingIndent));
      column = pendingIndent;
      lineIndent = pendingIndent;
      lineEmpty = false;
    }
    out.push(s);
    const nl = s.lastIndexOf("\n");
    column = nl < 0 ? column + displayWidth(s) : displayWidth(s.slice(nl + 1));
  };
  const newline = (indentation: number) => {
    if (suffixes.length) {
      const s = suffixes;
      suffixes = [];
      s.forEach((x, i) => {
        // Nothing may follow a line comment on its line: the next comment takes the next line.
        if (i && s[i - 1].trimStart().startsWith("//")) {
          trimLine();
          out.push("\n", " ".repeat(lineIndent));
          x = x.trimStart();
        }
        emit(x);
      });
    }
    pendingIndent = indentation;
    owedSpace = false;
    if (lineEmpty) return;
    trimLine();
    lineEmpty = true;
    column = 0;
    // A line of nothing but spaces is no line at all.
    if (out.length && !out[out.length - 1].endsWith("\n")) out.push("\n");
  };

  const stack: Cmd[] = [[0, "break", doc]];
  while (stack.length) {
    const [ind, mode, d] = stack.pop()!;
    if (typeof d === "string") {
      emit(d);
      continue;
    }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) stack.push([ind, mode, d[i]]);
      continue;
    }
    switch (d.kind) {
      case "group": {
        const flat = mode === "flat" || (!d.broken && fits(d.body, opts.width - (lineEmpty ? pendingIndent : column)));
        stack.push([ind, flat ? "flat" : "break", d.body]);
        break;
      }
      case "indent":
        stack.push([ind + opts.indentWidth, mode, d.body]);
        break;
      case "line":
        if (mode === "flat" && !d.hard) emit(d.flat);
        else newline(ind);
        break;
      case "blank":
        newline(ind);
        wantBlank = true;
        break;
      case "lineSuffix":
        suffixes.push(d.text);
        break;
      case "ifBreak":
        stack.push([ind, mode, mode === "break" ? d.broken : d.flat]);
        break;
      case "inlineComment": {
        if (suffixes.length) {
          suffixes.push(" " + d.text);
          break;
        }
        if (!lineEmpty && !/[ \n]$/.test(out[out.length - 1] ?? "")) emit(" ");
        emit(d.text);
        owedSpace = true;
        break;
      }
      default:
        break;
    }
  }
  newline(0);
  return out.join("");
}

// Values and conditions → Doc. Every line break offered here is one the lexer ignores: after a
// comma or an operator, or inside brackets (see lex.ts). A phrase (`文本 必填 最长 50`) has no
// break in it, because a line break there would end the entry.
import type * as A from "../ast.js";
import type { Context } from "./context.js";
import { group, ifBreak, indent, join, line, softline, type Doc } from "./doc.js";

const NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?/;
const SYMBOLIC_OPS = new Set(["==", "!=", ">", ">=", "<", "<="]);
const AND_SPELLINGS = ["&&", "and", "且"];
const OR_SPELLINGS = ["||", "or", "或"];

/** `: value` after a head. A single item follows the colon; several items break one per line,
 * all of them below the key, when they do not fit. */
export function printValue(ctx: Context, colonAt: number, v: A.Value): Doc {
  const st = ctx.style;
  const several = v.items.length > 1;
  const colon = ctx.token(colonAt, colonAt + 1, st.colon, several);
  if (!several) return [colon, st.afterColon, printItem(ctx, v.items[0])];
  const items = v.items.map((item, i) => (i ? [printComma(ctx, v.items[i - 1]), line(st.afterComma), printItem(ctx, item)] : printItem(ctx, item)));
  return group([colon, indent([line(st.afterColon), ...items])]);
}

function printComma(ctx: Context, before: A.Node): Doc {
  const at = ctx.source.tokenAfter(before.span.end.offset);
  return ctx.token(at, at + 1, ctx.style.comma, true);
}

/** An expression, with the comments before it printed outside its group: a comment on the line
 * before a condition must not break the condition itself. */
function printItem(ctx: Context, e: A.Expr): Doc {
  return [ctx.commentsBefore(e.span.start.offset), printExpr(ctx, e)];
}

export function printExpr(ctx: Context, e: A.Expr): Doc {
  switch (e.type) {
    case "Or":
    case "And":
      return printChain(ctx, e.operands, e.type === "And" ? AND_SPELLINGS : OR_SPELLINGS);
    case "Not": {
      const written = ctx.source.slice(e.span.start.offset, e.operand.span.start.offset).trim();
      // `!` binds without a space; a word (非, not) needs one or it would join the next word.
      const word = /^[\p{L}]/u.test(written);
      const op = word ? written.match(/^[\p{L}]+/u)![0] : ctx.style.bang;
      const at = e.span.start.offset;
      return [ctx.token(at, at + (word ? op.length : 1), op), word ? " " : "", printExpr(ctx, e.operand)];
    }
    case "Compare": {
      const written = ctx.source.slice(e.opSpan.start.offset, e.opSpan.end.offset);
      const op = SYMBOLIC_OPS.has(e.op) && !/^[\p{L}]/u.test(written) ? ctx.style.ops[e.op as keyof typeof ctx.style.ops] : written;
      return [printPhrase(ctx, e.left), " ", ctx.token(e.opSpan.start.offset, e.opSpan.end.offset, op), " ", printPhrase(ctx, e.right)];
    }
    case "Phrase":
      return printPhrase(ctx, e);
  }
}

/** `甲 且 乙 且 丙`: breaks after the operators, the continuation indented. */
function printChain(ctx: Context, operands: A.Expr[], spellings: string[]): Doc {
  const first = printItem(ctx, operands[0]); // before the rest: comments are taken in order
  const rest: Doc[] = [];
  for (let i = 1; i < operands.length; i++) {
    const at = ctx.source.tokenAfter(operands[i - 1].span.end.offset);
    const written = spellings.find((s) => ctx.source.slice(at, at + s.length) === s) ?? spellings[spellings.length - 1];
    rest.push(" ", ctx.token(at, at + written.length, written, true), line(), printItem(ctx, operands[i]));
  }
  return group([first, indent(rest)]);
}

function printPhrase(ctx: Context, p: A.Phrase): Doc {
  return join(" ", p.atoms.map((a) => printAtom(ctx, a)));
}

export function printAtom(ctx: Context, a: A.Atom): Doc {
  switch (a.type) {
    case "Word":
    case "Path":
    case "String":
      return printName(ctx, a);
    case "Number":
      return ctx.token(a.span.start.offset, a.span.end.offset, a.raw);
    case "Duration": {
      const start = a.span.start.offset;
      const digits = ctx.source.slice(start, a.unitSpan.start.offset).match(NUMBER)![0];
      // `20工作日` and `20 工作日` are both usual; keep whichever the author wrote.
      const spaced = start + digits.length < a.unitSpan.start.offset;
      return [ctx.token(start, start + digits.length, digits), spaced ? " " : "", ctx.token(a.unitSpan.start.offset, a.unitSpan.end.offset, a.unit)];
    }
    case "List":
      return printList(ctx, a);
    case "Paren": {
      const st = ctx.style;
      const close = a.span.end.offset - 1;
      const open = a.span.start.offset;
      return group([ctx.token(open, open + 1, st.lparen, true), indent([softline, printItem(ctx, a.expr), ctx.commentsBefore(close)]), softline, ctx.token(close, close + 1, st.rparen)]);
    }
  }
}

/** A word, a path or a string. Strings are copied from the source, quotes and escapes as written. */
export function printName(ctx: Context, n: A.Word | A.PathNode | A.StringNode): Doc {
  const at = n.span.start.offset;
  const end = n.span.end.offset;
  return ctx.token(at, end, n.type === "String" ? ctx.source.slice(at, end) : n.text);
}

/** `[a, b, c]`, or one item per line with a trailing comma when it does not fit. */
function printList(ctx: Context, l: A.ListNode): Doc {
  const st = ctx.style;
  const openAt = l.span.start.offset;
  const open = ctx.token(openAt, openAt + 1, st.lbracket, l.items.length > 0);
  const closeAt = l.span.end.offset - 1;
  if (!l.items.length) return [open, ctx.commentsBefore(closeAt), ctx.token(closeAt, closeAt + 1, st.rbracket)];
  const items = l.items.map((item, i) => (i ? [printComma(ctx, l.items[i - 1]), line(st.afterComma), printItem(ctx, item)] : printItem(ctx, item)));
  // A trailing comma in the source is dropped, but comments before it must not be.
  const trailing = ctx.commentsBefore(ctx.source.tokenAfter(l.items[l.items.length - 1].span.end.offset));
  return group([open, indent([softline, ...items, ifBreak(st.comma), trailing, ctx.commentsBefore(closeAt)]), softline, ctx.token(closeAt, closeAt + 1, st.rbracket)]);
}

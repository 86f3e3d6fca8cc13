// Completion after `KEY:`: what the key's value shape (from the schema table) can hold. Names
// in scope for references (部门 → departments, 材料 → materials, 前置 → sub-items …), the words
// of an enumeration, the situations of a condition and, after `情形 ==`, its options.
import type { IToken } from "chevrotain";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver";
import { nameText } from "../../grammar/ast.js";
import * as T from "../../grammar/tokens.js";
import { ENUMS, WORDS, matchesSpelling, type EnumValue, type ValueShape } from "../../compiler/schema.js";
import type { CompletionContext } from "./completion.js";
import type { ScopeName } from "./scope.js";
import { spellingStyle, spellingsInOrder } from "./style.js";

/** Fixed words in every spelling, the author's first. */
function wordItems(c: CompletionContext, values: EnumValue[], kind: CompletionItemKind = CompletionItemKind.EnumMember): CompletionItem[] {
  const style = spellingStyle(c.cursor.ast);
  return values.flatMap((v, index) =>
    spellingsInOrder(v, style).map((word, rank) => ({
      label: word,
      kind,
      detail: v.code ? `${v.code} · ${v.zhHans}` : [...new Set([v.zhHans, v.zhHant, v.en])].filter((w) => w !== word).join(" · ") || undefined,
      sortText: `${rank}${String(index).padStart(3, "0")}`,
      textEdit: { range: c.replace, newText: word },
    })),
  );
}

/** Names already in the list being written are not offered again. */
function notYetListed(names: ScopeName[], tokens: IToken[]): ScopeName[] {
  const listed = new Set(tokens.map((t) => (/^["“「『]/.test(t.image) ? t.image.slice(1, -1) : t.image)));
  return names.filter((n) => !listed.has(n.name));
}

function refItems(c: CompletionContext, to: "department" | "material" | "field" | "item" | "matter" | "group", tokens: IToken[]): CompletionItem[] {
  // Templates are matters of used files, and form groups are not in the symbol index: no list for them yet.
  if (to === "matter" || to === "group") return [];
  if (to === "item") {
    // A sub-item cannot come after itself.
    const current = c.cursor.chain[c.cursor.chain.length - 1];
    const self = current?.spec.id === "item" && current.entry.name ? nameText(current.entry.name) : undefined;
    const items = c.matterNames(["item"]).filter((n) => n.name !== self);
    return notYetListed(items, tokens).map((n, i) => c.nameItem(n, undefined, i));
  }
  // A sub-item's 字段 may also list situations: they are answers the sub-item depends on.
  const extra = to === "field" && c.cursor.context === "item" ? c.matterNames(["situation"]) : [];
  return notYetListed([...c.names(to), ...extra], tokens).map((n, i) => c.nameItem(n, c.write(n.name, to === "field"), i));
}

const OPERATORS = new Set([T.Eq, T.EqWord, T.Ne, T.NeWord, T.In, T.Contains]);
const OPERANDS = new Set([T.Word, T.Path, T.AsciiString, T.CurlyString, T.CornerString, T.WhiteCornerString, T.NumberLiteral, T.RBracket, T.RParen]);

/** In `适用:`: after `情形 ==` (or `属于 [`, `包含`) that situation's options; after a complete
 * test the joining words; otherwise the matter's situations. */
function conditionItems(c: CompletionContext, tokens: IToken[]): CompletionItem[] {
  let i = tokens.length - 1;
  // Inside `属于 [甲, ` step back over the list so far to the operator.
  if (tokens.some((t) => t.tokenType === T.LBracket)) while (i >= 0 && tokens[i].tokenType !== T.In && tokens[i].tokenType !== T.RBracket) i--;
  const last = tokens[i];
  if (last && OPERATORS.has(last.tokenType)) {
    const subject = tokens[i - 1]?.image;
    const situation = c.matterNames(["situation"]).find((s) => s.name === subject);
    const taken = new Set(tokens.slice(i + 1).map((t) => t.image));
    return (situation?.options ?? []).filter((o) => !taken.has(o)).map((o, index) => ({
      label: o,
      kind: CompletionItemKind.EnumMember,
      detail: subject,
      sortText: String(index).padStart(3, "0"),
      textEdit: { range: c.replace, newText: c.write(o) },
    }));
  }
  const end = tokens[tokens.length - 1];
  if (end && OPERANDS.has(end.tokenType)) {
    const joins = c.lang === "en" ? ["and", "or"] : ["且", "或"];
    return joins.map((w) => ({ label: w, kind: CompletionItemKind.Operator, textEdit: { range: c.replace, newText: w } }));
  }
  return c.matterNames(["situation"]).map((s, i) => {
    const item = c.nameItem(s, undefined, i);
    return s.options?.length ? { ...item, detail: s.options.join(" · ") } : item;
  });
}

function sourceItems(c: CompletionContext, tokens: IToken[]): CompletionItem[] {
  if (tokens.length === 0) return wordItems(c, Object.values(WORDS.source), CompletionItemKind.Keyword);
  if (tokens.length !== 1) return [];
  const word = tokens[0].image;
  if (matchesSpelling(WORDS.source.dataSharing, word)) return refItems(c, "department", []);
  if (matchesSpelling(WORDS.source.priorOutput, word)) return refItems(c, "item", []);
  if (matchesSpelling(WORDS.source.eLicence, word)) {
    return c.licences.map((l, index) => ({ label: l, kind: CompletionItemKind.Value, sortText: String(index).padStart(3, "0"), textEdit: { range: c.replace, newText: `"${l}"` } }));
  }
  return [];
}

/** 触发: the three kinds, then the department (数据事件), the period (定期) or the sub-item (前序产出). */
function triggerItems(c: CompletionContext, tokens: IToken[]): CompletionItem[] {
  if (tokens.length === 0) return wordItems(c, [WORDS.trigger.dataEvent, WORDS.trigger.periodic, WORDS.source.priorOutput], CompletionItemKind.Keyword);
  if (tokens.length !== 1) return tokens.length === 2 && matchesSpelling(WORDS.trigger.periodic, tokens[0].image) ? wordItems(c, [WORDS.trigger.start], CompletionItemKind.Keyword) : [];
  const word = tokens[0].image;
  if (matchesSpelling(WORDS.trigger.dataEvent, word)) return refItems(c, "department", []);
  if (matchesSpelling(WORDS.trigger.periodic, word)) return wordItems(c, ENUMS.period);
  if (matchesSpelling(WORDS.source.priorOutput, word)) return refItems(c, "item", []);
  return [];
}

/** 跨域办: after `区域:` the standard library's regions (with their provinces), after `省份:` the
 * full provincial names not yet listed. */
export function crossRegionItems(c: CompletionContext, id: "region" | "provinces", tokens: IToken[]): CompletionItem[] {
  const table = c.regions;
  if (!table) return [];
  const quoted = (t: IToken) => (/^["“「『]/.test(t.image) ? t.image.slice(1, -1) : t.image);
  if (id === "region") {
    if (tokens.length) return [];
    return [...table.regions].map(([name, provinces], index) => ({ label: name, kind: CompletionItemKind.Value, detail: provinces.join("、"), sortText: String(index).padStart(3, "0"), textEdit: { range: c.replace, newText: name } }));
  }
  const listed = new Set(tokens.map(quoted));
  return table.provinces.filter((p) => !listed.has(p)).map((p, index) => ({ label: p, kind: CompletionItemKind.Value, sortText: String(index).padStart(3, "0"), textEdit: { range: c.replace, newText: p } }));
}

export function valueCompletions(c: CompletionContext, shape: ValueShape, tokens: IToken[]): CompletionItem[] {
  switch (shape.shape) {
    case "ref":
      return refItems(c, shape.to, tokens);
    case "enum":
      // In a list (服务对象: 企业法人, …) a word already given is not offered again.
      return wordItems(c, ENUMS[shape.enum].filter((v) => !tokens.some((t) => matchesSpelling(v, t.image))));
    case "condition":
      return conditionItems(c, tokens);
    case "source":
      return sourceItems(c, tokens);
    case "verification":
      return tokens.length === 0 ? wordItems(c, ENUMS.verificationMethod) : [];
    case "situationSpec":
      return tokens.length === 0 ? wordItems(c, ENUMS.situationType) : [];
    case "fieldSpec":
      return tokens.length === 0 ? wordItems(c, ENUMS.fieldType) : wordItems(c, Object.values(WORDS.constraint), CompletionItemKind.Keyword);
    case "fee":
      return tokens.length === 0 ? wordItems(c, ENUMS.fee) : [];
    case "boolean":
      return tokens.length === 0 ? wordItems(c, [WORDS.yes, WORDS.no]) : [];
    case "trigger":
      return triggerItems(c, tokens);
    case "duration":
      return tokens[tokens.length - 1]?.tokenType === T.NumberLiteral ? ["工作日", "自然日"].map((u) => ({ label: u, kind: CompletionItemKind.Unit, textEdit: { range: c.replace, newText: u } })) : [];
    default:
      return [];
  }
}

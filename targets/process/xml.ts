// A minimal XML tree and its serialiser: elements are built as values and printed once, with a
// fixed indentation and attribute order as given, so the output is byte-for-byte deterministic.
import { escapeXmlAttr, escapeXmlText } from "../escape/xml.js";

export interface XmlElement {
  name: string;
  attrs: [string, string | number | boolean | undefined][];
  children: (XmlElement | string)[];
}

export function el(name: string, attrs: XmlElement["attrs"] = [], children: (XmlElement | string | undefined | false)[] = []): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlElement | string => c !== undefined && c !== false) };
}

/** Escapes text content (targets/escape/xml.ts). */
export const escapeText = escapeXmlText;

/** Escapes an attribute value; newlines and tabs are kept as character references. */
export const escapeAttr = escapeXmlAttr;

function formatNumber(n: number): string {
  // Coordinates are rounded to whole pixels by the layout; guard against -0 and float noise.
  return String(Math.round(n * 100) / 100 + 0);
}

function attrText(attrs: XmlElement["attrs"]): string {
  let out = "";
  for (const [k, v] of attrs) {
    if (v === undefined) continue;
    const s = typeof v === "number" ? formatNumber(v) : String(v);
    out += ` ${k}="${escapeAttr(s)}"`;
  }
  return out;
}

function write(e: XmlElement, indent: string, out: string[]): void {
  const open = `${indent}<${e.name}${attrText(e.attrs)}`;
  if (e.children.length === 0) {
    out.push(`${open} />`);
    return;
  }
  if (e.children.every((c) => typeof c === "string")) {
    out.push(`${open}>${(e.children as string[]).map(escapeText).join("")}</${e.name}>`);
    return;
  }
  out.push(`${open}>`);
  for (const c of e.children) {
    if (typeof c === "string") out.push(`${indent}  ${escapeText(c)}`);
    else write(c, `${indent}  `, out);
  }
  out.push(`${indent}</${e.name}>`);
}

/** The document: declaration, the root element, and a final newline. */
export function serialize(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, "", out);
  return out.join("\n") + "\n";
}

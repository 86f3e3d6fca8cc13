export * from "./ast.js";
export { parse, DURATION_UNITS } from "./parser.js";
export { decodeSource, decodeSourceNoting, stripBom, MAX_NESTING, type DecodedSource } from "./lex.js";

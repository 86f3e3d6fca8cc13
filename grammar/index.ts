export * from "./ast.js";
export { parse, DURATION_UNITS } from "./parser.js";
export { decodeSource, knownWithoutControls, stripBom, MAX_NESTING } from "./lex.js";

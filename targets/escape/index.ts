// One escaping rule per output language, in one place. Every target that writes text from a
// .matter file goes through these; see docs/architecture.md ("Text stays text").
export { dropInvalid, INVALID_CHAR, mapStrings } from "./controls.js";
export { escapeHtml, htmlView } from "./html.js";
export { markdownText, markdownUrl } from "./markdown.js";
export { escapeXmlAttr, escapeXmlText } from "./xml.js";
export { jsonText } from "./json.js";
export { feelName, feelString } from "./feel.js";
export { juelString } from "./juel.js";
export { FORMILY_EXPRESSION, formilyText, looksLikeFormilyExpression } from "./formily.js";
export { formJsText } from "./form-js.js";
export { terminalText } from "./terminal.js";

// The terminal's rule lives with the compiler (compiler/text/terminal.ts), whose text diagnostics
// need it too and which may not depend on targets; the targets' escape rules re-export it.
export { terminalText } from "../../compiler/text/terminal.js";

// The terminal (text diagnostics): a source line or a name may hold control characters, and an
// escape sequence (ESC [ …, CSI, OSC …) would be run by the terminal. Each control character is
// shown as a visible placeholder instead: C0 as its Control Pictures sign (␛ for ESC), DEL as ␡,
// C1, bidirectional overrides and isolates as <U+XXXX>. Line feeds are kept.
const TERMINAL_SPECIAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function terminalText(s: string): string {
  if (!TERMINAL_SPECIAL.test(s)) return s;
  return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const cp = c.charCodeAt(0);
    if (cp === 0x09) return "    ";
    if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
    if (cp === 0x7f) return "\u2421";
    return `<U+${cp.toString(16).toUpperCase().padStart(4, "0")}>`;
  });
}

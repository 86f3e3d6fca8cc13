// How many columns a piece of text takes in an editor: CJK ideographs and full-width forms take
// two. The formatter measures lines with this, so a line of Chinese is not judged half its width.
// The compiler uses it too, for the carets under diagnostics.

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x09) w += 4;
    else if (isWide(c)) w += 2;
    else if (c >= 0x20 && !(c >= 0x300 && c <= 0x36f) && c !== 0x200b && c !== 0xfeff) w += 1;
  }
  return w;
}

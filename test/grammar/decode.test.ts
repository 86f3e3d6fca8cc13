// decodeSource's own UTF-8 decoder (grammar/lex.ts) against the fatal TextDecoder it stands in for:
// the same text on every input, and undefined exactly where TextDecoder refuses the bytes.
import { describe, expect, it } from "vitest";
import { decodeSource, decodeSourceNoting } from "../../grammar/lex.js";
import { CONTROL } from "../../compiler/controls.js";
import { examples } from "../fuzz/engine.js";
import { rng } from "../helpers/rng.js";

function reference(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

const enc = (s: string) => new TextEncoder().encode(s);

describe("decodeSource", () => {
  it("decodes the examples as TextDecoder does", () => {
    let n = 0;
    for (const text of examples()) {
      const bytes = enc(text);
      expect(decodeSource(bytes)).toBe(reference(bytes));
      n++;
    }
    expect(n).toBeGreaterThan(10);
  });

  it("agrees on every edge: BOMs, four-byte characters, ill-formed and truncated sequences", () => {
    const cases: number[][] = [
      [], [0x61], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0x61], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61],
      [0xc2, 0x80], [0xdf, 0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41], [0x80], [0xbf],
      [0xe0, 0xa0, 0x80], [0xe0, 0x9f, 0xbf], [0xe1, 0x80, 0x80], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
      [0xee, 0x80, 0x80], [0xef, 0xbf, 0xbf], [0xef, 0xbf], [0xe4, 0xb8], [0xe4, 0xb8, 0x41], [0xe4, 0x41, 0x80],
      [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0xfe],
      [0x61, 0xe4, 0xb8, 0x80], [0xe4, 0xb8, 0x80, 0x61], [0xc3, 0xa9, 0x00, 0x7f],
    ];
    for (const c of cases) {
      const bytes = Uint8Array.from(c);
      expect(decodeSource(bytes), c.map((b) => b.toString(16)).join(" ")).toBe(reference(bytes));
    }
    for (const s of ["甲乙丙", "é中文𠀀字", "\ufeff甲", "a\u0000b", "\uffff\ufffe", "🙂"]) expect(decodeSource(enc(s))).toBe(reference(enc(s)));
  });

  it("agrees on random bytes and on random mutations of real text", () => {
    const rand = rng(19);
    const base = enc(examples()[0]);
    for (let k = 0; k < 3000; k++) {
      let bytes: Uint8Array;
      if (k % 2) {
        bytes = Uint8Array.from({ length: 1 + Math.floor(rand() * 12) }, () => (rand() < 0.5 ? 0x80 + Math.floor(rand() * 0x80) : Math.floor(rand() * 256)));
      } else {
        bytes = base.slice(0, 1 + Math.floor(rand() * base.length));
        for (let m = Math.floor(rand() * 3); m > 0; m--) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      }
      expect(decodeSource(bytes)).toBe(reference(bytes));
    }
  });

  it("decodes a byte view into a larger buffer (as a file read gives) without reading outside it", () => {
    const whole = enc("xx甲乙yy");
    const view = whole.subarray(2, 8);
    expect(decodeSource(view)).toBe("甲乙");
    const asciiView = enc("__abc__").subarray(2, 5);
    expect(decodeSource(asciiView)).toBe("abc");
  });
});

describe("decodeSourceNoting", () => {
  it("says a text holds no control character only when it holds none", () => {
    const texts = ["甲: 乙\r\n\t丙\n", "a\u0000b", "a\u0007", "\u007f", "é\u0085中", "\u009f", "\u00a0", "中\ufffe", "\uffff", "\ufffd", "plain ascii\n", "é"];
    for (const t of texts) {
      const decoded = decodeSourceNoting(enc(t))!;
      expect(decoded.text).toBe(t);
      expect(decoded.withoutControls, JSON.stringify(t)).toBe(!CONTROL.test(t));
    }
    // Through TextDecoder (a BOM, a four-byte character): not known.
    expect(decodeSourceNoting(enc("\ufeff甲"))).toEqual({ text: "甲", withoutControls: false });
    expect(decodeSourceNoting(enc("🙂"))).toEqual({ text: "🙂", withoutControls: false });
  });

  it("never says so of a text with a control character, on random bytes", () => {
    const rand = rng(5);
    for (let k = 0; k < 3000; k++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(rand() * 10) }, () => (rand() < 0.3 ? Math.floor(rand() * 0x20) : rand() < 0.5 ? 0xc2 : Math.floor(rand() * 256)));
      const decoded = decodeSourceNoting(bytes);
      expect(decoded?.text).toBe(decodeSource(bytes));
      if (decoded?.withoutControls) expect(CONTROL.test(decoded.text)).toBe(false);
    }
  });
});

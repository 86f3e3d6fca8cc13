import { describe, expect, it } from "vitest";
import {
  PATTERNS,
  creditCodeCheckChar,
  creditCodeProblem,
  idCardCheckChar,
  idCardProblem,
  isCreditCode,
  isDivision,
  isIdCard,
  isMobile,
  isPhone,
  isPostcode,
} from "../../targets/form/china-ids.js";

// The two worked examples printed in GB 11643-1999 itself.
const VALID_IDS = ["11010519491231002X", "440524188001010014"];
// Unified social credit codes as published on business licences (public registration data).
const VALID_CREDIT_CODES = ["914403001922038216", "9144030071526726XG", "91330100799655058B", "91350100M000100Y43"];

describe("GB 11643 居民身份证号码", () => {
  it("accepts the standard's examples", () => {
    for (const id of VALID_IDS) expect(idCardProblem(id), id).toBeUndefined();
  });
  it("computes the MOD 11-2 check character", () => {
    expect(idCardCheckChar("11010519491231002")).toBe("X");
    expect(idCardCheckChar("44052418800101001")).toBe("4");
  });
  it("rejects every wrong check character", () => {
    for (const c of "0123456789") expect(isIdCard(`11010519491231002${c}`)).toBe(false);
    expect(idCardProblem("440524188001010015")).toBe("校验码应为“4”");
  });
  it("rejects impossible dates and provinces even with a matching check character", () => {
    const withCheck = (first17: string) => first17 + idCardCheckChar(first17);
    expect(isIdCard(withCheck("11010519990229123"))).toBe(false); // 1999 is not a leap year
    expect(isIdCard(withCheck("11010520000229123"))).toBe(true);
    expect(idCardProblem(withCheck("99010519900101123"))).toMatch(/省级代码/);
    expect(new RegExp(PATTERNS.idCard).test(withCheck("99010519900101123"))).toBe(true);
  });
  it("rejects lowercase x, 15-digit numbers and other shapes", () => {
    for (const bad of ["11010519491231002x", "110105491231002", "1101051949123100X2", ""]) expect(isIdCard(bad), bad).toBe(false);
  });
});

describe("GB 32100 统一社会信用代码", () => {
  it("accepts codes from real licences", () => {
    for (const c of VALID_CREDIT_CODES) expect(creditCodeProblem(c), c).toBeUndefined();
  });
  it("computes the MOD 31 check character", () => {
    expect(creditCodeCheckChar("9144030071526726X")).toBe("G");
    expect(creditCodeCheckChar("91440300192203821")).toBe("6");
  });
  it("rejects a wrong check character and letters outside the alphabet", () => {
    expect(creditCodeProblem("914403001922038217")).toBe("校验码应为“6”");
    expect(isCreditCode("91440300192203821I")).toBe(false);
    expect(isCreditCode("9144030019220382")).toBe(false);
    // The shape alone passes the pattern: only the check character catches the typo.
    expect(new RegExp(PATTERNS.creditCode).test("914403001922038217")).toBe(true);
  });
});

describe("other Chinese data types", () => {
  it("mobile numbers", () => {
    expect(isMobile("13800138000")).toBe(true);
    expect(isMobile("12800138000")).toBe(false);
    expect(isMobile("1380013800")).toBe(false);
  });
  it("phone numbers", () => {
    for (const ok of ["010-12345678", "0755-8765432", "020-12345678-123", "13800138000", "400-810-8888", "12345"]) expect(isPhone(ok), ok).toBe(true);
    for (const bad of ["abc", "010-123", "+86 10 1234"]) expect(isPhone(bad), bad).toBe(false);
  });
  it("division codes", () => {
    for (const ok of ["110000", "110101", "440305", "429004", "810000"]) expect(isDivision(ok), ok).toBe(true);
    for (const bad of ["990101", "110001", "11010", "010101"]) expect(isDivision(bad), bad).toBe(false);
  });
  it("postcodes", () => {
    expect(isPostcode("100000")).toBe(true);
    expect(isPostcode("10000")).toBe(false);
  });
});

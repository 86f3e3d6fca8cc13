// Chinese identifiers on forms: the regular expressions that any JSON Schema validator enforces,
// and the full checks (dates, province codes, check characters) that only code can do. The
// patterns are deliberately the shape only; the ajv plugin adds the rest under a `format` name.

/** Province-level codes of GB/T 2260 (first two digits of a division code and of an ID number). */
const PROVINCES = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
  "71", "81", "82",
]);

/** Shapes as JSON Schema `pattern`s (ECMAScript, valid with and without the `u` flag). */
export const PATTERNS = {
  /** GB 11643 居民身份证号码: area, birth date, sequence, check character (uppercase X). */
  idCard: "^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dX]$",
  /** GB 32100 统一社会信用代码: 18 characters of the code's alphabet (no I, O, S, V, Z). */
  creditCode: "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
  /** 手机号: 11 digits starting 13–19. */
  mobile: "^1[3-9]\\d{9}$",
  /** 电话: a landline with area code and optional extension, a mobile, or a service number. */
  phone: "^(0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|1[3-9]\\d{9}|[48]00-?\\d{3}-?\\d{4}|\\d{5,8})$",
  /** GB/T 2260 行政区划代码: six digits under a province that exists. */
  division: "^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\\d{4}$",
  /** 邮政编码: six digits. */
  postcode: "^\\d{6}$",
} as const;

export const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const ID_CHECK = "10X98765432";

/** The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Why an ID number is not valid, or undefined when it is. */
export function idCardProblem(value: string): string | undefined {
  if (!new RegExp(PATTERNS.idCard).test(value)) return "应为18位：6位地址码、8位出生日期、3位顺序码和1位校验码（数字或大写X）";
  if (!PROVINCES.has(value.slice(0, 2))) return `地址码的省级代码“${value.slice(0, 2)}”不存在`;
  if (!isRealDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)))) {
    return `出生日期“${value.slice(6, 14)}”不是有效日期`;
  }
  const expected = idCardCheckChar(value);
  if (value[17] !== expected) return `校验码应为“${expected}”`;
  return undefined;
}

export function isIdCard(value: string): boolean {
  return idCardProblem(value) === undefined;
}

export const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100 check character of the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a unified social credit code is not valid, or undefined when it is. */
export function creditCodeProblem(value: string): string | undefined {
  if (!new RegExp(PATTERNS.creditCode).test(value)) {
    return "应为18位：登记管理部门码、机构类别码、6位行政区划码、9位主体标识码和1位校验码（不含I、O、S、V、Z）";
  }
  const expected = creditCodeCheckChar(value);
  if (value[17] !== expected) return `校验码应为“${expected}”`;
  return undefined;
}

export function isCreditCode(value: string): boolean {
  return creditCodeProblem(value) === undefined;
}

/** A division code: the right shape under an existing province; a county part without a city
 * part (e.g. 110001) does not exist. The full GB/T 2260 table is not shipped. */
export function isDivision(value: string): boolean {
  if (!new RegExp(PATTERNS.division).test(value)) return false;
  return !(value.slice(2, 4) === "00" && value.slice(4, 6) !== "00");
}

export function isMobile(value: string): boolean {
  return new RegExp(PATTERNS.mobile).test(value);
}

export function isPhone(value: string): boolean {
  return new RegExp(PATTERNS.phone).test(value);
}

export function isPostcode(value: string): boolean {
  return new RegExp(PATTERNS.postcode).test(value);
}

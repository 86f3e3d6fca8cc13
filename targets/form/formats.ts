// The `format` names that form.schema.json uses, and what each checks. The Chinese identifiers
// are matterc's own names (prefixed `cn-` so they cannot clash with a future standard format);
// the standard ones are listed so that a strict ajv without ajv-formats still knows them.
import { isCreditCode, isDivision, isIdCard, isMobile, isPhone, isPostcode } from "./china-ids.js";

export const CN_FORMATS = {
  "cn-id-card": isIdCard,
  "cn-credit-code": isCreditCode,
  "cn-mobile": isMobile,
  "cn-phone": isPhone,
  "cn-division": isDivision,
  "cn-postcode": isPostcode,
} as const;

export type CnFormat = keyof typeof CN_FORMATS;

/** What each format is called on a form, for messages. */
export const FORMAT_NAMES_ZH: Record<string, string> = {
  "cn-id-card": "居民身份证号码",
  "cn-credit-code": "统一社会信用代码",
  "cn-mobile": "手机号码",
  "cn-phone": "电话号码",
  "cn-division": "行政区划代码",
  "cn-postcode": "邮政编码",
  email: "电子邮箱地址",
  date: "日期（YYYY-MM-DD）",
  "date-time": "日期时间（RFC 3339）",
  "data-url": "文件（data URL 或文件引用）",
};

function isFullDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(value);
  return m !== null && isFullDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 61;
}

const DATA_URL = /^data:([a-z]+\/[a-z0-9-+.]+)?;(?:name=(.*);)?base64,(.*)$/;
const REFERENCE = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/** A file as the data contract has it: a data URL (the content, RJSF's convention) or a reference
 * to a file the platform holds (a URI such as "https://…", "files::…", "camunda-document:…"). */
export function isFileValue(value: string): boolean {
  return value.startsWith("data:") ? DATA_URL.test(value) : REFERENCE.test(value);
}

/** Standard formats, registered only where the host has not defined them (ajv-formats and
 * RJSF's validator bring their own, which win). `data-url` is read as "a file": a data URL or a
 * reference (isFileValue). */
export const STANDARD_FORMATS: Record<string, (value: string) => boolean> = {
  email: (v) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v),
  date: isFullDate,
  "date-time": isDateTime,
  "data-url": isFileValue,
};

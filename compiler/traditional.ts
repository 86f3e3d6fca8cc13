// Traditional → Simplified for the names of the standard library. Keywords and keys already have
// Traditional spellings in the schema table; the standard library's file names (使用 "標準庫/部門"),
// electronic-licence types (電子證照 "結婚證") and declared names (市場監管局) are written in
// Simplified, so a Traditional spelling of them is read through this table. It covers every
// character of stdlib/ (test/compiler/traditional.test.ts checks it against OpenCC).

/** Pairs of characters: Traditional, then Simplified. */
const PAIRS =
  "標标準准庫库檔档數数徑径體体請请業业據据項项長长籤签證证號号碼码機机別别單单選选漢汉戶户現现電电郵邮編编經经辦办為为營营稱称統统會会冊册資资額额萬万範范圍围聯联話话負负責责場场積积區区劃划縣县銀银賬账發发費费結结開开則则門门於于實实來来說说説说內内頁页離离醫医學学殘残駕驾駛驶獨独榮荣執执與与紙纸質质時时許许運运輸输動动產产車车輛辆權权書书記记備备見见規规載载蓋盖復复賃赁過过驗验藥药從从員员煙烟專专賣卖眾众檢检預预種种軍军簡简虛虚構构聲声換换寫写國国務务熱热線线沒没監监衛卫衞卫療疗稅税總总隊队鄉乡設设態态環环關关級级應应廣广遊游擔担術术網网氣气礎础欄字位段註注繫系絡系託托菸烟訊信蘇苏慶庆寧宁遼辽龍龙東东雲云貴贵陝陕肅肃灣湾維维爾尔壯壮臺台";

const CHARS = [...PAIRS];
const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(Array.from({ length: CHARS.length / 2 }, (_, i) => [CHARS[2 * i], CHARS[2 * i + 1]] as [string, string]));

/** The Simplified spelling of a name (characters outside the table stay as they are). */
export function toSimplified(text: string): string {
  let out = "";
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

/** The candidate that `word` spells in Traditional characters, if any (「市場監管局」 → 「市场监管局」). */
export function simplifiedMatch(word: string, candidates: Iterable<string>): string | undefined {
  const s = toSimplified(word);
  if (s === word) return undefined;
  for (const c of candidates) if (c === s) return c;
  return undefined;
}

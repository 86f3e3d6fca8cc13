// Every diagnostic's text, in one keyed catalog per language. `help` is shown when every
// placeholder it names has an argument; otherwise `helpElse` (if any). `explain` is the long form
// printed by `matterc explain CODE`.
import type { Severity } from "./types.js";

export interface Text {
  message: string;
  help?: string;
  helpElse?: string;
  explain: string;
}

export interface CatalogEntry {
  severity: Severity;
  zh: Text;
  en: Text;
}

export const CATALOG: Record<string, CatalogEntry> = {
  E0001: {
    severity: "error",
    zh: { message: "无法识别的字符「{char}」", help: "是否想写「{suggestion}」？路径的各段用半角句点「.」分隔（输入法的句号「。」不行）", helpElse: "删除它；名称中含标点时请用引号括起来，例如 \"身份证（正反面）\"", explain: "文件中出现了语言不认识的字符。名称只能由汉字、字母、数字和下划线组成；含空格或标点的名称要写成字符串（加引号）。全角标点 ：，、；（）［］｛｝ 与半角相同，可以直接使用。" },
    en: { message: "unexpected character '{char}'", help: "did you mean '{suggestion}'? The parts of a path are separated by an ASCII full stop '.' (not the input method's '。')", helpElse: "remove it; write a name with punctuation as a string, e.g. \"身份证（正反面）\"", explain: "The file contains a character the language does not know. Names consist of letters, CJK characters, digits and underscores; a name with spaces or punctuation is written as a string. Full-width punctuation equals ASCII punctuation." },
  },
  E0002: {
    severity: "error",
    zh: { message: "字符串缺少结束引号（以 {quote} 开始）", help: "在字符串末尾补上对应的结束引号", explain: "字符串可以用 \"…\"、“…”、「…」、『…』 四种引号，开始和结束的引号必须成对。" },
    en: { message: "string is not closed (it starts with {quote})", help: "add the matching closing quote", explain: "Strings are written in \"…\", “…”, 「…」 or 『…』; the closing quote must match the opening one." },
  },
  E0003: {
    severity: "error",
    zh: { message: "块注释没有结束", help: "在注释末尾加上 */", explain: "以 /* 开始的注释必须以 */ 结束。" },
    en: { message: "block comment is not closed", help: "end the comment with */", explain: "A comment that starts with /* must end with */." },
  },
  E0004: {
    severity: "error",
    zh: { message: "语法错误：此处不应出现{found}", help: "检查上一行是否少了冒号、逗号、引号或括号；每一项的写法是「键: 值」或「种类 名称 { … }」", explain: "每一项（entry）的写法是「键: 值」、「种类 名称: 值」或「种类 名称 { … }」。一项在行尾、分号或 } 处结束；行尾是逗号或运算符、或在 [ ] ( ) 之内时，值延续到下一行。" },
    en: { message: "syntax error: unexpected {found}", help: "check the line above for a missing colon, comma, quote or bracket; entries are written `key: value` or `kind name { … }`", explain: "Entries are written `key: value`, `kind name: value` or `kind name { … }`. An entry ends at the end of its line, at `;` or at `}`; a value goes on to the next line after a comma or an operator, or inside [ ] and ( )." },
  },
  E0005: {
    severity: "error",
    zh: { message: "嵌套层数超过 {max} 层", help: "拆分条件或区块，减少括号嵌套", explain: "为防止解析器栈溢出，括号和区块的嵌套深度有上限。实际的一件事定义不会接近这个上限；出现此错误通常是括号没有闭合。" },
    en: { message: "nesting deeper than {max} levels", help: "split the condition or block", explain: "Nesting depth is bounded so that the parser cannot overflow its stack. Real definitions never come close; this usually means brackets that are not closed." },
  },
  E0006: {
    severity: "error",
    zh: { message: "文件不是有效的 UTF-8 编码", help: "用 UTF-8 编码另存此文件（记事本“另存为”可选择编码）", explain: "matter 文件必须以 UTF-8 保存（可以带 BOM）。GBK 等编码请先转换。" },
    en: { message: "file is not valid UTF-8", help: "save the file as UTF-8", explain: "Matter files are UTF-8 (a BOM is accepted). Convert GBK and other encodings first." },
  },
  E0007: {
    severity: "error",
    zh: { message: "数字 {number} 太大", help: "数字不能超过 9007199254740991；时限、份数、字数等请写实际的值", explain: "数字在 model.json、表单和统计数字中都要能精确表示，绝对值不能超过 2^53−1（9007199254740991）。这么大的数字通常是输入错误。" },
    en: { message: "the number {number} is too large", help: "numbers may not exceed 9007199254740991; write the real time limit, count or length", explain: "Numbers must be exactly representable in model.json, in the forms and in the figures: at most 2^53−1 (9007199254740991) in absolute value. A number this large is usually a typing mistake." },
  },
  E0101: {
    severity: "error",
    zh: { message: "{context}中没有「{word}」这一项", help: "是否想写「{suggestion}」？", helpElse: "此处可用的有：{allowed}", explain: "每个区块里能写哪些种类和键由语言的结构表规定（见 docs/language.md 的键参考）。未知的键通常是错别字或写在了错误的区块里。" },
    en: { message: "'{word}' is not allowed in {context}", help: "did you mean '{suggestion}'?", helpElse: "allowed here: {allowed}", explain: "Which kinds and keys a block may hold is fixed by the language's schema table (see the key reference in docs/language.md). An unknown key is usually a typo or sits in the wrong block." },
  },
  E0102: {
    severity: "error",
    zh: { message: "{kind}「{name}」重复声明", help: "删除其中一个，或改用不同的名称", explain: "同一作用域内，同一种类的名称只能声明一次。本文件中的声明可以覆盖通过「使用」引入的同名声明，但同一文件或同一件事内不能重复。" },
    en: { message: "{kind} '{name}' is declared twice", help: "remove one of them or rename it", explain: "A name of a kind is declared once per scope. A declaration in a file may shadow one brought in by `use`, but not repeat one in the same file or matter." },
  },
  E0103: {
    severity: "error",
    zh: { message: "找不到{kind}「{name}」", help: "是否想写「{suggestion}」？", helpElse: "先声明它，或用「使用」引入声明它的文件", explain: "引用的名称必须已声明：在本文件、本件事中，或在用「使用」引入的文件（包括标准库 std/部门、std/字段、std/材料）中。" },
    en: { message: "cannot find {kind} '{name}'", help: "did you mean '{suggestion}'?", helpElse: "declare it, or `use` the file that declares it", explain: "A name must be declared: in this file, this matter, or a file brought in with `use` (including the standard library std/部门, std/字段, std/材料)." },
  },
  E0104: {
    severity: "error",
    zh: { message: "「{key}」写了不止一次", help: "合并为一项；多个值用逗号分隔", explain: "一个区块中每个键只能出现一次。需要多个值时，用逗号或顿号分隔，写成列表。" },
    en: { message: "'{key}' is given more than once", help: "merge them into one entry; separate several values with commas", explain: "Each key appears once per block. Several values are written as a list, separated by commas." },
  },
  E0105: {
    severity: "error",
    zh: { message: "{kind}缺少必填项「{key}」", help: "添加「{key}: …」", explain: "某些键是必填的：一件事需要编码和牵头部门，子事项需要部门，告知承诺需要替代材料，常见问题需要答。" },
    en: { message: "{kind} lacks the required key '{key}'", help: "add `{key}: …`", explain: "Some keys are required: a matter needs a code and a lead department, a sub-item its department, a commitment the materials it replaces, a question its answer." },
  },
  E0106: {
    severity: "error",
    zh: { message: "「{key}」的值应为{expected}", help: "例如：{example}", explain: "每个键的值有固定的形式：字符串要加引号，时限写作「数字 单位」（如 20 工作日），列表用逗号分隔。" },
    en: { message: "the value of '{key}' should be {expected}", help: "for example: {example}", explain: "Each key's value has a fixed shape: strings are quoted, time limits are `number unit` (e.g. 20 工作日), lists are comma-separated." },
  },
  E0107: {
    severity: "error",
    zh: { message: "「{value}」不是「{key}」的有效取值", help: "是否想写「{suggestion}」？可选值：{options}", helpElse: "可选值：{options}", explain: "有些键只接受固定的取值（如状态、事项类型、材料形式），可用简体、繁体或英文写法。" },
    en: { message: "'{value}' is not a valid value of '{key}'", help: "did you mean '{suggestion}'? allowed: {options}", helpElse: "allowed: {options}", explain: "Some keys take one of a fixed set of values (status, item type, material form …), in simplified, traditional or English spelling." },
  },
  E0108: {
    severity: "error",
    zh: { message: "找不到要引入的文件「{path}」", help: "是否想写「{suggestion}」？", helpElse: "检查路径；本项目的文件写作 \"./文件名.matter\"，标准库写作 \"std/部门\"", explain: "「使用」的路径相对于当前文件；标准库有 std/部门、std/字段、std/材料。" },
    en: { message: "cannot find the file '{path}' to use", help: "did you mean '{suggestion}'?", helpElse: "check the path; project files are \"./name.matter\", the standard library \"std/部门\"", explain: "A `use` path is relative to the current file; the standard library offers std/部门, std/字段, std/材料." },
  },
  E0109: {
    severity: "error",
    zh: { message: "引入路径「{path}」超出了项目目录", help: "只能引入被编译目录之内的文件", explain: "出于安全和可重现的考虑，「使用」不能引用被编译目录之外的文件（不能用 ../ 跳出，也不能用绝对路径）。" },
    en: { message: "the path '{path}' leaves the project directory", help: "use only files inside the directory being compiled", explain: "For safety and reproducibility, `use` cannot reach outside the directory being compiled (no ../ out of it, no absolute paths)." },
  },
  E0110: {
    severity: "error",
    zh: { message: "{kind}需要一个名称", help: "写作「{word} 名称 …」", explain: "声明类的项（部门、材料、字段、一件事、子事项、情形、告知承诺、分组、常见问题）在种类词后面要写名称。" },
    en: { message: "{kind} needs a name", help: "write `{word} NAME …`", explain: "Declarations (department, material, field, matter, item, situation, commitment, group, question) take a name after the kind word." },
  },
  E0111: {
    severity: "error",
    zh: { message: "「{word}」后面不能跟名称「{name}」", help: "写作「{word}: {name}」", explain: "键的写法是「键: 值」，键和值之间要有冒号。" },
    en: { message: "'{word}' takes no name, but '{name}' follows it", help: "write `{word}: {name}`", explain: "Keys are written `key: value`, with a colon between them." },
  },
  E0112: {
    severity: "error",
    zh: { message: "编码「{code}」不能用作输出目录名", help: "只用字母、数字、-、_、.，且不以 . 开头或结尾，例如 \"QY-2024-03\"", explain: "一件事的编码同时是输出目录名，所以只能含字母、数字、连字符、下划线和点，不能以点开头或结尾，也不能含 / 或 ..。" },
    en: { message: "the code '{code}' cannot be a directory name", help: "use letters, digits, -, _ and . only, not starting or ending with a dot, e.g. \"QY-2024-03\"", explain: "A matter's code is also the name of its output directory: letters, digits, -, _ and . only, not starting or ending with a dot, no / or .." },
  },
  E0113: {
    severity: "error",
    zh: { message: "编码「{code}」已被一件事「{other}」使用", help: "每件事的编码必须唯一", explain: "编码是输出目录名，两件事用同一编码会互相覆盖。" },
    en: { message: "the code '{code}' is already used by matter '{other}'", help: "give each matter its own code", explain: "The code names the output directory; two matters with one code would overwrite each other." },
  },
  E0114: {
    severity: "error",
    zh: { message: "{kind}「{name}」由多个引入的文件提供：{files}", help: "在本文件中声明它以明确使用哪一个，或只引入其中一个文件", explain: "两个被引入的文件声明了同名的项时，引用会有歧义。本文件中的声明优先于引入的声明。" },
    en: { message: "{kind} '{name}' comes from several used files: {files}", help: "declare it in this file to choose, or use only one of them", explain: "When two used files declare the same name, a reference is ambiguous. A declaration in the file itself takes precedence." },
  },
  E0115: {
    severity: "error",
    zh: { message: "{kind}名称「{name}」必须是一个词（汉字、字母、数字、下划线）", help: "例如改为「{suggestion}」", explain: "情形和告知承诺的名称会成为表单和流程中的变量名，因此不能含空格或标点。" },
    en: { message: "the {kind} name '{name}' must be a single word (letters, digits, underscores)", help: "for example '{suggestion}'", explain: "Situation and commitment names become variable names in forms and processes, so they cannot contain spaces or punctuation." },
  },
  E0116: {
    severity: "error",
    zh: { message: "名称「{name}」在表单顶层与{other}冲突", help: "改用不同的名称", explain: "表单顶层放情形的回答、告知承诺的选择、各字段路径的第一段，以及「材料」。这些名称不能相同。" },
    en: { message: "the name '{name}' clashes at the top of the form with {other}", help: "rename one of them", explain: "The top level of the form holds situation answers, commitment choices, the first segment of each field path, and 材料. These names must differ." },
  },
  E0118: {
    severity: "error",
    zh: { message: "字段「{field}」的键以字段「{other}」的键「{key}」开头", help: "给其中一个字段换一个路径或「键」", explain: "表单数据按字段的键分层嵌套：「企业.名称」放在「企业」对象里。如果「企业」本身也是一个字段，它就既要是一个值又要是一个对象，无法同时成立。" },
    en: { message: "the key of field '{field}' starts with the key '{key}' of field '{other}'", help: "give one of them another path or `key`", explain: "Form data nests by field key: 企业.名称 lives inside the object 企业. If 企业 is itself a field, it would have to be both a value and an object." },
  },
  E0119: {
    severity: "error",
    zh: { message: "{kind}名称「{name}」不能用作{use}中的变量名：{reason}", help: "例如改为「{suggestion}」", explain: "情形和告知承诺的名称会原样写进流程网关和 form-js 表单的 FEEL 条件；字段的键（按「.」分成的每一段）是 form-js 在 FEEL 中读取的数据路径（身份证号、统一社会信用代码的校验位表达式）。FEEL 把 true、false、null、and、or、not、in、if、for、some、every、between、instance、of、function 等词读作关键字，也不接受 ①、² 这类“其他数字”符号：这样的名称会改变条件的含义（名为 true 的情形让条件永远成立），或让流程在运行时出错。名称只能由文字、十进制数字、组合符号和下划线组成，以文字或下划线开头。" },
    en: { message: "the {kind} name '{name}' cannot be a variable in {use}: {reason}", help: "for example '{suggestion}'", explain: "Situation and commitment names are written as they are into the FEEL conditions of process gateways and form-js forms; each part of a field's key (split at '.') is a data path form-js reads in FEEL (the check-character expressions of 身份证号 and 统一社会信用代码). FEEL reads true, false, null, and, or, not, in, if, for, some, every, between, instance, of, function and a few more as keywords, and does not accept 'other numbers' such as ① or ²: such a name would change what a condition means (a situation named true makes it always hold) or make the process fail at run time. Names consist of letters, decimal digits, combining marks and underscores, and start with a letter or an underscore." },
  },
  E0120: {
    severity: "error",
    zh: { message: "文件中含有控制字符 {char}", help: "删除这个不可见的字符（常见于从网页或其他文档复制的文字）", explain: "除制表符和换行外，控制字符（U+0000–U+001F、U+007F–U+009F）、U+FFFE 和 U+FFFF 不能出现在 matter 文件中：它们在网页和 Markdown 中不可见，会让 process.bpmn 不是合法的 XML，还可能在终端里执行转义序列。" },
    en: { message: "the file contains the control character {char}", help: "delete this invisible character (it often comes with text copied from web pages or documents)", explain: "Apart from tab and line breaks, control characters (U+0000–U+001F, U+007F–U+009F), U+FFFE and U+FFFF may not appear in a matter file: they are invisible in pages and Markdown, make process.bpmn ill-formed XML, and can run escape sequences in a terminal." },
  },
  E0121: {
    severity: "error",
    zh: { message: "编码「{code}」与输出目录中的保留名称冲突", help: "换一个编码，例如 \"QY-2024-03\"；catalog.json、index.html 以及 CON、NUL、COM1 等设备名不能用作编码", explain: "一件事的编码是输出目录 DIR/<编码>/ 的名称，与 catalog.json、index.html、data-sharing.json 等顶层文件放在同一层，所以不能与它们同名（不区分大小写）；Windows 保留的设备名（CON、PRN、AUX、NUL、COM1–9、LPT1–9，带不带扩展名）在复制到 Windows 时无法作为文件夹名，也不能用。" },
    en: { message: "the code '{code}' is a reserved name in the output folder", help: "choose another code, e.g. \"QY-2024-03\"; catalog.json, index.html and device names such as CON, NUL or COM1 cannot be codes", explain: "A matter's code names its folder DIR/<code>/, next to top-level files such as catalog.json, index.html and data-sharing.json, so it cannot equal them (in any letter case); device names Windows reserves (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension) cannot name a folder once the outputs are copied to Windows." },
  },
  E0122: {
    severity: "error",
    zh: { message: "编码「{code}」太长（{length} 个字符，最多 {max} 个）", help: "用更短的编码，例如 \"QY-2024-03\"", explain: "编码是输出文件夹的名称，文件系统限制文件夹名的长度（通常 255 字节），编码还会进入标识符、文件名和链接，所以最多 100 个字符。" },
    en: { message: "the code '{code}' is too long ({length} characters, at most {max})", help: "use a shorter code, e.g. \"QY-2024-03\"", explain: "The code names an output folder; file systems limit the length of a name (usually 255 bytes), and the code also goes into identifiers, file names and links, so it has at most 100 characters." },
  },
  E0123: {
    severity: "error",
    zh: { message: "编码「{code}」与一件事「{other}」的编码「{otherCode}」只差大小写", help: "换一个编码，让两者在不区分大小写时也不同", explain: "编码是输出目录名。macOS 和 Windows 的文件系统不区分大小写，两件事的目录会合成一个，产物互相覆盖。（编码只能用 ASCII 字母、数字和 -_.（E0112），所以不会有只差 Unicode 写法的编码。）" },
    en: { message: "the code '{code}' differs from the code '{otherCode}' of matter '{other}' only in case", help: "choose a code that differs from it also when case is ignored", explain: "A code names an output folder. The file systems of macOS and Windows ignore case, so the two matters' folders would be one and their outputs overwrite each other. (Codes hold only ASCII letters, digits and -_. (E0112), so no two differ only in Unicode form.)" },
  },
  W0117: {
    severity: "warning",
    zh: { message: "{kind}「{name}」已声明，但没有子事项用到它", help: "在某个子事项的「{key}」中列出它，或删除这个声明", explain: "一件事内声明的材料或字段应至少被一个子事项需要，否则它不会出现在表单和指南里。" },
    en: { message: "{kind} '{name}' is declared but no sub-item asks for it", help: "list it under `{key}` of a sub-item, or remove it", explain: "A material or field declared in a matter should be asked for by at least one sub-item; otherwise it appears in no form or guide." },
  },
  E0201: {
    severity: "error",
    zh: { message: "承诺时限 {promised} 超过了法定时限 {legal}", help: "承诺时限应不超过法定时限", explain: "承诺办结时限是对法定时限的压缩，不能比法定时限更长。自然日按 7 天 = 5 个工作日折算后比较。" },
    en: { message: "promised time {promised} exceeds the legal time {legal}", help: "the promised time must not exceed the legal time", explain: "The promised time shortens the legal time and cannot be longer. Calendar days convert at 7 days = 5 working days for the comparison." },
  },
  E0202: {
    severity: "error",
    zh: { message: "一件事的承诺时限 {promised} 少于关键路径 {critical} 个工作日（{path}）", help: "把承诺时限改为至少 {critical} 工作日，或缩短路径上子事项的时限", explain: "整件事的承诺时限不能短于按「前置」顺序办理的最长路径（关键路径）所需的时间。情形不同时路径也不同，取最长的情形。" },
    en: { message: "the matter's promised time {promised} is below the critical path of {critical} working days ({path})", help: "promise at least {critical} working days, or shorten the sub-items on the path", explain: "The whole matter cannot promise less than its longest chain of sub-items through `after` (the critical path), in the situation where that chain is longest." },
  },
  E0203: {
    severity: "error",
    zh: { message: "容缺时限 {deferrable} 超过了一件事的承诺时限 {promised}", help: "容缺补交时限不能超过承诺时限", explain: "容缺受理的材料必须在承诺办结时限内补齐，否则案件无法按时办结。" },
    en: { message: "the deferral {deferrable} exceeds the matter's promised time {promised}", help: "deferred materials must be supplied within the promised time", explain: "Materials accepted as deferred must arrive within the promised time, or the case cannot finish on time." },
  },
  E0204: {
    severity: "error",
    zh: { message: "「前置」形成了循环：{cycle}", help: "去掉环上的某一个前置", explain: "子事项的前置关系必须是无环的，否则没有子事项能先开始。" },
    en: { message: "`after` forms a cycle: {cycle}", help: "remove one `after` on the cycle", explain: "The `after` relation between sub-items must have no cycle; otherwise none could start." },
  },
  W0205: {
    severity: "warning",
    zh: { message: "一件事没有声明承诺时限；指南只能按子事项时限估算（关键路径最长 {critical} 个工作日）", help: "在一件事中写「承诺时限: N 工作日」，说明改革办对外承诺的办结时间", explain: "承诺是改革办作出的，编译器不能替它承诺。未声明承诺时限时，指南和一次告知单写「预计」并说明是按各子事项时限估算的关键路径，metrics.json 的 basis.timeAfter 为 criticalPath。" },
    en: { message: "the matter declares no promised time; the guide can only estimate it from the sub-items' times (critical path up to {critical} working days)", help: "write `promisedTime: N workdays` on the matter: the time the office promises", explain: "A promise is the office's to make, not the compiler's. Without one, the guide and the notice say \"estimated\" and that the time is the critical path of the sub-items' times; metrics.json says basis.timeAfter = criticalPath." },
  },
  W0206: {
    severity: "warning",
    zh: { message: "跑动次数声明为 {trips}，但申请人需提交原件（{materials}，{situation}），至少要到现场一次", help: "把跑动次数改为 1，或说明原件如何免于到现场提交（例如改为电子材料、电子证照或告知承诺）", explain: "跑动次数是改革办声明的，数字按声明公布（metrics.json 的 basis.trips 为 declared，trips.derived 是按声明推出的次数）。需要在窗口提交原件的情形下，声明 0 次与材料清单相矛盾。" },
    en: { message: "trips are declared as {trips}, but the applicant hands in originals ('{materials}'; {situation}), which takes at least one visit", help: "declare 1 trip, or say how the originals avoid a visit (an electronic material, an e-licence or a commitment)", explain: "Trips are the office's declaration and the figures publish it (basis.trips = declared in metrics.json; trips.derived is what the declarations imply). Where originals must be handed in at a window, 0 trips contradicts the list of materials." },
  },
  E0301: {
    severity: "error",
    zh: { message: "材料「{material}」来自子事项「{producer}」的结果，但「{consumer}」并不在它之后办理", help: "在「{consumer}」的前置中加入「{producer}」", explain: "前序产出的材料只有在产出它的子事项办结之后才有。需要这份材料的每个子事项都必须（直接或间接）以产出它的子事项为前置。" },
    en: { message: "material '{material}' is the result of '{producer}', but '{consumer}' does not come after it", help: "add '{producer}' to the `after` of '{consumer}'", explain: "A material that is an earlier sub-item's result exists only once that sub-item has finished; every sub-item that needs it must come after its producer, directly or indirectly." },
  },
  E0302: {
    severity: "error",
    zh: { message: "材料「{material}」来自「{producer}」的结果，但在 {situation} 时「{consumer}」适用而「{producer}」不适用", help: "让「{producer}」在这种情形下也适用，或改变这份材料的来源", explain: "前序产出的子事项在需要这份材料的每种情形下都必须适用，否则材料无从获得。编译器逐一检查所有情形组合。" },
    en: { message: "material '{material}' is the result of '{producer}', but when {situation} '{consumer}' applies and '{producer}' does not", help: "make '{producer}' apply in that situation too, or change the material's source", explain: "The producing sub-item must apply in every situation in which the material is needed; the compiler checks every combination of answers." },
  },
  W0303: {
    severity: "warning",
    zh: { message: "告知承诺替代的材料「{material}」没有子事项需要", help: "从「替代材料」中去掉它，或在子事项的「材料」中列出它", explain: "告知承诺用承诺代替证明材料；替代一份没人需要的材料没有意义，通常是写错了材料名称。" },
    en: { message: "the commitment replaces '{material}', which no sub-item asks for", help: "remove it from `replaces`, or list it under a sub-item's `materials`", explain: "A commitment replaces proofs with a promise; replacing a material nobody asks for does nothing and is usually a wrong name." },
  },
  E0304: {
    severity: "error",
    zh: { message: "「{key}」只接受 http 或 https 地址，而不是「{url}」", help: "写成以 https:// 开头的完整地址", explain: "网办地址和样表会成为指南中的链接；为了安全，只接受 http(s) 地址。" },
    en: { message: "'{key}' takes an http or https address, not '{url}'", help: "write a full address starting with https://", explain: "Online addresses and samples become links in the guide; for safety only http(s) addresses are accepted." },
  },
  W0305: {
    severity: "warning",
    zh: { message: "未知的电子证照类型「{licence}」", help: "是否想写「{suggestion}」？", helpElse: "已知类型见 docs/stdlib.md", explain: "电子证照类型与标准库 std/证照 中的列表核对，避免写错后无法共享调用。" },
    en: { message: "unknown electronic licence type '{licence}'", help: "did you mean '{suggestion}'?", helpElse: "see docs/stdlib.md for the known types", explain: "Electronic licence types are checked against the standard list std/证照, so that a typo does not break data sharing." },
  },
  W0401: {
    severity: "warning",
    zh: { message: "配合部门「{department}」没有负责任何子事项", help: "删掉它，或给它分配子事项", explain: "列出的配合部门应当至少办理一个子事项。" },
    en: { message: "cooperating department '{department}' handles no sub-item", help: "remove it, or give it a sub-item", explain: "A listed cooperating department should handle at least one sub-item." },
  },
  E0402: {
    severity: "error",
    zh: { message: "子事项的部门「{department}」既不是牵头部门，也不在配合部门中", help: "把「{department}」加入配合部门", explain: "给出「配合部门」时，每个子事项的部门都必须是牵头部门或配合部门之一。" },
    en: { message: "the sub-item's department '{department}' is neither the lead nor a cooperating department", help: "add '{department}' to `cooperating`", explain: "When `cooperating` is given, every sub-item's department must be the lead or one of them." },
  },
  E0403: {
    severity: "error",
    zh: { message: "职责中的部门「{department}」不参与这件事", help: "职责只写牵头部门和办理子事项的部门", explain: "职责说明参与这件事的各部门分工，只能写牵头部门和配合部门。" },
    en: { message: "department '{department}' in duties takes no part in this matter", help: "give duties only for the lead and the departments of sub-items", explain: "Duties describe the parts of the departments involved: the lead and the cooperating departments." },
  },
  E0501: {
    severity: "error",
    zh: { message: "条件类型不符：{situation}是{type}，不能{operation}", help: "{hint}", explain: "条件按情形的类型检查：是否题直接写名称（或 非 名称）；单选用 == 或 属于；多选用 包含；数字用 > >= < <= ==。" },
    en: { message: "condition of the wrong type: {situation} is {type} and cannot be {operation}", help: "{hint}", explain: "Conditions are checked against the situation's type: a yes/no is written as its name (or not NAME); single choice uses == or in; multiple choice uses contains; numbers use > >= < <= ==." },
  },
  E0502: {
    severity: "error",
    zh: { message: "情形「{situation}」没有选项「{option}」", help: "是否想写「{suggestion}」？可选：{options}", helpElse: "可选：{options}", explain: "条件中比较的选项必须是该情形声明过的选项之一。" },
    en: { message: "situation '{situation}' has no option '{option}'", help: "did you mean '{suggestion}'? options: {options}", helpElse: "options: {options}", explain: "An option compared in a condition must be one the situation declares." },
  },
  E0503: {
    severity: "error",
    zh: { message: "条件中的「{name}」不是本事项的情形", help: "是否想写「{suggestion}」？", helpElse: "条件只能针对本事项声明的情形", explain: "「适用」条件只能引用本件事中声明的情形（或告知承诺）。" },
    en: { message: "'{name}' in the condition is not a situation of this matter", help: "did you mean '{suggestion}'?", helpElse: "conditions refer to the situations declared in this matter", explain: "A `when` condition refers to the matter's own situations (or commitments)." },
  },
  E0504: {
    severity: "error",
    zh: { message: "条件写法不对：{detail}", help: "是否想写「{suggestion}」？", helpElse: "例如：领取社保卡、非 设置招牌、落户方式 == 随母、经营项目 包含 热食类、营业面积 > 50", explain: "条件由情形名称、比较和 且/或/非 组成，可以用括号。" },
    en: { message: "malformed condition: {detail}", help: "did you mean '{suggestion}'?", helpElse: "e.g. 领取社保卡, not 设置招牌, 落户方式 == 随母, 经营项目 contains 热食类, 营业面积 > 50", explain: "A condition is made of situation names, comparisons and and/or/not, with parentheses." },
  },
  W0505: {
    severity: "warning",
    zh: { message: "情形「{name}」没有被任何条件使用", help: "在子事项、材料或字段的「适用」中使用它，或删除这个情形", explain: "情形是申请人要回答的问题，用来决定哪些子事项、材料和字段适用。没有任何「适用」条件引用的情形仍会出现在表单里，但回答它不改变任何结果，通常是写错了名称或忘了写条件。" },
    en: { message: "situation '{name}' is used by no condition", help: "use it in a `when` of a sub-item, material or field, or remove it", explain: "A situation is a question the applicant answers to decide which sub-items, materials and fields apply. One that no `when` condition names still appears in the form, but its answer changes nothing: usually a misspelt name or a forgotten condition." },
  },
  E0601: {
    severity: "error",
    zh: { message: "正则表达式「{pattern}」可能发生灾难性回溯", help: "避免嵌套的重复，如 (a+)+、(a|a)*；改写为不含嵌套量词的形式", explain: "嵌套量词的正则在恶意或较长的输入上会耗费指数级时间，可能使表单校验卡死（ReDoS）。" },
    en: { message: "the pattern '{pattern}' can backtrack catastrophically", help: "avoid nested repetition such as (a+)+ or (a|a)*", explain: "Patterns with nested quantifiers take exponential time on some inputs and can hang form validation (ReDoS)." },
  },
  E0602: {
    severity: "error",
    zh: { message: "正则表达式「{pattern}」无效：{reason}", help: "检查括号和转义", explain: "正则表达式按 ECMAScript（JSON Schema pattern）语法解析。" },
    en: { message: "invalid pattern '{pattern}': {reason}", help: "check brackets and escapes", explain: "Patterns follow ECMAScript (JSON Schema pattern) syntax." },
  },
  E0603: {
    severity: "error",
    zh: { message: "未知的字段类型「{type}」", help: "是否想写「{suggestion}」？", helpElse: "可用类型：{types}", explain: "字段类型决定表单控件和校验规则。" },
    en: { message: "unknown field type '{type}'", help: "did you mean '{suggestion}'?", helpElse: "types: {types}", explain: "A field's type decides its form control and validation." },
  },
  E0604: {
    severity: "error",
    zh: { message: "字段约束「{word}」{problem}", help: "是否想写「{suggestion}」？", helpElse: "约束有：必填、最长 N、最短 N、最小 N、最大 N、正则 \"…\"、默认 值、标签 \"…\"、说明 \"…\"、单位 \"…\"、键 \"…\"、示例 \"…\"、适用 (条件)", explain: "字段的写法是「字段 路径: 类型 约束…」，约束之间用空格分隔。" },
    en: { message: "field constraint '{word}' {problem}", help: "did you mean '{suggestion}'?", helpElse: "constraints: required, maxLength N, minLength N, min N, max N, pattern \"…\", default V, label \"…\", note \"…\", unit \"…\", key \"…\", example \"…\", when (condition)", explain: "A field is written `field PATH: TYPE constraint…`, constraints separated by spaces." },
  },
  W0605: {
    severity: "warning",
    zh: { message: "表单分组中的字段「{field}」没有子事项需要", help: "从分组中去掉它，或让某个子事项需要它", explain: "表单只包含子事项需要的字段；分组中列出没人需要的字段不会显示。" },
    en: { message: "field '{field}' in the form layout is asked by no sub-item", help: "remove it from the group, or ask for it in a sub-item", explain: "The form holds only fields that sub-items ask for; a grouped field nobody asks for is not shown." },
  },
  E0606: {
    severity: "error",
    zh: { message: "字段「{field}」同时出现在分组「{first}」和「{second}」中", help: "每个字段只放在一个分组里", explain: "多表合一后每个字段只问一次，因此只能属于一个分组。" },
    en: { message: "field '{field}' is in both groups '{first}' and '{second}'", help: "put each field in one group", explain: "A merged form asks each field once, so it belongs to one group." },
  },
  E0607: {
    severity: "error",
    zh: { message: "情形「{situation}」{problem}", help: "写法：情形 名称: 单选 \"问题？\" [选项1, 选项2] 默认 选项1", explain: "情形的写法是「情形 名称: 类型 \"问题\" [选项] 默认 值」，类型为 是否、单选、多选、数字；单选和多选需要选项，默认值必须合乎类型。" },
    en: { message: "situation '{situation}' {problem}", help: "write: situation NAME: single \"question?\" [a, b] default a", explain: "A situation is written `situation NAME: TYPE \"question\" [options] default VALUE`, TYPE one of yes/no, single, multiple, number; choices need options and the default must fit the type." },
  },
  W0608: {
    severity: "warning",
    zh: { message: "情形组合过多（{count} 种），只计算了前 {limit} 种", help: "减少条件中区分的情形，或把互不相关的事项拆成不同的一件事", explain: "编译器为每种情形组合计算前后对比数据并检查条件间的关系。组合数超过上限时只计算一部分，数字可能不完整。" },
    en: { message: "too many situation combinations ({count}); only the first {limit} were computed", help: "distinguish fewer answers in conditions, or split unrelated parts into separate matters", explain: "The compiler computes figures and checks implications for every combination of answers. Past a limit it computes only part of them, so figures may be incomplete." },
  },
  E0701: {
    severity: "error",
    zh: { message: "找不到模板事项「{name}」", help: "是否想写「{suggestion}」？", helpElse: "用「使用 \"省模板文件.matter\"」引入声明模板的文件，再写「模板: 事项名称」", explain: "本地版本用「模板: 事项名称」指明它本地化的省级模板。模板必须声明在本文件或本文件所「使用」的文件中。例如：\n\n  使用 \"开办餐饮店.matter\"\n  一件事 甲市开办餐饮店 {\n    模板: 开办餐饮店\n    编码: \"QY-2024-03-A\"\n    指南 { 办理地点: \"甲市政务服务中心\" }\n  }" },
    en: { message: "no template matter named '{name}'", help: "did you mean '{suggestion}'?", helpElse: "bring in the file that declares the template with `使用 \"province.matter\"`, then write `模板: NAME`", explain: "A local version names the province template it localises with `模板: NAME`. The template must be declared in this file or in a file it uses, e.g.\n\n  使用 \"开办餐饮店.matter\"\n  一件事 甲市开办餐饮店 {\n    模板: 开办餐饮店\n    编码: \"QY-2024-03-A\"\n    指南 { 办理地点: \"甲市政务服务中心\" }\n  }" },
  },
  E0702: {
    severity: "error",
    zh: { message: "「{name}」本身是本地版本，不能作为模板", help: "直接以省级模板为模板", explain: "本地版本只能本地化省级模板，不能层层本地化：否则无法判断哪些要素是全省统一的。" },
    en: { message: "'{name}' is itself a local version and cannot be a template", help: "name the province template instead", explain: "A local version localises a province template, not another local version: otherwise which elements are uniform across the province could not be told." },
  },
  E0703: {
    severity: "error",
    zh: { message: "本地版本不能修改「{key}」：{rule}", help: "删除这一项；需要修改时请修改模板，或把它作为新的事项", explain: "同一事项在全省的受理条件、申请材料、法定时限和子事项一致，各地只填写可因地而异的要素：编码、版本、状态、生效和失效日期、承诺时限（不得长于模板）、职责、办事指南中的办理地点、办理时间、咨询和投诉电话、网办地址，以及已有子事项的承诺时限和生效日期；本地部门的全称、电话、地址用本文件中的「部门」声明给出。例如：\n\n  一件事 甲市开办餐饮店 {\n    模板: 开办餐饮店\n    编码: \"QY-2024-03-A\"\n    承诺时限: 10 工作日\n    子事项 食品经营许可 { 承诺时限: 3 工作日 }\n    指南 { 办理地点: \"甲市政务服务中心\"  咨询电话: \"0000-12345\" }\n  }" },
    en: { message: "a local version cannot change '{key}': {rule}", help: "remove it; change the template instead, or make it a matter of its own", explain: "One matter has the same conditions, materials, legal times and sub-items across the province; a city writes only what may differ locally: code, version, status, effective dates, a promised time no longer than the template's, duties, the guide's places, hours, phones and web address, and the promised times and dates of the template's sub-items; its own departments' full names, phones and addresses come from `部门` declarations in its file." },
  },
  E0704: {
    severity: "error",
    zh: { message: "本地版本「{name}」缺少自己的编码", help: "添加「编码: \"…\"」，与模板的编码不同", explain: "编码是输出目录名。本地版本与模板一同编译时，必须有自己的编码，否则会覆盖模板的产物。" },
    en: { message: "the local version '{name}' has no code of its own", help: "add `编码: \"…\"`, different from the template's", explain: "The code names the output folder; a local version built with its template needs its own, or it would overwrite the template's outputs." },
  },
  E0705: {
    severity: "error",
    zh: { message: "本地承诺时限 {local} 长于模板的 {template}", help: "本地可以承诺更短的时限，不能更长", explain: "本地版本可以缩短承诺时限（“只减不增”），不能长于省级模板的承诺时限；子事项没有承诺时限时与其法定时限比较。" },
    en: { message: "the local promised time {local} is longer than the template's {template}", help: "a local version may promise less time, never more", explain: "A local version may shorten promised times but never lengthen them beyond the province template's; for a sub-item without a promised time, its legal time is the bound." },
  },
  E0706: {
    severity: "error",
    zh: { message: "失效日期 {until} 不晚于生效日期 {from}", help: "失效日期应晚于生效日期", explain: "生效日期当日起施行，失效日期当日起不再施行，所以失效日期必须晚于生效日期。日期写作 \"2026-01-01\" 或 \"2026年1月1日\"。" },
    en: { message: "the end date {until} is not after the start date {from}", help: "the end date must come after the start date", explain: "A matter is in force from its 生效日期 (inclusive) until its 失效日期 (exclusive), so the end must come after the start. Dates are written \"2026-01-01\" or \"2026年1月1日\"." },
  },
  E0801: {
    severity: "error",
    zh: { message: "字段「{field}」取自子事项「{producer}」的结果，但「{consumer}」并不在它之后办理", help: "在「{consumer}」的前置中加入「{producer}」，或让申请人填写这个字段", explain: "来源为前序产出的字段，只有在产出它的子事项办结之后才能预填。需要这个字段的每个子事项都必须（直接或间接）以产出它的子事项为前置；产出它的子事项本身不能需要这个字段。例如：\n\n  字段 营业执照.住所: 地址 来源 (前序产出 营业执照办理 \"住所\")\n  子事项 食品经营许可 { 前置: 营业执照办理  字段: 营业执照.住所 }" },
    en: { message: "field '{field}' is filled from the result of '{producer}', but '{consumer}' does not come after it", help: "add '{producer}' to the `after` of '{consumer}', or let the applicant type the field", explain: "A field filled from an earlier sub-item's result can be prefilled only once that sub-item has finished; every sub-item that asks for it must come after the producer, and the producer itself cannot ask for it." },
  },
  E0802: {
    severity: "error",
    zh: { message: "字段「{field}」取自「{producer}」的结果，但在 {situation} 时「{consumer}」适用而「{producer}」不适用", help: "让「{producer}」在这种情形下也适用，或改变这个字段的来源", explain: "来源为前序产出的字段，产出它的子事项在需要这个字段的每种情形下都必须适用，否则无从预填。编译器逐一检查所有情形组合。" },
    en: { message: "field '{field}' is filled from the result of '{producer}', but when {situation} '{consumer}' applies and '{producer}' does not", help: "make '{producer}' apply in that situation too, or change the field's source", explain: "The producing sub-item must apply in every situation in which the field is asked; the compiler checks every combination of answers." },
  },  W0801: {
    severity: "warning",
    zh: { message: "字段「{field}」由申请人填写，但{supplier}已经能提供它", help: "给这个字段写上 {source}，由平台预填", explain: "“高效办成一件事”要求申请人不再填写部门已有的数据（智能预填、免填）。以下情形说明这个字段的值一件事里已经有了：另一个标签相同的字段已声明来源；字段路径的第一段是一件事通过电子证照获取的证照（如材料「营业执照」来源为电子证照，而字段「营业执照.住所」仍由申请人填写）；或者是一个在所有需要该字段的子事项之前办结的子事项的产出（产出: \"营业执照\"）。给字段加上来源后，它不再计入“申请人填写”的字段数，表单中只读预填。例如：\n\n  字段 营业执照.住所: 地址 必填 来源 (电子证照 \"营业执照\" \"住所\")" },
    en: { message: "field '{field}' is typed by the applicant, but {supplier} already supplies it", help: "give the field {source}, so the platform prefills it", explain: "The reform asks that applicants no longer type data a department already holds. The value is already in the matter when another field with the same label declares a source, when the field's path starts with an e-licence the matter fetches, or with the result (产出) of a sub-item that finishes before every sub-item asking for the field. With a source, the field is prefilled read-only and no longer counts as typed." },
  },
  W0802: {
    severity: "warning",
    zh: { message: "共享数据项没有用处：{what}的来源在任何情形下都用不到", help: "检查它的「适用」与需要它的子事项的条件，或删除它", explain: "数据共享清单（data-sharing.json）按来源向部门、证照库或前序子事项申请数据。一个声明了来源的字段或材料，如果它自己的「适用」条件在需要它的子事项适用时永远不成立，它就永远不会出现在表单或材料清单中，清单却仍向提供方申请这项数据。编译器逐一检查所有情形组合。" },
    en: { message: "a shared data item nothing uses: the source of {what} is needed in no situation", help: "check its `when` against the conditions of the sub-items asking for it, or remove it", explain: "The data-sharing list requests every sourced field and fetched material from its provider. One whose own `when` never holds while a sub-item asking for it applies never reaches the form or the material list, yet the list still requests it. The compiler checks every combination of answers." },
  },

  E0609: {
    severity: "error",
    zh: { message: "头条情形不符合任何一种情形组合", help: "检查头条情形的条件是否可能成立，例如「头条情形: 主体类型 == 公司」", explain: "头条情形说明对外公布的数字描述哪一种情形。它必须至少符合编译器枚举的一种情形组合；有多种时取适用子事项最多、其次提交材料最多的一种。" },
    en: { message: "the headline situation matches no combination of answers", help: "check that the condition can hold, e.g. `headline: 主体类型 == 公司`", explain: "The headline situation says which case the published figures describe. It must match at least one combination the compiler enumerates; among several, the one with the most sub-items, then the most materials, is taken." },
  },
  E1301: {
    severity: "error",
    zh: { message: "重复分组「{group}」的最少项数 {min} 大于最多项数 {max}", help: "让「最少」不大于「最多」", explain: "重复分组（股东、从业人员、子女）写「最少」「最多」规定申请人填写的项数。最少大于最多时，任何申请都填不对。" },
    en: { message: "repeating group '{group}' has a minimum of {min} entries, more than its maximum of {max}", help: "make the minimum no more than the maximum", explain: "A repeating group (shareholders, employees, children) bounds the number of entries with a minimum and maximum. With the minimum above the maximum no application could be right." },
  },
  E1302: {
    severity: "error",
    zh: { message: "材料「{material}」每项一份的分组「{group}」{reason}", help: "写本事项表单中一个重复分组的名称，如「{suggestion}」", explain: "「每项一份」把材料绑定到表单中的一个重复分组（写了「最少」或「最多」的分组），表示每一项各交一份，例如每名从业人员的健康证明。它必须指向本事项表单中的重复分组。" },
    en: { message: "material '{material}' is handed in per entry of group '{group}', which {reason}", help: "name a repeating group of this matter's form, e.g. '{suggestion}'", explain: "`perEntry` ties a material to a repeating group of the form (a group with a minimum or maximum): one copy per entry, such as each employee's health certificate. It must name a repeating group of this matter's form." },
  },
  E1303: {
    severity: "error",
    zh: { message: "重复分组「{group}」中字段「{first}」和「{second}」在每一项中的键都是「{key}」", help: "给其中一个字段写不同的「键」", explain: "重复分组的每一项是申请数据中的一个对象，字段按键（去掉分组的键前缀，如 股东.姓名 → 姓名）存放在其中；「材料」存放每项一份的材料。两个答案不能放在同一个键下。" },
    en: { message: "in repeating group '{group}', fields '{first}' and '{second}' both sit at key '{key}' of an entry", help: "give one of them a different key", explain: "Each entry of a repeating group is one object of the application data; its fields sit at their keys without the group's key in front (股东.姓名 → 姓名), and '材料' holds the per-entry materials. Two answers cannot share a key." },
  },
  E1304: {
    severity: "error",
    zh: { message: "重复分组「{group}」在申请数据中的键「{key}」已被「{other}」使用", help: "给重复分组写另一个「键」，或把「{other}」放进这个分组", explain: "重复分组的全部项存放在申请数据顶层的一个列表中（键默认为分组名）。这个键不能与情形、告知承诺、「材料」或分组之外字段的顶层键相同，否则两种答案会放在同一处。" },
    en: { message: "repeating group '{group}' keeps its entries at key '{key}', which '{other}' already uses", help: "give the group another key, or put '{other}' in the group", explain: "The entries of a repeating group are one list at the top level of the application data (the key defaults to the group's name). That key cannot be a situation's, a commitment's, '材料' or the top-level key of a field outside the group, or two answers would share a place." },
  },
  W1301: {
    severity: "warning",
    zh: { message: "分组「{group}」没有写「最少」或「最多」，不按项重复，「{key}」不起作用", help: "写「最少」或「最多」让分组按项重复，或删除「{key}」", explain: "写了「最少」或「最多」的分组才是重复分组（股东、从业人员、子女）；「条目」「量词」「键」只对重复分组有意义。" },
    en: { message: "group '{group}' has no minimum or maximum, so it does not repeat and '{key}' does nothing", help: "give it a minimum or maximum to make it repeat, or remove '{key}'", explain: "Only a group with a minimum or maximum repeats (shareholders, employees, children); entry, measure word and key mean something only there." },
  },
  E1001: {
    severity: "error",
    zh: { message: "统一社会信用代码「{code}」无效：{reason}", help: "按营业执照或事业单位法人证书上的代码照抄；查不到就不写", explain: "统一社会信用代码（GB 32100）为 18 位：第 1–2 位为登记管理部门和机构类别，第 3–8 位为登记管理机关的行政区划代码，第 9–17 位为主体标识码，第 18 位为按前 17 位计算的校验码；字符为数字和除 I、O、S、V、Z 外的大写字母。代码会写入实施清单，用来核对实施编码，所以写错的代码不能采用。" },
    en: { message: "the unified social credit code '{code}' is not valid: {reason}", help: "copy the code from the department's certificate; leave it out when you cannot find it", explain: "A unified social credit code (GB 32100) has 18 characters: the registering authority and category, the registering authority's division code (characters 3–8), the entity's identifier, and a check character computed over the first 17; the characters are digits and capitals other than I, O, S, V, Z. It goes into the implementation list and is used to check implementation codes, so a wrong code cannot be used." },
  },
  E1002: {
    severity: "error",
    zh: { message: "行政区划代码「{code}」应为 6 位数字", help: "写 GB/T 2260 的 6 位代码，如 \"440300\"", explain: "部门的行政区划写所在地的 6 位行政区划代码（GB/T 2260），用来核对子事项的实施编码。" },
    en: { message: "the division code '{code}' should be 6 digits", help: "write the 6-digit GB/T 2260 code, e.g. \"440300\"", explain: "A department's division is the 6-digit administrative division code (GB/T 2260) of where it sits; it is used to check sub-items' implementation codes." },
  },
  E1003: {
    severity: "error",
    zh: { message: "子事项写了「收费: 不收费」，又声明了收费项目 {fees}", help: "删去「收费: 不收费」，或删去收费项目", explain: "「不收费」与收费项目互相矛盾，指南和实施清单无法同时如实说明两者。只写收费项目时，子事项即为收费事项。" },
    en: { message: "the sub-item says `fee: 不收费` but declares the fees {fees}", help: "remove `fee: 不收费`, or remove the fee items", explain: "Free of charge and a list of fees contradict each other; the guide and the implementation list cannot state both. A sub-item with fee items and no `fee` key is charged." },
  },
  W1001: {
    severity: "warning",
    zh: { message: "网办深度为Ⅳ级（全程网办），到现场次数却是 {visits}", help: "把到现场次数改为 0，或降低网办深度", explain: "网上办理深度Ⅳ级指申请、受理、审查、决定、送达全程在网上完成，无需到现场；到现场次数大于 0 时两者不可能同时成立。" },
    en: { message: "online depth IV (fully online) but {visits} visits to the office", help: "set the visits to 0, or lower the online depth", explain: "Online depth IV means the application, acceptance, review, decision and delivery all happen online with no visit; with visits above 0 both cannot be true." },
  },
  W1002: {
    severity: "warning",
    zh: { message: "收费项目「{fee}」没有收费依据", help: "写上「依据: \"文件名称和文号\"」", explain: "行政事业性收费必须有法律法规或价格主管部门文件作依据，指南要写明；没有依据的收费无法公示。" },
    en: { message: "the fee '{fee}' has no legal basis", help: "add `依据: \"document and number\"`", explain: "Administrative fees must rest on a law, regulation or pricing authority's document, which the guide states; a fee without one cannot be published." },
  },
  W1003: {
    severity: "warning",
    zh: { message: "证照类结果「{result}」没有样本", help: "写上「样本: \"https://…\"」", explain: "办事指南要附证照类审批结果的样本，让申请人知道会拿到什么。" },
    en: { message: "the licence '{result}' has no sample", help: "add `样本: \"https://…\"`", explain: "A guide shows a sample of each licence it issues, so applicants know what they receive." },
  },
  W1004: {
    severity: "warning",
    zh: { message: "办件类型为{declared}，而时限为{time}（应为{expected}）", help: "改为「办件类型: {expected}」，或核对时限", explain: "即办件当场办结，时限为即办；承诺件在承诺时限内办结。办件类型与时限不一致时，指南会自相矛盾。" },
    en: { message: "handling type {declared} but the time is {time} (expected {expected})", help: "write `办件类型: {expected}`, or check the time", explain: "An immediate item (即办件) is finished on the spot, with the time 即办; a promised item (承诺件) within its promised time. When they disagree the guide contradicts itself." },
  },
  W1005: {
    severity: "warning",
    zh: { message: "实施编码「{code}」中没有{what}「{value}」", help: "核对实施编码，或核对部门声明的代码", explain: "实施编码按国家结构由基本编码、实施地区（行政区划代码）、实施主体（统一社会信用代码）和业务办理项组成。部门声明了统一社会信用代码或行政区划时，编译器核对实施编码中含有它们，从而发现抄错的编码或办错部门的子事项。" },
    en: { message: "the implementation code '{code}' does not contain {what} '{value}'", help: "check the implementation code, or the codes the department declares", explain: "In its national structure an implementation code is made of the basic code, the region (division code), the implementer (credit code) and the business item. When a department declares its credit code or division, the compiler checks that its sub-items' codes contain them, which finds miscopied codes and sub-items given to the wrong department." },
  },
  W1006: {
    severity: "warning",
    zh: { message: "投诉电话与咨询电话相同（{phone}）", help: "投诉电话写受理投诉的部门或 12345", explain: "监督投诉应由办理部门以外的渠道受理；两者相同时申请人无处投诉。12345 政务服务便民热线同时受理咨询和投诉，两者都写 12345 时不提示。" },
    en: { message: "the complaint phone is the consultation phone ({phone})", help: "give the phone of whoever takes complaints, or 12345", explain: "Complaints should reach someone other than the office that handles the case; with the same number the applicant has nowhere to complain. The 12345 hotline takes both questions and complaints, so both being 12345 is not reported." },
  },
  W1007: {
    severity: "warning",
    zh: { message: "实施编码「{code}」不合国家结构：只能由数字和大写字母组成，最长 {max} 位", help: "照抄政务服务平台上的实施编码", explain: "实施编码由基本编码、实施地区、实施主体和业务办理项组成，只含数字和大写字母，最长 36 位。" },
    en: { message: "the implementation code '{code}' does not have the national shape: digits and capitals only, at most {max} characters", help: "copy the code from the government service platform", explain: "An implementation code is made of the basic code, the region, the implementer and the business item: digits and capitals only, at most 36 characters." },
  },
  W1008: {
    severity: "warning",
    zh: { message: "到现场次数为 {visits}，没有说明原因", help: "写上「到现场原因: \"…\"」，每次一条", explain: "实施清单要求到办事现场次数不为 0 时说明每次到现场的原因（如核验原件、现场勘查）。" },
    en: { message: "{visits} visits to the office, with no reason given", help: "add `到现场原因: \"…\"`, one per visit", explain: "The implementation list requires a reason for each visit when the number of visits is not 0 (checking originals, an inspection on site)." },
  },
  W1009: {
    severity: "warning",
    zh: { message: "权力来源为{source}，与委托部门不符", help: "权力来源为委托时写「委托部门」；不是委托时删去委托部门", explain: "委托部门只在权力来源为委托时才有意义；权力来源为委托时，指南要写明委托部门。" },
    en: { message: "the power source is {source}, which does not fit the entrusting department", help: "give `委托部门` when the source is 委托; remove it otherwise", explain: "An entrusting department only makes sense when the power is entrusted (委托); when it is, the guide names the entrusting department." },
  },
  E0901: {
    severity: "error",
    zh: { message: "无法读取「{path}」：{reason}", help: "检查路径是否存在、是否有读取权限", explain: "输入文件或目录无法读取。" },
    en: { message: "cannot read '{path}': {reason}", help: "check that the path exists and is readable", explain: "An input file or directory could not be read." },
  },
  E1101: {
    severity: "error",
    zh: { message: "告知承诺「{commitment}」既不替代材料，也不替代环节", help: "写「替代材料: 材料名」或「替代环节: 子事项.特殊环节」", explain: "告知承诺以申请人的承诺代替证明材料（替代材料），或代替办理中的某个环节、改为事后核查（替代环节，如营业前的消防安全检查改为许可后核查）。两者都没有的承诺不改变任何事，是声明不完整。" },
    en: { message: "commitment '{commitment}' replaces neither a material nor a step", help: "write `replaces: MATERIAL` or `replacesSteps: ITEM.SPECIAL_STEP`", explain: "A commitment stands in for proof (replaces) or for a step of the handling, checked afterwards instead (replacesSteps, e.g. the pre-opening fire inspection becoming a check after the licence). A commitment with neither changes nothing: its declaration is incomplete." },
  },
  E1102: {
    severity: "error",
    zh: { message: "「{step}」不是一件事的环节，也不是子事项的特殊环节", help: "是否想写「{suggestion}」？可写：{known}", helpElse: "在子事项中声明「特殊环节 名称 { … }」，再写「替代环节: 子事项.名称」", explain: "替代环节写「子事项.特殊环节」（该子事项中声明的特殊环节）或一件事「环节」中的一个。承诺后该环节不再进行：特殊环节的时间不再计入关键路径或不计时限的时间，一件事的环节数相应减少，流程在选择承诺时跳过它。" },
    en: { message: "'{step}' is neither a step of the matter nor a special step of a sub-item", help: "did you mean '{suggestion}'? Known: {known}", helpElse: "declare `specialStep NAME { … }` in the sub-item, then write `replacesSteps: ITEM.NAME`", explain: "A replaced step is written ITEM.SPECIAL_STEP (a special step declared in that sub-item) or as one of the matter's `steps`. With the commitment taken the step does not take place: a special step's time leaves the critical path or the uncounted time, the matter's steps after the reform drop by one, and the process skips it." },
  },
  W1101: {
    severity: "warning",
    zh: { message: "子事项「{item}」计入时限的特殊环节（{steps}）共 {total} 个工作日，超过它的时限 {limit}", help: "核对这些环节是否依法不计入时限（写「计入时限: 否」并注明依据），或把时限改为至少 {total} 工作日", explain: "声明为计入时限的特殊环节在子事项的承诺时限（未声明时为法定时限）之内进行，合计不能长于这个时限；否则承诺无法兑现，或者其中某些环节的时间其实并未计入。依法不计入时限的环节（行政许可法第四十五条：听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审等）写「计入时限: 否」，编译器把它的时间单独列出（metrics.json 的 time.uncounted），指南写明“不含”。" },
    en: { message: "the special steps of '{item}' that count toward its limit ({steps}) take {total} working days, more than its limit {limit}", help: "check whether these steps legally do not count (write `counted: no` with the basis), or raise the limit to at least {total} working days", explain: "A special step declared as counted takes place inside the sub-item's promised time (else its legal time), so together they cannot take longer; otherwise the promise cannot be kept, or some of that time is not really counted. A step whose time legally does not count (Administrative Licensing Law art. 45: hearings, tenders, auctions, inspections, testing, quarantine, appraisal, expert review) is written `counted: no`; the compiler then keeps its time apart (time.uncounted in metrics.json) and the guide says the time excludes it." },
  },
  W1102: {
    severity: "warning",
    zh: { message: "特殊环节「{step}」声明为计入时限，但它的依据写明不计入：「{basis}」", help: "改为「计入时限: 否」，或改正依据", explain: "依据说所需时间不计算在期限内时，把它计入承诺时限会使承诺包含它其实并不承担的时间，公布的时限也因此失真。编译器在依据中查找「不计算」「不计入」「不列入」「不包括在」等说法。" },
    en: { message: "special step '{step}' is declared as counted, but its basis says it is not: '{basis}'", help: "write `counted: no`, or correct the basis", explain: "When the basis says the time is not counted toward the limit, counting it in the promise makes the promise include time it does not answer for, and the published time is no longer true. The compiler looks for 不计算, 不计入, 不列入 and 不包括在 in the basis." },
  },
  W1103: {
    severity: "warning",
    zh: { message: "特殊环节「{step}」不计入时限，但没有写依据", help: "写「依据: \"《…》第…条\"」，说明它为何不计入时限", explain: "办结时限之外的时间只能依法排除（行政许可法第四十五条等），指南要向申请人说明依据。没有依据的环节，其时间不应排除在承诺之外：若它其实计入时限，写「计入时限: 是」。" },
    en: { message: "special step '{step}' does not count toward the limit but gives no basis", help: "write `basis: \"…\"` naming the law and article that exclude its time", explain: "Time outside the limit can only be excluded by law (e.g. Administrative Licensing Law art. 45), and the guide must tell the applicant why. Without a basis, the step's time should not be excluded from the promise; if it is in fact counted, write `counted: yes`." },
  },
  W1104: {
    severity: "warning",
    zh: { message: "特殊环节「{step}」不计入时限，但没有写所需时间", help: "写「时限: N 工作日」或「时限: N 自然日」", explain: "所需时间不计算在期限内的，应当书面告知申请人（行政许可法第四十五条）。没有时间，指南和一次告知单无法告诉申请人总共要等多久，数字中未计入的时间也按 0 计。" },
    en: { message: "special step '{step}' does not count toward the limit but states no time", help: "write `time: N workdays` or `time: N days`", explain: "Where the time does not count toward the limit, the applicant must be told it in writing (Administrative Licensing Law art. 45). Without it the guide and the notice cannot say how long the applicant waits in all, and the figures count the uncounted time as 0." },
  },
  W1105: {
    severity: "warning",
    zh: { message: "备用来源不会用到：{reason}", help: "删除「备用来源」，或把「来源」改为部门获取的来源（如 电子证照 \"类型\"），备用来源写申请人自备", explain: "备用来源是首选来源获取不到时的来源（如电子证照调取不到时由申请人自备）。数字按首选来源计：由部门获取的材料不计入申请人提交的材料数，指南写明获取不到时怎么办。首选来源已是申请人自备（或中介机构出具、申请人带来），或备用来源与来源相同时，备用来源永远不会用到。" },
    en: { message: "the fallback source is never used: {reason}", help: "remove `fallbackSource`, or make `source` one a department fetches (e.g. e-licence) with the applicant as the fallback", explain: "A fallback source is used when the first source fails (the applicant brings the material when no e-licence is found). The figures follow the first source: a material a department fetches is not counted as handed in, and the guide says what happens otherwise. When the first source is already the applicant (or an intermediary the applicant brings it from), or the fallback is the source itself, the fallback is never used." },
  },
  E1401: {
    severity: "error",
    zh: { message: "条件类型不符：字段「{field}」是{type}字段，不能{operation}", help: "{hint}", explain: "不予受理的条件可以检查表单字段（写字段声明的路径）。按字段类型检查：整数、数字、金额用 == != > >= < <= 与数字比较；是否字段直接写名称或 == 是/否；单选用 == != 或 属于 [选项]；多选用 包含；文本类字段（文本、行政区划、地址、身份证号等）用 == != 与加引号的文本比较，或 属于 [\"…\", \"…\"]。" },
    en: { message: "condition of the wrong type: field '{field}' is a {type} field and cannot be {operation}", help: "{hint}", explain: "A `不予受理` (inadmissible) condition may test form fields, named by their declared path. Tests are checked against the field's type: integer, number and amount fields compare with a number (== != > >= < <=); a yes/no field is written bare or == 是/否; single choice uses == != or 属于 [options]; multiple choice uses 包含; text-like fields (text, division, address, ID number…) compare with a quoted string by == != or 属于 [\"…\", \"…\"]." },
  },
  E1402: {
    severity: "error",
    zh: { message: "字段「{field}」（{type}）不能作为{use}：{why}", help: "{instead}", explain: "不予受理的条件只能检查有单一可比较值的字段：数字、是否、单选、多选和文本类字段。日期、文件字段和重复分组中的字段（每一项各有一个值）不能检查。" },
    en: { message: "field '{field}' ({type}) cannot be tested by {use}: {why}", help: "{instead}", explain: "A `不予受理` condition can test only fields with one comparable value: numbers, yes/no, single and multiple choice, and text-like fields. Date and file fields, and the fields of a repeating group (one value per entry), cannot be tested." },
  },
  E1403: {
    severity: "error",
    zh: { message: "字段「{field}」没有选项「{option}」", help: "是否想写「{suggestion}」？可选：{options}", helpElse: "可选：{options}", explain: "条件中与选择字段比较的选项必须是字段声明过的选项之一。" },
    en: { message: "field '{field}' has no option '{option}'", help: "did you mean '{suggestion}'? options: {options}", helpElse: "options: {options}", explain: "An option compared with a choice field must be one the field declares." },
  },
  E1404: {
    severity: "error",
    zh: { message: "字段「{field}」不在本事项的表单上，{use}不能检查它", help: "在需要它的子事项的「字段」中列出「{field}」，或改用情形", explain: "不予受理的条件检查申请人在表单上填写的值；只有某个子事项要求的字段才在表单上。" },
    en: { message: "field '{field}' is not on the form of this matter, so {use} cannot test it", help: "list '{field}' in the fields of the sub-item that needs it, or use a situation", explain: "A `不予受理` (inadmissible) condition tests what the applicant types on the form; only fields some sub-item asks for are on the form." },
  },
  E1405: {
    severity: "error",
    zh: { message: "子事项「{item}」不予许可时「继续办理」，但「{dependents}」依赖它（{how}）", help: "改为「不予许可: 跳过后续」（依赖它的子事项不再办理）或「不予许可: 终止办理」", explain: "「继续办理」表示只有这个子事项被拒绝、其余照常办理；但以它为前置、或使用它的办理结果（前序产出）的子事项没有它的结果无法办理。这样的子事项只能跳过后续或终止办理。" },
    en: { message: "sub-item '{item}' continues when refused, but '{dependents}' depend on it ({how})", help: "write `不予许可: 跳过后续` (skip the sub-items that depend on it) or `不予许可: 终止办理` (end the matter)", explain: "`继续办理` (continue) means only this sub-item is refused and the rest go on; but a sub-item that has it as `前置` or uses its result (`前序产出`) cannot proceed without that result. Such a sub-item must skip its dependents or end the matter." },
  },
  W1406: {
    severity: "warning",
    zh: { message: "子事项「{item}」有子事项依赖它（{dependents}），但没有声明不予许可时怎么办；流程将按「终止办理」结束整件事", help: "写「不予许可: 跳过后续」或「不予许可: 终止办理」，依据法规或改革办的决定", explain: "一个子事项不予许可时，依赖它的子事项无法办理。改革办须决定这时整件事是终止办理，还是跳过依赖它的子事项、其余照常办结出件。本事项已为其他子事项声明了不予许可，这一个却没有；未声明时流程按终止办理处理。一件事一个都没有声明时不警告，办事指南和工作指引写明“未声明”。" },
    en: { message: "sub-item '{item}' has dependents ({dependents}) but declares no refusal effect; the process ends the whole matter when it is refused", help: "write `不予许可: 跳过后续` (skip dependents) or `不予许可: 终止办理` (terminate), as the law or the office decides", explain: "When a sub-item is refused, the sub-items that depend on it cannot proceed. The office must decide whether the matter then ends, or skips those sub-items and issues the rest. This matter declares refusal effects for other sub-items but not for this one; without a declaration the process ends the matter. A matter that declares none at all gets no warning: the guide and the work guide say the effect is undeclared." },
  },
  W1407: {
    severity: "warning",
    zh: { message: "不予受理情形「{name}」的条件在每一种情形组合下都成立：任何申请都不会被受理", help: "检查条件是否写反了（少了「非」？）", explain: "编译器对条件中用到的情形枚举所有组合。一个在每种组合下都成立的不予受理条件会拒绝所有申请，通常是写错了。含表单字段的条件不作此检查。" },
    en: { message: "the condition of `不予受理` case '{name}' holds in every combination of situations: no application would ever be accepted", help: "check whether the condition is inverted (a missing `非`?)", explain: "The compiler enumerates every combination of the situations a condition uses. A `不予受理` condition that holds in all of them refuses every application and is usually a mistake. Conditions that test form fields are not checked." },
  },
  W1408: {
    severity: "warning",
    zh: { message: "不予受理情形「{name}」的条件在任何情形组合下都不成立，永远不会起作用", help: "检查条件（例如与子事项的「适用」互相矛盾），或删除这个情形", explain: "编译器对条件中用到的情形枚举所有组合；子事项中的不予受理只在子事项适用时判断。一个永远不成立的条件不起作用，通常是写错了。含表单字段的条件不作此检查。" },
    en: { message: "the condition of `不予受理` case '{name}' holds in no combination of situations and never applies", help: "check the condition (e.g. it contradicts the sub-item's 适用), or remove the case", explain: "The compiler enumerates every combination of the situations a condition uses; a sub-item's case is judged where the sub-item applies. A condition that never holds does nothing and is usually a mistake. Conditions that test form fields are not checked." },
  },
  E2001: {
    severity: "error",
    zh: { message: "通办范围是「跨省」，但本事项没有「跨域办」", help: "写「跨域办 { 区域: 长三角  方式: 全程网办, 异地代收代办 … }」说明在哪些省份、以什么方式通办", explain: "跨省通办（国办发〔2020〕35号）要说明在哪些省级行政区通办（区域或省份）、以什么方式通办（全程网办、异地代收代办、多地联办）；异地代收代办还要说明收件窗口。这些写在一件事的「跨域办」中，办事指南、流程和工作指引据此生成。" },
    en: { message: "the scope is 跨省 (across provinces) but the matter declares no `跨域办`", help: "write `跨域办 { 区域: 长三角  方式: 全程网办, 异地代收代办 … }` to say in which provinces and how", explain: "Handling across provinces (国办发〔2020〕35号) needs the provinces it covers (a region or a list), and how (全程网办 online throughout, 异地代收代办 received elsewhere, 多地联办 handled jointly), and for 异地代收代办 the receiving windows. They are written in the matter's `跨域办` block; the guide, the process and the work guide are built from it." },
  },
  E2002: {
    severity: "error",
    zh: { message: "方式有「异地代收代办」，但跨域办没有声明收件窗口", help: "写「收件窗口 \"…\" { 地址: \"…\"  电话: \"…\"  办理时间: \"…\" }」，说明申请人在异地到哪里递交", explain: "异地代收代办（国办发〔2020〕35号）：申请人在收件地的「跨省通办」窗口递交，窗口收件后进行形式审查、身份核验，把材料寄递到业务属地办理。没有收件窗口，办事指南无法告诉申请人去哪里递交，流程的收件环节也无从办理。" },
    en: { message: "the modes include 异地代收代办 but no receiving window (`收件窗口`) is declared", help: "write `收件窗口 \"…\" { 地址: \"…\"  电话: \"…\"  办理时间: \"…\" }`: where an applicant away from the handling place hands in", explain: "Under 异地代收代办 (国办发〔2020〕35号) the applicant hands in at a window elsewhere, which checks the form and the applicant's identity and posts the file to the handling place. Without a receiving window the guide cannot say where to hand in, and the process has no window to receive." },
  },
  E2003: {
    severity: "error",
    zh: { message: "标准库中没有区域「{name}」", help: "是否想写「{suggestion}」？也可以不写区域，改用「省份: …」列出省级行政区全称", helpElse: "标准库的区域有：{known}；也可以改用「省份: …」列出省级行政区全称", explain: "「区域」取自标准库 std/区域（stdlib/区域.txt），每个区域都注明了界定其范围的公开文件。不在表中的区域请用「省份」逐一列出省级行政区的全称；同时写了省份时，区域只作名称。" },
    en: { message: "the standard library knows no region '{name}'", help: "did you mean '{suggestion}'? Or leave the region out and list the provinces' full names under `省份`", helpElse: "the standard library's regions are: {known}; or list the provinces' full names under `省份`", explain: "`区域` names a region of the standard library (stdlib/区域.txt), each with the public document that sets its extent. For a region not in the table, list the provinces' full names under `省份`; with `省份` written, the region is only a name." },
  },
  W2004: {
    severity: "warning",
    zh: { message: "寄递时限 {time} 没有说明是否计入办结时限；统计数字按不计入处理（不加入办结时间）", help: "依据本地规定写「计入时限: 是」或「计入时限: 否」，并在「依据」中写明出处", explain: "异地代收代办的材料从收件窗口寄递到办理地需要时间。这段时间是否计入承诺时限由各地规定，编译器不能替改革办决定。未写时，统计数字与不计入时限的特殊环节一样把它单列（metrics.json 的 basis.post），不加入改革前后的办理时间。" },
    en: { message: "the post time {time} does not say whether it counts toward the time limit; the figures leave it out", help: "write `计入时限: 是` or `计入时限: 否` as the local rules say, with the source under `依据`", explain: "Under 异地代收代办 the file takes time to travel from the receiving window to the handling place. Whether that time counts toward the promised time is for the local rules to say, not for the compiler. When it is not said, the figures keep it apart like an uncounted special step (basis.post in metrics.json) and add it to neither time." },
  },
  E2005: {
    severity: "error",
    zh: { message: "「{name}」不是省级行政区的全称", help: "写作「{suggestion}」", helpElse: "写省级行政区的全称，如 上海市、江苏省、广西壮族自治区、香港特别行政区", explain: "「省份」列出通办的省级行政区，写 GB/T 2260 中的全称（标准库 stdlib/省级行政区.txt），如「江苏省」而不是「江苏」「苏」，以便办事指南、目录和各地系统对得上。" },
    en: { message: "'{name}' is not the full name of a province-level division", help: "write '{suggestion}'", helpElse: "write the full name, e.g. 上海市, 江苏省, 广西壮族自治区, 香港特别行政区", explain: "`省份` lists the province-level divisions covered, by their full names in GB/T 2260 (stdlib/省级行政区.txt): 江苏省, not 江苏 or 苏, so that guides, catalogues and each province's systems agree." },
  },
  E2006: {
    severity: "error",
    zh: { message: "通办范围「{scope}」与跨域办的省份不符：跨域办涉及 {count} 个省级行政区（{provinces}）", help: "跨省通办写两个以上省份（或一个区域）；只在一省之内通办时写「通办范围: 全省」", explain: "「跨省」表示在两个以上省级行政区之间通办，「全省」表示省内通办，「全市」「全县」更在其内。跨域办的省份（写明的，或区域的）须与之一致；没有写区域和省份时，跨域办不限省份，只能与「全国」一起用。" },
    en: { message: "the scope '{scope}' disagrees with the provinces of `跨域办`: it covers {count} ({provinces})", help: "across provinces, name two or more provinces (or a region); within one province write `通办范围: 全省`", explain: "`跨省` means handling across two or more province-level divisions, `全省` within one province, `全市` and `全县` within less. The provinces of `跨域办` (written, or those of its region) must agree; a `跨域办` with neither region nor provinces is nationwide and goes with `全国` only." },
  },
  W2007: {
    severity: "warning",
    zh: { message: "声明了收件窗口「{window}」，但跨域办的方式（{modes}）没有「异地代收代办」，没有人会在这里递交", help: "在「方式」中加上「异地代收代办」，或删除收件窗口", explain: "收件窗口只用于异地代收代办：申请人在异地窗口递交，窗口核验后寄递到办理地。全程网办和多地联办没有这一环节，办事指南和流程不会用到这些窗口。" },
    en: { message: "receiving window '{window}' is declared but the modes ({modes}) do not include 异地代收代办, so no one hands in there", help: "add 异地代收代办 to `方式`, or remove the window", explain: "Receiving windows serve 异地代收代办 only: the applicant hands in at a window elsewhere, which checks and posts the file to the handling place. 全程网办 and 多地联办 have no such step; the guide and the process do not use these windows." },
  },
  W2008: {
    severity: "warning",
    zh: { message: "省份「{province}」不在区域「{region}」（{members}）之内", help: "检查省份是否写错；区域之外的省份请不要写区域，只列省份", explain: "写了区域又写了省份时，省份通常是区域的一部分（只在其中几个省市之间通办）。区域之外的省份多半是笔误；确实跨出区域时，不写区域、只列省份。" },
    en: { message: "province '{province}' is not part of the region '{region}' ({members})", help: "check the province; for provinces beyond the region, leave the region out and list the provinces", explain: "With both a region and provinces, the provinces are usually part of the region (handling among some of its provinces). A province outside it is most likely a slip; when the handling really reaches beyond the region, leave the region out and list the provinces." },
  },
  E1901: {
    severity: "error",
    zh: { message: "{where}免申即享，但字段「{field}」没有来源：本人要自己填写它", help: "给字段「{field}」写「来源 (数据共享 部门 \"数据项\")」等来源；若确有数据取不到的字段，改为「方式: 快申快享」（推送预填的申请，本人只填这些字段）", explain: "免申即享是从共享数据判断资格并直接给予，本人什么都不填（国发〔2024〕3号“推进政策服务免申办”）。免申办要求的每个字段都必须有来源（数据共享、电子证照、身份认证或前序产出）。数据取不到、须由本人填写的字段，只能用快申快享：自动生成申请表，本人只填缺少的字段并确认。" },
    en: { message: "{where} is 免申即享 but field '{field}' has no source: the person would have to type it", help: "give '{field}' a source such as `来源 (数据共享 DEPARTMENT \"item\")`; where some data cannot be fetched, write `方式: 快申快享` (a prefilled application where the person fills in only those fields)", explain: "免申即享 decides eligibility from shared data and grants without the person filling in anything (国发〔2024〕3号). Every field it asks for needs a source (data sharing, e-licence, identity, earlier result). Fields the person must type are possible only with 快申快享: the application is generated and pushed, and the person fills in only the missing fields and confirms." },
  },
  E1902: {
    severity: "error",
    zh: { message: "本事项免申办，却声明了情形「{situation}」（共 {count} 个）：没有申请，也就没有人回答情形", help: "删除情形，把对象的区分写成资格条件（按字段检查），或写在子事项的免申办中；需要本人选择的事项不能整体免申办", explain: "整体免申办的事项由触发启动、从数据判断资格，不经申请，没有人回答问题。情形是向申请人提的问题，因此这样的事项不能有情形。要区分对象，用资格条件检查有来源的字段；只有部分子事项能免申办时，在这些子事项中写免申办。" },
    en: { message: "this matter is granted without an application but declares situation '{situation}' ({count} in all): with no application, nobody answers it", help: "remove the situations and test fields in eligibility rules instead, or make only some sub-items 免申办; a matter where the person must choose cannot be 免申办 as a whole", explain: "A matter that is 免申办 as a whole starts from its trigger and decides from data; there is no application and nobody answers questions. Situations are questions to the applicant, so such a matter has none. Tell cases apart with eligibility rules over fields that have a source, or declare 免申办 on the sub-items that allow it." },
  },
  E1903: {
    severity: "error",
    zh: { message: "{where}免申办，却要求材料「{material}」由{source}", help: "把材料「{material}」的来源改为部门获取的来源（数据共享、电子证照、前序产出、系统生成），或从免申办的子事项中去掉它", explain: "免申办不经申请：本人不提交任何材料（国发〔2024〕3号：自动生成申请表、调用申请材料）。免申办要求的每份材料都必须由部门获取。" },
    en: { message: "{where} is granted without an application but asks for material '{material}' {source}", help: "give '{material}' a source a department fetches (data sharing, e-licence, earlier result, system), or remove it from the 免申办 sub-item", explain: "A grant without application asks the person for no material (国发〔2024〕3号: the application is generated and its materials are fetched). Every material it needs must come from a department." },
  },
  E1904: {
    severity: "error",
    zh: { message: "资格条件中的「{name}」不是{where}所需的字段{declared}", help: "是否想写「{suggestion}」？", helpElse: "资格条件只检查{where}所需的字段（写字段声明的路径）；把它列入「字段」并写来源，情形写在子事项的「适用」中", explain: "资格条件从数据判断是否给予，只能检查字段：整件事免申办时是本事项表单上的字段，子事项免申办时是该子事项列出的字段。它们的值来自来源（快申快享时也可以是本人填写的字段）。情形是向申请人提的问题，免申办中没有人回答，子事项的情形写在它的「适用」中。" },
    en: { message: "'{name}' in an eligibility rule is not a field {where} asks for{declared}", help: "did you mean '{suggestion}'?", helpElse: "an eligibility rule tests only the fields {where} asks for (by their declared path); list it under `字段` with a source, and put situations in the sub-item's `适用`", explain: "An eligibility rule decides from data whether to grant, so it tests fields only: the matter's form fields when the whole matter is 免申办, the sub-item's own fields when a sub-item is. Their values come from a source (or, with 快申快享, from the person). Situations are questions nobody answers in a grant without application; a sub-item's situations belong in its `适用`." },
  },
  E1905: {
    severity: "error",
    zh: { message: "整件事免申办不能由子事项「{item}」的前序产出触发", help: "整件事写「触发: 数据事件 部门 \"事件\"」或「触发: 定期 每年」；由前序产出触发的，在那个子事项之后的子事项中写免申办", explain: "前序产出是本件事中另一个子事项的结果；整件事开始前还没有任何子事项办理，因此整件事只能由其他部门系统报告的数据事件或定期比对触发。本事项中某个子事项由前一个子事项的结果触发时，把免申办写在该子事项中。" },
    en: { message: "a matter granted without an application as a whole cannot be triggered by the earlier result of its sub-item '{item}'", help: "trigger the matter with `数据事件 DEPARTMENT \"event\"` or `定期 每年`; put 免申办 in the sub-item that follows the one whose result triggers it", explain: "An earlier result is another sub-item's result within this matter; before the matter starts none has been handled, so the whole matter starts from a data event another department's system reports, or a periodic run. A sub-item granted once an earlier one issues its result declares 免申办 itself." },
  },
  E1906: {
    severity: "error",
    zh: { message: "子事项「{item}」由「{producer}」的前序产出触发，但{why}", help: "在子事项「{item}」的「前置」中写上「{producer}」", explain: "子事项免申办由前序产出触发时，产出它的子事项必须先办结：它应在「前置」中（直接或间接）。" },
    en: { message: "sub-item '{item}' is triggered by the result of '{producer}', but {why}", help: "add '{producer}' to the `前置` of '{item}'", explain: "A sub-item granted once an earlier result exists needs the producing sub-item to finish first: it must be among its `前置` (directly or through others)." },
  },
  E1907: {
    severity: "error",
    zh: { message: "{where}仅告知{declared}，确认时限不起作用", help: "删除「确认时限」，或改为「确认: 需确认」", explain: "仅告知是给予后主动告知本人，本人无需确认；确认时限只对需确认（本人确认后才给予）有意义。" },
    en: { message: "{where} is only told (仅告知){declared}, so a time to confirm does nothing", help: "remove `确认时限`, or write `确认: 需确认`", explain: "仅告知 grants and then tells the person, who confirms nothing; a time to confirm means something only with 需确认 (granted once the person confirms)." },
  },
  E1908: {
    severity: "error",
    zh: { message: "{where}快申快享，不能仅告知：本人要补填缺少的字段并确认提交", help: "改为「确认: 需确认」（快申快享默认需确认），或在数据足以判断时改为「方式: 免申即享」", explain: "快申快享用于依法须依申请办理或数据不足以判断的情形：自动生成申请表、推送给本人，本人补填缺少的字段并自愿确认提交（国发〔2024〕3号“便利自愿申请”）。没有本人的确认就没有申请。" },
    en: { message: "{where} is 快申快享 and cannot be only told: the person fills in the missing fields and confirms", help: "write `确认: 需确认` (the default for 快申快享), or `方式: 免申即享` where the data decide everything", explain: "快申快享 is for what the law requires to be applied for, or what data cannot decide: the application is generated and pushed, and the person fills in what is missing and chooses to submit it (国发〔2024〕3号). Without the person's confirmation there is no application." },
  },
  E1909: {
    severity: "error",
    zh: { message: "本事项免申办，却声明跑动次数为 {trips}", help: "删除「跑动次数」（免申办为 0），或不要整体免申办", explain: "整体免申办的事项不经申请，本人不需要到现场，数字中改革后的跑动次数为 0。需要本人到现场的事项不能整体免申办。" },
    en: { message: "this matter is granted without an application but declares {trips} trips", help: "remove `跑动次数` (0 for 免申办), or do not make the whole matter 免申办", explain: "A matter granted without an application needs no visit: its trips after the reform are 0. A matter that needs the person at a window cannot be 免申办 as a whole." },
  },
  E1910: {
    severity: "error",
    zh: { message: "{where}免申办，但没有写给予什么", help: "写「给予: \"…\"」，如 \"育儿补贴每孩每年3600元\"", explain: "免申办的告知要说明给予本人的是什么（补贴、待遇、证照或服务）和标准；至少写一项。" },
    en: { message: "{where} is granted without an application but does not say what is granted", help: "write `给予: \"…\"`, e.g. \"育儿补贴每孩每年3600元\"", explain: "The notice of a grant without application says what the person receives (a subsidy, a benefit, a licence or a service) and how much; at least one is needed." },
  },
  E1911: {
    severity: "error",
    zh: { message: "整件事已免申办，子事项「{item}」不必再写免申办", help: "删除子事项「{item}」中的「免申办」；整件事的触发、资格条件和给予对所有子事项都有效", explain: "免申办可以写在整件事上（整件事不经申请），或写在其中一些子事项上（办理本件事时这些子事项从数据给予），不能两处都写。" },
    en: { message: "the whole matter is granted without an application; sub-item '{item}' need not declare 免申办 again", help: "remove `免申办` from '{item}'; the matter's trigger, rules and grants cover every sub-item", explain: "免申办 is declared on the whole matter (no application at all) or on some of its sub-items (granted from data while the matter runs), not both." },
  },
  W1951: {
    severity: "warning",
    zh: { message: "{where}免申办仅告知，但没有写告知方式", help: "写「告知方式: \"短信\", \"政务服务平台消息\"」等本人能收到的方式", explain: "仅告知是给予后主动告知本人（主动告知书）。不写告知方式，主动告知书无法说明本人从哪里得知、如何查询，也无法提出异议。" },
    en: { message: "{where} is granted and only told, but states no way of telling", help: "write `告知方式: \"短信\", \"政务服务平台消息\"` or another way that reaches the person", explain: "仅告知 grants and then tells the person (主动告知). Without a way of telling, the notice cannot say how the person learns of it, where to check, or how to object." },
  },
  E0999: {
    severity: "error",
    zh: { message: "编译器内部错误：{reason}", help: "这是 matterc 的缺陷，不是您的输入有误；请把这个文件和这条消息报告给维护者", explain: "编译器在处理输入时遇到了意外情况。退出码为 3。" },
    en: { message: "internal compiler error: {reason}", help: "this is a bug in matterc, not in your input; please report it with this file", explain: "The compiler met an unexpected situation. Exit code 3." },
  },
};

/** Words used in messages for syntax tokens and kinds, per language. */
export const TOKEN_WORDS: Record<string, { zh: string; en: string }> = {
  EOF: { zh: "文件结尾", en: "end of file" },
  Newline: { zh: "换行", en: "line break" },
  Colon: { zh: "冒号", en: "colon" },
  Comma: { zh: "逗号", en: "comma" },
  Semi: { zh: "分号", en: "semicolon" },
  LBrace: { zh: "「{」", en: "'{'" },
  RBrace: { zh: "「}」", en: "'}'" },
  LBracket: { zh: "「[」", en: "'['" },
  RBracket: { zh: "「]」", en: "']'" },
  LParen: { zh: "「(」", en: "'('" },
  RParen: { zh: "「)」", en: "')'" },
  NumberLiteral: { zh: "数字", en: "a number" },
  StringLiteral: { zh: "字符串", en: "a string" },
  AsciiString: { zh: "字符串", en: "a string" },
  CurlyString: { zh: "字符串", en: "a string" },
  CornerString: { zh: "字符串", en: "a string" },
  WhiteCornerString: { zh: "字符串", en: "a string" },
  Word: { zh: "名称", en: "a name" },
  Path: { zh: "路径", en: "a path" },
};

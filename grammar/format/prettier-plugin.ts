// The Prettier 3 plugin for .matter files: `{ "plugins": ["matterc/prettier"] }` in .prettierrc.
// Prettier finds no plugin by itself, and this one brings no layout of its own: it hands the whole
// file to formatMatter, so Prettier, `matterc fmt` and editors agree byte for byte. Only types
// come from prettier: the plugin loads inside Prettier and needs nothing from it at run time.
import type { AstPath, Parser, ParserOptions, Plugin, Printer, SupportLanguage, SupportOptions } from "prettier";
import { message } from "../../compiler/diagnostics/render.js";
import type { SyntaxProblem } from "../ast.js";
import { parse } from "../parser.js";
import { formatMatter, type Punctuation } from "./print.js";

/** The whole file is one node: the formatter works on text, not on Prettier's tree walk. */
export interface MatterRoot {
  type: "matter-root";
  text: string;
}

interface MatterOptions extends ParserOptions<MatterRoot> {
  matterPunctuation?: Punctuation;
}

export const languages: SupportLanguage[] = [
  { name: "matter", parsers: ["matter"], extensions: [".matter"], vscodeLanguageIds: ["matter"] },
];

export const options: SupportOptions = {
  matterPunctuation: {
    category: "Matter",
    type: "choice",
    default: "keep",
    description: "Punctuation the formatter writes in .matter files / matter 文件使用的标点",
    choices: [
      { value: "keep", description: "each mark as the author wrote it (`、` in lists stays `、`)" },
      { value: "ascii", description: "ASCII punctuation: `:` `,` `( )` `[ ]` `{ }`" },
      { value: "fullwidth", description: "full-width punctuation: `：` `，` `（）` `［］` `｛｝`" },
    ],
  },
};

/** What Prettier shows for a syntax error: the code, the message and where. `loc` lets Prettier
 * point at the place itself. */
function syntaxError(p: SyntaxProblem): Error {
  const { line, column } = p.span.start;
  const text = message({ code: p.code, severity: "error", args: p.args, span: p.span }, "zh");
  return Object.assign(new SyntaxError(`${p.code} ${text} (${line}:${column})`), { loc: { start: { line, column } } });
}

const matterParser: Parser<MatterRoot> = {
  astFormat: "matter",
  parse(text, opts) {
    const { problems } = parse(opts?.filepath ?? "<input>", text);
    if (problems.length) throw syntaxError(problems[0]);
    return { type: "matter-root", text };
  },
  locStart: () => 0,
  locEnd: (node: MatterRoot) => node.text.length,
};

const matterPrinter: Printer<MatterRoot> = {
  print(path: AstPath<MatterRoot>, opts) {
    const o = opts as MatterOptions;
    const r = formatMatter(path.node.text, { punctuation: o.matterPunctuation ?? "keep", printWidth: o.printWidth, file: o.filepath });
    if (!r.ok) throw syntaxError(r.problems[0]);
    return r.text;
  },
};

export const parsers = { matter: matterParser };
export const printers = { matter: matterPrinter };

const plugin: Plugin<MatterRoot> = { languages, options, parsers, printers };
export default plugin;

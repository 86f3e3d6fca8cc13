// The `lsp` verb on a commander program of its own, as cli/main.ts will register it: the stdio
// test bundles this file and talks to it as an editor would.
import { Command } from "commander";
import { registerLsp } from "../../cli/lsp.js";

const program = new Command("matterc");
registerLsp(program);
await program.parseAsync(process.argv);

// Packages the tests use that ship no type declarations, typed as loosely as the tests use them.
interface ModdleParse {
  // The parsed tree is walked freely by the tests; its shape is the package's.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rootElement: any;
  warnings: { message: string }[];
}
declare module "bpmn-moddle" {
  export const BpmnModdle: new (packages?: Record<string, unknown>) => { fromXML(xml: string, type?: string): Promise<ModdleParse> };
}
declare module "dmn-moddle" {
  export const DmnModdle: new (packages?: Record<string, unknown>) => { fromXML(xml: string, type?: string): Promise<ModdleParse> };
}
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: { runScripts?: "dangerously" | "outside-only"; beforeParse?(window: Window & typeof globalThis): void });
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
}

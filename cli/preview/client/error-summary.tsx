// The form's error summary, as `matterc validate` words it: one line per problem, naming the field
// by its label and path, each problem once, in form order — not RJSF's list of raw ajv errors
// ("不符合要求（if）", "必须填写" with no field, the same error twice).
import type { ErrorListProps } from "@rjsf/utils";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addMatterFormats from "../../../targets/form/ajv-plugin.js";
import { applicationProblems, problemLine } from "../../../targets/form/application-errors.js";

const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    const options = { allErrors: true, verbose: true, strict: false };
    const draft2020 = String((schema as { $schema?: unknown }).$schema ?? "").includes("2020-12");
    v = addMatterFormats(draft2020 ? new Ajv2020(options) : new Ajv(options)).compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** Problems of the data as `matterc validate` reports them, one line each. */
export function summaryLines(schema: object, formData: unknown): string[] {
  return applicationProblems(validatorFor(schema), schema, formData ?? {}).map(problemLine);
}

/** RJSF's ErrorListTemplate, given the current data through formContext. */
export function ErrorSummary({ schema, registry }: ErrorListProps) {
  const lines = summaryLines(schema as object, (registry.formContext as { formData?: unknown } | undefined)?.formData);
  if (lines.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <h3>请修改以下问题</h3>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}

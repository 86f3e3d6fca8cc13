// The merged application form as an applicant would fill it in: react-jsonschema-form renders
// form.schema.json itself (its if/then shows a situation's fields once it is answered), with the
// matterc ajv plugin for the check characters and Chinese messages.
import Form from "@rjsf/core";
import { englishStringTranslator, TranslatableString } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { Component, type ReactNode, useMemo, useState } from "react";
import addMatterFormats from "../../../targets/form/ajv-plugin.js";
import { ErrorSummary } from "./error-summary.js";

const validator = customizeValidator({ extenderFn: addMatterFormats });

const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ErrorsLabel]: "请修改以下问题",
  [TranslatableString.YesLabel]: "是",
  [TranslatableString.NoLabel]: "否",
  [TranslatableString.AddItemButton]: "添加",
  [TranslatableString.AddButton]: "添加",
  [TranslatableString.RemoveButton]: "删除",
  [TranslatableString.MoveUpButton]: "上移",
  [TranslatableString.MoveDownButton]: "下移",
  [TranslatableString.ClearLabel]: "清除",
  [TranslatableString.NowLabel]: "现在",
  [TranslatableString.PreviewLabel]: "预览",
  [TranslatableString.EmptyArray]: "尚未添加",
};

type JsonSchema = { properties?: Record<string, { type?: string; items?: { enum?: unknown[] } }> };

/** Multiple-choice situations (always top-level) as checkboxes, not a list box to ctrl-click in. */
function uiSchemaFor(schema: JsonSchema): Record<string, unknown> {
  const ui: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(schema.properties ?? {})) if (p.type === "array" && p.items?.enum) ui[key] = { "ui:widget": "checkboxes", "ui:options": { inline: true } };
  return ui;
}

function translate(s: TranslatableString, params?: string[]): string {
  return ZH[s] ?? englishStringTranslator(s, params);
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <p className="problem">表单无法显示：{this.state.error.message}</p> : this.props.children;
  }
}

interface Props {
  schema: object;
  revision: number;
  formData: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
}

export function FormPanel({ schema, revision, formData, onChange }: Props) {
  const [checked, setChecked] = useState<unknown>();
  const uiSchema = useMemo(() => uiSchemaFor(schema as JsonSchema), [schema]);
  return (
    <section className="panel form-panel">
      <h2>申请表单</h2>
      <p className="hint">回答“办理情形”中的问题，只与该情形有关的字段和材料会出现或消失。</p>
      {/* A new view may have a schema the boundary's last error does not apply to. */}
      <Boundary key={revision}>
        <Form
          schema={schema}
          uiSchema={uiSchema}
          validator={validator}
          formData={formData}
          translateString={translate}
          templates={{ ErrorListTemplate: ErrorSummary }}
          formContext={{ formData }}
          onChange={(e: { formData: Record<string, unknown> }) => {
            onChange(e.formData);
            setChecked(undefined);
          }}
          onSubmit={(e: { formData: unknown }) => setChecked(e.formData)}
          // Else the browser's own validation blocks the submit before RJSF sees it.
          noHtml5Validate
        >
          <button type="submit" className="btn">
            检查填写
          </button>
        </Form>
      </Boundary>
      {checked !== undefined && (
        <div className="checked" role="status">
          <h3>填写无误。提交的数据：</h3>
          <pre>{JSON.stringify(checked, null, 2)}</pre>
        </div>
      )}
    </section>
  );
}

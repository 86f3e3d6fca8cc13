// The Formily host the jsdom tests render form.formily.json with: what matters there is Formily's
// field model, not antd's widgets, so every component is a plain <div>, and a list renders as
// @formily/antd's ArrayItems does, reduced to Formily's part: each entry's schema (`items`)
// recursed at the entry's index, then the list's own properties (the add button).
import type { ArrayField } from "@formily/core";
import { RecursionField, createSchemaField, observer, useField, useFieldSchema } from "@formily/react";
import { createElement, type ReactNode } from "react";

const Plain = (props: { children?: ReactNode }) => createElement("div", null, props.children);

/** `atLeastOne`: an empty list still renders one entry, so that its texts are on the page. */
export function formilySchemaField(opts: { atLeastOne?: boolean } = {}) {
  const ArrayItems = observer(() => {
    const field = useField<ArrayField>();
    const schema = useFieldSchema();
    const value = Array.isArray(field.value) ? field.value : [];
    const entries = opts.atLeastOne && value.length === 0 ? [{}] : value;
    return createElement(
      "div",
      null,
      ...entries.map((_, index) => createElement(RecursionField, { key: index, schema: schema.items as never, name: index })),
      createElement(RecursionField, { schema, onlyRenderProperties: true }),
    );
  });
  return createSchemaField({
    components: {
      FormItem: Plain,
      Card: Plain,
      // 不予受理 (form.formily.json): antd's Alert, its message as the text.
      Alert: (props: { message?: ReactNode }) => createElement("div", { role: "alert" }, props.message),
      Input: Object.assign(Plain, { TextArea: Plain }),
      NumberPicker: Plain,
      DatePicker: Plain,
      Select: Plain,
      Upload: Plain,
      Radio: Object.assign(Plain, { Group: Plain }),
      Checkbox: Object.assign(Plain, { Group: Plain }),
      ArrayItems: Object.assign(ArrayItems, { Item: Plain, Remove: Plain, Addition: Plain }),
    },
  });
}

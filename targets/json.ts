/** JSON with two-space indentation and a final newline: byte-stable because the model's key
 * order is fixed by the code that builds it. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

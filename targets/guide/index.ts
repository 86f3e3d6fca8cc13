// Placeholder: the guide target is built under its own issue; until then it writes nothing.
import type { Target } from "../target.js";

export const guideTarget: Target = { name: "guide" };

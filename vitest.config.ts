import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Checks the machine first: one line naming what to install instead of a wall of failures.
    globalSetup: ["test/setup/environment.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and engine tests are heavy; two cores.
    maxWorkers: 2,
  },
});

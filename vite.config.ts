// Vite builds the explorer (src/web) into dist/; in dev it proxies /api to the API server. Vitest reads
// `test` from here: three projects that mirror the flow (pure logic, the real Neo4j, real Chromium),
// each rooted at the repository (not at src/web) and none inheriting the app's build settings.
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? "8080"}`;
const repo = import.meta.dirname;

export default defineConfig({
  root: "src/web",
  base: "./",
  plugins: [react()],
  build: { outDir: "../../dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  server: { proxy: { "/api": apiTarget } },
  test: {
    projects: [
      {
        test: {
          name: "unit",
          root: repo,
          include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          root: repo,
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: [`${repo}/tests/integration/global-setup.ts`],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          root: repo,
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: [`${repo}/tests/e2e/global-setup.ts`],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

// Vite builds the explorer (src/web) into dist/; in dev it proxies /api to the API server.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? "8080"}`;

export default defineConfig({
  root: "src/web",
  base: "./",
  plugins: [react()],
  build: { outDir: "../../dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  server: { proxy: { "/api": apiTarget } },
});

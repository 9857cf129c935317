// Entry point: bundles the CJK font, picks the data source, mounts the app.
import "./zod-config.js";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { pickSource } from "./source/pickSource.js";

const root = document.getElementById("root");
if (!root) throw new Error('main.tsx: no element with id "root" in index.html.');
createRoot(root).render(
  <StrictMode>
    <App source={pickSource("./api")} />
  </StrictMode>,
);

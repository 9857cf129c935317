// Imported first by main.tsx, before any module that builds or parses zod schemas: zod would otherwise probe
// `new Function` to compile its parsers, which the strict CSP (no unsafe-eval) reports as a violation. Its
// interpreted parsers are fast enough for our answers.
import { z } from "zod";

z.config({ jitless: true });

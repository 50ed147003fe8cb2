import { z } from "zod";

// Before any schema exists in the browser: zod otherwise probes `new Function` to decide whether
// to compile its object parsers, and the CSP (no 'unsafe-eval') reports that probe as a
// violation even though zod catches the error and falls back to this same interpreted mode.
z.config({ jitless: true });

import { config } from "zod";

// Staff pages forbid eval (lib/security/headers.ts). Without this, Zod probes
// for eval with `new Function` as its first object schema is built, and the
// browser reports the refused probe as a policy violation. Parsing without
// Zod's compiled fast path gives the same results.
config({ jitless: true });

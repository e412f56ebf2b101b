/** `npm run import:ghost -- <export.json> --as <email> [--dry-run] [--update] [--media-dir <folder>]` (see import-export.ts). */
import { importExportCommand } from "./import-export";

await importExportCommand("ghost");

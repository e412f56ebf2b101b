import { lockRoute } from "@/lib/articles/lock-route";
import { takeOver } from "@/lib/articles/locks";

/** "Take over": the story's lock moves to this editor tab (audited). */
export const POST = lockRoute(takeOver);

import { lockRoute } from "@/lib/articles/lock-route";
import { heartbeat, release } from "@/lib/articles/locks";

/** An open story editor's heartbeat: presence, and the story's lock when it is free. */
export const POST = lockRoute(heartbeat);

/** The editor is closing: its presence ends and its lock is freed. */
export const DELETE = lockRoute(release);

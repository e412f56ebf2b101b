import type { Role, UserStatus } from "@/lib/generated/prisma/enums";

// Labels and limits of user fields, for forms (client code too) and schemas alike.

export const NAME_MAX_LENGTH = 100;

export const ROLE_LABELS: Record<Role, string> = { WRITER: "Writer", EDITOR: "Editor", ADMIN: "Admin" };
export const STATUS_LABELS: Record<UserStatus, string> = { INVITED: "Invited", ACTIVE: "Active", DISABLED: "Disabled" };

export const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));
export const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

import { redirect } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";

/** /admin leads to the first page the user may use: users for admins, sections for editors. */
export default async function AdminHome() {
  const user = await requirePermission("admin.area", null);
  redirect(can(user, "user.manage", null) ? "/admin/users" : "/admin/sections");
}

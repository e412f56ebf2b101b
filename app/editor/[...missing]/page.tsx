export { default } from "@/components/staff/MissingStaffPage";

import { FormMessage } from "@/components/forms/FormMessage";

/** A page's word on what was just done (a delete, a merge), in the style of a form's success message. */
export function PageNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="mb-6 max-w-prose">
      <FormMessage state={{ status: "success", message }} />
    </div>
  );
}

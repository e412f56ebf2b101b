import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageTitle } from "@/components/admin/AdminPageTitle";
import { DeleteMediaForm, MediaDetailsForm } from "@/components/media/MediaForms";
import { UsedIn } from "@/components/media/UsedIn";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getMediaDetails, mediaName } from "@/lib/media/library";

export const metadata: Metadata = { title: "Image" };

type Props = { params: Promise<{ id: string }> };

export default async function MediaPage({ params }: Props) {
  const user = await requirePermission("media.upload", null);
  const media = await getMediaDetails(db, (await params).id, user);
  if (!media) notFound();
  const name = mediaName(media);
  return (
    <>
      <AdminPageTitle title={name} list={{ href: "/editor/media", label: "Media library" }} />
      <div className="grid gap-10 md:grid-cols-2">
        <div className="flex flex-col gap-2">
          <img
            src={media.src}
            srcSet={media.srcSet}
            sizes="(min-width: 768px) 36rem, 100vw"
            width={media.width}
            height={media.height}
            alt={media.alt}
            className="h-auto w-full rounded"
          />
          <p className="text-sm">
            {media.width} × {media.height} pixels, uploaded{" "}
            <time dateTime={media.createdAt.toISOString()}>{media.createdAt.toISOString().slice(0, 10)}</time>
          </p>
        </div>
        <div className="flex flex-col gap-10">
          <section aria-labelledby="details-heading">
            <h2 id="details-heading" className="mb-3 text-xl font-bold">
              Details
            </h2>
            {can(user, "media.edit", media) ? (
              <MediaDetailsForm media={media} />
            ) : (
              <p>Only editors may change the details of an image someone else uploaded.</p>
            )}
          </section>
          <section aria-labelledby="used-in-heading">
            <h2 id="used-in-heading" className="mb-3 text-xl font-bold">
              Used in
            </h2>
            <UsedIn usage={media.usage} />
          </section>
          {can(user, "media.delete", media) && (
            <section aria-labelledby="delete-heading">
              <h2 id="delete-heading" className="mb-3 text-xl font-bold">
                Delete
              </h2>
              {media.inUse ? (
                <p>This image cannot be deleted while it is used: remove it from each place under “Used in” first.</p>
              ) : (
                <>
                  <p className="mb-3 max-w-prose text-sm">The image and its files are removed for good.</p>
                  <DeleteMediaForm media={{ id: media.id, name }} />
                </>
              )}
            </section>
          )}
        </div>
      </div>
    </>
  );
}

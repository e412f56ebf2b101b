import type { Metadata } from "next";
import { z } from "zod";
import { PageNotice } from "@/components/admin/PageNotice";
import { TextField } from "@/components/forms/Field";
import { MediaGrid } from "@/components/media/MediaGrid";
import { UploadImageForm } from "@/components/media/UploadImageForm";
import { FilterBar } from "@/components/staff/FilterBar";
import { Pagination } from "@/components/staff/Pagination";
import { recentEventDetails } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listMedia, mediaFilterSchema } from "@/lib/media/library";

export const metadata: Metadata = { title: "Media library" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const deletedSchema = z.object({ name: z.string() });

export default async function MediaLibraryPage({ searchParams }: Props) {
  await requirePermission("media.upload", null);
  const query = await searchParams;
  const filter = mediaFilterSchema.parse(query);
  const [{ items, total, pageCount }, deleted] = await Promise.all([
    listMedia(db, filter),
    typeof query.deleted === "string" ? recentEventDetails("media.delete", query.deleted, deletedSchema) : null,
  ]);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Media library</h1>
      <PageNotice message={deleted && `${deleted.name} is deleted.`} />
      <section aria-labelledby="upload-heading" className="mb-8 max-w-xl">
        <h2 id="upload-heading" className="mb-3 text-xl font-bold">
          Upload image
        </h2>
        <UploadImageForm />
      </section>
      <FilterBar action="/editor/media" label="Search images">
        <TextField
          name="q"
          type="search"
          label="Search images"
          hint="By alt text, caption, credit or file name."
          defaultValue={filter.q}
        />
      </FilterBar>
      <p className="mb-2 text-sm" role="status">
        {total === 1 ? "1 image" : `${total} images`}
      </p>
      <MediaGrid items={items} />
      <Pagination
        path="/editor/media"
        query={{ q: filter.q }}
        page={filter.page}
        pageCount={pageCount}
        label="Pages of images"
      />
    </>
  );
}

import Link from "next/link";
import type { MediaUsage, UsedInStory } from "@/lib/media/library";

function storyRoles(story: UsedInStory): string {
  const roles = [
    story.hero && "hero image",
    story.inline && "inline image",
    story.pending && "in changes not published yet",
  ].filter(Boolean);
  return roles.join(" and ");
}

/** Every place an image shows: stories (to their editor), bylines' photos, the site's logo. */
export function UsedIn({ usage }: { usage: MediaUsage & { unseenStories: number } }) {
  const { stories, unseenStories, moreStories, bylines, siteLogo } = usage;
  if (stories.length === 0 && unseenStories === 0 && bylines.length === 0 && !siteLogo)
    return <p>Not used anywhere.</p>;
  return (
    <ul className="flex list-disc flex-col gap-1 pl-5">
      {stories.map((story) => (
        <li key={story.id}>
          <Link href={`/editor/articles/${story.id}`} className="underline">
            {story.headline}
          </Link>{" "}
          (story, {storyRoles(story)})
        </li>
      ))}
      {unseenStories > 0 && (
        <li>{unseenStories === 1 ? "1 story" : `${unseenStories} stories`} by colleagues that you cannot open</li>
      )}
      {moreStories && <li>…and more stories.</li>}
      {bylines.map((byline) => (
        <li key={byline.id}>
          <Link href={`/admin/authors/${byline.id}`} className="underline">
            {byline.name}
          </Link>{" "}
          (byline photo)
        </li>
      ))}
      {siteLogo && (
        <li>
          <Link href="/admin/settings" className="underline">
            The site’s logo
          </Link>
        </li>
      )}
    </ul>
  );
}

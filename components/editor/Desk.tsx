import { formatDistance } from "date-fns";
import Link from "next/link";
import { DeskSection } from "@/components/editor/DeskSection";
import { BUTTON } from "@/components/forms/styles";
import { PublicationTime } from "@/components/site/PublicationTime";
import { type Desk as DeskLists, SCHEDULE_DAYS } from "@/lib/articles/desk";

/** "5 minutes ago", with the exact instant for machines. */
function TimeAgo({ date, now }: { date: Date; now: Date }) {
  return <time dateTime={date.toISOString()}>{formatDistance(date, now, { addSuffix: true })}</time>;
}

/** The newsroom's overview at /editor; times are in the newsroom's time zone. */
export function Desk({ desk, now }: { desk: DeskLists; now: Date }) {
  // Editors' lists are the newsroom's, a writer's their own: the words say which.
  const whose = (newsroom: string, own: string) => (desk.everyone ? newsroom : own);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Desk</h1>
        <Link href="/editor/articles/new" className={BUTTON.primary}>
          New story
        </Link>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <DeskSection
          id="desk-review"
          title="Needs review"
          stories={desk.needsReview}
          empty={whose("Nothing is waiting for review.", "None of your stories is waiting for review.")}
          more={{
            href: "/editor/articles?status=IN_REVIEW",
            label: whose("All stories in review", "All your stories in review"),
          }}
          detail={(story) =>
            story.submittedAt && (
              <>
                Submitted{story.submittedBy && ` by ${story.submittedBy}`}{" "}
                <TimeAgo date={story.submittedAt} now={now} />
              </>
            )
          }
        />
        <DeskSection
          id="desk-scheduled"
          title="Scheduled"
          stories={desk.scheduled}
          empty={whose(
            `Nothing is scheduled for the next ${SCHEDULE_DAYS} days.`,
            `None of your stories is scheduled for the next ${SCHEDULE_DAYS} days.`,
          )}
          more={{
            href: "/editor/articles?status=SCHEDULED&sort=published",
            label: whose("All scheduled stories", "All your scheduled stories"),
          }}
          detail={(story) => story.publishedAt && <PublicationTime date={story.publishedAt} withTime />}
        />
        <DeskSection
          id="desk-drafts"
          title="My drafts"
          stories={desk.drafts}
          empty="You have no drafts."
          more={{ href: "/editor/articles?status=DRAFT", label: whose("All drafts", "All your drafts") }}
          detail={(story) => (
            <>
              Edited <TimeAgo date={story.updatedAt} now={now} />
            </>
          )}
        />
        <DeskSection
          id="desk-published"
          title="Recently published"
          stories={desk.published}
          empty={whose("Nothing is published yet.", "None of your stories is published yet.")}
          more={{
            href: "/editor/articles?status=PUBLISHED&sort=published",
            label: whose("All published stories", "All your published stories"),
          }}
          detail={(story) => story.publishedAt && <PublicationTime date={story.publishedAt} withTime />}
        />
      </div>
    </div>
  );
}

import "server-only";
import { BAD_CURSOR, contentApiGet } from "./http";
import { listQuery, noQuery, storyQuery } from "./query";
import { getApiStory, listApiStories } from "./stories";
import { listApiAuthors, listApiSections, listApiTags, type Page } from "./taxonomy";

/** The content API's GET handlers, one per route file under app/api/content/v1. */

const asAnswer = <T>(page: Page<T>) =>
  page.ok ? { found: true as const, value: { data: page.data, next_cursor: page.next_cursor } } : BAD_CURSOR;

export const getStories = contentApiGet(storyQuery, async (query, { client, now }) =>
  asAnswer(await listApiStories(client, query, now)),
);

export const getStory = contentApiGet(noQuery, async (_query, { client, now }, { slug = "" }) => {
  const story = await getApiStory(client, { slug }, now);
  return story
    ? { found: true, value: { data: story } }
    : { found: false, status: 404, detail: `No published story has the slug “${slug}”.` };
});

export const getSections = contentApiGet(listQuery, async (query, { client }) =>
  asAnswer(await listApiSections(client, query)),
);

export const getTags = contentApiGet(listQuery, async (query, { client }) =>
  asAnswer(await listApiTags(client, query)),
);

export const getAuthors = contentApiGet(listQuery, async (query, { client }) =>
  asAnswer(await listApiAuthors(client, query)),
);

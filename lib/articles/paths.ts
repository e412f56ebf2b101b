export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

export function authorPath(slug: string): string {
  return `/authors/${slug}`;
}

export function sectionPath(slug: string): string {
  return `/sections/${slug}`;
}

export function tagPath(slug: string): string {
  return `/tags/${slug}`;
}

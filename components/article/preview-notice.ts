import { visibilityAt } from "@/content/visibility.mjs";
import type { Article } from "@/content/schema";
import { formatDateline, type DateSettings } from "./format-dateline";

/** What a preview's banner says of the story's state: never public yet, when it will be, or that it is. */
export function previewNotice(article: Pick<Article, "status" | "published" | "expires">, now: number, settings: DateSettings): { title: string; detail: string } {
  const visibility = visibilityAt(
    { status: article.status, published: Date.parse(article.published), ...(article.expires ? { expires: Date.parse(article.expires) } : {}) },
    now,
  );
  // Exhaustive: a new state is a compile error until it says something here.
  switch (visibility) {
    case "draft":
      return { title: "Preview — not published", detail: "A draft: readers cannot see it until it is published." };
    case "scheduled":
      return { title: "Preview — not published", detail: `Scheduled: readers see it from ${formatDateline(article.published, settings)}.` };
    case "expired":
      return { title: "Preview — no longer published", detail: "Expired: readers no longer see it." };
    case "public":
      return { title: "Preview — already published", detail: "Public: this is how readers see it now." };
  }
}

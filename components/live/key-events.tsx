import { Dateline } from "@/components/article/dateline";
import { siteLanguageIn } from "@/components/article/in-site-language";
import { firstSentence, pageOfPost, type LivePages } from "@/content/live-pages";
import type { Article, Post } from "@/content/schema";
import { articlePath, livePagePath, postAnchor } from "@/content/urls";

/** Where a post is read: its page (the story's own address, or an older page), at its anchor. */
export function postHref(article: Pick<Article, "slug" | "section">, pages: LivePages, id: string): string {
  const page = pageOfPost(pages, id);
  return `${page === undefined || page === "first" ? articlePath(article) : livePagePath(article, page)}#${postAnchor(id)}`;
}

/** Every post marked as a key event, across all pages, newest first, each a link to it. */
export function KeyEvents({ article, pages, posts }: { article: Pick<Article, "slug" | "section" | "language">; pages: LivePages; posts: readonly Post[] }) {
  const events = posts.filter((post) => post.keyEvent);
  if (events.length === 0) return null;
  return (
    <nav aria-labelledby="key-events" className="mt-8 rounded border border-rule bg-panel p-4">
      <h2 id="key-events" className="text-sm font-bold tracking-wide uppercase" {...siteLanguageIn(article.language)}>
        Key events
      </h2>
      <ul className="mt-2 space-y-2">
        {events.map((post) => (
          <li key={post.id}>
            <a href={postHref(article, pages, post.id)} className="underline underline-offset-2">
              <Dateline iso={post.published} story={article.language} className="font-semibold text-dateline" /> {post.headline ?? firstSentence(post)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

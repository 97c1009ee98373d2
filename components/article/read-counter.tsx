import { IslandScript } from "@/components/islands/island-script";
import type { Article } from "@/content/schema";
import { readCountPath } from "@/content/urls";

/**
 * Counts a read of the story on this page, on our own origin: the read-counter island sends a beacon
 * once the story has been visible a few seconds; without JavaScript, the image inside <noscript> is
 * fetched instead (a browser running scripts never fetches it). Only on a story's public page, never
 * on a preview.
 */
export function ReadCounter({ article }: { article: Pick<Article, "slug" | "section"> }) {
  const path = readCountPath(article);
  return (
    <>
      <span hidden data-read-count={path} />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not a photo */}
        <img src={path} alt="" width={1} height={1} className="absolute h-px w-px" />
      </noscript>
      <IslandScript name="read-counter" />
    </>
  );
}

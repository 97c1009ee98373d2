import { site } from "@/content/site";
import type { Article } from "@/content/schema";
import { previewNotice } from "./preview-notice";

/**
 * Above a story seen through a private preview link: it is not published (or not yet), in words a
 * reader of the preview cannot miss, and what readers see of it now.
 */
export function PreviewBanner({ article, now }: { article: Article; now: number }) {
  const { title, detail } = previewNotice(article, now, site);
  return (
    <aside aria-label="Preview" className="border-b-4 border-accent bg-panel print:border-b-2">
      <div className="mx-auto max-w-page px-4 py-3">
        <p className="font-bold">{title}</p>
        <p className="text-sm">{detail} Do not share this address: it is private, and stops working when it expires.</p>
      </div>
    </aside>
  );
}

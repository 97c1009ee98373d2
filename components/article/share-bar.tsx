import { IconLinkList } from "@/components/icons/icon-link-list";
import { Icon } from "@/components/icons/icon";
import { IslandScript } from "@/components/islands/island-script";
import { siteLanguageIn } from "./in-site-language";
import { shareLinks } from "./share-links";

/**
 * Share this article: plain links for every reader, plus the native share sheet (or a copy-link button)
 * where JavaScript runs. That button is an island (components/islands/share-sheet.island.ts): rendered
 * here invisible, its place kept so its arrival moves nothing, and left out without JavaScript.
 * Its labels are the site's words, marked as such inside a story in another language.
 */
export function ShareBar({ url, title, story }: { url: string; title: string; story: string }) {
  return (
    <nav aria-label="Share this article" {...siteLanguageIn(story)} className="mt-6 flex flex-wrap items-center gap-2 print:hidden">
      <IconLinkList
        links={shareLinks({ url, title }).map((link) => ({ key: link.network, icon: link.network, name: link.name, href: link.href }))}
        target="_blank"
        rel="noopener noreferrer"
        linkClassName="border border-rule hover:bg-panel"
      />
      <span data-share="" data-pending="" data-share-url={url} data-share-title={title} className="flex items-center gap-2 noscript:hidden data-pending:invisible">
        <button type="button" className="flex h-11 w-36 items-center justify-center gap-2 rounded-full border border-rule px-4 text-sm font-semibold hover:bg-panel">
          <Icon name="share" className="size-4" />
          <span data-label="">Share</span>
        </button>
        <span role="status" className="text-sm text-muted" />
      </span>
      <IslandScript name="share-sheet" />
    </nav>
  );
}

import { IconLinkList } from "@/components/icons/icon-link-list";
import { ShareButton } from "./share-button.client";
import { siteLanguageIn } from "./in-site-language";
import { shareLinks } from "./share-links";

/**
 * Share this article: plain links for every reader, plus the native share sheet where JavaScript runs.
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
      <ShareButton url={url} title={title} />
    </nav>
  );
}

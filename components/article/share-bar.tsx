import { Icon } from "@/components/icons/icon";
import { ShareButton } from "./share-button.client";
import { shareLinks } from "./share-links";

/** Share this article: plain links for every reader, plus the native share sheet where JavaScript runs. */
export function ShareBar({ url, title }: { url: string; title: string }) {
  return (
    <nav aria-label="Share this article" className="mt-6 flex flex-wrap items-center gap-2 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {shareLinks({ url, title }).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              target="_blank"
              rel="noopener noreferrer"
              className="flex size-11 items-center justify-center rounded-full border border-rule text-ink hover:bg-panel"
            >
              <Icon name={link.network} className="size-5" />
              <span className="sr-only">{link.name}</span>
            </a>
          </li>
        ))}
      </ul>
      <ShareButton url={url} title={title} />
    </nav>
  );
}

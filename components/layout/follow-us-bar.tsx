import type { SocialAccount } from "@/content/schema";
import { IconLinkList } from "@/components/icons/icon-link-list";

/** "Follow us on" with one labelled link per account in the site config. Rendered once, by the root layout. */
export function FollowUsBar({ accounts }: { accounts: readonly SocialAccount[] }) {
  return (
    <nav aria-labelledby="follow-us-label" className="border-t border-rule bg-panel print:hidden">
      <div className="mx-auto flex max-w-page flex-wrap items-center gap-x-4 gap-y-2 px-4 py-4">
        <h2 id="follow-us-label" className="text-sm font-semibold">
          Follow us on
        </h2>
        <IconLinkList
          links={accounts.map((account) => ({ key: account.network, icon: account.network, name: account.label, href: account.url }))}
          rel="me noopener"
          linkClassName="hover:bg-paper"
        />
      </div>
    </nav>
  );
}

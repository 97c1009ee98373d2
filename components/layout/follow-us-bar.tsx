import type { SocialAccount } from "@/content/schema";
import { Icon } from "@/components/icons/icon";

/** "Follow us on" with one labelled link per account in the site config. Rendered once, by the root layout. */
export function FollowUsBar({ accounts }: { accounts: readonly SocialAccount[] }) {
  return (
    <nav aria-labelledby="follow-us-label" className="border-t border-rule bg-panel print:hidden">
      <div className="mx-auto flex max-w-page flex-wrap items-center gap-x-4 gap-y-2 px-4 py-4">
        <h2 id="follow-us-label" className="text-sm font-semibold">
          Follow us on
        </h2>
        <ul className="flex flex-wrap gap-1">
          {accounts.map((account) => (
            <li key={account.network}>
              <a
                href={account.url}
                rel="me noopener"
                className="flex size-11 items-center justify-center rounded-full text-ink hover:bg-paper"
              >
                <Icon name={account.network} className="size-5" />
                <span className="sr-only">{account.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

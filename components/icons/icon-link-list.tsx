import type { AnchorHTMLAttributes } from "react";
import { Icon, type IconName } from "./icon";

export type IconLink = { key: string; icon: IconName; name: string; href: string };

/**
 * A row of round icon links, 44 px targets, each named for screen readers by `name` (the icon is
 * decorative). Shared by the follow-us bar and the share bar.
 */
export function IconLinkList({
  links,
  linkClassName,
  ...anchorProps
}: { links: readonly IconLink[]; linkClassName: string } & Pick<AnchorHTMLAttributes<HTMLAnchorElement>, "rel" | "target">) {
  return (
    <ul className="flex flex-wrap gap-1">
      {links.map((link) => (
        <li key={link.key}>
          <a href={link.href} {...anchorProps} className={`flex size-11 items-center justify-center rounded-full text-ink ${linkClassName}`}>
            <Icon name={link.icon} className="size-5" />
            <span className="sr-only">{link.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

import type { IconName } from "./icon-paths";

export type { IconName };

/**
 * A decorative icon: a CSS mask from app/icons.css (made from icon-paths.ts by `npm run icons`),
 * painted in the text colour. No markup to repeat in every page's HTML and React payload, no request
 * of its own. The link or button around it carries the accessible name.
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return <span aria-hidden="true" className={`icon icon-${name} ${className ?? ""}`} />;
}

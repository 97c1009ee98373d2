import type { IconName } from "./icon-paths";

export type { IconName };

/** The sprite in public/, made from icon-paths.ts by `npm run icon-sprite`; bump ?v= when it changes. */
export const ICON_SPRITE = "/icons.svg?v=1";

/**
 * A decorative icon drawn from the sprite: the path data stays in one cached file instead of being
 * repeated in every page's HTML and again in its React payload. The link or button around it carries
 * the accessible name.
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className} fill="currentColor">
      <use href={`${ICON_SPRITE}#${name}`} />
    </svg>
  );
}

import type { IconName } from "./icon-paths";

export type { IconName };

/**
 * A decorative icon, drawn from the sprite the layout puts in every page (IconSprite): a fragment
 * reference, so no request of its own, and each path only once in the HTML. The link or button around
 * it carries the accessible name.
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={className}>
      <use href={`#icon-${name}`} />
    </svg>
  );
}

import { ICON_PATHS } from "./icon-paths";

/**
 * Every icon's path, once per page, as <symbol>s that Icon draws with <use href="#icon-…">. Inline
 * rather than an SVG file: a file referenced from the page is fetched only after layout, a request
 * chained behind the stylesheet on the way to the lead photo.
 */
export function IconSprite() {
  return (
    <svg aria-hidden="true" className="hidden">
      {Object.entries(ICON_PATHS).map(([name, d]) => (
        <symbol key={name} id={`icon-${name}`} viewBox="0 0 24 24">
          {/* Painted in the colour of the <use> that draws it: the link's text colour. */}
          <path d={d} fill="currentColor" />
        </symbol>
      ))}
    </svg>
  );
}

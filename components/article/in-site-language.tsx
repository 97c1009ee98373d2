import { languageAttributes } from "@/content/language";
import { site } from "@/content/site";

/**
 * The site's own words (labels, dates) inside a story in another language: marked as the
 * site's language, so a screen reader speaks them in English and "Source:" keeps its colon on its own
 * side in a right-to-left line. Inside a story in the site's language it adds nothing, not even a tag:
 * the words stay one text node, trailing space included, so React adds no separator either.
 */
export function InSiteLanguage({ story, children }: { story: string; children: string }) {
  const attributes = inlineSiteLanguageIn(story);
  if (!attributes.lang) return children;
  const words = children.trimEnd();
  return (
    <>
      <span {...attributes}>{words}</span>
      {children.slice(words.length)}
    </>
  );
}

/**
 * `lang` and `dir` for an inline element of the site's words (a date) inside a story in `story`'s
 * language. Spread, never passed one by one: an attribute given as undefined still costs the page's
 * payload `"lang":"$undefined"`.
 */
export function inlineSiteLanguageIn(story: string) {
  return languageAttributes(site.locale, story);
}

/**
 * `lang` alone for a block of the site's words (a section name, a heading): a block keeps the story's
 * direction, so that it is aligned with the story. Nothing inside a story in the site's language.
 */
export function siteLanguageIn(story: string): { lang?: string } {
  return story === site.locale ? {} : { lang: site.locale };
}

import { languageAttributes } from "@/content/language";
import { site } from "@/content/site";

/**
 * The site's own words (labels, dates) inside a story in another language: marked as the
 * site's language, so a screen reader speaks them in English and "Source:" keeps its colon on its own
 * side in a right-to-left line. Inside a story in the site's language it adds nothing, not even a tag:
 * the words stay one text node, trailing space included, so React adds no separator either.
 */
export function InSiteLanguage({ story, children }: { story: string; children: string }) {
  const attributes = siteLanguageIn(story);
  if (!attributes.lang) return children;
  const words = children.trimEnd();
  return (
    <>
      <span {...attributes}>{words}</span>
      {children.slice(words.length)}
    </>
  );
}

/** `lang` and `dir` for an element of the site's words (a section name, a heading) inside a story in `story`'s language; nothing in the site's. */
export function siteLanguageIn(story: string) {
  return languageAttributes(site.locale, story);
}

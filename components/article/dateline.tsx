import { site } from "@/content/site";
import { inlineSiteLanguageIn } from "./in-site-language";
import { formatDate, formatDateline } from "./format-dateline";

/**
 * A machine-readable <time> with the human text in the publication's time zone, in the site's language
 * (marked as such inside a story in another).
 */
export function Dateline({ iso, withTime = true, className, story = site.locale }: { iso: string; withTime?: boolean; className?: string; story?: string }) {
  const format = withTime ? formatDateline : formatDate;
  return (
    <time dateTime={iso} className={className} {...inlineSiteLanguageIn(story)}>
      {format(iso, site)}
    </time>
  );
}

import { site } from "@/content/site";
import { formatDate, formatDateline } from "./format-dateline";

/** A machine-readable <time> with the human text in the publication's time zone. */
export function Dateline({ iso, withTime = true, className }: { iso: string; withTime?: boolean; className?: string }) {
  const format = withTime ? formatDateline : formatDate;
  return (
    <time dateTime={iso} className={className}>
      {format(iso, site)}
    </time>
  );
}

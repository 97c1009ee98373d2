import { calendarLabel } from "@/content/calendar";
import { site } from "@/content/site";
import { archivePath } from "@/content/urls";

/** The keys above a period: "2024-03-31" → ["", "2024", "2024-03"] (the archive, its year, its month). */
export function periodsAbove(key: string): string[] {
  const parts = key.split("-");
  return ["", ...parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join("-"))];
}

/** Archive › 2024 › March 2024: where a period sits in the archive, each step a link. */
export function ArchiveTrail({ periodKey }: { periodKey: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center">
        {periodsAbove(periodKey).map((key) => (
          <li key={key} className="flex items-center not-last:after:px-1 not-last:after:text-muted not-last:after:content-['›']">
            <a href={archivePath(key)} className="inline-block py-2 font-semibold text-accent hover:underline">
              {key === "" ? "Archive" : calendarLabel(key, site.locale)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

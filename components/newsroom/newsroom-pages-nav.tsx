import { newsroomPages } from "@/content/newsroom-pages";
import { standardsPagePath } from "@/content/urls";

/** Every page about the newsroom, as a list of links (the footer's, and each such page's foot). */
export function NewsroomPagesNav({ current, label = "About the newsroom" }: { current?: string; label?: string }) {
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {newsroomPages().map((page) => (
          <li key={page.slug}>
            <a href={standardsPagePath(page.slug)} className="inline-block py-1 underline underline-offset-2" {...(page.slug === current ? { "aria-current": "page" as const } : {})}>
              {page.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { Section } from "@/content/schema";
import { SearchForm } from "@/components/search/search-form";
import { sectionPath } from "@/content/urls";

export function SiteHeader({ siteName, sections }: { siteName: string; sections: readonly Section[] }) {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-3 px-4 pt-5 pb-2 sm:pt-7">
        <a href="/" className="font-serif text-3xl font-bold tracking-tight text-ink no-underline sm:text-4xl">
          {siteName}
        </a>
        <SearchForm />
      </div>
      <nav aria-label="Sections" className="mx-auto max-w-page px-4 print:hidden">
        {/* One row on a phone too: tighter there, and scrolled sideways rather than wrapped when sections outgrow it. */}
        <ul className="-mx-2 flex overflow-x-auto whitespace-nowrap sm:-mx-3">
          {sections.map((section) => (
            <li key={section.slug}>
              <a
                href={sectionPath(section)}
                className="inline-block px-2 py-3 text-sm font-semibold tracking-normal text-ink uppercase hover:underline sm:px-3 sm:tracking-wide"
              >
                {section.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

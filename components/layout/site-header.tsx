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
        <ul className="-mx-3 flex flex-wrap">
          {sections.map((section) => (
            <li key={section.slug}>
              <a
                href={sectionPath(section)}
                className="inline-block px-3 py-3 text-sm font-semibold tracking-wide text-ink uppercase hover:underline"
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

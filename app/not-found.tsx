import type { Metadata } from "next";
import { sections } from "@/content/sections";
import { sectionPath } from "@/content/urls";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

/** Every unknown article, section or path lands here with status 404. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-measure px-4 py-12">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">We could not find that page. It may have moved, or the address may be mistyped.</p>
      <p className="mt-6">
        <a href="/" className="font-semibold text-accent underline underline-offset-2">
          Go to the front page
        </a>
      </p>
      <h2 className="mt-8 text-sm font-semibold">Or browse a section</h2>
      <ul className="mt-2 flex flex-wrap gap-x-4">
        {sections.map((section) => (
          <li key={section.slug}>
            <a href={sectionPath(section)} className="inline-block py-2 underline underline-offset-2">
              {section.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

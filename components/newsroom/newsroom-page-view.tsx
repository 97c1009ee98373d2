import type { ReactNode } from "react";
import { Dateline } from "@/components/article/dateline";
import type { NewsroomPage } from "@/content/schema";
import { NewsroomPagesNav } from "./newsroom-pages-nav";

/** A page about the newsroom: title, introduction, its parts (each an anchor the publisher's JSON-LD links to), when it was last changed. */
export function NewsroomPageView({ page, children }: { page: NewsroomPage; children?: ReactNode }) {
  return (
    <article className="mx-auto max-w-measure px-4 py-6 sm:py-10">
      <h1 className="font-serif text-4xl font-bold">{page.title}</h1>
      {page.intro.map((paragraph) => (
        <p key={paragraph} className="mt-4 font-serif text-lg leading-relaxed">
          {paragraph}
        </p>
      ))}
      {children}
      {page.parts.map((part) => (
        <section key={part.id} id={part.id} aria-labelledby={`${part.id}-heading`} className="mt-8 scroll-mt-4">
          <h2 id={`${part.id}-heading`} className="font-serif text-2xl font-bold">
            {part.heading}
          </h2>
          {part.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-3 font-serif text-lg leading-relaxed">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
      <p className="mt-8 text-sm text-dateline">
        {"Last updated "}
        <Dateline iso={page.updated} withTime={false} />
      </p>
      <NewsroomPagesNav current={page.slug} />
    </article>
  );
}

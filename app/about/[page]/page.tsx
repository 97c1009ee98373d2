import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { organizationJsonLd } from "@/app/_seo/json-ld";
import { newsroomPageMetadata } from "@/app/_seo/metadata";
import { ContactAddresses } from "@/components/newsroom/contact-addresses";
import { NewsroomPageView } from "@/components/newsroom/newsroom-page-view";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { findNewsroomPage, newsroomPages } from "@/content/newsroom-pages";
import { decodeParam } from "@/content/urls";

// Only the pages of content/pages/ exist; anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return newsroomPages()
    .filter((page) => page.slug !== "about")
    .map((page) => ({ page: page.slug }));
}

const pageOf = async (params: PageProps<"/about/[page]">["params"]) => {
  const slug = decodeParam((await params).page);
  return slug === "about" ? undefined : findNewsroomPage(slug);
};

export async function generateMetadata({ params }: PageProps<"/about/[page]">): Promise<Metadata> {
  const page = await pageOf(params);
  return page ? newsroomPageMetadata(page) : {};
}

/** Editorial standards, ownership and funding, masthead, contact: the newsroom's pages about itself. */
export default async function NewsroomPageRoute({ params }: PageProps<"/about/[page]">) {
  const page = await pageOf(params);
  if (!page) notFound();
  return (
    <>
      <JsonLdScript data={organizationJsonLd()} />
      <NewsroomPageView page={page}>{page.slug === "contact" ? <ContactAddresses /> : null}</NewsroomPageView>
    </>
  );
}

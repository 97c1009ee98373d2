import type { Metadata } from "next";
import { organizationJsonLd } from "@/app/_seo/json-ld";
import { newsroomPageMetadata } from "@/app/_seo/metadata";
import { NewsroomPageView } from "@/components/newsroom/newsroom-page-view";
import { JsonLdScript } from "@/components/seo/json-ld-script";
import { findNewsroomPage } from "@/content/newsroom-pages";

const page = () => findNewsroomPage("about")!;

export const metadata: Metadata = newsroomPageMetadata(page());

/** About us (content/pages/about.ts), with the publisher's structured data: its standards, founding and contacts. */
export default function AboutPage() {
  return (
    <>
      <JsonLdScript data={organizationJsonLd()} />
      <NewsroomPageView page={page()} />
    </>
  );
}

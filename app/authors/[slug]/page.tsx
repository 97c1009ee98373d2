import type { Metadata } from "next";
import { authorMetadata } from "@/app/_seo/metadata";
import { authorParams } from "@/app/_listing/listing-params";
import { AuthorListing } from "@/app/_listing/routes";

// Authors arrive with publishing too: any author the catalog knows renders on first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/authors/[slug]">): Promise<Metadata> {
  const found = await authorParams((await params).slug);
  return found ? authorMetadata(found.author) : {};
}

export default async function AuthorPage({ params }: PageProps<"/authors/[slug]">) {
  return <AuthorListing author={(await params).slug} />;
}

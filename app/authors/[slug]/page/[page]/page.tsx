import type { Metadata } from "next";
import { authorMetadata } from "@/app/_seo/metadata";
import { authorParams } from "@/app/_listing/listing-params";
import { AuthorListing } from "@/app/_listing/routes";

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/authors/[slug]/page/[page]">): Promise<Metadata> {
  const { slug, page } = await params;
  const found = await authorParams(slug, page);
  return found ? authorMetadata(found.author, found.page) : {};
}

export default async function AuthorPageN({ params }: PageProps<"/authors/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return <AuthorListing author={slug} page={page} />;
}

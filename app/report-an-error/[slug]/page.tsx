import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { reportErrorMetadata } from "@/app/_seo/metadata";
import { ContactAddresses } from "@/components/newsroom/contact-addresses";
import { getCatalog } from "@/content/catalog";
import { absoluteUrl, articlePath, decodeParam, standardsPagePath } from "@/content/urls";
import { STANDARDS_LINKS } from "@/content/standards-links";

// Rendered for the story asked about (any public story), kept like every page until the content changes.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

const storyOf = async (params: PageProps<"/report-an-error/[slug]">["params"]) => (await getCatalog()).findBySlug(decodeParam((await params).slug));

export async function generateMetadata({ params }: PageProps<"/report-an-error/[slug]">): Promise<Metadata> {
  const article = await storyOf(params);
  return article ? reportErrorMetadata(article) : {};
}

/** The contact page's way to report an error, with the story named and the message's subject filled in. */
export default async function ReportAnError({ params }: PageProps<"/report-an-error/[slug]">) {
  const article = await storyOf(params);
  if (!article) notFound();
  const url = absoluteUrl(articlePath(article));
  return (
    <div className="mx-auto max-w-measure px-4 py-6 sm:py-10">
      <h1 className="font-serif text-4xl font-bold">Report an error</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed">
        {"You are reporting an error in "}
        <a href={articlePath(article)} className="font-semibold underline underline-offset-2">
          {article.headline}
        </a>
        {"."}
      </p>
      <p className="mt-3 font-serif text-lg leading-relaxed">
        Write to the corrections address below: say what is wrong and, if you can, how you know. The story&apos;s address ({url}) is in the subject already. Corrections are made as our{" "}
        <a href={STANDARDS_LINKS.correctionsPolicy} className="underline underline-offset-2">
          corrections policy
        </a>{" "}
        says.
      </p>
      <ContactAddresses subject={`Error in: ${article.headline} (${url})`} />
      <p className="mt-6 text-sm">
        <a href={standardsPagePath("contact")} className="underline underline-offset-2">
          All the ways to contact us
        </a>
      </p>
    </div>
  );
}

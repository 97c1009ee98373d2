/**
 * Structured data for search engines, one builder per schema.org type, typed with schema-dts.
 * Rendered by components/seo/json-ld-script.tsx, the one place that writes a script tag.
 */
import type { BlogPosting, BreadcrumbList, LiveBlogPosting, NewsArticle, NewsMediaOrganization, Organization, Person, ProfilePage, WebSite, WithContext } from "schema-dts";
import { firstSentence, latestPostTime } from "@/content/live-pages";
import { BRAND_LOGO } from "@/content/brand";
import { cropPath, CROP_NAMES } from "@/content/images";
import type { Article, Author, LiveCoverage, Post } from "@/content/schema";
import { site } from "@/content/site";
import { absoluteUrl, articlePath, authorPath, sectionPath } from "@/content/urls";

const ORGANIZATION_ID = absoluteUrl("/#organization");
const WEBSITE_ID = absoluteUrl("/#website");

/**
 * The publisher, with the same accounts as the follow-us bar. Whole on every page that names it:
 * crawlers read one page at a time, so an @id pointing at the front page's node is not enough.
 */
function publisher() {
  return {
    "@type": "NewsMediaOrganization",
    "@id": ORGANIZATION_ID,
    name: site.name,
    url: absoluteUrl("/"),
    logo: { "@type": "ImageObject", url: absoluteUrl(BRAND_LOGO.path), width: `${BRAND_LOGO.width}`, height: `${BRAND_LOGO.height}` },
    sameAs: site.social.map((account) => account.url),
  } as const satisfies NewsMediaOrganization;
}

export function organizationJsonLd(): WithContext<NewsMediaOrganization> {
  return { "@context": "https://schema.org", ...publisher(), description: site.description };
}

export function websiteJsonLd(): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": WEBSITE_ID,
    name: site.name,
    url: absoluteUrl("/"),
    inLanguage: site.locale,
    publisher: { "@id": ORGANIZATION_ID },
  };
}

/** Staff are people with a page about them; agency copy is credited to the agency, an organisation. */
function authorsOf(article: Article): (Person | Organization)[] {
  const people: Person[] = article.byline.authors.map((author) => ({ "@type": "Person", name: author.name, url: absoluteUrl(authorPath(author)) }));
  const agency: Organization[] = article.byline.agency ? [{ "@type": "Organization", name: article.byline.agency }] : [];
  return [...people, ...agency];
}

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(articlePath(article));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.standfirst,
    image: CROP_NAMES.map((crop) => absoluteUrl(cropPath(article, crop))),
    datePublished: article.published,
    dateModified: article.updated,
    author: authorsOf(article),
    publisher: publisher(),
    // The page's address is mainEntityOfPage's @id: a separate `url` would say it again in every article.
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    inLanguage: article.language,
    // schema.org's CorrectionComment: what was corrected and when, for search engines and fact-checkers.
    ...(article.corrections.length === 0
      ? {}
      : { correction: article.corrections.map((correction) => ({ "@type": "CorrectionComment" as const, text: correction.text, datePublished: correction.date })) }),
  };
}

/** A post's text, block by block, for articleBody. */
const postText = (post: Post) => post.body.flatMap((block) => ("text" in block ? [block.text] : [])).join("\n\n");

/**
 * A live story's page: a LiveBlogPosting with its coverage times (the end only once it has ended), the
 * latest post's time as dateModified, and the posts on this page as BlogPostings with their own
 * addresses (the page and the post's anchor). `pagePath` is the page's address; `posts` are its posts.
 */
export function liveBlogJsonLd(article: Article, live: LiveCoverage, { pagePath, posts, now }: { pagePath: string; posts: readonly Post[]; now: number }): WithContext<LiveBlogPosting> {
  const url = absoluteUrl(articlePath(article));
  const ended = live.end !== undefined && Date.parse(live.end) <= now;
  return {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    headline: article.headline,
    description: article.standfirst,
    url,
    image: CROP_NAMES.map((crop) => absoluteUrl(cropPath(article, crop))),
    datePublished: article.published,
    dateModified: latestPostTime(live.posts) ?? article.updated,
    coverageStartTime: live.start,
    ...(ended && live.end ? { coverageEndTime: live.end } : {}),
    author: authorsOf(article),
    publisher: publisher(),
    mainEntityOfPage: { "@type": "WebPage", "@id": absoluteUrl(pagePath) },
    articleSection: article.section.name,
    inLanguage: article.language,
    liveBlogUpdate: posts.map(
      (post): BlogPosting => ({
        "@type": "BlogPosting",
        headline: post.headline ?? firstSentence(post),
        datePublished: post.published,
        dateModified: post.updated ?? post.published,
        articleBody: postText(post),
        url: `${absoluteUrl(pagePath)}#post-${post.id}`,
      }),
    ),
  };
}

/**
 * An author's page: a ProfilePage about a Person, whose url is the page that NewsArticle.author names,
 * with their profiles elsewhere as sameAs (what search engines use to tell people of one name apart).
 */
export function profilePageJsonLd(author: Author, lastModified: string | undefined): WithContext<ProfilePage> {
  const url = absoluteUrl(authorPath(author));
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    "@id": url,
    url,
    ...(lastModified ? { dateModified: lastModified } : {}),
    mainEntity: {
      "@type": "Person",
      "@id": `${url}#person`,
      name: author.name,
      url,
      jobTitle: author.role,
      description: author.bio,
      ...(author.photo ? { image: absoluteUrl(author.photo.src) } : {}),
      ...(author.profiles?.length ? { sameAs: author.profiles.map((profile) => profile.url) } : {}),
      worksFor: { "@type": "NewsMediaOrganization", "@id": ORGANIZATION_ID, name: site.name, url: absoluteUrl("/") },
    },
  };
}

/** Front page → section → article. */
export function breadcrumbJsonLd(article: Article): WithContext<BreadcrumbList> {
  const trail = [
    { name: site.name, path: "/" },
    { name: article.section.name, path: sectionPath(article.section) },
    { name: article.headline, path: articlePath(article) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

import { create } from "xmlbuilder2";

/** A namespace-aware DOM of an XML string; throws on XML that is not well-formed. */
export function parseXml(xml: string): Document {
  return create(xml).root().node.ownerDocument as unknown as Document;
}

/** The text of every element with this namespace and local name, in document order. */
export function textsOf(document: Pick<Document, "getElementsByTagNameNS">, namespace: string, localName: string): string[] {
  return Array.from(document.getElementsByTagNameNS(namespace, localName), (element) => element.textContent ?? "");
}

export const XML_NS = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  image: "http://www.google.com/schemas/sitemap-image/1.1",
  news: "http://www.google.com/schemas/sitemap-news/0.9",
  content: "http://purl.org/rss/1.0/modules/content/",
  atom: "http://www.w3.org/2005/Atom",
} as const;

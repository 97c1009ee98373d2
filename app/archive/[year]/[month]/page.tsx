import { ArchiveRoutePage, archiveRouteMetadata } from "@/app/_listing/routes";

// Any period of the archive renders when first asked for, and is kept until the content changes.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const generateMetadata = archiveRouteMetadata;

export default ArchiveRoutePage;

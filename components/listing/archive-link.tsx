import { archivePath } from "@/content/urls";

/**
 * The way into every story ever published, under the front page and every listing: archive, month, day,
 * story. (Not in the site-wide footer: an article page carries every byte to every reader.)
 */
export function ArchiveLink() {
  return (
    <p className="mt-6 text-sm print:hidden">
      <a href={archivePath("")} className="inline-block py-2 font-semibold underline">
        Browse the archive by date
      </a>
    </p>
  );
}

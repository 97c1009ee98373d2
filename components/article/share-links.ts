import type { IconName } from "@/components/icons/icon";

/** `name` is the link's accessible name: "Share on WhatsApp". */
export type ShareLink = { network: IconName; name: string; href: string };

/**
 * Share intents that work without JavaScript, each carrying the canonical URL and the headline.
 * Formats: wa.me, t.me/share, x.com/intent, facebook.com/sharer, linkedin.com/sharing, mailto.
 */
export function shareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: "whatsapp", name: "Share on WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: "x", name: "Share on X", href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
    { network: "facebook", name: "Share on Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "linkedin", name: "Share on LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: "telegram", name: "Share on Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: "email", name: "Share by email", href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
}

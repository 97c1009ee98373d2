import { siFacebook, siInstagram, siTelegram, siWhatsapp, siX, siYoutube, type SimpleIcon } from "simple-icons";
import type { SocialAccount } from "@/content/schema";

const icons: Record<SocialAccount["network"], SimpleIcon> = {
  x: siX,
  facebook: siFacebook,
  instagram: siInstagram,
  youtube: siYoutube,
  telegram: siTelegram,
  whatsapp: siWhatsapp,
};

/** A network's logo, decorative: the link around it carries the name. */
export function SocialIcon({ network, className }: { network: SocialAccount["network"]; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className} fill="currentColor">
      <path d={icons[network].path} />
    </svg>
  );
}
